"""PostgreSQL specifics: the same Alembic migrations, the schema on first run,
full-text search behind the FTS5 interface, an unreachable server."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect, text

from app.domain.errors import StorageError
from app.services import cases
from app.services.context import open_context
from db import migrate
from db.base import Base
from db.engine import make_engine
from db.migrate import include_object


def test_empty_database_gets_the_schema_on_first_run(home: Path, pg_empty_url: str) -> None:
    ctx = open_context(db=pg_empty_url, officer="Anna")
    try:
        tables = set(inspect(ctx.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables and "case_search" in tables
        assert migrate.is_at_head(ctx.engine)
        assert not list(home.glob("*.backup-*"))  # no SQLite-style backup for a server
    finally:
        ctx.close()


def test_downgrade_to_base_and_up_again_on_postgresql(pg_empty_url: str) -> None:
    engine = make_engine(pg_empty_url)
    try:
        migrate.upgrade(engine)
        migrate.downgrade(engine, "base")
        assert set(inspect(engine).get_table_names()) - {"alembic_version"} == set()
        migrate.upgrade(engine)
        assert migrate.is_at_head(engine)
        with engine.connect() as conn:
            mc = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_object": include_object}
            )
            assert compare_metadata(mc, Base.metadata) == []
    finally:
        engine.dispose()


def test_search_uses_the_gin_index(home: Path, pg_url: str) -> None:
    from sqlalchemy import text

    ctx = open_context(db=pg_url)
    try:
        with ctx.engine.connect() as c:
            c.execute(text("SET enable_seqscan = off"))
            plan = "\n".join(
                r[0]
                for r in c.execute(
                    text(
                        "EXPLAIN SELECT case_id FROM case_search "
                        "WHERE to_tsvector('simple', body) @@ to_tsquery('simple', 'x:*')"
                    )
                )
            )
        assert "case_search_fts" in plan
    finally:
        ctx.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(min_size=0, max_size=30))
def test_odd_search_syntax_never_raises(ctx_any, query: str) -> None:  # type: ignore[no-untyped-def]
    ctx, ref = ctx_any
    rows = cases.list_cases(ctx, cases.CaseFilter(search=query))
    assert {r.reference for r in rows} <= {ref}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(word=st.sampled_from(["Łódź", "ŚMISZEK", "Øresund", "Müller-Lüdenscheidt", "naïve", "AIO-2026"]))
def test_folded_words_find_their_case(ctx_any, word: str) -> None:  # type: ignore[no-untyped-def]
    from db.search import fold

    ctx, ref = ctx_any
    for q in (word, word.lower(), fold(word), fold(word)[:4]):
        assert [r.reference for r in cases.list_cases(ctx, cases.CaseFilter(search=q))] == [ref], q


@pytest.fixture
def ctx_any(home: Path, db_url: str):  # type: ignore[no-untyped-def]
    c = open_context(db=db_url, officer="Anna")
    rec = cases.create_case(
        c,
        cases.NewCase(
            title="Łódź Øresund naïve claim",
            provider="ŚMISZEK Krzysztof",
            subject="Müller-Lüdenscheidt model",
        ),
    )
    yield c, rec.reference
    c.close()


class _Proxy:
    """A TCP forwarder to the test server that can be cut like a network link."""

    def __init__(self, port: int) -> None:
        self.target = port
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.conns: list[socket.socket] = []
        self.alive = True
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while self.alive:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target))
            self.conns += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(a: socket.socket, b: socket.socket) -> None:
        try:
            while data := a.recv(65536):
                b.sendall(data)
        except OSError:
            pass
        finally:
            for s in (a, b):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def cut(self) -> None:
        self.alive = False
        try:
            self.sock.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
        except OSError:
            pass
        self.sock.close()
        for c in self.conns:
            try:
                c.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            c.close()


def test_server_lost_mid_session_one_line_and_nothing_saved(home: Path, pg_url: str) -> None:
    from sqlalchemy.engine import make_url

    u = make_url(pg_url)
    proxy = _Proxy(u.port or 5432)
    via = u.set(port=proxy.port).render_as_string(hide_password=False)
    ctx = open_context(db=via, officer="Anna")
    try:
        ref = cases.create_case(ctx, cases.NewCase(title="Before", provider="P", subject="S")).reference
        proxy.cut()
        with pytest.raises(StorageError) as info:
            cases.update_case(ctx, ref, title="During the outage")
        msg = str(info.value)
        assert "Cannot reach the team database" in msg and "\n" not in msg
        assert "local database" in msg
    finally:
        ctx.close()
    direct = open_context(db=pg_url)  # the server itself never saw a half-written change
    try:
        assert cases.get_case(direct, ref).title == "Before"
    finally:
        direct.close()


FIRST_START = """
import sys
from app.services.context import open_context
from app.services import cases
ctx = open_context(db=sys.argv[1], officer="o" + sys.argv[2])
print(cases.create_case(ctx, cases.NewCase(title="t", provider="p", subject="s")).reference)
ctx.close()
"""


@pytest.mark.slow
def test_officers_starting_at_once_on_an_empty_database(home: Path, pg_empty_url: str) -> None:
    """Four first starts race to create the schema: one migrates, all work."""
    import os
    import subprocess
    import sys

    repo = Path(__file__).resolve().parents[2]
    env = dict(os.environ, EXEMPTIO_HOME=str(home))
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", FIRST_START, pg_empty_url, str(n)],
            cwd=repo,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(4)
    ]
    refs = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        refs.append(out.strip())
    assert sorted(refs) == [f"AIO-{refs[0][4:8]}-000{i}" for i in range(1, 5)]


def test_waiting_for_the_writer_lock_ends_with_a_plain_message(
    home: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write that cannot get the team writer lock fails after the busy timeout
    (like SQLite's), with one line, instead of hanging."""
    import db.engine as engine_mod
    from db.uow import unit_of_work

    monkeypatch.setattr(engine_mod, "SQLITE_BUSY_TIMEOUT_MS", 300)
    ctx = open_context(db=pg_url, officer="Anna")
    try:
        with unit_of_work(ctx.engine) as s1:
            s1.execute(text("SELECT 1"))  # holds the writer lock
            with pytest.raises(StorageError, match="busy") as info:
                with unit_of_work(ctx.engine) as s2:
                    s2.execute(text("SELECT 1"))
            assert "\n" not in str(info.value)
        with unit_of_work(ctx.engine) as s3:  # released: writes go on
            s3.execute(text("SELECT 1"))
    finally:
        ctx.close()


def test_evidence_text_with_nul_bytes(cli, db_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ref = cli(
        "--db", db_url, "--officer", "A", "case", "new", "--title", "t", "--provider", "p", "--subject", "s"
    ).out.strip()
    f = tmp_path / "notes.txt"
    f.write_bytes(b"licence words " * 500 + b"\x00 trailing zebra")
    r = cli("--db", db_url, "--officer", "A", "evidence", "add", ref, str(f))
    assert r.rc == 0, r.err
    r = cli("--db", db_url, "case", "list", "--json", "--search", "zebra")
    assert [c["reference"] for c in r.json()] == [ref]


def test_nul_in_text_is_bad_input_on_postgresql(home: Path, pg_url: str) -> None:
    from app.domain.errors import BadInput

    ctx = open_context(db=pg_url, officer="Anna")
    try:
        ref = cases.create_case(ctx, cases.NewCase(title="t", provider="p", subject="s")).reference
        with pytest.raises(BadInput, match="U\\+0000") as info:  # refused before the database sees it
            cases.update_case(ctx, ref, notes="before\x00after")
        assert "\n" not in str(info.value)
        assert cases.get_case(ctx, ref).notes == ""
    finally:
        ctx.close()


def test_demo_data_and_dashboard_same_on_both(home: Path, tmp_path: Path, pg_url: str) -> None:
    """The workspace's SQL (dashboard aggregates, demo seeding) gives the same
    answers on SQLite and PostgreSQL."""
    import datetime as dt

    from app.services import dashboard, demo

    today = dt.date(2026, 11, 26)
    boards = []
    for url in ("sqlite:///" + str(tmp_path / "local.db"), pg_url):
        ctx = open_context(db=url, officer="Anna")
        try:
            assert demo.seed(ctx, today=today)
            boards.append(dashboard.dashboard(ctx, today=today))
            rows = cases.list_cases(ctx, cases.CaseFilter(search="llama"))
            boards.append(sorted(r.reference for r in rows))
        finally:
            ctx.close()
    assert boards[0] == boards[2] and boards[1] == boards[3]
