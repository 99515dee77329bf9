"""ORM models. Times are timezone-aware UTC datetimes.

Tables that other areas own are marked; change a table only in its own area
and regenerate the migration (see docs/dev/contracts.md).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base

UTC = dt.UTC


def utcnow() -> dt.datetime:
    return dt.datetime.now(UTC)


class Officer(Base):
    __tablename__ = "officers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    unit: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    # officer | reviewer | head | auditor
    role: Mapped[str] = mapped_column(String(20), default="officer")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # Team mode (migration 0007): the officer's own PostgreSQL login (session_user).
    db_login: Mapped[str | None] = mapped_column(String(63), nullable=True, unique=True, index=True)
    # Who granted the role, when; single-user mode: the head's signature over the grant (CMS, DER).
    granted_by: Mapped[str] = mapped_column(String(200), default="")
    granted_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    grant_cms: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class OfficerCertificate(Base):
    """A signing certificate the head of unit registered for an officer (issue 14):
    letters are issued and approved only with a registered certificate of the acting officer."""

    __tablename__ = "officer_certificates"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"), index=True)
    fingerprint_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    subject: Mapped[str] = mapped_column(String(500), default="")
    issuer: Mapped[str] = mapped_column(String(500), default="")
    serial: Mapped[str] = mapped_column(String(100), default="")
    not_before: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    not_after: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    der: Mapped[bytes] = mapped_column(LargeBinary)
    added_by: Mapped[str] = mapped_column(String(200), default="")
    added_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    removed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # Single-user mode (migration 0007): the head's signature over the registration (CMS, DER).
    registration_cms: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class Provider(Base):
    __tablename__ = "providers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)  # legal name
    representative: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(String(100), default="")


class Subject(Base):
    """The AI model or system a case is about."""

    __tablename__ = "subjects"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("providers.id"), index=True)
    name: Mapped[str] = mapped_column(String(300), index=True)  # case list sort (migration 0003)
    version: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[str] = mapped_column(String(10), default="model")  # model | system | both
    parameters: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    architecture: Mapped[str] = mapped_column(String(200), default="")
    licence: Mapped[str] = mapped_column(String(200), default="")


class CaseSequence(Base):
    """Last sequence number handed out per year: references are never reused."""

    __tablename__ = "case_sequences"
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class Case(Base):
    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(500), index=True)  # case list sort (migration 0003)
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("providers.id"), index=True)
    subject_id: Mapped[int] = mapped_column(ForeignKey("subjects.id"), index=True)
    assigned_officer_id: Mapped[int | None] = mapped_column(
        ForeignKey("officers.id"), nullable=True, index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    # Deadline clock: due_date moves forward by the days the clock was stopped.
    due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    clock_stopped_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # Checklist the case is assessed with, and the last computed outcome (JSON).
    checklist_id: Mapped[str] = mapped_column(String(50), default="ai-act-oss")
    checklist_version: Mapped[str] = mapped_column(String(20), default="2025.07")
    outcome_json: Mapped[str] = mapped_column(Text, default="")
    outcome_label: Mapped[str] = mapped_column(String(40), default="", index=True)
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # Provenance for imported cases: "" or JSON {"archive": ..., "reference": ..., ...}
    origin: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow, index=True
    )  # case list sort (migration 0003)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class CaseAssignment(Base):
    """Assignment history (the current one is cases.assigned_officer_id)."""

    __tablename__ = "case_assignments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"), nullable=True)
    assigned_by: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    assigned_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


# Case list sorts on low-cardinality columns (status, outcome, officer) read the
# first page in index order: ties are broken by id DESC (migration 0006).
Index("ix_cases_status_id", Case.status, Case.id.desc())
Index("ix_cases_outcome_id", Case.outcome_label, Case.id.desc())
Index("ix_cases_assigned_id", Case.assigned_officer_id, Case.id.desc())


class CaseLink(Base):
    """A typed link between two cases (casework, migration 0006): ``case_id`` is
    ``link_type`` of ``other_case_id`` ("fine_tune_of": the case's model is a
    fine-tune of the other case's model). Confirmed by an officer; audited."""

    __tablename__ = "case_links"
    __table_args__ = (UniqueConstraint("case_id", "other_case_id", "link_type"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    other_case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    link_type: Mapped[str] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(Text, default="")
    # Why it was proposed: "" (by hand), "base_model: org/name", "shared evidence: <sha256>"
    basis: Mapped[str] = mapped_column(String(300), default="")
    created_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


# --- evidence (owned by the evidence area) ---------------------------------


class EvidenceBlob(Base):
    """Stored bytes, keyed by SHA-256. Bytes live in the blob store, not here."""

    __tablename__ = "evidence_blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    # False for "reference only" items: hashed in place, never copied.
    stored: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class EvidenceItem(Base):
    __tablename__ = "evidence_items"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("evidence_blobs.sha256"), index=True)
    original_name: Mapped[str] = mapped_column(Text)  # raw name as received
    display_name: Mapped[str] = mapped_column(Text)  # NFC
    # Path inside an attached folder ("" for single files), '/'-separated.
    folder_path: Mapped[str] = mapped_column(Text, default="")
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(200), default="application/octet-stream")
    source_url: Mapped[str] = mapped_column(Text, default="")
    retrieved_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    description: Mapped[str] = mapped_column(Text, default="")
    reference_only: Mapped[bool] = mapped_column(Boolean, default=False)
    reference_path: Mapped[str] = mapped_column(Text, default="")
    added_by: Mapped[str] = mapped_column(String(200), default="")
    added_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class EvidenceText(Base):
    """Extracted text of text evidence, indexed by full-text search."""

    __tablename__ = "evidence_texts"
    evidence_id: Mapped[int] = mapped_column(
        ForeignKey("evidence_items.id"), primary_key=True, autoincrement=False
    )
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    text: Mapped[str] = mapped_column(Text, default="")


class BlobChunk(Base):
    """Team mode: blob bytes kept in the database in chunks (see README)."""

    __tablename__ = "blob_chunks"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    data: Mapped[bytes] = mapped_column(LargeBinary)


# --- checklist (owned by the checklist area) --------------------------------


class ChecklistAnswer(Base):
    __tablename__ = "checklist_answers"
    __table_args__ = (UniqueConstraint("case_id", "question_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    question_id: Mapped[str] = mapped_column(String(20))
    value_json: Mapped[str] = mapped_column(Text)  # JSON of the value
    evidence_json: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of sha256
    note: Mapped[str] = mapped_column(Text, default="")
    answered_by: Mapped[str] = mapped_column(String(200), default="")
    answered_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


# --- letters (owned by the letters area) ------------------------------------


class Letter(Base):
    __tablename__ = "letters"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    # draft | approved | issued | superseded
    state: Mapped[str] = mapped_column(String(20), default="draft")
    language: Mapped[str] = mapped_column(String(5), default="en")
    # internal_assessment | letter_to_provider | draft_decision | commission_decision
    legal_nature: Mapped[str] = mapped_column(String(30), default="letter_to_provider")
    registry_reference: Mapped[str] = mapped_column(String(100), default="")
    template_id: Mapped[str] = mapped_column(String(50), default="")
    template_version: Mapped[str] = mapped_column(String(20), default="")
    checklist_id: Mapped[str] = mapped_column(String(50), default="")
    checklist_version: Mapped[str] = mapped_column(String(20), default="")
    # SHA-256 of the exact draft PDF the reviewer approved, and of the issued PDF.
    draft_sha256: Mapped[str] = mapped_column(String(64), default="")
    outcome_json: Mapped[str] = mapped_column(Text, default="")
    drafted_by: Mapped[str] = mapped_column(String(200), default="")
    drafted_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    issued_by: Mapped[str] = mapped_column(String(200), default="")
    issued_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    issued_sha256: Mapped[str | None] = mapped_column(ForeignKey("evidence_blobs.sha256"), nullable=True)
    signature_level: Mapped[str] = mapped_column(String(10), default="")  # B-B, B-T, B-LT, B-LTA
    # Everything the letter says (render.LetterContent as JSON), frozen at drafting.
    content_json: Mapped[str] = mapped_column(Text, default="")
    # SHA-256 of the unsigned final PDF (also in the QR code of the stamp).
    unsigned_sha256: Mapped[str] = mapped_column(String(64), default="")
    signer: Mapped[str] = mapped_column(String(300), default="")  # certificate holder
    signer_function: Mapped[str] = mapped_column(String(300), default="")
    # Latest stored version: the issued PDF, or its augmented copy (timestamp added).
    current_sha256: Mapped[str | None] = mapped_column(ForeignKey("evidence_blobs.sha256"), nullable=True)
    # What was checked about the signer (issue 14): certificate fingerprint, and revocation
    # "good (...)" or "revocation not checked: why" (letter augment checks again).
    signer_fingerprint: Mapped[str] = mapped_column(String(64), default="")
    revocation: Mapped[str] = mapped_column(String(300), default="")
    # The approval signature: the approved draft (stored, signed by the approver) and its signer.
    approved_sha256: Mapped[str] = mapped_column(String(64), default="")
    approval_signer: Mapped[str] = mapped_column(String(300), default="")
    approval_fingerprint: Mapped[str] = mapped_column(String(64), default="")
    # The audit trail's head when the letter was issued (issue 16): events before the
    # letter.issued event and the hash of the last one, for comparison with the trail later.
    audit_head_count: Mapped[int] = mapped_column(Integer, default=0)
    audit_head_hash: Mapped[str] = mapped_column(String(64), default="")
    # Team mode (migration 0007): the database logins that drafted, approved and issued
    # the letter, forced to session_user by the server (empty on SQLite).
    drafted_login: Mapped[str] = mapped_column(String(63), default="")
    approved_login: Mapped[str] = mapped_column(String(63), default="")
    issued_login: Mapped[str] = mapped_column(String(63), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


# --- audit trail --------------------------------------------------------------


class AuditEvent(Base):
    """Append-only, hash-chained. See db/audit.py for the hashing rule."""

    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    ts: Mapped[str] = mapped_column(String(40))  # ISO-8601 UTC, part of the hash
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(60), index=True)
    entity_type: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[str] = mapped_column(String(100))
    case_ref: Mapped[str] = mapped_column(String(40), default="", index=True)
    before_json: Mapped[str] = mapped_column(Text, default="null")
    after_json: Mapped[str] = mapped_column(Text, default="null")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # Team mode (migration 0007): the database login that wrote the event, forced to
    # session_user by the server (empty on SQLite). Not part of the hash.
    db_login: Mapped[str] = mapped_column(String(63), default="")


class AuditHead(Base):
    """One row: id and hash of the last event (detects deleted tail events)."""

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_id: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64), default="0" * 64)


class AuditCheckpoint(Base):
    """A signed copy of the audit head (issue 16): kept outside the chain, so that removing the
    newest events and rewinding the head, or rewriting history with recomputed hashes, is seen
    by ``audit verify``. Append-only (migration 0005 triggers)."""

    __tablename__ = "audit_checkpoints"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    made_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    made_by: Mapped[str] = mapped_column(String(200), default="")
    last_id: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))
    signer: Mapped[str] = mapped_column(String(500), default="")
    signer_fingerprint: Mapped[str] = mapped_column(String(64), default="")
    content: Mapped[str] = mapped_column(Text)  # the signed statement
    signature: Mapped[bytes] = mapped_column(LargeBinary)  # detached CMS (DER) over content
