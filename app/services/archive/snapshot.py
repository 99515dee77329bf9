"""The export snapshot: the case, its evidence, letters and audit segment as plain JSON."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from sqlalchemy import select

from app import __version__
from app.domain.errors import NotFound, StorageError
from app.services.archive.common import _canonical, _iso, _loads_or_none, _store
from app.services.archive.paths import _PathPlanner, _safe_component
from app.services.archive.types import ARCHIVE_FORMAT
from app.services.context import AppContext
from db import audit
from db.models import (
    AuditEvent,
    AuditHead,
    CaseAssignment,
    ChecklistAnswer,
    EvidenceBlob,
    EvidenceItem,
    Letter,
    Officer,
    Provider,
    Subject,
)
from db.repositories import CaseRepository
from db.uow import unit_of_work


@dataclass
class _EvidenceOut:
    item_id: int
    doc: dict[str, Any]
    source: str | None  # the blob's SHA-256 when its bytes go into the archive
    size: int
    sha256: str


@dataclass
class _Snapshot:
    reference: str
    case_doc: dict[str, Any]
    evidence: list[_EvidenceOut]
    letters: list[tuple[str, int, str]]  # archive path, size, sha256
    audit_file: IO[bytes]
    audit_events: int
    provenance: dict[str, Any] | None
    audit_head: tuple[int, str] | None = None  # the exporting database's (last id, last hash)
    contact: tuple[str, str] = ("", "")  # bag-info Contact-Name, Contact-Email: the exporting officer
    rendered: list[tuple[str, bytes]] = field(default_factory=list)  # archive path, bytes (drafts)


def _audit_line(chain: str, ev: AuditEvent) -> dict[str, Any]:
    return {
        "chain": chain,
        "id": ev.id,
        "ts": ev.ts,
        "actor": ev.actor,
        "action": ev.action,
        "entity_type": ev.entity_type,
        "entity_id": ev.entity_id,
        "case_ref": ev.case_ref,
        "before_json": ev.before_json,
        "after_json": ev.after_json,
        "prev_hash": ev.prev_hash,
        "hash": ev.hash,
    }


def _chain_id(s: Any) -> str:
    first = s.execute(select(AuditEvent.hash).where(AuditEvent.id == 1)).scalar_one_or_none()
    return str(first or audit.GENESIS)


def _write_local_audit(s: Any, reference: str, out: IO[bytes]) -> tuple[int, list[dict[str, Any]]]:
    """Write this database's events of the case, with hash-only link lines for the
    other events in between, so the segment re-links without revealing other cases.
    Returns (events written, the case.imported events kept for provenance)."""
    chain = _chain_id(s)
    own = (
        select(AuditEvent.id)
        .where(AuditEvent.case_ref == reference)
        .where(AuditEvent.action != "case.imported")
        .order_by(AuditEvent.id)
    )
    ids = [int(i) for i in s.execute(own).scalars()]
    imported = [
        _audit_line(chain, ev)
        for ev in s.execute(
            select(AuditEvent)
            .where(AuditEvent.case_ref == reference, AuditEvent.action == "case.imported")
            .order_by(AuditEvent.id)
        ).scalars()
    ]
    if not ids:
        return 0, imported
    wanted = set(ids)
    count = 0
    rows = s.execute(
        select(AuditEvent)
        .where(AuditEvent.id >= ids[0], AuditEvent.id <= ids[-1])
        .order_by(AuditEvent.id)
        .execution_options(yield_per=2000)
    ).scalars()
    for ev in rows:
        if ev.id in wanted:
            line = _audit_line(chain, ev)
            count += 1
        else:
            line = {
                "chain": chain,
                "id": ev.id,
                "prev_hash": ev.prev_hash,
                "hash": ev.hash,
                "link_only": True,
            }
        out.write((_canonical(line) + "\n").encode("utf-8"))
    return count, imported


def _case_links(ctx: AppContext, reference: str) -> list[dict[str, Any]]:
    from app.services import links

    return [lk.to_json() for lk in links.links_of(ctx, reference)]


def _snapshot(ctx: AppContext, reference: str, planner: _PathPlanner) -> _Snapshot:
    from db import migrate

    with unit_of_work(ctx.engine, readonly=True) as s:
        case = CaseRepository(s).row_by_ref(reference)
        if case is None:
            raise NotFound.of("case.not_found", reference=reference)
        provider = s.get(Provider, case.provider_id)
        subject = s.get(Subject, case.subject_id)
        officer = s.get(Officer, case.assigned_officer_id) if case.assigned_officer_id else None
        assignments = [
            {"officer": name, "by": a.assigned_by, "reason": a.reason, "at": _iso(a.assigned_at)}
            for a, name in s.execute(
                select(CaseAssignment, Officer.name)
                .outerjoin(Officer, CaseAssignment.officer_id == Officer.id)
                .where(CaseAssignment.case_id == case.id)
                .order_by(CaseAssignment.id)
            )
        ]
        answers = [
            {
                "question_id": a.question_id,
                "value": _loads_or_none(a.value_json),
                "evidence": _loads_or_none(a.evidence_json) or [],
                "note": a.note,
                "answered_by": a.answered_by,
                "answered_at": _iso(a.answered_at),
            }
            for a in s.execute(
                select(ChecklistAnswer)
                .where(ChecklistAnswer.case_id == case.id)
                .order_by(ChecklistAnswer.question_id)
            ).scalars()
        ]
        evidence: list[_EvidenceOut] = []
        for item in s.execute(
            select(EvidenceItem).where(EvidenceItem.case_id == case.id).order_by(EvidenceItem.id)
        ).scalars():
            blob = s.get(EvidenceBlob, item.sha256)
            in_archive = bool(blob is not None and blob.stored and not item.reference_only)
            path = (
                planner.place("evidence/" + item.folder_path, item.display_name or item.original_name)
                if in_archive
                else None
            )
            doc = {
                "path": f"data/{path}" if path else None,
                "sha256": item.sha256,
                "size": item.size,
                "original_name": item.original_name,
                "display_name": item.display_name,
                "folder_path": item.folder_path,
                "media_type": item.media_type,
                "source_url": item.source_url,
                "retrieved_at": _iso(item.retrieved_at),
                "description": item.description,
                "reference_only": item.reference_only,
                "reference_path": item.reference_path,
                "added_by": item.added_by,
                "added_at": _iso(item.added_at),
            }
            evidence.append(
                _EvidenceOut(item.id, doc, item.sha256 if in_archive else None, item.size, item.sha256)
            )
        letters_doc: list[dict[str, Any]] = []
        letter_files: list[tuple[str, int, str]] = []
        rendered: list[tuple[str, bytes]] = []
        for n, letter in enumerate(
            s.execute(select(Letter).where(Letter.case_id == case.id).order_by(Letter.id)).scalars(),
            start=1,
        ):
            files: dict[str, str | None] = {
                "issued_file": None,
                "current_file": None,
                "draft_file": None,
                "approved_file": None,
            }
            approved = getattr(letter, "approved_sha256", "") or None  # the approved draft (issue 14)
            current = letter.current_sha256 if letter.current_sha256 != letter.issued_sha256 else None
            for kind, sha in (
                ("issued", letter.issued_sha256),
                ("current", current),
                ("draft", letter.draft_sha256),
                ("approved", approved if approved != letter.draft_sha256 else None),
            ):
                if not sha:
                    continue
                blob = s.get(EvidenceBlob, sha)
                if blob is None or not blob.stored or not _store(ctx).exists(sha):
                    continue
                label = _safe_component(letter.registry_reference) if letter.registry_reference else ""
                name = planner.place("letters", f"letter-{n:02d}-{kind}{'-' + label if label else ''}.pdf")
                files[f"{kind}_file"] = f"data/{name}"
                letter_files.append((f"data/{name}", blob.size, sha))
            if files["draft_file"] is None and files["approved_file"] is None and letter.draft_sha256:
                # the draft the reviewer approved is not stored: the letters service renders it
                # again from its frozen content, byte for byte (kept only when the hash agrees)
                pdf = _draft_pdf(letter.content_json, letter.draft_sha256)
                if pdf is not None:
                    label = _safe_component(letter.registry_reference) if letter.registry_reference else ""
                    name = planner.place("letters", f"letter-{n:02d}-draft{'-' + label if label else ''}.pdf")
                    files["draft_file"] = f"data/{name}"
                    rendered.append((f"data/{name}", pdf))
            letters_doc.append(
                {
                    **files,
                    "state": letter.state,
                    "language": letter.language,
                    "legal_nature": letter.legal_nature,
                    "registry_reference": letter.registry_reference,
                    "template_id": letter.template_id,
                    "template_version": letter.template_version,
                    "checklist_id": letter.checklist_id,
                    "checklist_version": letter.checklist_version,
                    "draft_sha256": letter.draft_sha256,
                    "approved_sha256": approved,
                    "issued_sha256": letter.issued_sha256,
                    "outcome": _loads_or_none(letter.outcome_json),
                    "drafted_by": letter.drafted_by,
                    "drafted_at": _iso(letter.drafted_at),
                    "approved_by": letter.approved_by,
                    "approved_at": _iso(letter.approved_at),
                    "issued_by": letter.issued_by,
                    "issued_at": _iso(letter.issued_at),
                    "signature_level": letter.signature_level,
                    "content_json": letter.content_json,
                    "unsigned_sha256": letter.unsigned_sha256,
                    "signer": letter.signer,
                    "signer_function": letter.signer_function,
                    "current_sha256": letter.current_sha256,
                    "audit_head": (  # the audit trail's head when it was issued (issue 16)
                        {"count": letter.audit_head_count, "hash": letter.audit_head_hash}
                        if letter.audit_head_hash
                        else None
                    ),
                }
            )
        origin = json.loads(case.origin) if case.origin else None
        spool = tempfile.SpooledTemporaryFile(max_size=8 << 20)  # noqa: SIM115 - returned to caller
        n_events = 0
        if origin and origin.get("audit_segment_sha256"):
            try:
                with _store(ctx).open(str(origin["audit_segment_sha256"])) as fh:
                    shutil.copyfileobj(fh, spool)
            except (StorageError, OSError) as err:
                spool.close()
                raise StorageError.of("archive.history_missing", reference=reference) from err
            n_events += int(origin.get("audit_segment_events", 0))
        local, imported_events = _write_local_audit(s, reference, spool)
        n_events += local
        spool.seek(0)
        provenance = None
        if origin:
            transfers = list(origin.get("previous", []))
            transfers.append(
                {k: v for k, v in origin.items() if k != "previous"} | {"import_events": imported_events}
            )
            provenance = {"transfers": transfers}
        case_doc = {
            "archive_format": ARCHIVE_FORMAT,
            "schema_revision": migrate.head_revision(),
            "software": {"name": "Exemptio", "version": __version__},
            "case": {
                "reference": case.reference,
                "title": case.title,
                "status": case.status,
                "notes": case.notes,
                "due_date": _iso(case.due_date),
                "clock_stopped_at": _iso(case.clock_stopped_at),
                "decided_at": _iso(case.decided_at),
                "created_at": _iso(case.created_at),
                "updated_at": _iso(case.updated_at),
                "outcome_label": case.outcome_label,
                "outcome": _loads_or_none(case.outcome_json),
            },
            "provider": {
                "name": provider.name if provider else "",
                "representative": provider.representative if provider else "",
                "address": provider.address if provider else "",
                "country": provider.country if provider else "",
            },
            "subject": {
                "name": subject.name if subject else "",
                "version": subject.version if subject else "",
                "kind": subject.kind if subject else "model",
                "parameters": subject.parameters if subject else None,
                "architecture": subject.architecture if subject else "",
                "licence": subject.licence if subject else "",
            },
            "assigned_officer": (
                {"name": officer.name, "unit": officer.unit, "email": officer.email, "role": officer.role}
                if officer
                else None
            ),
            "assignments": assignments,
            "checklist": {"id": case.checklist_id, "version": case.checklist_version, "answers": answers},
            "evidence": [e.doc for e in evidence],
            "letters": letters_doc,
            "links": _case_links(ctx, case.reference),  # typed links to other cases (casework, D)
            "audit": {"file": "data/audit.jsonl", "events": n_events, "custody_file": "data/custody.jsonl"},
        }
        head = s.get(AuditHead, 1)
        return _Snapshot(
            case.reference,
            case_doc,
            evidence,
            letter_files,
            spool,
            n_events,
            provenance,
            (int(head.last_id), str(head.last_hash)) if head is not None else None,
            _contact(ctx, s),
            rendered,
        )


def _custody_lines(audit_file: IO[bytes]) -> Iterator[bytes]:
    audit_file.seek(0)
    for raw in audit_file:
        line = json.loads(raw)
        if line.get("link_only") or line.get("entity_type") != "evidence":
            continue
        yield (
            _canonical(
                {
                    "ts": line["ts"],
                    "actor": line["actor"],
                    "action": line["action"],
                    "evidence": line["entity_id"],
                    "case_ref": line["case_ref"],
                    "details": _loads_or_none(line["after_json"]),
                    "event_hash": line["hash"],
                }
            )
            + "\n"
        ).encode("utf-8")


def _trail_ends(audit_file: IO[bytes]) -> tuple[str, str]:
    """The hashes of the first and the last full event of an audit.jsonl."""
    audit_file.seek(0)
    first = last = ""
    for raw in audit_file:
        line = json.loads(raw)
        if line.get("link_only"):
            continue
        first = first or str(line["hash"])
        last = str(line["hash"])
    audit_file.seek(0)
    return first, last


def _contact(ctx: AppContext, s: Any) -> tuple[str, str]:
    """The exporting officer's name and e-mail (their officer record, else their profile)."""
    from app.domain.text import name_key

    name = ctx.require_officer()
    email = ""
    row = s.execute(select(Officer).where(Officer.name == name)).scalar_one_or_none()
    if row is not None and row.email:
        email = str(row.email)
    elif ctx.settings.officer_email and name_key(ctx.settings.officer_name or "") == name_key(name):
        email = ctx.settings.officer_email
    return name, email


def _draft_pdf(content_json: str, draft_sha256: str) -> bytes | None:
    """The draft of a letter as the letters service renders it from its frozen content, or
    None when that cannot be done or does not give the recorded draft's bytes."""
    import hashlib

    if not content_json:
        return None
    try:
        from app.services.letters import render as rnd
        from app.services.letters.service import _draft_render

        pdf = _draft_render(rnd.LetterContent.from_json(content_json)).pdf
    except Exception:  # noqa: BLE001 - an old or damaged content record: the draft stays out
        return None
    return pdf if hashlib.sha256(pdf).hexdigest() == draft_sha256 else None
