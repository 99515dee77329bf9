"""trust (issue 14): officer certificates, signer checks in the letter register

* ``officer_certificates``: the signing certificates the head of unit registered
  for each officer (SHA-256 fingerprint, subject, issuer, validity); issuing or
  approving with any other certificate is refused.
* ``letters``: what was checked about the signer (``signer_fingerprint``,
  ``revocation``: "good (...)" or "revocation not checked: why"), and the
  approval signature on the draft (``approved_sha256`` of the stored approved
  draft, ``approval_signer``, ``approval_fingerprint``).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 01:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from migrations._ops import create_table, drop_table, id_column

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LETTER_COLUMNS = (
    ("signer_fingerprint", 64),
    ("revocation", 300),
    ("approved_sha256", 64),
    ("approval_signer", 300),
    ("approval_fingerprint", 64),
)


def upgrade() -> None:
    create_table(
        "officer_certificates",
        id_column(),
        sa.Column("officer_id", sa.Integer(), nullable=False),
        sa.Column("fingerprint_sha256", sa.String(length=64), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("issuer", sa.String(length=500), nullable=False),
        sa.Column("serial", sa.String(length=100), nullable=False),
        sa.Column("not_before", sa.DateTime(timezone=True), nullable=False),
        sa.Column("not_after", sa.DateTime(timezone=True), nullable=False),
        sa.Column("der", sa.LargeBinary(), nullable=False),
        sa.Column("added_by", sa.String(length=200), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("removed_at", sa.DateTime(timezone=True), nullable=True),
        fks={"officer_id": "officers.id"},
        unique=[("fingerprint_sha256",)],
        indexes=("officer_id",),
    )
    with op.batch_alter_table("letters", schema=None) as batch_op:
        for name, length in LETTER_COLUMNS:
            batch_op.add_column(sa.Column(name, sa.String(length=length), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("letters", schema=None) as batch_op:
        for name, _length in reversed(LETTER_COLUMNS):
            batch_op.drop_column(name)
    drop_table("officer_certificates", indexes=("officer_id",))
