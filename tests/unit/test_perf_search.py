"""Full-text search keyed by case (SQLite): rowid = case_id << 24 | slot.

Case ids come from the index's rowids, so every row must follow the scheme:
index/remove keep it, migration 0002 renumbers rows written before it, and a
search whose words sit in different texts of a case still finds the case.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from app.services import cases
from app.services.cases import CaseFilter
from db import migrate, search
from db.engine import make_engine
from db.uow import unit_of_work


def _rows(engine) -> list[tuple[int, int, str, str]]:  # type: ignore[no-untyped-def]
    with engine.connect() as c:
        return [tuple(r) for r in c.execute(text("SELECT rowid, case_id, source, body FROM case_search"))]


def test_index_and_remove_keep_rowids_keyed_by_case(ctx) -> None:  # type: ignore[no-untyped-def]
    with unit_of_work(ctx.engine) as s:
        for _ in range(3):  # re-indexing replaces, never duplicates
            search.index(s, 7, "case", "Ärztliche Prüfung")
            search.index(s, 7, "evidence:1", "first text")
            search.index(s, 8, "case", "another case")
        search.index(s, 7, "evidence:2", "second text")
    rows = _rows(ctx.engine)
    assert sorted((c, src) for _r, c, src, _b in rows) == [
        (7, "case"),
        (7, "evidence:1"),
        (7, "evidence:2"),
        (8, "case"),
    ]
    assert all(rowid >> search.SLOT_BITS == case_id for rowid, case_id, _s, _b in rows)
    assert len({r[0] for r in rows}) == 4
    with unit_of_work(ctx.engine) as s:
        search.remove(s, 7, "evidence:1")
    assert sorted((c, src) for _r, c, src, _b in _rows(ctx.engine)) == [
        (7, "case"),
        (7, "evidence:2"),
        (8, "case"),
    ]
    with unit_of_work(ctx.engine) as s:
        search.remove(s, 7)
    assert [(c, src) for _r, c, src, _b in _rows(ctx.engine)] == [(8, "case")]


def test_words_in_different_texts_of_a_case_find_it(ctx) -> None:  # type: ignore[no-untyped-def]
    a = cases.create_case(ctx, cases.NewCase(title="Tokenizer review", provider="P", subject="S"))
    b = cases.create_case(ctx, cases.NewCase(title="Tokenizer only", provider="Q", subject="T"))
    cases.create_case(ctx, cases.NewCase(title="Copyleft only", provider="R", subject="U"))
    with unit_of_work(ctx.engine) as s:
        search.index(s, a.id, "evidence:99", "a copyleft licence text")
    found = cases.list_cases(ctx, CaseFilter(search="tokenizer copyleft"))
    assert [r.reference for r in found] == [a.reference]
    assert cases.count_cases(ctx, CaseFilter(search="tokenizer copyleft")) == 1
    assert {r.reference for r in cases.list_cases(ctx, CaseFilter(search="tokenizer"))} == {
        a.reference,
        b.reference,
    }
    assert cases.list_cases(ctx, CaseFilter(search="tokenizer nothingelse")) == []


def test_migration_0002_renumbers_rows_written_before_it(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "m.db"))
    migrate.upgrade(engine, "0001")
    old = [
        (5, "case", "alpha beta"),
        (3, "case", "gamma"),
        (5, "evidence:1", "delta"),
        (3, "evidence:2", "beta"),
    ]
    with engine.begin() as c:
        for case_id, source, body in old:  # the 0001 way: any rowid
            c.execute(
                text("INSERT INTO case_search (case_id, source, body) VALUES (:c, :s, :b)"),
                {"c": case_id, "s": source, "b": body},
            )
    migrate.upgrade(engine, backup=False)
    rows = _rows(engine)
    assert sorted((c, s, b) for _r, c, s, b in rows) == sorted(old)
    assert all(rowid >> search.SLOT_BITS == case_id for rowid, case_id, _s, _b in rows)
    with engine.connect() as c:
        sql, params = search.match_clause("sqlite", "beta") or ("", {})
        assert sorted(r[0] for r in c.execute(text(sql), params)) == [3, 5]
    engine.dispose()
