"""Re-checking an archive's audit.jsonl: event hashes and chain links."""

from __future__ import annotations

import hashlib
import json
from typing import IO, Any

from app.services.archive.common import _hostile, _loads_or_none, _why
from db import audit


def _verify_audit_lines(data: IO[bytes]) -> tuple[int, str]:
    """Re-check an audit.jsonl: every full event's hash, and every link within a chain.
    Returns (number of full events, sha256 of the file)."""
    data.seek(0)
    digest = hashlib.sha256()
    last: dict[str, tuple[int, str]] = {}
    count = 0
    for n, raw in enumerate(data, start=1):
        digest.update(raw)
        try:
            line = json.loads(raw)
        except ValueError as err:
            raise _hostile(f"audit.jsonl line {n} is not JSON.") from err
        if not isinstance(line, dict):
            raise _hostile(f"audit.jsonl line {n} is not an event.")
        try:
            chain, eid, prev, h = (
                str(line["chain"]),
                int(line["id"]),
                str(line["prev_hash"]),
                str(line["hash"]),
            )
            if not line.get("link_only"):
                recomputed = audit.event_hash(
                    id=eid,
                    ts=str(line["ts"]),
                    actor=str(line["actor"]),
                    action=str(line["action"]),
                    entity_type=str(line["entity_type"]),
                    entity_id=str(line["entity_id"]),
                    case_ref=str(line["case_ref"]),
                    before_json=str(line["before_json"]),
                    after_json=str(line["after_json"]),
                    prev_hash=prev,
                )
                if recomputed != h:
                    raise _hostile(f"audit.jsonl event {eid}: its hash does not match its content.")
                count += 1
        except (KeyError, TypeError, ValueError) as err:
            raise _hostile(f"audit.jsonl line {n} lacks a field ({_why(err)}).") from err
        if chain in last:
            prev_id, prev_hash = last[chain]
            if eid != prev_id + 1:
                raise _hostile(f"audit.jsonl: event {prev_id + 1} of the trail is missing.")
            if prev != prev_hash:
                raise _hostile(f"audit.jsonl event {eid} does not link to the event before it.")
        last[chain] = (eid, h)
    return count, digest.hexdigest()


def _audit_events(data: IO[bytes]) -> list[dict[str, Any]]:
    """The full events of an audit.jsonl (link-only lines left out), in file order, with
    ``before``/``after`` parsed. Call after :func:`_verify_audit_lines` accepted the file."""
    data.seek(0)
    events: list[dict[str, Any]] = []
    for raw in data:
        line = json.loads(raw)
        if line.get("link_only"):
            continue
        line["before"] = _loads_or_none(str(line.get("before_json") or ""))
        line["after"] = _loads_or_none(str(line.get("after_json") or ""))
        events.append(line)
    return events
