"""Re-checking an archive's audit.jsonl: event hashes and chain links."""

from __future__ import annotations

import hashlib
import json
from typing import IO, Any

from app.domain.errors import BadInput
from app.services.archive.common import _loads_or_none, _why
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
            raise BadInput.of("archive.audit_not_json", line=n) from err
        if not isinstance(line, dict):
            raise BadInput.of("archive.audit_not_event", line=n)
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
                    raise BadInput.of("archive.audit_hash", event=eid)
                count += 1
        except (KeyError, TypeError, ValueError) as err:
            raise BadInput.of("archive.audit_field", line=n, reason=_why(err)) from err
        if chain in last:
            prev_id, prev_hash = last[chain]
            if eid != prev_id + 1:
                raise BadInput.of("archive.audit_gap", event=prev_id + 1)
            if prev != prev_hash:
                raise BadInput.of("archive.audit_link", event=eid)
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
