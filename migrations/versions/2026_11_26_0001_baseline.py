"""baseline: every table, plus the full-text search index

Revision ID: 0001
Revises:
Create Date: 2026-11-26 13:00:12.220447
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from migrations._ops import create_table, drop_table, id_column
from migrations.search_ddl import create_search, drop_search

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# in the order they are created (dropped in reverse)
TABLES = (
    "audit_events",
    "audit_head",
    "blob_chunks",
    "case_sequences",
    "evidence_blobs",
    "officers",
    "providers",
    "subjects",
    "cases",
    "case_assignments",
    "checklist_answers",
    "evidence_items",
    "letters",
    "evidence_texts",
)
# table -> its single-column indexes ix_TABLE_COLUMN
INDEXES = {
    "audit_events": ("action", "case_ref"),
    "subjects": ("provider_id",),
    "cases": ("assigned_officer_id", "due_date", "outcome_label", "provider_id", "status", "subject_id"),
    "case_assignments": ("case_id",),
    "checklist_answers": ("case_id",),
    "evidence_items": ("case_id", "sha256"),
    "letters": ("case_id",),
    "evidence_texts": ("case_id",),
}


def upgrade() -> None:
    create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("ts", sa.String(length=40), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("entity_type", sa.String(length=30), nullable=False),
        sa.Column("entity_id", sa.String(length=100), nullable=False),
        sa.Column("case_ref", sa.String(length=40), nullable=False),
        sa.Column("before_json", sa.Text(), nullable=False),
        sa.Column("after_json", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        indexes=INDEXES["audit_events"],
    )

    create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
    )
    create_table(
        "blob_chunks",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        pk=("sha256", "seq"),
    )
    create_table(
        "case_sequences",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        pk=("year",),
    )
    create_table(
        "evidence_blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("stored", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        pk=("sha256",),
    )
    create_table(
        "officers",
        id_column(),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        unique=[("name",)],
    )
    create_table(
        "providers",
        id_column(),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("representative", sa.String(length=300), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("country", sa.String(length=100), nullable=False),
        unique=[("name",)],
    )
    create_table(
        "subjects",
        id_column(),
        sa.Column("provider_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("version", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("parameters", sa.BigInteger(), nullable=True),
        sa.Column("architecture", sa.String(length=200), nullable=False),
        sa.Column("licence", sa.String(length=200), nullable=False),
        fks={"provider_id": "providers.id"},
        indexes=INDEXES["subjects"],
    )

    create_table(
        "cases",
        id_column(),
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("provider_id", sa.Integer(), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("assigned_officer_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("clock_stopped_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("checklist_id", sa.String(length=50), nullable=False),
        sa.Column("checklist_version", sa.String(length=20), nullable=False),
        sa.Column("outcome_json", sa.Text(), nullable=False),
        sa.Column("outcome_label", sa.String(length=40), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        fks={
            "assigned_officer_id": "officers.id",
            "provider_id": "providers.id",
            "subject_id": "subjects.id",
        },
        unique=[("reference",)],
        indexes=INDEXES["cases"],
    )

    create_table(
        "case_assignments",
        id_column(),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("assigned_by", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=False),
        fks={"case_id": "cases.id", "officer_id": "officers.id"},
        indexes=INDEXES["case_assignments"],
    )

    create_table(
        "checklist_answers",
        id_column(),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(length=20), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.Column("evidence_json", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("answered_by", sa.String(length=200), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        fks={"case_id": "cases.id"},
        unique=[("case_id", "question_id")],
        indexes=INDEXES["checklist_answers"],
    )

    create_table(
        "evidence_items",
        id_column(),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("original_name", sa.Text(), nullable=False),
        sa.Column("display_name", sa.Text(), nullable=False),
        sa.Column("folder_path", sa.Text(), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("media_type", sa.String(length=200), nullable=False),
        sa.Column("source_url", sa.Text(), nullable=False),
        sa.Column("retrieved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("reference_only", sa.Boolean(), nullable=False),
        sa.Column("reference_path", sa.Text(), nullable=False),
        sa.Column("added_by", sa.String(length=200), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        fks={"case_id": "cases.id", "sha256": "evidence_blobs.sha256"},
        indexes=INDEXES["evidence_items"],
    )

    create_table(
        "letters",
        id_column(),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("legal_nature", sa.String(length=30), nullable=False),
        sa.Column("registry_reference", sa.String(length=100), nullable=False),
        sa.Column("template_id", sa.String(length=50), nullable=False),
        sa.Column("template_version", sa.String(length=20), nullable=False),
        sa.Column("checklist_id", sa.String(length=50), nullable=False),
        sa.Column("checklist_version", sa.String(length=20), nullable=False),
        sa.Column("draft_sha256", sa.String(length=64), nullable=False),
        sa.Column("outcome_json", sa.Text(), nullable=False),
        sa.Column("drafted_by", sa.String(length=200), nullable=False),
        sa.Column("drafted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("approved_by", sa.String(length=200), nullable=False),
        sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("issued_by", sa.String(length=200), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("issued_sha256", sa.String(length=64), nullable=True),
        sa.Column("signature_level", sa.String(length=10), nullable=False),
        sa.Column("content_json", sa.Text(), nullable=False),
        sa.Column("unsigned_sha256", sa.String(length=64), nullable=False),
        sa.Column("signer", sa.String(length=300), nullable=False),
        sa.Column("signer_function", sa.String(length=300), nullable=False),
        sa.Column("current_sha256", sa.String(length=64), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        fks={
            "case_id": "cases.id",
            "current_sha256": "evidence_blobs.sha256",
            "issued_sha256": "evidence_blobs.sha256",
        },
        indexes=INDEXES["letters"],
    )

    create_table(
        "evidence_texts",
        sa.Column("evidence_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        pk=("evidence_id",),
        fks={"case_id": "cases.id", "evidence_id": "evidence_items.id"},
        indexes=INDEXES["evidence_texts"],
    )

    create_search()


def downgrade() -> None:
    drop_search()
    for name in reversed(TABLES):
        drop_table(name, INDEXES.get(name, ()))
