"""Full-text search DDL used by the baseline revision (kept out of the ORM
metadata; migrations/env.py tells autogenerate to ignore it)."""

from __future__ import annotations

from alembic import op


def create_search() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE case_search USING fts5("
            "case_id UNINDEXED, source UNINDEXED, body, "
            "tokenize = 'unicode61 remove_diacritics 2')"
        )
    else:
        op.execute(
            "CREATE TABLE case_search (id BIGSERIAL PRIMARY KEY, case_id INTEGER NOT NULL, "
            "source VARCHAR(60) NOT NULL, body TEXT NOT NULL)"
        )
        op.execute("CREATE INDEX case_search_case ON case_search (case_id, source)")
        op.execute("CREATE INDEX case_search_fts ON case_search USING GIN (to_tsvector('simple', body))")


def drop_search() -> None:
    op.execute("DROP TABLE IF EXISTS case_search")
