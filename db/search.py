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
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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


# A quoted part (to the closing quote, or to the end when it is missing), or a
# run of anything else up to a space or a quote.
_TERM_RE = re.compile(r'"([^"]*)"?|([^\s"]+)')


def terms(query: str) -> list[tuple[str, ...]]:
    """The search terms of an entry, each a tuple of words that must follow each
    other in one text: ``"open source" licence`` is the phrase (open, source)
    and the word (licence). A hyphenated or dotted run (``GPT-4``, ``e-mail``)
    is a phrase too, since the index splits it into adjacent words. Terms
    without words (``""``, ``*``, ``-``) are dropped; duplicates are kept once."""
    found: dict[tuple[str, ...], None] = {}
    for quoted, plain in _TERM_RE.findall(query):
        words = tuple(tokens(quoted if quoted else plain))
        if words:
            found[words] = None
    return list(found)


# FTS5's unicode61 tokenizer splits on everything that is not a letter or a
# digit (underscore included); PostgreSQL gets the same words, already folded
# and separated by spaces, so its parser never sees e-mail addresses, URLs or
# hyphenated words it would keep whole.
_PG_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)


def pg_words(value: str) -> list[str]:
    return _PG_WORD_RE.findall(fold(value))


def _dialect(session: Session | str) -> str:
    """The dialect name of a session's database (or the name itself)."""
    return session if isinstance(session, str) else session.get_bind().dialect.name


# SQLite: a row's rowid is ``case_id << SLOT_BITS | slot`` (migration 0002), so a
# search reads case ids from the index's rowids alone (``rowid >> SLOT_BITS``),
# never the stored columns: 3-6x faster for common words, and a case's rows are
# one rowid range (fast delete). Up to 2**24 texts per case.
SLOT_BITS = 24


def _rowid_range(case_id: int) -> tuple[int, int]:
    return case_id << SLOT_BITS, (case_id + 1) << SLOT_BITS


def index(session: Session, case_id: int, source: str, body: str) -> None:
    """Insert or replace the indexed text for (case_id, source)."""
    from sqlalchemy import text

    remove(session, case_id, source)
    if _dialect(session) != "sqlite":
        session.execute(
            text("INSERT INTO case_search (case_id, source, body) VALUES (:c, :s, :b)"),
            {"c": case_id, "s": source, "b": " ".join(pg_words(body))},
        )
        return
    lo, hi = _rowid_range(case_id)
    last = session.execute(
        text("SELECT max(rowid) FROM case_search WHERE rowid >= :lo AND rowid < :hi"), {"lo": lo, "hi": hi}
    ).scalar()
    rowid = lo if last is None else int(last) + 1
    if rowid >= hi:  # the slots ran out after millions of re-indexings: take the first free one
        used = set(
            session.execute(
                text("SELECT rowid FROM case_search WHERE rowid >= :lo AND rowid < :hi"), {"lo": lo, "hi": hi}
            ).scalars()
        )
        rowid = next(r for r in range(lo, hi) if r not in used)
    session.execute(
        text("INSERT INTO case_search (rowid, case_id, source, body) VALUES (:r, :c, :s, :b)"),
        {"r": rowid, "c": case_id, "s": source, "b": fold(body)},
    )


def remove(session: Session, case_id: int, source: str | None = None) -> None:
    from sqlalchemy import text

    if _dialect(session) == "sqlite":
        lo, hi = _rowid_range(case_id)
        where = "rowid >= :lo AND rowid < :hi"  # the case's rows, by rowid (no full scan)
        params: dict[str, object] = {"lo": lo, "hi": hi}
    else:
        where, params = "case_id = :c", {"c": case_id}
    if source is not None:
        where += " AND source = :s"
        params["s"] = source
    session.execute(text(f"DELETE FROM case_search WHERE {where}"), params)


def match_clause(session: Session | str, query: str) -> tuple[str, dict[str, str]] | None:
    """SQL fragment selecting matching case ids, or None for an empty query.

    Every word must match (as a prefix), anywhere in the case's texts.
    """
    words = tokens(query)
    if not words:
        return None
    if _dialect(session) == "sqlite":
        expr = " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)
        sql = f"SELECT rowid >> {SLOT_BITS} AS case_id FROM case_search WHERE case_search MATCH :q"
        return (sql, {"q": expr})
    # Each word a quoted prefix lexeme: no user text is ever parsed as tsquery syntax.
    pg = [w for word in words for w in pg_words(word)]
    return _pg_clause(" & ".join("'" + w + "':*" for w in pg))


def phrase_clause(session: Session | str, words: tuple[str, ...]) -> tuple[str, dict[str, str]]:
    """SQL fragment selecting the ids of cases one of whose texts holds ``words``
    in this order, next to each other (the last word as a prefix): a one-word
    phrase is a plain prefix search. ``words`` come from ``terms`` (folded)."""
    if _dialect(session) == "sqlite":
        expr = '"' + " ".join(w.replace('"', '""') for w in words) + '"*'
        sql = f"SELECT rowid >> {SLOT_BITS} AS case_id FROM case_search WHERE case_search MATCH :q"
        return (sql, {"q": expr})
    pg = [w for word in words for w in pg_words(word)]
    lexemes = ["'" + w + "'" for w in pg]
    if lexemes:
        lexemes[-1] += ":*"
    return _pg_clause(" <-> ".join(lexemes))


def _pg_clause(tsq: str) -> tuple[str, dict[str, str]]:
    if not tsq:
        return ("SELECT case_id FROM case_search WHERE false", {})
    return (
        "SELECT case_id FROM case_search WHERE to_tsvector('simple', body) @@ to_tsquery('simple', :q)",
        {"q": tsq},
    )
