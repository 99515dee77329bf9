"""Case archives: a serialised BagIt 1.0 bag (RFC 8493) in one zip file.

Export streams every file into the zip while hashing it (SHA-256 and SHA-512
in parallel), so memory stays constant whatever the evidence size; the zip is
written to a temporary file and renamed only when complete. Verification and
import read the zip as hostile input: names, types, sizes and compression
ratios are checked before a byte is extracted, and extracted files are named
by a counter inside a staging folder (never by the names in the archive).
Import is all or nothing: everything is verified in staging first, then blob
bytes are put in place, then one database transaction commits the rows.

See docs/archive.md for the layout and how to verify an archive with standard
tools.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import html
import json
import os
import re
import shutil
import stat
import struct
import tempfile
import unicodedata
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

from sqlalchemy import select
from sqlalchemy.exc import DataError, IntegrityError, StatementError

from app import __version__
from app.domain.errors import BadInput, CheckFailed, NotAllowed, NotFound, StorageError
from app.domain.lifecycle import Status
from app.domain.references import format_reference, parse_reference
from app.services import outfile, roles
from app.services.blobstore import Cancelled as Cancelled  # one "cancelled" for all long operations
from app.services.context import AppContext
from db import audit
from db.models import (
    AuditEvent,
    Case,
    CaseAssignment,
    ChecklistAnswer,
    EvidenceBlob,
    EvidenceItem,
    Letter,
    Officer,
    Provider,
    Subject,
)
from db.repositories import CaseRepository, OfficerRepository
from db.uow import unit_of_work

ARCHIVE_FORMAT = "exemptio-case-archive/1"
SUPPORTED_FORMATS = frozenset({ARCHIVE_FORMAT})
CHUNK = 4 << 20
DEFLATE_MAX = 1 << 20  # payload files up to 1 MiB are deflated, bigger ones stored
SOURCE_ORGANIZATION = "European Commission, AI Office"
ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]

PAYLOAD_ALGS = ("sha256", "sha512")
HEX_LEN = {"sha256": 64, "sha512": 128}
TAG_FILES = frozenset(
    {
        "bagit.txt",
        "bag-info.txt",
        "manifest-sha256.txt",
        "manifest-sha512.txt",
        "tagmanifest-sha256.txt",
        "tagmanifest-sha512.txt",
        "provenance.json",
        "tagmanifest-sha512.txt.p7s",
    }
)
SIGNATURE_FILE = "tagmanifest-sha512.txt.p7s"
LETTER_STATES = frozenset({"draft", "approved", "issued", "superseded"})
COMPRESSED_EXT = frozenset(
    ".zip .gz .bz2 .xz .zst .7z .rar .png .jpg .jpeg .gif .webp .mp4 .mp3 .pdf .docx .xlsx .pptx "
    ".odt .safetensors .gguf .bin .pt .pth .onnx .parquet .tar".split()
)
_WIN_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"COM{i}" for i in range(1, 10)] + [f"LPT{i}" for i in range(1, 10)]
)


@dataclass(frozen=True)
class Limits:
    """What an archive may declare before import refuses it as a zip bomb."""

    max_total_bytes: int = 1 << 40  # 1 TiB uncompressed
    max_entries: int = 200_000
    max_ratio: int = 100  # uncompressed / compressed, for entries above ratio_min_size
    ratio_min_size: int = 1 << 20
    max_tag_bytes: int = 256 << 20  # tag files and case.json are read into memory


@dataclass(frozen=True)
class SigningKey:
    """A PKCS#12 file and its passphrase (never stored, never logged)."""

    p12: Path
    passphrase: bytes | None = None


@dataclass(frozen=True)
class ExportResult:
    path: Path
    reference: str
    files: int
    payload_bytes: int
    tagmanifest_sha512: str
    signed: bool


@dataclass(frozen=True)
class Problem:
    file: str
    reason: str


@dataclass
class VerifyReport:
    path: Path
    reference: str = ""
    files: int = 0
    payload_bytes: int = 0
    signed: bool = False
    signer: str = ""
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {
            "archive": str(self.path),
            "reference": self.reference,
            "ok": self.ok,
            "files": self.files,
            "payload_bytes": self.payload_bytes,
            "signed": self.signed,
            "signer": self.signer,
            "problems": [{"file": p.file, "reason": p.reason} for p in self.problems],
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True)
class ImportResult:
    reference: str
    original_reference: str
    evidence_items: int
    new_blobs: int
    letters: int
    audit_events: int
    archive_sha256: str
    signed: bool = False  # False: "unverified origin" (see UNSIGNED_WARNING)


# --------------------------------------------------------------------------- helpers


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


def _iso(value: dt.datetime | dt.date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return (_utc(value) or value).isoformat()
    return value.isoformat()


def _parse_dt(value: Any, what: str) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise BadInput(f"case.json: {what} is not a date and time.")
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError as err:
        raise BadInput(f"case.json: {what} '{value[:40]}' is not a date and time.") from err
    return _utc(parsed)


def _parse_date(value: Any, what: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise BadInput(f"case.json: {what} is not a date.")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise BadInput(f"case.json: {what} '{value[:40]}' is not a date.") from err


def _loads_or_none(text: str) -> Any:
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def _canonical(doc: Any) -> str:
    return json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _pretty(doc: Any) -> bytes:
    return (json.dumps(doc, sort_keys=True, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _open_blob(ctx: AppContext, sha256: str, rel: str) -> IO[bytes]:
    """Stream a blob from the evidence store (a folder, or the team database)."""
    try:
        fh: IO[bytes] = _store(ctx).open(sha256)
    except (StorageError, OSError) as err:
        raise StorageError(
            f"The stored bytes of {rel.removeprefix('data/')} are missing from the evidence store "
            f"({sha256[:12]}…); run 'exemptio evidence verify'."
        ) from err
    return fh


def _safe_component(name: str) -> str:
    """One path component safe on every file system and in a BagIt manifest."""
    name = unicodedata.normalize("NFC", name)
    out = []
    for ch in name:
        if ord(ch) < 32 or ord(ch) == 127 or ch in '\\/:*?"<>|%':
            out.append("_")
        else:
            out.append(ch)
    clean = "".join(out).strip().rstrip(".").strip()
    if clean in ("", ".", ".."):
        clean = "_"
    if clean.split(".")[0].upper() in _WIN_RESERVED:
        clean = "_" + clean
    while len(clean.encode("utf-8")) > 200:
        clean = clean[:-1]
    return clean


def _split_ext(name: str) -> tuple[str, str]:
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        return name, ""
    return stem, "." + ext


def _collision_key(path: str) -> str:
    return unicodedata.normalize("NFKC", path).casefold()


class _PathPlanner:
    """Gives every file a unique archive path (no NFC/NFKC/case collisions)."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def place(self, folder: str, name: str) -> str:
        parts = [_safe_component(p) for p in folder.split("/") if p not in ("", ".")]
        base = _safe_component(name)
        stem, ext = _split_ext(base)
        n = 1
        candidate = base
        while True:
            path = "/".join([*parts, candidate])
            if _collision_key(path) not in self.used:
                self.used.add(_collision_key(path))
                return path
            n += 1
            candidate = f"{stem} ({n}){ext}"


class _Hasher:
    """SHA-256 and SHA-512 of a stream, each on a helper thread (hashlib releases
    the GIL), so the caller reads or writes the next chunk meanwhile. A chunk's
    buffer must stay unchanged until the next ``update`` (two alternating
    buffers are enough)."""

    def __init__(self, pool: ThreadPoolExecutor) -> None:
        self.pool = pool
        self.h256 = hashlib.sha256()
        self.h512 = hashlib.sha512()
        self.pending: list[Future[None]] = []
        self.size = 0

    def _wait(self) -> None:
        for f in self.pending:
            f.result()
        self.pending = []

    def update(self, chunk: Any) -> None:
        self._wait()
        self.size += len(chunk)
        if len(chunk) >= 65536:
            self.pending = [
                self.pool.submit(self.h256.update, chunk),
                self.pool.submit(self.h512.update, chunk),
            ]
        else:
            self.h256.update(chunk)
            self.h512.update(chunk)

    def digests(self) -> tuple[str, str]:
        self._wait()
        return self.h256.hexdigest(), self.h512.hexdigest()


def _tag_value(value: str) -> str:
    return " ".join(str(value).split())


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- export: reading the case


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


def _snapshot(ctx: AppContext, reference: str, planner: _PathPlanner) -> _Snapshot:
    from db import migrate

    with unit_of_work(ctx.engine, readonly=True) as s:
        case = CaseRepository(s).row_by_ref(reference)
        if case is None:
            raise NotFound(f"No case with reference '{reference}'.")
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
        for n, letter in enumerate(
            s.execute(select(Letter).where(Letter.case_id == case.id).order_by(Letter.id)).scalars(),
            start=1,
        ):
            files: dict[str, str | None] = {"issued_file": None, "current_file": None, "draft_file": None}
            current = letter.current_sha256 if letter.current_sha256 != letter.issued_sha256 else None
            for kind, sha in (
                ("issued", letter.issued_sha256),
                ("current", current),
                ("draft", letter.draft_sha256),
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
                raise StorageError(
                    f"The imported audit history of {reference} is missing from the evidence store."
                ) from err
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
            "audit": {"file": "data/audit.jsonl", "events": n_events, "custody_file": "data/custody.jsonl"},
        }
        return _Snapshot(case.reference, case_doc, evidence, letter_files, spool, n_events, provenance)


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


# --------------------------------------------------------------------------- export: the readable overview


def _index_html(doc: dict[str, Any], audit_file: IO[bytes]) -> bytes:
    e = html.escape
    c = doc["case"]

    def row(k: str, v: Any) -> str:
        return f"<tr><th>{e(k)}</th><td>{e('' if v is None else str(v))}</td></tr>"

    def link(path: str | None, label: str) -> str:
        if not path:
            return e(label)
        href = quote(path.removeprefix("data/"), safe="/")
        return f'<a href="{e(href)}">{e(label)}</a>'

    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{e(c['reference'])}: {e(c['title'])}</title>",
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
        "table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.3em;"
        "text-align:left;vertical-align:top}th{background:#f3f3f3}code{word-break:break-all}</style>",
        "</head><body>",
        f"<h1>{e(c['reference'])}: {e(c['title'])}</h1>",
        "<p>Case archive made by Exemptio. The files next to this page are listed with their "
        "SHA-256 and SHA-512 in the bag's manifests; see bag-info.txt one folder up.</p>",
        "<h2>Case</h2><table>",
        row("Status", c["status"]),
        row("Provider", doc["provider"]["name"]),
        row("Subject", f"{doc['subject']['name']} {doc['subject']['version']}".strip()),
        row("Kind", doc["subject"]["kind"]),
        row("Assigned officer", (doc["assigned_officer"] or {}).get("name")),
        row("Due date", c["due_date"]),
        row("Outcome", c["outcome_label"]),
        row("Checklist", f"{doc['checklist']['id']} version {doc['checklist']['version']}"),
        row("Opened", c["created_at"]),
        row("Decided", c["decided_at"]),
        "</table>",
    ]
    if c["notes"]:
        parts.append(f"<h2>Notes</h2><p>{e(c['notes'])}</p>")
    parts.append("<h2>Checklist answers</h2>")
    if doc["checklist"]["answers"]:
        parts.append("<table><tr><th>Question</th><th>Answer</th><th>Note</th><th>By</th></tr>")
        for a in doc["checklist"]["answers"]:
            parts.append(
                f"<tr><td>{e(a['question_id'])}</td><td>{e(json.dumps(a['value'], ensure_ascii=False))}</td>"
                f"<td>{e(a['note'])}</td><td>{e(a['answered_by'])}</td></tr>"
            )
        parts.append("</table>")
    else:
        parts.append("<p>No answers recorded.</p>")
    parts.append("<h2>Evidence</h2>")
    if doc["evidence"]:
        parts.append("<table><tr><th>File</th><th>Size</th><th>SHA-256</th><th>Source</th></tr>")
        for ev in doc["evidence"]:
            name = "/".join(x for x in (ev["folder_path"], ev["display_name"]) if x)
            kept = "" if ev["path"] else " (reference only, not in the archive)"
            parts.append(
                f"<tr><td>{link(ev['path'], name)}{e(kept)}</td><td>{ev['size']}</td>"
                f"<td><code>{e(ev['sha256'])}</code></td><td>{e(ev['source_url'])}</td></tr>"
            )
        parts.append("</table>")
    else:
        parts.append("<p>No evidence.</p>")
    parts.append("<h2>Letters</h2>")
    if doc["letters"]:
        parts.append(
            "<table><tr><th>Letter</th><th>State</th><th>Drafted</th><th>Approved</th><th>Issued</th></tr>"
        )
        for n, lt in enumerate(doc["letters"], start=1):
            label = lt["registry_reference"] or f"Letter {n}"
            path = lt["issued_file"] or lt["draft_file"]
            parts.append(
                f"<tr><td>{link(path, label)}</td><td>{e(lt['state'])}</td>"
                f"<td>{e(lt['drafted_by'])} {e(lt['drafted_at'] or '')}</td>"
                f"<td>{e(lt['approved_by'])} {e(lt['approved_at'] or '')}</td>"
                f"<td>{e(lt['issued_by'])} {e(lt['issued_at'] or '')}</td></tr>"
            )
        parts.append("</table>")
    else:
        parts.append("<p>No letters.</p>")
    parts.append(
        '<h2>History</h2><p>The full trail with hashes is in <a href="audit.jsonl">audit.jsonl</a>; '
        'evidence custody in <a href="custody.jsonl">custody.jsonl</a>.</p>'
    )
    parts.append("<table><tr><th>Time (UTC)</th><th>Officer</th><th>Action</th><th>Item</th></tr>")
    audit_file.seek(0)
    shown = 0
    for raw in audit_file:
        line = json.loads(raw)
        if line.get("link_only"):
            continue
        if shown >= 2000:
            parts.append("<tr><td colspan=4>… more events in audit.jsonl</td></tr>")
            break
        parts.append(
            f"<tr><td>{e(line['ts'])}</td><td>{e(line['actor'])}</td><td>{e(line['action'])}</td>"
            f"<td>{e(line['entity_type'])} {e(line['entity_id'])}</td></tr>"
        )
        shown += 1
    parts.append("</table></body></html>\n")
    return "\n".join(parts).encode("utf-8")


# --------------------------------------------------------------------------- export


def _load_signing_key(key: SigningKey) -> tuple[Any, Any, list[Any]]:
    from cryptography.hazmat.primitives.serialization import pkcs12

    try:
        data = Path(key.p12).read_bytes()
    except OSError as err:
        raise BadInput(f"Cannot read the signing key {key.p12}: {err.strerror}") from err
    try:
        private, cert, extra = pkcs12.load_key_and_certificates(data, key.passphrase)
    except (ValueError, TypeError) as err:
        raise BadInput(
            f"Cannot open the signing key {Path(key.p12).name}: wrong passphrase or not a PKCS#12 file."
        ) from err
    if private is None or cert is None:
        raise BadInput(f"The signing key file {Path(key.p12).name} holds no key and certificate.")
    return private, cert, list(extra or [])


def _sign(data: bytes, loaded: tuple[Any, Any, list[Any]]) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.serialization import Encoding, pkcs7

    private, cert, extra = loaded
    builder = pkcs7.PKCS7SignatureBuilder().set_data(data).add_signer(cert, private, hashes.SHA256())
    for c in extra:
        builder = builder.add_certificate(c)
    return builder.sign(Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary])


class _BagWriter:
    def __init__(self, zf: zipfile.ZipFile, top: str, pool: ThreadPoolExecutor, when: dt.datetime) -> None:
        self.zf = zf
        self.top = top
        self.pool = pool
        self.date_time = when.timetuple()[:6]
        self.payload: list[tuple[str, int, str, str]] = []  # path, size, sha256, sha512

    def _info(self, rel: str, size: int, deflate: bool) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(f"{self.top}/{rel}", date_time=self.date_time)
        info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
        info.create_system = 3
        info.external_attr = (stat.S_IFREG | 0o644) << 16
        info.file_size = size
        return info

    def add_bytes(self, rel: str, data: bytes, *, payload: bool = True) -> None:
        info = self._info(rel, len(data), deflate=len(data) > 512)
        with self.zf.open(info, "w") as out:
            out.write(data)
        if payload:
            self.payload.append(
                (rel, len(data), hashlib.sha256(data).hexdigest(), hashlib.sha512(data).hexdigest())
            )

    def add_stream(
        self,
        rel: str,
        src: IO[bytes],
        size: int,
        *,
        tick: Callable[[int], None],
        expect_sha256: str | None = None,
    ) -> None:
        deflate = size <= DEFLATE_MAX and Path(rel).suffix.lower() not in COMPRESSED_EXT
        info = self._info(rel, size, deflate)
        h = _Hasher(self.pool)
        with self.zf.open(info, "w", force_zip64=True) as out:
            while True:
                chunk = src.read(CHUNK)
                if not chunk:
                    break
                h.update(chunk)
                out.write(chunk)
                tick(len(chunk))
        sha256, sha512 = h.digests()
        if h.size != size or (expect_sha256 and sha256 != expect_sha256):
            raise StorageError(
                f"The stored bytes of {rel.removeprefix('data/')} are damaged (expected SHA-256 "
                f"{(expect_sha256 or '')[:12]}…, found {sha256[:12]}…); run 'exemptio evidence verify'."
            )
        self.payload.append((rel, size, sha256, sha512))


def _manifest(entries: list[tuple[str, str]]) -> bytes:
    return "".join(f"{digest}  {path}\n" for path, digest in sorted(entries)).encode("utf-8")


def export_case(
    ctx: AppContext,
    ref: str,
    out_zip: str | os.PathLike[str],
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    signing_key: SigningKey | None = None,
    *,
    record_audit: bool = True,
    force: bool = False,
) -> ExportResult:
    """Write case ``ref`` as a serialised BagIt bag to ``out_zip``.

    Nothing is left behind on failure or cancel. With ``signing_key``, a detached
    CMS signature over tagmanifest-sha512.txt is added.
    """
    reference = ref.strip()
    target = Path(out_zip).expanduser()
    if target.exists() and target.is_dir():
        raise BadInput(f"{target} is a folder; give the name of the zip file to write.")
    if not target.parent.is_dir():
        raise BadInput(f"The folder {target.parent} does not exist.")
    outfile.refuse_existing(target, force=force)  # an earlier archive is not replaced silently
    loaded_key = _load_signing_key(signing_key) if signing_key else None
    planner = _PathPlanner()
    planner.used.update(
        _collision_key(p) for p in ("case.json", "index.html", "audit.jsonl", "custody.jsonl")
    )
    snap = _snapshot(ctx, reference, planner)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    top = _safe_component(snap.reference)
    total = sum(e.size for e in snap.evidence if e.source) + sum(x[1] for x in snap.letters)
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if cancel is not None and cancel():
            raise Cancelled("Export cancelled; no archive was written.")
        if progress is not None:
            progress(done, total, "Writing the archive…")

    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            with tmp.open("wb") as raw, zipfile.ZipFile(raw, "w", allowZip64=True) as zf:
                bag = _BagWriter(zf, top, pool, now)
                bag.add_bytes("data/case.json", _pretty(snap.case_doc))
                bag.add_bytes("data/index.html", _index_html(snap.case_doc, snap.audit_file))
                snap.audit_file.seek(0)
                size = snap.audit_file.seek(0, os.SEEK_END)
                snap.audit_file.seek(0)
                bag.add_stream("data/audit.jsonl", snap.audit_file, size, tick=lambda n: None)
                custody = b"".join(_custody_lines(snap.audit_file))
                bag.add_bytes("data/custody.jsonl", custody)
                for path, size, sha in snap.letters:
                    with _open_blob(ctx, sha, path) as fh:
                        bag.add_stream(path, fh, size, tick=tick, expect_sha256=sha)
                for ev in snap.evidence:
                    if ev.source is None:
                        continue
                    with _open_blob(ctx, ev.source, ev.doc["path"]) as fh:
                        bag.add_stream(ev.doc["path"], fh, ev.size, tick=tick, expect_sha256=ev.sha256)
                payload_bytes = sum(p[1] for p in bag.payload)
                tags: dict[str, bytes] = {}
                tags["bagit.txt"] = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
                info = [
                    ("Source-Organization", SOURCE_ORGANIZATION),
                    ("External-Identifier", snap.reference),
                    ("External-Description", f"Exemptio case archive: {snap.case_doc['case']['title']}"),
                    ("Bagging-Date", now.date().isoformat()),
                    ("Bagging-Time", now.isoformat()),
                    ("Payload-Oxum", f"{payload_bytes}.{len(bag.payload)}"),
                    ("Bag-Software-Agent", f"Exemptio {__version__}"),
                    ("Exemptio-Version", __version__),
                    ("Exemptio-Archive-Format", ARCHIVE_FORMAT),
                    ("Exemptio-Schema-Revision", str(snap.case_doc["schema_revision"])),
                    ("Exported-By", ctx.officer or "unknown officer"),
                ]
                tags["bag-info.txt"] = "".join(f"{k}: {_tag_value(v)}\n" for k, v in info).encode("utf-8")
                tags["manifest-sha256.txt"] = _manifest([(p[0], p[2]) for p in bag.payload])
                tags["manifest-sha512.txt"] = _manifest([(p[0], p[3]) for p in bag.payload])
                if snap.provenance is not None:
                    tags["provenance.json"] = _pretty(snap.provenance)
                for alg in PAYLOAD_ALGS:
                    tags[f"tagmanifest-{alg}.txt"] = _manifest(
                        [
                            (name, hashlib.new(alg, data).hexdigest())
                            for name, data in tags.items()
                            if not name.startswith("tagmanifest-")
                        ]
                    )
                if loaded_key is not None:
                    tags[SIGNATURE_FILE] = _sign(tags["tagmanifest-sha512.txt"], loaded_key)
                for name, data in tags.items():
                    bag.add_bytes(name, data, payload=False)
                if cancel is not None and cancel():
                    raise Cancelled("Export cancelled; no archive was written.")
            with tmp.open("rb+") as fh:
                os.fsync(fh.fileno())
        outfile.place(tmp, target, force=force)  # no-replace unless force (no check-then-write race)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        snap.audit_file.close()
    tm512 = hashlib.sha512(tags["tagmanifest-sha512.txt"]).hexdigest()
    if record_audit:
        try:
            _record_export(ctx, snap, target, tm512, loaded_key is not None)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
    if progress is not None:
        progress(total, total, "Archive written.")
    return ExportResult(
        target, snap.reference, len(bag.payload), payload_bytes, tm512, loaded_key is not None
    )


def _record_export(ctx: AppContext, snap: _Snapshot, target: Path, tm512: str, signed: bool) -> None:
    who = ctx.officer or "unknown officer"
    with unit_of_work(ctx.engine) as s:
        audit.append(
            s,
            actor=who,
            action="case.exported",
            entity_type="case",
            entity_id=snap.reference,
            case_ref=snap.reference,
            after={
                "archive": target.name,
                "tagmanifest_sha512": tm512,
                "signed": signed,
                "evidence_items": sum(1 for e in snap.evidence if e.source),
            },
        )
        for ev in snap.evidence:
            if ev.source is None:
                continue
            audit.append(
                s,
                actor=who,
                action="evidence.exported",
                entity_type="evidence",
                entity_id=ev.item_id,
                case_ref=snap.reference,
                after={"sha256": ev.sha256, "archive": target.name, "path": ev.doc["path"]},
            )


# --------------------------------------------------------------------------- reading a bag (hostile input)


def _hostile(msg: str) -> BadInput:
    return BadInput(f"Refused: {msg}")


_READ_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    ValueError,
    NotImplementedError,
    RuntimeError,
    OverflowError,
    KeyError,
    IndexError,
)
_OPEN_ERRORS: tuple[type[BaseException], ...] = (OSError, *_READ_ERRORS)


def _check_name(info: zipfile.ZipInfo) -> str:
    name = info.filename
    shown = name.encode("unicode_escape").decode("ascii")[:120]
    if not info.flag_bits & 0x800 and not name.isascii():
        raise _hostile(f"the archive entry '{shown}' has a name that is not marked as UTF-8.")
    if info.flag_bits & 0x1:
        raise _hostile(f"the archive entry '{shown}' is encrypted.")
    if any(ord(c) < 32 or ord(c) == 127 for c in name) or "\\" in name:
        raise _hostile(f"the archive entry '{shown}' has control characters or backslashes in its name.")
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        raise _hostile(f"the archive entry '{shown}' has an absolute path.")
    parts = name.rstrip("/").split("/") if info.is_dir() else name.split("/")
    if any(p in ("", ".", "..") for p in parts):
        raise _hostile(f"the archive entry '{shown}' has an empty, '.' or '..' path part.")
    if unicodedata.normalize("NFC", name) != name:
        raise _hostile(f"the archive entry '{shown}' is not in Unicode normal form C (NFC).")
    if info.create_system == 3:
        kind = stat.S_IFMT(info.external_attr >> 16)
        if kind == stat.S_IFLNK:
            raise _hostile(f"the archive entry '{shown}' is a symbolic link.")
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            raise _hostile(f"the archive entry '{shown}' is not a regular file (a link or device).")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise _hostile(f"the archive entry '{shown}' uses an unsupported compression method.")
    return name


@dataclass
class _Entry:
    info: zipfile.ZipInfo
    rel: str  # path inside the bag
    size: int = 0
    sha256: str = ""
    sha512: str = ""
    staged: Path | None = None
    error: str = ""


@dataclass
class _Bag:
    top: str
    tags: dict[str, bytes]
    payload: dict[str, _Entry]
    manifests: dict[str, dict[str, str]]  # alg -> path -> digest
    info: dict[str, str]
    problems: list[Problem]


def _structure(zf: zipfile.ZipFile, limits: Limits, free_bytes: int | None) -> tuple[str, dict[str, _Entry]]:
    infos = zf.infolist()
    if not infos:
        raise _hostile("the zip file is empty.")
    if len(infos) > limits.max_entries:
        raise _hostile(f"the archive has {len(infos)} entries (the limit is {limits.max_entries}).")
    seen: dict[str, str] = {}
    tops: set[str] = set()
    entries: dict[str, _Entry] = {}
    total = 0
    offsets: list[tuple[int, int, str]] = []
    for info in infos:
        name = _check_name(info)
        key = _collision_key(name.rstrip("/"))
        if key in seen:
            if seen[key] == name.rstrip("/"):
                raise _hostile(f"the archive lists '{name}' twice.")
            raise _hostile(f"the names '{seen[key]}' and '{name}' would be the same file on some computers.")
        seen[key] = name.rstrip("/")
        tops.add(name.split("/")[0])
        if info.is_dir():
            continue
        total += info.file_size
        if info.file_size > limits.ratio_min_size and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            raise _hostile(
                f"'{name}' expands {info.file_size // max(info.compress_size, 1)} times "
                f"(a zip bomb?); the limit is {limits.max_ratio}."
            )
        if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
            raise _hostile(f"the sizes recorded for '{name}' do not agree.")
        offsets.append((info.header_offset, info.compress_size + 30 + len(info.orig_filename.encode()), name))
        if "/" not in name:
            raise _hostile(f"'{name}' is outside the bag's top folder.")
        entries[name.split("/", 1)[1]] = _Entry(info, name.split("/", 1)[1])
    if len(tops) != 1:
        raise _hostile(f"the archive must hold exactly one top folder, it holds {len(tops)}.")
    if total > limits.max_total_bytes:
        raise _hostile(
            f"the archive would expand to {total:,} bytes (the limit is {limits.max_total_bytes:,})."
        )
    if free_bytes is not None and 2 * total > free_bytes:  # staged copy + evidence store copy
        raise StorageError(
            f"Not enough free disk space to import: about {2 * total:,} bytes needed "
            f"(checked copy and stored copy), {free_bytes:,} free; nothing was imported."
        )
    offsets.sort()
    for (off, length, name), (nxt, _, other) in zip(offsets, offsets[1:], strict=False):
        if nxt < off + length:
            raise _hostile(f"the entries '{name}' and '{other}' share bytes (a hard link or zip bomb).")
    for rel in entries:
        if "/" not in rel:
            if rel not in TAG_FILES:
                raise _hostile(f"unexpected file '{rel}' at the top of the bag.")
        elif not rel.startswith("data/"):
            raise _hostile(f"unexpected file '{rel}' outside the bag's data folder.")
    for required in ("bagit.txt", "bag-info.txt"):
        if required not in entries:
            raise _hostile(f"this is not a BagIt bag: {required} is missing.")
    if not any(f"manifest-{a}.txt" in entries for a in PAYLOAD_ALGS):
        raise _hostile("this bag has no SHA-256 or SHA-512 manifest.")
    return tops.pop(), entries


def _read_small(zf: zipfile.ZipFile, entry: _Entry, limits: Limits) -> bytes:
    if entry.info.file_size > limits.max_tag_bytes:
        raise _hostile(f"'{entry.rel}' is too large ({entry.info.file_size:,} bytes).")
    try:
        with zf.open(entry.info) as fh:
            return fh.read(limits.max_tag_bytes + 1)
    except _READ_ERRORS as err:
        raise _hostile(f"'{entry.rel}' cannot be read ({_why(err)}).") from err


def _why(err: BaseException) -> str:
    text = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    return text[:160]


def _text(rel: str, data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        raise _hostile(f"{rel} starts with a byte-order mark, which BagIt forbids.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise _hostile(f"{rel} is not UTF-8 text (byte {err.start}).") from err


def _parse_tags(rel: str, text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    last = ""
    for line in text.splitlines():
        if not line.strip():
            continue
        if line[0] in " \t" and last:
            out[last] += " " + line.strip()
            continue
        if ":" not in line:
            raise _hostile(f"{rel}: the line '{line[:60]}' is not 'Label: value'.")
        k, v = line.split(":", 1)
        last = k.strip()
        out.setdefault(last, v.strip())
    return out


def _parse_manifest(rel: str, alg: str, text: str, *, payload: bool) -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = line.split(None, 1)
        if len(parts) != 2:
            raise _hostile(f"{rel} line {n} is not 'checksum path'.")
        digest, path = parts[0].lower(), parts[1].strip().lstrip("*")
        path = path.replace("%0A", "\n").replace("%0D", "\r").replace("%0a", "\n").replace("%0d", "\r")
        if len(digest) != HEX_LEN[alg] or not re.fullmatch(r"[0-9a-f]+", digest):
            raise _hostile(f"{rel} line {n} has a malformed {alg} checksum.")
        if path.startswith("/") or ".." in path.split("/") or "\\" in path:
            raise _hostile(f"{rel} line {n} names an unsafe path.")
        if payload and not path.startswith("data/"):
            raise _hostile(f"{rel} line {n} lists '{path[:80]}', which is not in the data folder.")
        if path in out:
            raise _hostile(f"{rel} lists '{path[:80]}' twice.")
        out[path] = digest
    return out


def _read_bag(
    path: Path,
    limits: Limits,
    staging: Path | None,
    progress: ProgressFn | None,
    cancel: CancelFn | None,
) -> _Bag:
    """Check structure, then stream every payload file (hashing, and copying into
    ``staging`` under counter names when given). Content problems are collected;
    structural problems raise BadInput."""
    if not path.is_file():
        raise BadInput(f"No archive at {path}.")
    try:
        zf = zipfile.ZipFile(path, "r")
    except _OPEN_ERRORS as err:
        raise BadInput(f"Refused: {path.name} is not a complete zip file ({_why(err)}).") from err
    with zf, path.open("rb", buffering=0) as raw, ThreadPoolExecutor(max_workers=2) as pool:
        free = shutil.disk_usage(staging).free if staging is not None else None
        top, entries = _structure(zf, limits, free)
        tags: dict[str, bytes] = {}
        for rel, entry in entries.items():
            if "/" not in rel and rel != SIGNATURE_FILE:
                tags[rel] = _read_small(zf, entry, limits)
        if SIGNATURE_FILE in entries:
            tags[SIGNATURE_FILE] = _read_small(zf, entries[SIGNATURE_FILE], limits)
        bagit_txt = _parse_tags("bagit.txt", _text("bagit.txt", tags["bagit.txt"]))
        if bagit_txt.get("BagIt-Version") not in ("1.0", "0.97"):
            raise _hostile(f"unsupported BagIt version '{bagit_txt.get('BagIt-Version', '')[:20]}'.")
        if bagit_txt.get("Tag-File-Character-Encoding", "").upper() not in ("UTF-8", "UTF8"):
            raise _hostile("the bag's tag files are not declared as UTF-8.")
        info = _parse_tags("bag-info.txt", _text("bag-info.txt", tags["bag-info.txt"]))
        manifests: dict[str, dict[str, str]] = {}
        tagmanifests: dict[str, dict[str, str]] = {}
        for alg in PAYLOAD_ALGS:
            name = f"manifest-{alg}.txt"
            if name in tags:
                manifests[alg] = _parse_manifest(name, alg, _text(name, tags[name]), payload=True)
            tname = f"tagmanifest-{alg}.txt"
            if tname in tags:
                tagmanifests[alg] = _parse_manifest(tname, alg, _text(tname, tags[tname]), payload=False)
        for name in ("provenance.json",):
            if name in tags:
                _text(name, tags[name])
        problems: list[Problem] = []
        payload = {rel: e for rel, e in entries.items() if rel.startswith("data/")}
        total = sum(e.info.file_size for e in payload.values())
        done = 0
        bufs = (bytearray(CHUNK), bytearray(CHUNK))  # reused for every stored entry
        for n, (rel, entry) in enumerate(sorted(payload.items())):
            if cancel is not None and cancel():
                raise Cancelled("Cancelled; nothing was imported.")
            h = _Hasher(pool)
            out: IO[bytes] | None = None
            if staging is not None:
                entry.staged = staging / f"{n:08d}"
                out = entry.staged.open("xb")
            try:
                for chunk in _entry_chunks(zf, raw, entry.info, bufs):
                    h.update(chunk)
                    if out is not None:
                        out.write(chunk)
                    done += len(chunk)
                    if h.size > entry.info.file_size:
                        raise zipfile.BadZipFile("more bytes than the archive declares")
                    if cancel is not None and cancel():
                        raise Cancelled("Cancelled; nothing was imported.")
                    if progress is not None:
                        progress(done, total, "Checking the archive…")
            except _READ_ERRORS as err:
                entry.error = f"cannot be read ({_why(err)})"
                problems.append(Problem(rel, entry.error))
            finally:
                if out is not None:
                    out.close()
            entry.size = h.size
            entry.sha256, entry.sha512 = h.digests()
        # payload manifests
        for alg, manifest in manifests.items():
            for rel, digest in sorted(manifest.items()):
                found = payload.get(rel) or _nfc_lookup(payload, rel)
                if found is None:
                    problems.append(Problem(rel, f"is listed in manifest-{alg}.txt but missing"))
                elif not found.error and getattr(found, alg) != digest:
                    problems.append(Problem(rel, f"{alg} checksum does not match manifest-{alg}.txt"))
            for rel in sorted(payload):
                if rel not in manifest:
                    problems.append(Problem(rel, f"is not listed in manifest-{alg}.txt"))
        # tag manifests
        for alg, manifest in tagmanifests.items():
            for rel, digest in sorted(manifest.items()):
                data = tags.get(rel)
                if data is None:
                    problems.append(Problem(rel, f"is listed in tagmanifest-{alg}.txt but missing"))
                elif hashlib.new(alg, data).hexdigest() != digest:
                    problems.append(Problem(rel, f"{alg} checksum does not match tagmanifest-{alg}.txt"))
        oxum = info.get("Payload-Oxum")
        if oxum:
            size_count = f"{sum(e.size for e in payload.values())}.{len(payload)}"
            if oxum.strip() != size_count:
                problems.append(
                    Problem("bag-info.txt", f"Payload-Oxum says {oxum.strip()}, the payload is {size_count}")
                )
        return _Bag(top, tags, payload, manifests, info, _dedupe(problems))


def _entry_chunks(
    zf: zipfile.ZipFile, raw: IO[bytes], info: zipfile.ZipInfo, bufs: tuple[bytearray, bytearray]
) -> Iterator[Any]:
    """The bytes of one entry. Stored entries are read straight from the file into
    two alternating buffers (no copies). Their CRC-32 is not recomputed: every
    payload byte is checked against SHA-256 and SHA-512 manifests, which a changed
    byte cannot pass, so a CRC would only cost time. Deflated entries go through
    zipfile (which checks the CRC)."""
    if info.compress_type != zipfile.ZIP_STORED:
        with zf.open(info) as src:
            while chunk := src.read(CHUNK):
                yield chunk
        return
    raw.seek(info.header_offset)
    header = raw.read(30)
    if len(header) != 30 or header[:4] != b"PK\x03\x04":
        raise zipfile.BadZipFile("bad local file header")
    name_len, extra_len = struct.unpack("<HH", header[26:30])
    local_name = raw.read(name_len)
    central = info.orig_filename.encode("utf-8" if info.flag_bits & 0x800 else "cp437")
    if local_name != central:
        raise zipfile.BadZipFile("the local and central names differ")
    raw.seek(extra_len, os.SEEK_CUR)
    left = info.compress_size
    i = 0
    while left > 0:
        view = memoryview(bufs[i % 2])[: min(CHUNK, left)]
        n = raw.readinto(view)  # type: ignore[attr-defined]
        if not n:
            raise zipfile.BadZipFile("the archive ends in the middle of a file")
        part = view[:n]
        left -= n
        i += 1
        yield part


def _nfc_lookup(payload: dict[str, _Entry], rel: str) -> _Entry | None:
    return payload.get(unicodedata.normalize("NFC", rel))


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen: set[tuple[str, str]] = set()
    out = []
    for p in problems:
        if (p.file, p.reason) not in seen:
            seen.add((p.file, p.reason))
            out.append(p)
    return out


@contextlib.contextmanager
def _asn1_maps_left_lazy() -> Iterator[None]:
    """Parsing CMS with asn1crypto builds its OID name tables (``_reverse_map``)
    lazily; pyHanko adds CMS attribute names to those tables when it is imported
    later and does not refresh an already built one, which then breaks letter
    signing in the same process. Put back every table this code built."""
    from asn1crypto import algos, cms, core, keys, x509

    lazy = [
        obj
        for mod in (algos, cms, core, keys, x509)
        for obj in vars(mod).values()
        if isinstance(obj, type)
        and issubclass(obj, core.ObjectIdentifier)
        and obj.__dict__.get("_reverse_map", None) is None
        and obj not in core._SETUP_CLASSES
    ]
    try:
        yield
    finally:
        for cls in lazy:
            if cls.__dict__.get("_reverse_map", None) is not None:
                setattr(cls, "_reverse_map", None)  # noqa: B010
                core._SETUP_CLASSES.pop(cls, None)  # set up again (with pyHanko's names) on next use


def check_signature(p7s: bytes, content: bytes) -> tuple[str, str]:
    """Check a detached CMS signature over ``content`` mathematically.

    Returns (signer common name, problem or ""). Whether the signer is trusted
    is for the reader to decide with their CA (see docs/archive.md: openssl cms).
    """
    with _asn1_maps_left_lazy():
        return _check_signature(p7s, content)


def _check_signature(p7s: bytes, content: bytes) -> tuple[str, str]:
    from asn1crypto import cms
    from cryptography import x509
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
    from cryptography.x509.oid import NameOID

    try:
        info = cms.ContentInfo.load(p7s)
        signed = info["content"]
        signer_info = signed["signer_infos"][0]
        sid = signer_info["sid"].chosen
        cert_der = None
        for c in signed["certificates"]:
            cert = c.chosen
            if (
                isinstance(sid, cms.IssuerAndSerialNumber)
                and cert.issuer == sid["issuer"]
                and cert.serial_number == sid["serial_number"].native
            ) or (not isinstance(sid, cms.IssuerAndSerialNumber) and cert.key_identifier == sid.native):
                cert_der = cert.dump()
        if cert_der is None:
            return "", "the signer's certificate is not in the signature"
        cert_x = x509.load_der_x509_certificate(cert_der)
        names = cert_x.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        who = str(names[0].value) if names else cert_x.subject.rfc4514_string()
        alg = signer_info["digest_algorithm"]["algorithm"].native
        known: dict[str, hashes.HashAlgorithm] = {
            "sha256": hashes.SHA256(),
            "sha384": hashes.SHA384(),
            "sha512": hashes.SHA512(),
        }
        hash_alg = known.get(alg)
        if hash_alg is None:
            return who, f"unsupported digest algorithm {alg}"
        attrs = signer_info["signed_attrs"]
        digest = next((a["values"][0].native for a in attrs if a["type"].native == "message_digest"), None)
        if digest != hashlib.new(alg, content).digest():
            return who, "the signature does not match tagmanifest-sha512.txt"
        to_check = attrs.untag().dump()
        key = cert_x.public_key()
        sig = signer_info["signature"].native
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(sig, to_check, padding.PKCS1v15(), hash_alg)
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(sig, to_check, ec.ECDSA(hash_alg))
        else:
            return who, "unsupported signature key type"
    except InvalidSignature:
        return "", "the signature is not valid"
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as err:
        return "", f"is not a readable CMS signature ({_why(err)})"
    return who, ""


def verify_archive(
    path: str | os.PathLike[str],
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    limits: Limits | None = None,
) -> VerifyReport:
    """Check a case archive without extracting it. Structural hostility raises
    BadInput; content problems are listed in the report (``ok`` False)."""
    p = Path(path)
    bag = _read_bag(p, limits or Limits(), None, progress, cancel)
    report = VerifyReport(
        path=p,
        reference=bag.info.get("External-Identifier", ""),
        files=len(bag.payload),
        payload_bytes=sum(e.size for e in bag.payload.values()),
        signed=SIGNATURE_FILE in bag.tags,
        problems=list(bag.problems),
    )
    if report.signed:
        content = bag.tags.get("tagmanifest-sha512.txt", b"")
        report.signer, problem = check_signature(bag.tags[SIGNATURE_FILE], content)
        if problem:
            report.problems.append(Problem(SIGNATURE_FILE, problem))
    entry = bag.payload.get("data/audit.jsonl")
    if entry is not None and not entry.error and bag.info.get("Exemptio-Archive-Format"):
        # an Exemptio archive: its audit trail must re-hash and re-link as well
        try:
            with zipfile.ZipFile(p) as zf, zf.open(entry.info) as fh:
                _verify_audit_lines(fh)
        except BadInput as err:
            report.problems.append(
                Problem(
                    "data/audit.jsonl",
                    str(err).removeprefix("Refused: ").removeprefix("audit.jsonl").lstrip(": "),
                )
            )
        except _OPEN_ERRORS as err:
            report.problems.append(Problem("data/audit.jsonl", f"cannot be read ({_why(err)})"))
        else:
            report.problems.extend(_authenticity_problems(p, bag))
    if not report.signed:
        report.warnings.append(UNSIGNED_WARNING)
    return report


def _authenticity_problems(p: Path, bag: _Bag) -> list[Problem]:
    """case.json against the audit trail and bag-info.txt; issued letters still signed intact."""
    case_entry = bag.payload.get("data/case.json")
    audit_entry = bag.payload.get("data/audit.jsonl")
    if case_entry is None or case_entry.error or audit_entry is None:
        return [Problem("data/case.json", "is missing")] if case_entry is None else []
    problems: list[Problem] = []
    try:
        with zipfile.ZipFile(p) as zf:
            if case_entry.info.file_size > Limits().max_tag_bytes:
                return [Problem("data/case.json", "is too large")]
            doc = json.loads(zf.read(case_entry.info))
            with zf.open(audit_entry.info) as fh, tempfile.SpooledTemporaryFile(max_size=8 << 20) as spool:
                shutil.copyfileobj(fh, spool)
                events = _audit_events(spool)
            provenance = _loads_or_none(bag.tags.get("provenance.json", b"").decode("utf-8", "replace"))
            if not isinstance(doc, dict):
                return [Problem("data/case.json", "is not a case")]
            problem = _contradiction(
                doc, events, bag.info, provenance if isinstance(provenance, dict) else None
            )
            if problem:
                problems.append(Problem("data/case.json", f"contradicts the audit trail: {problem}"))
            for n, lt in enumerate(doc.get("letters", []), start=1):
                for kind in ("issued", "current"):
                    rel = lt.get(f"{kind}_file") if isinstance(lt, dict) else None
                    entry = bag.payload.get(rel) if isinstance(rel, str) else None
                    if entry is None or entry.error:
                        continue
                    why = _letter_pdf_problem(zf.read(entry.info), f"letter {n} ({kind} PDF)")
                    if why:
                        problems.append(Problem(str(rel), why))
    except (ValueError, TypeError, AttributeError, KeyError) as err:
        problems.append(Problem("data/case.json", f"cannot be read ({_why(err)})"))
    except _OPEN_ERRORS as err:
        problems.append(Problem("data/case.json", f"cannot be read ({_why(err)})"))
    return problems


# --------------------------------------------------------------------------- import


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from db import migrate

    script = ScriptDirectory.from_config(migrate.alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


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


# --------------------------------------------------------------------------- authenticity

UNSIGNED_WARNING = "archive is not signed: its origin cannot be proven"
UNVERIFIED_ORIGIN = "unverified origin"


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


def _d(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _contradiction(
    doc: dict[str, Any], events: list[dict[str, Any]], info: dict[str, str], provenance: dict[str, Any] | None
) -> str | None:
    """The first place where case.json contradicts the hash-chained audit trail or bag-info.txt.

    The BagIt manifests only prove that the files are complete; anyone can recompute them
    after editing case.json. The audit trail is hash-chained, so case.json must agree with
    what it records: the reference, the status changes, the assignment, the checklist
    answers, and each letter's drafter, approver, issuer and hashes.
    """
    case = _d(doc.get("case"))
    ref = str(case.get("reference", ""))
    ext = info.get("External-Identifier")
    if ext is not None and ext.strip() != ref:
        return f"case.json gives the reference {ref[:40]}, bag-info.txt External-Identifier {ext[:40]}"
    if not events:
        return None
    # -- reference: one the trail (or a recorded import under a new reference) knows
    refs = {str(e.get("case_ref")) for e in events}
    for t in _d(provenance).get("transfers", []) or []:
        for ie in _d(t).get("import_events", []) or []:  # imported under a new reference
            after = _d(_loads_or_none(str(_d(ie).get("after_json") or "")))
            refs.add(str(after.get("reference", "")))
    if ref not in refs:
        return f"case.json gives the reference {ref[:40]}, which the audit trail never records"
    # -- status: the chain of transitions, and the final one
    status: str | None = None
    for e in events:
        if e["action"] == "case.created" and status is None:
            status = _d(e["after"]).get("status", "draft")
        elif e["action"] == "case.transition":
            before = _d(e["before"]).get("status")
            if status is not None and before is not None and before != status:
                return f"audit event {e['id']} moves the case from {before}, but it was {status}"
            status = _d(e["after"]).get("status")
    if status is not None and case.get("status", "draft") != status:
        return f"case.json gives the status {str(case.get('status'))[:20]}, the audit trail {status}"
    # -- assignment
    assigned: Any = ...
    for e in events:
        if e["action"] == "case.created" and assigned is ...:
            assigned = _d(e["after"]).get("assigned_officer")
        elif e["action"] == "case.assigned":
            assigned = _d(e["after"]).get("assigned_officer")
    if assigned is not ...:
        have = _d(doc.get("assigned_officer")).get("name") or None
        if (assigned or None) != have:
            return (
                f"case.json assigns the case to {str(have or 'nobody')[:60]}, "
                f"the audit trail to {str(assigned or 'nobody')[:60]}"
            )
    # -- checklist answers
    answered: dict[str, dict[str, Any]] = {}
    for e in events:
        if e["action"] == "checklist.answered" and e.get("entity_type") == "checklist_answer":
            answered[str(e["entity_id"]).rpartition(":")[2]] = e
    answers = {
        str(a.get("question_id")): a
        for a in _d(doc.get("checklist")).get("answers", [])
        if isinstance(a, dict)
    }
    for qid in sorted(set(answered) | set(answers)):
        ev, ans = answered.get(qid), answers.get(qid)
        after = _d(ev["after"]) if ev else {}
        if ans is None:
            if ev is not None and ev["after"] is not None:
                return f"the answer to {qid[:20]} is in the audit trail but not in case.json"
            continue
        if ev is None:
            return f"case.json answers {qid[:20]}, which the audit trail never records"
        if (
            ans.get("value") != after.get("value")
            or list(ans.get("evidence") or []) != list(after.get("evidence") or [])
            or (ans.get("note") or "") != (after.get("note") or "")
        ):
            return f"case.json's answer to {qid[:20]} differs from the one the audit trail records"
        if ans.get("answered_by") != ev["actor"]:
            return (
                f"case.json says {str(ans.get('answered_by'))[:60]} answered {qid[:20]}, "
                f"the audit trail {ev['actor']}"
            )
    # -- letters: the n-th letter.drafted is the n-th letter
    drafted = [e for e in events if e["action"] == "letter.drafted"]
    letters = [lt for lt in doc.get("letters", []) if isinstance(lt, dict)]
    if len(letters) != len(drafted):
        return f"case.json lists {len(letters)} letter(s), the audit trail records {len(drafted)} drafted"
    for n, (lt, d) in enumerate(zip(letters, drafted, strict=True), start=1):
        key = (d.get("chain"), str(d["entity_id"]))
        mine = [
            e
            for e in events
            if e.get("entity_type") == "letter" and (e.get("chain"), str(e["entity_id"])) == key
        ]
        problem = _letter_contradiction(n, lt, d, mine)
        if problem:
            return problem
    return None


def _letter_contradiction(
    n: int, lt: dict[str, Any], drafted: dict[str, Any], events: list[dict[str, Any]]
) -> str | None:
    def differs(field: str, recorded: Any) -> str | None:
        have = lt.get(field) or None
        if have != (recorded or None):
            return (
                f"letter {n} {field} is {str(have)[:64] if have else 'empty'} in case.json, "
                f"{str(recorded)[:64] if recorded else 'empty'} in the audit trail"
            )
        return None

    approved = [e for e in events if e["action"] == "letter.approved"]
    issued = [e for e in events if e["action"] == "letter.issued"]
    state, current = "draft", None
    for e in events:
        after = _d(e["after"])
        if e["action"] != "letter.drafted" and isinstance(after.get("state"), str):
            state = after["state"]
        if "current_sha256" in after:
            current = after["current_sha256"]
    checks = [
        differs("drafted_by", drafted["actor"]),
        differs("draft_sha256", _d(drafted["after"]).get("draft_sha256")),
        differs("approved_by", approved[-1]["actor"] if approved else None),
        differs("issued_by", issued[-1]["actor"] if issued else None),
        differs("issued_sha256", _d(issued[-1]["after"]).get("issued_sha256") if issued else None),
        differs("state", state),
        differs("current_sha256", current)
        if any("current_sha256" in _d(e["after"]) for e in events)
        else None,
    ]
    if issued:
        after = _d(issued[-1]["after"])
        checks.append(differs("unsigned_sha256", after.get("unsigned_sha256")))
        checks.append(differs("signer", after.get("signer")))
    for problem in checks:
        if problem:
            return problem
    if lt.get("approved_by") and lt.get("approved_by") == lt.get("drafted_by"):
        return f"letter {n} was approved by its own drafter (four eyes)"
    return None


def _letter_pdf_problem(data: bytes, label: str) -> str | None:
    """An issued letter must still be a signed PDF whose signatures are intact and cover it all."""
    from app.services.letters.verify import verify_bytes

    try:
        report = verify_bytes(data, name=label)
    except BadInput as err:  # not a PDF at all
        return f"{label} is not an intact signed letter: {str(err).rstrip('.')}"
    if report.integrity and report.whole_file:
        return None
    why = report.problems[0] if report.problems else "its signature does not check"
    return f"{label} is not an intact signed letter: {why}"


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


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


def _store(ctx: AppContext) -> Any:
    from app.services.evidence import blob_store

    return blob_store(ctx)


def import_archive(
    ctx: AppContext,
    path: str | os.PathLike[str],
    as_new: bool = False,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    limits: Limits | None = None,
) -> ImportResult:
    """Import a case archive, all or nothing (see the module docstring)."""
    who = ctx.require_officer()
    roles.require(ctx, "archive.import", actor=who)  # team mode: auditors are read-only
    archive = Path(path)
    lim = limits or Limits()
    store = _store(ctx)
    clean_staging(ctx.paths.staging)  # what crashed imports left
    try:
        stage, stage_lock = _new_stage(ctx.paths.staging)
    except OSError as err:
        raise StorageError(f"Cannot create the staging folder in {ctx.paths.home}: {err.strerror}") from err
    journal = None
    committed = False
    try:
        bag = _read_bag(archive, lim, stage, progress, cancel)
        plan = _plan(bag, archive, lim)
        doc = plan.doc
        original_ref = str(doc["case"]["reference"])
        with unit_of_work(ctx.engine, readonly=True) as s:
            exists = CaseRepository(s).row_by_ref(original_ref) is not None
        if exists and not as_new:
            raise NotAllowed(
                f"Case {original_ref} already exists here; nothing was imported. "
                "Use --as-new to import it under a new reference."
            )
        if cancel is not None and cancel():
            raise Cancelled("Cancelled; nothing was imported.")
        # Bytes first, each noted in an intake journal before it becomes visible, so
        # that a crash before the commit leaves only blobs that recovery removes.
        to_place = dict(plan.blobs)
        to_place.setdefault(plan.audit_sha256, plan.audit_staged)
        journal = store.journal()
        for sha, staged in to_place.items():
            put = store.put(staged, journal=journal, cancelled=cancel)
            if put.sha256 != sha:
                raise StorageError(
                    f"The bytes of {sha[:12]}… changed in the staging folder; nothing was imported."
                )
        try:
            result = _insert(ctx, plan, archive, who, as_new, original_ref)
        except (DataError, IntegrityError, StatementError) as err:
            raise BadInput(
                "Refused: the archive's case data does not fit this database "
                f"({_why(getattr(err, 'orig', None) or err)}); nothing was imported."
            ) from err
        committed = True
        return result
    except OSError as err:
        raise StorageError(f"Import failed, nothing was imported: {err.strerror or err}") from err
    finally:
        if journal is not None:
            if not committed:
                _discard_placed(ctx, store, journal)
            journal.close()
        shutil.rmtree(stage, ignore_errors=True)
        os.close(stage_lock)


_STAGE_RE = re.compile(r"[0-9a-f]{32}")
_STAGE_LOCK = ".import.lock"


def _new_stage(staging: Path) -> tuple[Path, int]:
    """A fresh staging folder for one import, with a lock held while the import runs.

    The folder is made under a temporary name, locked, then renamed: a folder with a
    final name always has its lock, so :func:`clean_staging` can tell a live import
    (locked) from one that crashed (lock free)."""
    import fcntl

    staging.mkdir(parents=True, exist_ok=True)
    name = uuid.uuid4().hex
    tmp = staging / f".new-{name}"
    tmp.mkdir()
    fd = os.open(tmp / _STAGE_LOCK, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        os.rename(tmp, staging / name)
    except BaseException:
        os.close(fd)
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return staging / name, fd


def clean_staging(staging: Path, *, min_age: float = 60.0) -> int:
    """Remove the staging folders of imports that crashed (their lock is free); returns how many.

    A folder still under its temporary name is removed once older than ``min_age`` seconds
    (an import holds it for microseconds)."""
    import fcntl
    import time

    removed = 0
    try:
        entries = list(os.scandir(staging))
    except OSError:
        return 0
    for entry in entries:
        if not entry.is_dir(follow_symlinks=False):
            continue
        path = Path(entry.path)
        if entry.name.startswith(".new-") and _STAGE_RE.fullmatch(entry.name[5:]):
            with contextlib.suppress(OSError):
                if time.time() - entry.stat(follow_symlinks=False).st_mtime > min_age:
                    shutil.rmtree(path, ignore_errors=True)
                    removed += 1
            continue
        if not _STAGE_RE.fullmatch(entry.name):
            continue
        try:
            fd = os.open(path / _STAGE_LOCK, os.O_RDONLY)
        except FileNotFoundError:
            fd = None  # made by an older version (no lock): only a crash leaves it behind
        except OSError:
            continue
        if fd is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                continue  # a live import
        try:
            shutil.rmtree(path, ignore_errors=True)
            removed += 1
        finally:
            if fd is not None:
                os.close(fd)
    return removed


def _discard_placed(ctx: AppContext, store: Any, journal: Any) -> None:
    """Remove the blobs a failed import placed, unless a row or another intake uses them."""
    hashes = list(journal.created)
    if not hashes:
        return
    with unit_of_work(ctx.engine) as s:  # write lock: no commit races the removal
        keep = {
            str(x)
            for x in s.execute(
                select(EvidenceBlob.sha256).where(
                    EvidenceBlob.sha256.in_(hashes), EvidenceBlob.stored.is_(True)
                )
            ).scalars()
        }
        live = store.live_hashes(exclude=journal)
        for h in hashes:
            if h not in keep and h not in live:
                store.discard(h)


def _insert(
    ctx: AppContext, plan: _Plan, archive: Path, who: str, as_new: bool, original_ref: str
) -> ImportResult:
    from app.services.cases import reindex_case

    doc = plan.doc
    c, prov, subj = doc["case"], doc["provider"], doc["subject"]
    now = dt.datetime.now(dt.UTC)
    with unit_of_work(ctx.engine) as s:
        repo = CaseRepository(s)
        officers = OfficerRepository(s)
        if repo.row_by_ref(original_ref) is not None:
            if not as_new:
                raise NotAllowed(
                    f"Case {original_ref} already exists here; nothing was imported. "
                    "Use --as-new to import it under a new reference."
                )
            reference = format_reference(now.year, repo.next_sequence(now.year))
            while repo.row_by_ref(reference) is not None:
                reference = format_reference(now.year, repo.next_sequence(now.year))
        else:
            reference = original_ref
            _reserve_reference(s, reference)
        provider = repo.provider_get_or_create(_s(prov, "name") or "Unknown provider")
        if provider.representative == "" and provider.address == "" and provider.country == "":
            provider.representative = _s(prov, "representative")
            provider.address = _s(prov, "address")
            provider.country = _s(prov, "country")
        params = subj.get("parameters")
        subject = Subject(
            provider_id=provider.id,
            name=_s(subj, "name") or "Unknown subject",
            version=_s(subj, "version"),
            kind=_s(subj, "kind", "model") if subj.get("kind") in ("model", "system", "both") else "model",
            parameters=params
            if isinstance(params, int) and not isinstance(params, bool) and 0 <= params < 1 << 62
            else None,
            architecture=_s(subj, "architecture"),
            licence=_s(subj, "licence"),
        )
        s.add(subject)
        s.flush()
        assigned = None
        if isinstance(doc.get("assigned_officer"), dict) and doc["assigned_officer"].get("name"):
            ao = doc["assigned_officer"]
            assigned = officers.get_or_create(_s(ao, "name"))
        checklist = doc["checklist"]
        origin = {
            "archive": archive.name,
            "archive_sha256": plan.archive_sha256,
            "reference": original_ref,
            "exported_at": plan.info.get("Bagging-Time") or plan.info.get("Bagging-Date"),
            "exported_by": plan.info.get("Exported-By", ""),
            "source_organization": plan.info.get("Source-Organization", ""),
            "imported_at": now.isoformat(),
            "imported_by": who,
            "audit_segment_sha256": plan.audit_sha256,
            "audit_segment_events": plan.audit_events,
            "previous": (plan.provenance or {}).get("transfers", []),
            "signed_by": plan.signer or "",
            "origin": f"signed by {plan.signer}" if plan.signer is not None else UNVERIFIED_ORIGIN,
        }
        case = Case(
            reference=reference,
            title=_s(c, "title"),
            status=_s(c, "status", "draft") or "draft",
            provider_id=provider.id,
            subject_id=subject.id,
            assigned_officer_id=assigned.id if assigned else None,
            notes=_s(c, "notes"),
            due_date=_parse_date(c.get("due_date"), "case.due_date"),
            clock_stopped_at=_parse_dt(c.get("clock_stopped_at"), "case.clock_stopped_at"),
            checklist_id=_s(checklist, "id", "ai-act-oss"),
            checklist_version=_s(checklist, "version"),
            outcome_json=_canonical(c["outcome"]) if c.get("outcome") is not None else "",
            outcome_label=_s(c, "outcome_label"),
            decided_at=_parse_dt(c.get("decided_at"), "case.decided_at"),
            origin=json.dumps(origin, ensure_ascii=False, sort_keys=True),
            created_at=_parse_dt(c.get("created_at"), "case.created_at") or now,
            updated_at=_parse_dt(c.get("updated_at"), "case.updated_at") or now,
        )
        s.add(case)
        s.flush()
        for a in doc["assignments"]:
            if not isinstance(a, dict):
                raise _hostile("case.json: an assignment is malformed.")
            off = officers.get_or_create(_s(a, "officer")) if a.get("officer") else None
            s.add(
                CaseAssignment(
                    case_id=case.id,
                    officer_id=off.id if off else None,
                    assigned_by=_s(a, "by"),
                    reason=_s(a, "reason"),
                    assigned_at=_parse_dt(a.get("at"), "assignment time") or now,
                )
            )
        for a in checklist["answers"]:
            if not isinstance(a, dict) or not isinstance(a.get("question_id"), str):
                raise _hostile("case.json: a checklist answer is malformed.")
            s.add(
                ChecklistAnswer(
                    case_id=case.id,
                    question_id=a["question_id"],
                    value_json=_canonical(a.get("value")),
                    evidence_json=_canonical(a.get("evidence") or []),
                    note=_s(a, "note"),
                    answered_by=_s(a, "answered_by"),
                    answered_at=_parse_dt(a.get("answered_at"), "answer time") or now,
                )
            )
        new_blobs = 0
        sizes = plan.sizes

        def ensure_blob(sha: str, size: int, stored: bool) -> None:
            nonlocal new_blobs
            row = s.get(EvidenceBlob, sha)
            if row is None:
                s.add(EvidenceBlob(sha256=sha, size=size, stored=stored))
                s.flush()
                new_blobs += 1
            elif stored and not row.stored:
                row.stored = True

        ensure_blob(plan.audit_sha256, sizes[plan.audit_sha256], True)
        items = 0
        for ev in doc["evidence"]:
            sha = str(ev["sha256"])
            stored = sha in plan.blobs and ev.get("path") is not None
            ensure_blob(sha, int(ev["size"]), stored)
            row = EvidenceItem(
                case_id=case.id,
                sha256=sha,
                original_name=_s(ev, "original_name"),
                display_name=_s(ev, "display_name") or _s(ev, "original_name"),
                folder_path=_s(ev, "folder_path"),
                size=int(ev["size"]),
                media_type=_s(ev, "media_type", "application/octet-stream"),
                source_url=_s(ev, "source_url"),
                retrieved_at=_parse_dt(ev.get("retrieved_at"), "evidence retrieved_at"),
                description=_s(ev, "description"),
                reference_only=bool(ev.get("reference_only")),
                reference_path=_s(ev, "reference_path"),
                added_by=_s(ev, "added_by"),
                added_at=_parse_dt(ev.get("added_at"), "evidence added_at") or now,
            )
            s.add(row)
            s.flush()
            if stored:
                _index_text(s, case.id, row, plan.blobs[sha])
            items += 1
        for lt in doc["letters"]:
            issued = lt.get("issued_sha256") or None
            if issued:
                ensure_blob(str(issued), sizes.get(str(issued), 0), str(issued) in plan.blobs)
            current = lt.get("current_sha256") or None
            if current:
                ensure_blob(str(current), sizes.get(str(current), 0), str(current) in plan.blobs)
            if lt.get("draft_file") and lt.get("draft_sha256") in plan.blobs:
                ensure_blob(str(lt["draft_sha256"]), sizes[str(lt["draft_sha256"])], True)
            s.add(
                Letter(
                    case_id=case.id,
                    state=_s(lt, "state", "draft"),
                    language=_s(lt, "language", "en"),
                    legal_nature=_s(lt, "legal_nature", "letter_to_provider"),
                    registry_reference=_s(lt, "registry_reference"),
                    template_id=_s(lt, "template_id"),
                    template_version=_s(lt, "template_version"),
                    checklist_id=_s(lt, "checklist_id"),
                    checklist_version=_s(lt, "checklist_version"),
                    draft_sha256=_s(lt, "draft_sha256"),
                    outcome_json=_canonical(lt["outcome"]) if lt.get("outcome") is not None else "",
                    drafted_by=_s(lt, "drafted_by"),
                    drafted_at=_parse_dt(lt.get("drafted_at"), "letter drafted_at") or now,
                    approved_by=_s(lt, "approved_by"),
                    approved_at=_parse_dt(lt.get("approved_at"), "letter approved_at"),
                    issued_by=_s(lt, "issued_by"),
                    issued_at=_parse_dt(lt.get("issued_at"), "letter issued_at"),
                    issued_sha256=str(issued) if issued else None,
                    signature_level=_s(lt, "signature_level"),
                    content_json=_s(lt, "content_json"),
                    unsigned_sha256=_s(lt, "unsigned_sha256"),
                    signer=_s(lt, "signer"),
                    signer_function=_s(lt, "signer_function"),
                    current_sha256=str(current) if current else None,
                )
            )
        s.flush()
        reindex_case(s, case)
        audit.append(
            s,
            actor=who,
            action="case.imported",
            entity_type="case",
            entity_id=reference,
            case_ref=reference,
            before={"reference": original_ref} if reference != original_ref else None,
            after={
                "reference": reference,
                "original_reference": original_ref,
                "archive": archive.name,
                "archive_sha256": plan.archive_sha256,
                "audit_segment_sha256": plan.audit_sha256,
                "audit_segment_events": plan.audit_events,
                "evidence_items": items,
                "evidence_sha256": sorted({str(ev["sha256"]) for ev in doc["evidence"]}),
            },
        )
    return ImportResult(
        reference,
        original_ref,
        items,
        new_blobs,
        len(doc["letters"]),
        plan.audit_events,
        plan.archive_sha256,
        signed=plan.signer is not None,
    )


def _index_text(s: Any, case_id: int, row: EvidenceItem, staged: Path) -> None:
    """Make imported text evidence searchable, as the evidence service does on intake."""
    from app.services import evidence
    from db import search
    from db.models import EvidenceText

    if not evidence.is_text_type(row.media_type) or row.size > evidence.TEXT_INDEX_LIMIT:
        return
    try:
        data = staged.read_bytes()  # staged copies stay until the import ends
    except OSError:
        return
    text = evidence.searchable_text(data, row.media_type)
    if text:
        s.add(EvidenceText(evidence_id=row.id, case_id=case_id, text=text))
        search.index(s, case_id, f"evidence:{row.id}", f"{row.display_name}\n{text}")


def _reserve_reference(s: Any, reference: str) -> None:
    """Keep the year's sequence past an imported reference, so it is never handed out again."""
    from db.models import CaseSequence

    parsed = parse_reference(reference)
    if parsed is None:
        return
    year, seq = parsed
    row = s.execute(
        select(CaseSequence).where(CaseSequence.year == year).with_for_update()
    ).scalar_one_or_none()
    if row is None:
        s.add(CaseSequence(year=year, last_seq=seq))
    elif row.last_seq < seq:
        row.last_seq = seq
    s.flush()


def imported_history(ctx: AppContext, reference: str) -> list[dict[str, Any]]:
    """The source system's audit events kept with an imported case (oldest first)."""
    with unit_of_work(ctx.engine, readonly=True) as s:
        case = CaseRepository(s).row_by_ref(reference)
        if case is None:
            raise NotFound(f"No case with reference '{reference}'.")
        origin = json.loads(case.origin) if case.origin else {}
    sha = origin.get("audit_segment_sha256")
    if not sha:
        return []
    with tempfile.SpooledTemporaryFile(max_size=8 << 20) as spool:
        with _open_blob(ctx, str(sha), "audit history") as fh:
            shutil.copyfileobj(fh, spool)
        _, actual = _verify_audit_lines(spool)
        if actual != sha:
            raise CheckFailed(f"The imported audit history of {reference} was changed in the store.")
        spool.seek(0)
        return [ln for ln in (json.loads(r) for r in spool) if not ln.get("link_only")]
