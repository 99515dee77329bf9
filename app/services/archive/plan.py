"""Import planning: case.json checked field by field before anything is written."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from app.domain.errors import BadInput
from app.domain.lifecycle import Status
from app.domain.messages import Part, part
from app.services.archive.audit_trail import _audit_events, _verify_audit_lines
from app.services.archive.authenticity import _contradiction, _letter_pdf_problem
from app.services.archive.bag_reader import _Bag, _Reader, _text
from app.services.archive.common import _hostile, _parse_date, _parse_dt, _sha256_file, _why
from app.services.archive.overview import _index_html
from app.services.archive.signature import check_signature, signature_problem
from app.services.archive.snapshot import _custody_lines
from app.services.archive.trust import Origin, origin
from app.services.archive.types import LETTER_STATES, SIGNATURE_FILE, SUPPORTED_FORMATS, Limits
from app.services.archive.zipsafety import _Entry


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from db import migrate

    script = ScriptDirectory.from_config(migrate.alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _expect(doc: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if not isinstance(doc, dict) or key not in doc or not isinstance(doc[key], kind):
        raise BadInput.of("archive.field_missing", field=f"{where}{key}")
    return doc[key]


def _s(doc: dict[str, Any], key: str, default: str = "") -> str:
    v = doc.get(key, default)
    if v is None:
        return default
    if not isinstance(v, str):
        raise BadInput.of("archive.field_not_text", field=key)
    return v


@dataclass
class _Plan:
    doc: dict[str, Any]
    blobs: dict[str, _Entry]  # sha256 -> its payload entry (staged on import)
    sizes: dict[str, int]  # sha256 -> size
    info: dict[str, str]  # bag-info.txt
    audit_entry: _Entry
    audit_sha256: str
    audit_events: int
    archive_sha256: str
    provenance: dict[str, Any] | None
    signer: str | None = None  # None: the archive is not signed
    origin: Origin | None = None  # who signed, and whether a trust anchor vouches for them


_LETTER_FILES = (  # the files of a letter, and how a refusal names each
    ("issued", "archive.item.letter_issued"),
    ("current", "archive.item.letter_current"),
    ("draft", "archive.item.letter_draft"),
    ("approved", "archive.item.letter_approved"),
)


def _plan(bag: _Bag, archive: Path, limits: Limits, reader: _Reader, roots: Sequence[Any] = ()) -> _Plan:
    """Every check of an archive's content, shared by verify and import (nothing is written).

    Raises BadInput naming the first problem; ``reader`` gives a payload file's bytes
    (from the staging folder on import, from the zip on verify)."""
    if bag.problems:
        parts = tuple(p.as_part() for p in bag.problems)  # every reason, as data
        if len(parts) == 1:
            raise _hostile("archive.bag_problem", first=parts[0], problems=parts)
        raise _hostile("archive.bag_problems", first=parts[0], more=len(parts) - 1, problems=parts)
    if "manifest-sha256.txt" not in bag.tags:
        raise BadInput.of("archive.no_manifest")
    fmt = bag.info.get("Exemptio-Archive-Format", "")
    if fmt not in SUPPORTED_FORMATS:
        if fmt:
            raise BadInput.of("archive.newer_format", format=fmt[:40])
        raise BadInput.of("archive.not_exemptio")
    case_entry = bag.payload.get("data/case.json")
    audit_entry = bag.payload.get("data/audit.jsonl")
    if case_entry is None or audit_entry is None:
        raise BadInput.of("archive.no_case")
    if case_entry.size > limits.max_tag_bytes:
        raise BadInput.of("archive.case_too_large")
    try:
        doc = json.loads(_text("data/case.json", reader.read(case_entry)))
    except (ValueError, RecursionError) as err:
        raise BadInput.of("archive.case_not_json", reason=_why(err)) from err
    if not isinstance(doc, dict):
        raise BadInput.of("archive.not_a_case")
    if doc.get("archive_format") not in SUPPORTED_FORMATS:
        raise BadInput.of("archive.newer_case_format", format=str(doc.get("archive_format"))[:40])
    rev = doc.get("schema_revision")
    if not isinstance(rev, str) or rev not in _known_revisions():
        raise BadInput.of("archive.newer_schema", version=str(rev)[:40])
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
    blobs: dict[str, _Entry] = {}
    sizes: dict[str, int] = {}

    def bind(path: Any, sha: Any, what: Part) -> None:
        if not isinstance(sha, str) or not re.fullmatch(r"[0-9a-f]{64}", sha):
            raise _hostile("archive.sha_malformed", item=what)
        if path is None:
            return
        if not isinstance(path, str):
            raise _hostile("archive.path_malformed", item=what)
        entry = bag.payload.get(path)
        if entry is None:
            raise BadInput.of("archive.named_missing", path=path[:80])
        if entry.sha256 != sha:
            raise BadInput.of("archive.hash_differs", path=path[:80])
        blobs.setdefault(sha, entry)
        sizes[sha] = entry.size

    for n, ev in enumerate(evidence, start=1):
        if not isinstance(ev, dict):
            raise BadInput.of("archive.evidence_malformed", n=n)
        bind(ev.get("path"), ev.get("sha256"), part("archive.item.evidence", n=n))
        if (
            not isinstance(ev.get("size"), int)
            or isinstance(ev.get("size"), bool)
            or not 0 <= ev["size"] < 1 << 62
        ):
            raise BadInput.of("archive.evidence_no_size", n=n)
        if ev.get("path") is not None and sizes.get(ev["sha256"]) != ev["size"]:
            raise BadInput.of("archive.evidence_size", n=n)
    for n, lt in enumerate(letters, start=1):
        if not isinstance(lt, dict):
            raise BadInput.of("archive.letter_malformed", n=n)
        for kind, item in _LETTER_FILES:
            if lt.get(f"{kind}_file"):
                bind(lt.get(f"{kind}_file"), lt.get(f"{kind}_sha256"), part(item, n=n))
        for key in ("issued_sha256", "current_sha256"):
            if lt.get(key) and not re.fullmatch(r"[0-9a-f]{64}", str(lt[key])):
                raise BadInput.of("archive.letter_sha", n=n)
        if lt.get("state", "draft") not in LETTER_STATES:
            raise BadInput.of("archive.letter_state", n=n, state=str(lt.get("state"))[:20])
    if case.get("status", "draft") not in {st.value for st in Status}:
        raise BadInput.of("archive.case_status", status=str(case.get("status"))[:20])
    _check_dates(doc)
    with reader.seekable(audit_entry) as fh:
        events, audit_sha = _verify_audit_lines(fh)
        trail = _audit_events(fh)
    _check_anchors(bag.info, events, trail)
    provenance = None
    if "provenance.json" in bag.tags:
        try:
            provenance = json.loads(bag.tags["provenance.json"])
        except (ValueError, RecursionError) as err:
            raise BadInput.of("archive.provenance_not_json") from err
        if not isinstance(provenance, dict) or not isinstance(provenance.get("transfers"), list):
            raise BadInput.of("archive.provenance_malformed")
    # authenticity: the manifests only prove completeness (anyone can recompute them)
    problem = _contradiction(doc, trail, bag.info, provenance)
    if problem:
        raise BadInput.of("archive.contradicts_trail", problem=problem)
    named = _named_payload(doc)
    for rel in sorted(bag.payload):
        if rel not in named:
            raise BadInput.of("archive.unnamed_file", path=rel[:80])
    with reader.seekable(audit_entry) as fh:
        _check_derived(bag, doc, fh, reader)
    for n, lt in enumerate(letters, start=1):
        for kind in ("issued", "current"):
            rel = lt.get(f"{kind}_file")
            pdf = bag.payload.get(rel) if isinstance(rel, str) else None
            if pdf is not None:
                why = _letter_pdf_problem(reader.read(pdf), n, kind)
                if why:
                    raise _hostile("archive.letter_refused", problem=why)
    signer: str | None = None
    signed_by: Origin | None = None
    if SIGNATURE_FILE in bag.tags:
        signer, sig_problem = signature_problem(
            bag.tags[SIGNATURE_FILE], bag.tags.get("tagmanifest-sha512.txt", b"")
        )
        if sig_problem is not None:
            raise _hostile("archive.signature_refused", problem=sig_problem)
        signed_by = origin(bag.tags[SIGNATURE_FILE], roots)
        if roots and not signed_by.trusted:  # a trust anchor was given: it must vouch for the signer
            raise _hostile(
                "archive.signer_untrusted",
                problem=signed_by.part or signed_by.problem,
                signer=signed_by.signer_dn[:200],
            )
    sizes[audit_sha] = audit_entry.size
    return _Plan(
        doc,
        blobs,
        sizes,
        bag.info,
        audit_entry,
        audit_sha,
        events,
        _sha256_file(archive),
        provenance,
        signer,
        signed_by if signer is not None else None,
    )


def _check_dates(doc: dict[str, Any]) -> None:
    """Every date in case.json parses (checked before anything is written)."""
    case = doc["case"]
    for key in ("clock_stopped_at", "decided_at", "created_at", "updated_at"):
        _parse_dt(case.get(key), f"case.{key}")
    _parse_date(case.get("due_date"), "case.due_date")
    groups: list[tuple[str, str, list[Any], tuple[str, ...]]] = [
        ("assignment", "archive.assignment_n_malformed", doc["assignments"], ("at",)),
        ("answer", "archive.answer_n_malformed", doc["checklist"]["answers"], ("answered_at",)),
        ("evidence item", "archive.evidence_malformed", doc["evidence"], ("retrieved_at", "added_at")),
        ("letter", "archive.letter_malformed", doc["letters"], ("drafted_at", "approved_at", "issued_at")),
    ]
    for label, malformed, rows, keys in groups:
        for n, row in enumerate(rows, start=1):
            if not isinstance(row, dict):
                raise _hostile(malformed, n=n)
            for key in keys:
                _parse_dt(row.get(key), f"{label} {n} {key}")


FIXED_PAYLOAD = ("data/case.json", "data/index.html", "data/audit.jsonl", "data/custody.jsonl")


def _named_payload(doc: dict[str, Any]) -> set[str]:
    """The payload files case.json accounts for (a planted extra file is refused)."""
    named = set(FIXED_PAYLOAD)
    for ev in doc.get("evidence") or []:
        if isinstance(ev, dict) and isinstance(ev.get("path"), str):
            named.add(ev["path"])
    for lt in doc.get("letters") or []:
        for kind in ("issued", "current", "draft", "approved"):
            rel = lt.get(f"{kind}_file") if isinstance(lt, dict) else None
            if isinstance(rel, str):
                named.add(rel)
    return named


def _check_anchors(info: dict[str, str], events: int, trail: list[dict[str, Any]]) -> None:
    """bag-info.txt (covered by the tag manifests and the signature) states how many events
    the trail holds and the hashes of the first and last: cutting either end is seen."""
    count = info.get("Exemptio-Audit-Events")
    if count is None:
        raise _hostile("archive.no_event_count")
    first = trail[0]["hash"] if trail else ""
    last = trail[-1]["hash"] if trail else ""
    if count.strip() != str(events):
        raise _hostile("archive.event_count", events=events, count=count.strip()[:20])
    for label, want, have in (
        ("Exemptio-Audit-First-Hash", info.get("Exemptio-Audit-First-Hash", ""), first),
        ("Exemptio-Audit-Last-Hash", info.get("Exemptio-Audit-Last-Hash", ""), last),
    ):
        if want.strip() != have:
            raise _hostile("archive.first_event" if "First" in label else "archive.last_event")


def _check_derived(bag: _Bag, doc: dict[str, Any], audit_file: IO[bytes], reader: _Reader) -> None:
    """index.html and custody.jsonl are made from case.json and audit.jsonl: rebuilt, they
    must be the same bytes (an edited overview is refused). An archive made by another
    Exemptio version may lay the overview out differently; only custody is compared then."""
    from app import __version__

    derived: list[tuple[str, Callable[[], bytes]]] = [
        ("data/custody.jsonl", lambda: b"".join(_custody_lines(audit_file))),
    ]
    if bag.info.get("Exemptio-Version", "").strip() == __version__:
        signed_by = None
        if SIGNATURE_FILE in bag.tags:
            signed_by, _ = check_signature(
                bag.tags[SIGNATURE_FILE], bag.tags.get("tagmanifest-sha512.txt", b"")
            )
        derived.append(("data/index.html", lambda: _index_html(doc, audit_file, signed_by)))
    for rel, rebuild in derived:
        entry = bag.payload.get(rel)
        if entry is None:
            raise _hostile("archive.derived_missing", file=rel)
        try:
            want = rebuild()
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as err:
            raise _hostile("archive.derived_unbuildable", file=rel, reason=_why(err)) from err
        if reader.read(entry) != want:
            raise _hostile("archive.derived_edited", file=rel)
