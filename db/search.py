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


# Letters Unicode does not decompose into base letter + accent, so that "lodz"
# finds "Łódź" and "oresund" finds "Øresund".
_EXTRA_FOLD = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ħ": "h",
        "Ħ": "h",
        "ı": "i",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "þ": "th",
        "Þ": "th",
    }
)


def fold(value: str) -> str:
    """Lower-case and strip diacritics; done by the app before both engines
    see the text, so SQLite and PostgreSQL find the same cases."""
    decomposed = unicodedata.normalize("NFKD", value.translate(_EXTRA_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def tokens(query: str) -> list[str]:
    """Words of a search box entry. Operators and quotes are treated as text,
    so odd syntax (``"``, ``*``, ``NEAR``, ``-``) never reaches the engine raw."""
    return _TOKEN_RE.findall(fold(query))


# FTS5's unicode61 tokenizer splits on everything that is not a letter or a
# digit (underscore included); PostgreSQL gets the same words, already folded
# and separated by spaces, so its parser never sees e-mail addresses, URLs or
# hyphenated words it would keep whole.
_PG_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)


def pg_words(value: str) -> list[str]:
    return _PG_WORD_RE.findall(fold(value))


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def index(session: Session, case_id: int, source: str, body: str) -> None:
    """Insert or replace the indexed text for (case_id, source)."""
    remove(session, case_id, source)
    body = fold(body) if _dialect(session) == "sqlite" else " ".join(pg_words(body))
    session.execute(
        text("INSERT INTO case_search (case_id, source, body) VALUES (:c, :s, :b)"),
        {"c": case_id, "s": source, "b": body},
    )


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
    # Each word a quoted prefix lexeme: no user text is ever parsed as tsquery syntax.
    pg = [w for word in words for w in pg_words(word)]
    if not pg:
        return ("SELECT case_id FROM case_search WHERE false", {})
    tsq = " & ".join("'" + w + "':*" for w in pg)
    return (
        "SELECT case_id FROM case_search WHERE to_tsvector('simple', body) @@ to_tsquery('simple', :q)",
        {"q": tsq},
    )
