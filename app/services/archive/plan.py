"""Import planning: case.json checked field by field before anything is written."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.lifecycle import Status
from app.services.archive.audit_trail import _audit_events, _verify_audit_lines
from app.services.archive.authenticity import _contradiction, _letter_pdf_problem
from app.services.archive.bag_reader import _Bag, _text
from app.services.archive.common import _hostile, _parse_date, _parse_dt, _sha256_file, _why
from app.services.archive.signature import check_signature
from app.services.archive.types import LETTER_STATES, SIGNATURE_FILE, SUPPORTED_FORMATS, Limits


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from db import migrate

    script = ScriptDirectory.from_config(migrate.alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _expect(doc: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if not isinstance(doc, dict) or key not in doc or not isinstance(doc[key], kind):
        raise _hostile(f"case.json: '{where}{key}' is missing or of the wrong type.")
    return doc[key]


def _s(doc: dict[str, Any], key: str, default: str = "") -> str:
    v = doc.get(key, default)
    if v is None:
        return default
    if not isinstance(v, str):
        raise _hostile(f"case.json: '{key}' is not text.")
    return v


@dataclass
class _Plan:
    doc: dict[str, Any]
    blobs: dict[str, Path]  # sha256 -> staged file
    sizes: dict[str, int]  # sha256 -> size
    info: dict[str, str]  # bag-info.txt
    audit_staged: Path
    audit_sha256: str
    audit_events: int
    archive_sha256: str
    provenance: dict[str, Any] | None
    signer: str | None = None  # None: the archive is not signed


def _plan(bag: _Bag, archive: Path, limits: Limits) -> _Plan:
    if bag.problems:
        first = bag.problems[0]
        more = f" (and {len(bag.problems) - 1} more problems)" if len(bag.problems) > 1 else ""
        raise _hostile(f"{first.file} {first.reason}{more}; nothing was imported.")
    if "manifest-sha256.txt" not in bag.tags:
        raise _hostile("the bag has no SHA-256 manifest; it was not made by Exemptio.")
    fmt = bag.info.get("Exemptio-Archive-Format", "")
    if fmt not in SUPPORTED_FORMATS:
        raise _hostile(
            f"unknown archive format '{fmt[:40]}'; this archive needs a newer Exemptio."
            if fmt
            else "this bag is not an Exemptio case archive (no Exemptio-Archive-Format)."
        )
    case_entry = bag.payload.get("data/case.json")
    audit_entry = bag.payload.get("data/audit.jsonl")
    if case_entry is None or case_entry.staged is None or audit_entry is None or audit_entry.staged is None:
        raise _hostile("the bag has no data/case.json or data/audit.jsonl.")
    if case_entry.size > limits.max_tag_bytes:
        raise _hostile("data/case.json is too large.")
    try:
        doc = json.loads(_text("data/case.json", case_entry.staged.read_bytes()))
    except ValueError as err:
        raise _hostile(f"data/case.json is not valid JSON ({_why(err)}).") from err
    if not isinstance(doc, dict):
        raise _hostile("data/case.json is not a case.")
    if doc.get("archive_format") not in SUPPORTED_FORMATS:
        raise _hostile(
            f"unknown archive format '{str(doc.get('archive_format'))[:40]}'; this needs a newer Exemptio."
        )
    rev = doc.get("schema_revision")
    if not isinstance(rev, str) or rev not in _known_revisions():
        raise _hostile(
            f"unknown schema version '{str(rev)[:40]}'; this archive was made by a newer Exemptio."
        )
    case = _expect(doc, "case", dict, "")
    _expect(case, "reference", str, "case.")
    _expect(case, "title", str, "case.")
    _expect(doc, "provider", dict, "")
    _expect(doc, "subject", dict, "")
    checklist = _expect(doc, "checklist", dict, "")
    _expect(checklist, "answers", list, "checklist.")
    evidence = _expect(doc, "evidence", list, "")
    letters = _expect(doc, "letters", list, "")
    _expect(doc, "assignments", list, "")
    blobs: dict[str, Path] = {}
    sizes: dict[str, int] = {}

    def bind(path: Any, sha: Any, what: str) -> None:
        if not isinstance(sha, str) or not re.fullmatch(r"[0-9a-f]{64}", sha):
            raise _hostile(f"case.json: {what} has a malformed SHA-256.")
        if path is None:
            return
        if not isinstance(path, str):
            raise _hostile(f"case.json: {what} has a malformed path.")
        entry = bag.payload.get(path)
        if entry is None or entry.staged is None:
            raise _hostile(f"case.json names '{path[:80]}', which is not in the archive.")
        if entry.sha256 != sha:
            raise _hostile(f"'{path[:80]}' does not have the SHA-256 case.json gives for it.")
        blobs.setdefault(sha, entry.staged)
        sizes[sha] = entry.size

    for n, ev in enumerate(evidence, start=1):
        if not isinstance(ev, dict):
            raise _hostile(f"case.json: evidence item {n} is malformed.")
        bind(ev.get("path"), ev.get("sha256"), f"evidence item {n}")
        if (
            not isinstance(ev.get("size"), int)
            or isinstance(ev.get("size"), bool)
            or not 0 <= ev["size"] < 1 << 62
        ):
            raise _hostile(f"case.json: evidence item {n} has no size.")
        if ev.get("path") is not None and sizes.get(ev["sha256"]) != ev["size"]:
            raise _hostile(f"case.json: evidence item {n} does not have the size of its file.")
    for n, lt in enumerate(letters, start=1):
        if not isinstance(lt, dict):
            raise _hostile(f"case.json: letter {n} is malformed.")
        for kind in ("issued", "current", "draft"):
            if lt.get(f"{kind}_file"):
                bind(lt.get(f"{kind}_file"), lt.get(f"{kind}_sha256"), f"letter {n} ({kind})")
        for key in ("issued_sha256", "current_sha256"):
            if lt.get(key) and not re.fullmatch(r"[0-9a-f]{64}", str(lt[key])):
                raise _hostile(f"case.json: letter {n} has a malformed SHA-256.")
        if lt.get("state", "draft") not in LETTER_STATES:
            raise _hostile(f"case.json: letter {n} has an unknown state '{str(lt.get('state'))[:20]}'.")
    if case.get("status", "draft") not in {st.value for st in Status}:
        raise _hostile(f"case.json: unknown case status '{str(case.get('status'))[:20]}'.")
    _check_dates(doc)
    with audit_entry.staged.open("rb") as fh:
        events, audit_sha = _verify_audit_lines(fh)
        trail = _audit_events(fh)
    provenance = None
    if "provenance.json" in bag.tags:
        try:
            provenance = json.loads(bag.tags["provenance.json"])
        except ValueError as err:
            raise _hostile("provenance.json is not valid JSON.") from err
        if not isinstance(provenance, dict) or not isinstance(provenance.get("transfers"), list):
            raise _hostile("provenance.json is malformed.")
    # authenticity: the manifests only prove completeness (anyone can recompute them)
    problem = _contradiction(doc, trail, bag.info, provenance)
    if problem:
        raise _hostile(f"case.json contradicts the audit trail: {problem}; nothing was imported.")
    for n, lt in enumerate(letters, start=1):
        for kind in ("issued", "current"):
            rel = lt.get(f"{kind}_file")
            staged = bag.payload[rel].staged if isinstance(rel, str) and rel in bag.payload else None
            if staged is not None:
                why = _letter_pdf_problem(staged.read_bytes(), f"letter {n} ({kind} PDF)")
                if why:
                    raise _hostile(f"{why}; nothing was imported.")
    signer: str | None = None
    if SIGNATURE_FILE in bag.tags:
        signer, sig_problem = check_signature(
            bag.tags[SIGNATURE_FILE], bag.tags.get("tagmanifest-sha512.txt", b"")
        )
        if sig_problem:
            raise _hostile(f"{SIGNATURE_FILE} {sig_problem}; nothing was imported.")
    sizes[audit_sha] = audit_entry.size
    return _Plan(
        doc,
        blobs,
        sizes,
        bag.info,
        audit_entry.staged,
        audit_sha,
        events,
        _sha256_file(archive),
        provenance,
        signer,
    )


def _check_dates(doc: dict[str, Any]) -> None:
    """Every date in case.json parses (checked before anything is written)."""
    case = doc["case"]
    for key in ("clock_stopped_at", "decided_at", "created_at", "updated_at"):
        _parse_dt(case.get(key), f"case.{key}")
    _parse_date(case.get("due_date"), "case.due_date")
    groups: list[tuple[str, list[Any], tuple[str, ...]]] = [
        ("assignment", doc["assignments"], ("at",)),
        ("answer", doc["checklist"]["answers"], ("answered_at",)),
        ("evidence item", doc["evidence"], ("retrieved_at", "added_at")),
        ("letter", doc["letters"], ("drafted_at", "approved_at", "issued_at")),
    ]
    for label, rows, keys in groups:
        for n, row in enumerate(rows, start=1):
            if not isinstance(row, dict):
                raise _hostile(f"case.json: {label} {n} is malformed.")
            for key in keys:
                _parse_dt(row.get(key), f"{label} {n} {key}")
