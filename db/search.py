"""Full-text search over cases and text evidence, one interface for two engines.

SQLite: an FTS5 table ``case_search`` (``unicode61 remove_diacritics 2``), made
by the baseline migration. PostgreSQL: a plain ``case_search`` table with a
GIN index over ``to_tsvector('simple', body)`` (diacritics folded by the app,
since ``unaccent`` needs a superuser to install). Rows are keyed by
``(case_id, source)``: ``source`` is ``case`` or ``evidence:<id>``.
"""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import text
from sqlalchemy.orm import Session

_TOKEN_RE = re.compile(r"\w+", re.UNICODE)


def fold(value: str) -> str:
    """Lower-case and strip diacritics (the same folding FTS5 does)."""
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def tokens(query: str) -> list[str]:
    """Words of a search box entry. Operators and quotes are treated as text,
    so odd syntax (``"``, ``*``, ``NEAR``, ``-``) never reaches the engine raw."""
    return _TOKEN_RE.findall(fold(query))


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def index(session: Session, case_id: int, source: str, body: str) -> None:
    """Insert or replace the indexed text for (case_id, source)."""
    remove(session, case_id, source)
    if _dialect(session) == "sqlite":
        sql = "INSERT INTO case_search (case_id, source, body) VALUES (:c, :s, :b)"
    else:
        sql = "INSERT INTO case_search (case_id, source, body) VALUES (:c, :s, :b)"
        body = fold(body)
    session.execute(text(sql), {"c": case_id, "s": source, "b": body})


def remove(session: Session, case_id: int, source: str | None = None) -> None:
    if source is None:
        session.execute(text("DELETE FROM case_search WHERE case_id = :c"), {"c": case_id})
    else:
        session.execute(
            text("DELETE FROM case_search WHERE case_id = :c AND source = :s"),
            {"c": case_id, "s": source},
        )


def match_clause(session: Session, query: str) -> tuple[str, dict[str, str]] | None:
    """SQL fragment selecting matching case ids, or None for an empty query.

    Every word must match (as a prefix), anywhere in the case's texts.
    """
    words = tokens(query)
    if not words:
        return None
    if _dialect(session) == "sqlite":
        expr = " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)
        return ("SELECT case_id FROM case_search WHERE case_search MATCH :q", {"q": expr})
    tsq = " & ".join(re.sub(r"[^\w]", "", w) + ":*" for w in words)
    return (
        "SELECT case_id FROM case_search "
        "WHERE to_tsvector('simple', body) @@ to_tsquery('simple', :q)",
        {"q": tsq},
    )
