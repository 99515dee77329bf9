"""Case list filter and search latency over 100,000 cases and 10,000 text evidence items.

"ours" = ``app.services.cases.list_cases(ctx, filter, limit=201)``: what the case
list runs (in the background) for its first page, through SQLAlchemy, building
``CaseRecord``s. The references, run in the same process on the same file:

* "raw SQL": the very statement the service sends, compiled once and run with
  the ``sqlite3`` module, fetching the same rows and building the same
  ``CaseRecord``s (dates parsed, as the service must) — our overhead on top;
* "raw FTS5": only ``SELECT rowid >> 24 FROM case_search WHERE case_search MATCH ?``
  (case ids come from the index's rowids, as in ``db.search``), once per search
  word (every word must match somewhere in the case's texts, which may be
  different evidence files), fetching every matching id — the full-text work
  on its own.

Goal: median ≤ 50 ms and ≤ 2× the raw query.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import bigdb  # noqa: E402

RUNS = 21
FTS_SQL = "SELECT rowid >> 24 FROM case_search WHERE case_search MATCH ?"


def median_ms(fn: Callable[[], object], runs: int = RUNS) -> float:
    fn()  # warm the page cache and statement caches
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def paired_median_ms(
    a: Callable[[], object], b: Callable[[], object], runs: int = RUNS
) -> tuple[float, float]:
    """Medians of a and b, run alternately (a burst of load on a shared machine
    then hits both sides alike, not just one)."""
    a(), b()  # warm the page cache and statement caches
    ta, tb = [], []
    for _ in range(runs):
        for fn, times in ((a, ta), (b, tb)):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
    return statistics.median(ta) * 1000, statistics.median(tb) * 1000


def main() -> int:
    home = bigdb.build()
    os.environ["EXEMPTIO_HOME"] = str(home)
    from sqlalchemy.dialects import sqlite as sqlite_dialect

    from app.services import cases
    from app.services.cases import CaseFilter
    from app.services.context import open_context
    from db import fastread, search
    from db.uow import unit_of_work

    ctx = open_context(officer="Benchmark")
    raw = sqlite3.connect(home / "exemptio.db")
    figures = [
        ("first page, no filter", CaseFilter(), None),
        ("filter: status", CaseFilter(status="assessment"), None),
        ("filter: officer", CaseFilter(assigned="ŚMISZEK Ewa"), None),
        ("filter: overdue", CaseFilter(overdue=True), None),
        ("filter: due this week", CaseFilter(due_within_days=7), None),
        ("search 'smiszek' (finds ŚMISZEK)", CaseFilter(search="smiszek"), "smiszek"),
        (
            "search 'goncalves muller' (evidence text)",
            CaseFilter(search="goncalves muller"),
            "goncalves muller",
        ),
        ("search 'transformer safety'", CaseFilter(search="transformer safety"), "transformer safety"),
        ("phrase search '\"open source\"'", CaseFilter(search='"open source"'), None),
        (
            "search 'licence weights model'",
            CaseFilter(search="licence weights model"),
            "licence weights model",
        ),
        ("search 'licence' (40% of cases)", CaseFilter(search="licence"), "licence"),
        ("search + filter: 'smiszek' in review", CaseFilter(search="smiszek", status="review"), "smiszek"),
    ]
    ours_all: list[float] = []
    sorts = {f"sort by {key} (ascending)": (key, False) for key in cases.SORT_COLUMNS}
    sorts.update({f"sort by {key} (descending)": (key, True) for key in ("assigned", "updated_at")})
    figures += [(name, CaseFilter(), None) for name in sorts]
    for name, f, fts in figures:
        sort, desc = sorts.get(name, ("reference", True))
        with unit_of_work(ctx.engine, readonly=True) as s:
            stmt = cases.build_query(s, f, sort, desc).limit(201)
            compiled = stmt.compile(
                dialect=sqlite_dialect.dialect(), compile_kwargs={"render_postcompile": True}
            )
            words = dict.fromkeys(search.tokens(f.search))
            exprs = [c[1]["q"] for w in words if (c := search.match_clause(s, w)) is not None]
        params = compiled.construct_params()
        values = [params[k] for k in compiled.positiontup or []]
        values = [v.isoformat() if isinstance(v, dt.date) else v for v in values]
        sql = str(compiled)

        def run_raw(sql: str = sql, values: list[object] = values) -> object:
            return [fastread._record(r) for r in raw.execute(sql, values).fetchall()]

        def ours_fn(f: CaseFilter = f, sort: str = sort, desc: bool = desc) -> object:
            return cases.list_cases(ctx, f, sort=sort, descending=desc, limit=201)

        n_ours = len(cases.list_cases(ctx, f, sort=sort, descending=desc, limit=201))
        n_raw = len(run_raw())  # type: ignore[arg-type]
        assert n_ours == n_raw, (name, n_ours, n_raw)
        ours, ref = paired_median_ms(ours_fn, run_raw)
        ours_all.append(ours)
        ok = "✓" if ours <= 50 and ours <= 2 * ref else "✗"
        print(
            f"| list {name}: first page ({n_ours} rows) | {ours:.1f} ms | {ref:.1f} ms raw SQL | "
            f"{ours / ref:.2f}× | ≤ 50 ms, ≤ 2× {ok} |",
            flush=True,
        )
        if fts is not None and exprs:
            # The full-text work the search needs: one MATCH per word, every id fetched.
            def run_fts(exprs: list[str] = exprs) -> int:
                return sum(len(raw.execute(FTS_SQL, (e,)).fetchall()) for e in exprs)

            hits = run_fts()
            ours_again, fts_ms = paired_median_ms(ours_fn, run_fts)
            ok = "✓" if ours_again <= 2 * fts_ms else "✗"
            print(
                f"| … same search vs raw FTS5 MATCH per word ({hits} ids) | {ours_again:.1f} ms | "
                f"{fts_ms:.1f} ms raw FTS5 | {ours_again / fts_ms:.2f}× | ≤ 2× {ok} |",
                flush=True,
            )
    print(
        f"| list: median over all filters and searches | {statistics.median(ours_all):.1f} ms | | | ≤ 50 ms |"
    )
    count_ms = median_ms(lambda: cases.count_cases(ctx, CaseFilter(search="licence")), runs=5)
    print(f"| count for the status bar, 'licence' (background) | {count_ms:.1f} ms | | | (not blocking) |")
    raw.close()
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
