"""The CLI imports only what a command needs (issue 17): the command table agrees
with the modules, ``--version`` loads no command module, and a command on a
database at the newest schema never imports Alembic. Checked by what is in
``sys.modules`` after the command, not by the clock (the timing lives in
benchmarks/bench_cli.py)."""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main as cli_main
from db import schema_version

REPO = Path(__file__).resolve().parents[2]


def _modules_after(args: list[str], env_home: Path) -> tuple[int, set[str], str]:
    code = (
        "import sys, json\n"
        "from app.cli.main import main\n"
        "try:\n"
        f"    rc = main({args!r})\n"
        "except SystemExit as e:\n"
        "    rc = e.code or 0\n"
        "sys.stderr.write('\\nMODULES ' + json.dumps(sorted(sys.modules)) + '\\n')\n"
        "sys.exit(rc)\n"
    )
    import os

    env = dict(os.environ, EXEMPTIO_HOME=str(env_home))
    env.pop("EXEMPTIO_DB", None)
    p = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=env, timeout=120
    )
    line = [ln for ln in p.stderr.splitlines() if ln.startswith("MODULES ")][-1]
    return p.returncode, set(json.loads(line[len("MODULES ") :])), p.stdout


def test_command_table_matches_what_each_module_registers() -> None:
    registered: dict[str, str] = {}
    for module in cli_main.COMMAND_MODULES:
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        importlib.import_module(module).register(sub)
        for name in sub.choices:
            registered[name] = module
    assert registered == cli_main.COMMANDS


def test_the_command_word_is_found_after_global_options() -> None:
    word = cli_main._command_word
    assert word(["--db", "x.db", "--officer", "A B", "case", "list"]) == "case"
    assert word(["--version"]) is None
    assert word(["--home", "case", "archive", "verify"]) == "archive"  # "case" was --home's value


def test_version_loads_no_command_module_and_no_database_library(tmp_path: Path) -> None:
    rc, modules, out = _modules_after(["--version"], tmp_path / "home")
    assert rc == 0 and out.startswith("exemptio ")
    loaded = {
        m for m in modules if m.split(".")[0] in ("sqlalchemy", "alembic", "PySide6", "reportlab", "pyhanko")
    }
    assert loaded == set()
    assert not {m for m in modules if m.startswith("app.cli.") and m != "app.cli.main"}


def test_a_command_on_a_current_database_does_not_import_alembic(tmp_path: Path) -> None:
    home = tmp_path / "home"
    rc, modules, _ = _modules_after(["db", "upgrade"], home)  # creates and migrates: Alembic needed
    assert rc == 0 and "alembic" in modules
    rc, modules, out = _modules_after(["case", "list", "--limit", "1"], home)
    assert rc == 0, out
    assert "alembic" not in modules
    assert "sqlalchemy" not in modules  # the unfiltered list on SQLite is read with sqlite3
    assert not {m for m in modules if m.startswith("app.cli.") and m not in ("app.cli.main", "app.cli.cases")}


def test_head_revision_read_from_the_files_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    from db.migrate import alembic_config

    schema_version.head_revision.cache_clear()
    assert schema_version.head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_head_revision_follows_a_new_revision_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for src in schema_version.VERSIONS.glob("*.py"):
        (tmp_path / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    head = schema_version.head_revision()
    assert head is not None
    (tmp_path / "9999_next.py").write_text(
        f'revision: str = "9999"\ndown_revision: str | None = "{head}"\n', encoding="utf-8"
    )
    monkeypatch.setattr(schema_version, "VERSIONS", tmp_path)
    schema_version.head_revision.cache_clear()
    try:
        assert schema_version.head_revision() == "9999"
        (tmp_path / "9998_branch.py").write_text(
            f'revision = "9998"\ndown_revision = "{head}"\n', encoding="utf-8"
        )
        schema_version.head_revision.cache_clear()
        assert schema_version.head_revision() is None  # two heads: unsure, Alembic decides
    finally:
        monkeypatch.undo()
        schema_version.head_revision.cache_clear()


def test_help_lists_every_command(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("--help")
    assert r.rc == 0
    for name in cli_main.COMMANDS:
        if name != "license":  # an alias, listed with licence
            assert name in r.out


def test_case_list_choices_without_sqlalchemy_are_the_services_ones() -> None:
    from app.domain.decision import OUTCOME_LABELS
    from app.services import cases
    from db.fastread import SORT_SQL

    assert set(OUTCOME_LABELS) == set(cases.OUTCOME_LABELS)
    assert set(SORT_SQL) == set(cases.SORT_COLUMNS)


def test_lazy_import_loads_on_first_use(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from app.cli.main import lazy_import\n"
        "m = lazy_import('app.services.cases')\n"
        "before = 'sqlalchemy' in sys.modules\n"
        "m.SORT_COLUMNS\n"
        "print(before, 'sqlalchemy' in sys.modules, lazy_import('app.services.cases') is m)\n"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert p.stdout.split() == ["False", "True", "True"], p.stderr


_BUGGY_COMMAND = """
def register(sub):
    from app.cli.main import add_common
    p = sub.add_parser("buggy")
    add_common(p)
    p.set_defaults(func=lambda args, ctx: 1 + "x", needs_db=False)
"""


def test_a_bug_in_a_command_without_database_logs_its_traceback_to_the_file_only(tmp_path: Path) -> None:
    (tmp_path / "buggy_cmd.py").write_text(_BUGGY_COMMAND, encoding="utf-8")
    code = (
        "import sys\n"
        f"sys.path.insert(0, {str(tmp_path)!r})\n"
        "from app.cli import main\n"
        "main.COMMANDS['buggy'] = 'buggy_cmd'\n"
        "sys.exit(main.main(['buggy']))\n"
    )
    import os

    home = tmp_path / "home"
    env = dict(os.environ, EXEMPTIO_HOME=str(home))
    p = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=env, timeout=120
    )
    assert p.returncode == 2
    assert p.stderr == "exemptio: unexpected error (TypeError); details are in the log\n"
    logged = (home / "logs" / "exemptio.log").read_text(encoding="utf-8")
    assert "Traceback" in logged and "TypeError" in logged and "unexpected error in buggy" in logged
