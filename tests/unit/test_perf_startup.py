"""Start-up fast path: the window and the first page of the case list come up
before SQLAlchemy (and the other heavy libraries) are imported.

* ``db.fastread`` (sqlite3) returns exactly what ``app.services.cases`` (SQLAlchemy)
  returns for the unfiltered list, for every sort column and direction;
* ``open_context(lazy_engine=True)`` makes no engine for a database at the newest
  schema, and still migrates an old or new one;
* the modules the GUI imports before its first page import no heavy library;
* the start-up checks (checklist definitions) still stop the app, after the window.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.resources import resource_path
from app.services import case_read, cases
from app.services.case_read import CaseFilter
from app.services.context import open_context
from db import fastread

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "alembic", "jsonschema", "pyhanko", "reportlab", "license_expression", "numpy")


@pytest.fixture
def varied(ctx):  # type: ignore[no-untyped-def]
    """Cases with every kind of value the list shows: unassigned, stopped clock,
    decided with an outcome, no subject version, equal titles (ties)."""
    specs = [
        ("Zeta model", "Provider B", "Alpha-7B", "ŚMISZEK Ewa"),
        ("Alpha system", "Provider A", "Beta", None),
        ("Alpha system", "Provider C", "Gamma-2", "MÜLLER Jörg"),
        ("Mid case", "Provider A", "Delta", "ŚMISZEK Ewa"),
        ("Another", "Provider D", "Epsilon", None),
    ]
    from app.services import roles

    for name in ("ŚMISZEK Ewa", "MÜLLER Jörg"):  # assignees are recorded officers (issue 18)
        roles.set_officer(ctx, name, "officer")
    refs = []
    for i, (title, prov, subj, officer) in enumerate(specs):
        rec = cases.create_case(
            ctx,
            cases.NewCase(
                title=title,
                provider=prov,
                subject=subj,
                subject_version="1.0" if i % 2 else "",
                officer=officer,
                due_date=dt.date(2026, 1, 1) + dt.timedelta(days=17 * (i % 3)),
            ),
        )
        refs.append(rec.reference)
    cases.stop_clock(ctx, refs[1], reason="waiting for the provider")
    cases.transition(ctx, refs[2], "intake")
    cases.set_outcome_label(ctx, refs[3], "not_exempt")
    cases.update_case(ctx, refs[4], due_date=None, reason="no deadline for this one")
    return refs


def test_fast_list_equals_the_sqlalchemy_list_for_every_sort(ctx, varied) -> None:  # type: ignore[no-untyped-def]
    path = ctx.sqlite_file
    assert path is not None
    assert set(fastread.SORT_SQL) == set(cases.SORT_COLUMNS)
    for sort in fastread.SORT_SQL:
        for desc in (True, False):
            want = cases.list_cases(ctx, CaseFilter(), sort=sort, descending=desc)
            got = fastread.list_cases(path, sort, desc)
            assert got == want, (sort, desc)
            assert fastread.list_cases(path, sort, desc, offset=1, limit=2) == want[1:3]
    recs = {r.reference: r for r in fastread.list_cases(path)}
    stopped = recs[varied[1]].clock_stopped_at
    assert stopped is not None and stopped.tzinfo is not None
    assert recs[varied[4]].due_date is None and recs[varied[1]].assigned_officer is None
    assert recs[varied[3]].outcome_label == "not_exempt"


def test_case_read_uses_sqlite_only_for_the_unfiltered_list(ctx, varied) -> None:  # type: ignore[no-untyped-def]
    assert case_read.count_cases(ctx) == cases.count_cases(ctx) == len(varied)
    assert case_read.officers(ctx) == cases.officers(ctx) == ["MÜLLER Jörg", "ŚMISZEK Ewa"]
    f = CaseFilter(search="smiszek")
    assert case_read.list_cases(ctx, f) == cases.list_cases(ctx, f)
    assert case_read.count_cases(ctx, f) == cases.count_cases(ctx, f) == 2
    assert case_read.list_cases(ctx, limit=2) == cases.list_cases(ctx, limit=2)
    # The re-exported light names are the same objects.
    assert cases.CaseFilter is case_read.CaseFilter and cases.is_overdue is case_read.is_overdue


def test_lazy_engine_only_for_a_database_at_the_newest_schema(home, tmp_path) -> None:  # type: ignore[no-untyped-def]
    fresh = open_context(home=home, lazy_engine=True)  # no database yet: created and migrated now
    try:
        assert fresh._engine is not None
    finally:
        fresh.close()
    lazy = open_context(home=home, lazy_engine=True)
    try:
        assert lazy._engine is None  # nothing made yet
        assert case_read.count_cases(lazy) == 0  # read with sqlite3
        assert lazy._engine is None
        assert cases.count_cases(lazy, CaseFilter(search="x")) == 0  # the engine on first use
        assert lazy._engine is not None
    finally:
        lazy.close()


def test_gui_start_modules_import_no_heavy_library(home) -> None:  # type: ignore[no-untyped-def]
    ctx = open_context(home=home)
    ctx.close()
    code = (
        "import sys\n"
        "import app.ui.application, app.ui.main_window, app.ui.i18n\n"
        "from app.services.context import open_context\n"
        "from app.services import case_read\n"
        "ctx = open_context(lazy_engine=True)\n"
        "assert ctx._engine is None\n"
        "case_read.list_cases(ctx, limit=201); case_read.count_cases(ctx); case_read.officers(ctx)\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    env = dict(os.environ, EXEMPTIO_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    env.pop("EXEMPTIO_DB", None)
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=REPO)
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == "[]"


def test_main_window_knows_the_workspace_tabs() -> None:
    from app.ui import main_window, workspace

    assert main_window.TAB_KEYS == workspace.TAB_KEYS


def test_a_broken_checklist_definition_still_stops_the_app(tmp_path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "checklists"
    shutil.copytree(resource_path("checklists"), broken)
    target = next(p for p in broken.rglob("*.json") if p.name != "schema.json")
    doc = json.loads(target.read_text(encoding="utf-8"))
    doc.pop(next(iter(doc)))  # a required top-level member is gone
    target.write_text(json.dumps(doc), encoding="utf-8")
    home = tmp_path / "h"
    env = dict(os.environ, EXEMPTIO_HOME=str(home), QT_QPA_PLATFORM="offscreen", EXEMPTIO_CHECKLIST_DIR="")
    env.pop("EXEMPTIO_DB", None)

    def gui() -> subprocess.CompletedProcess[str]:
        cmd = [sys.executable, "-m", "app", "gui", "--exit-when-ready"]
        return subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=REPO, timeout=120)

    ok = gui()
    assert ok.returncode == 0, ok.stderr
    env["EXEMPTIO_CHECKLIST_DIR"] = str(broken)
    p = gui()
    assert p.returncode == 2, (p.stdout, p.stderr)
    assert p.stdout.startswith("ready ")  # the window came up first
    assert "exemptio: Checklist definition" in p.stderr and "'id' is a required property" in p.stderr
    assert "Traceback" not in p.stderr


_FIRST_PAINT_PROBE = r"""
import json, sys
import PySide6.QtWidgets as QtWidgets
real_write = sys.stdout.write
def write(s):
    if s.startswith("ready"):
        from app.ui.main_window import MainWindow
        win = next(w for w in QtWidgets.QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        vp = win.case_list.view.viewport()
        # What is on screen: the platform's backing store (grabWindow does not repaint).
        img = win.screen().grabWindow(win.winId()).toImage()
        top = vp.mapTo(win, vp.rect().topLeft())
        dark = sum(
            1
            for x in range(top.x(), top.x() + min(vp.width(), 500), 2)
            for y in range(top.y(), top.y() + 60)
            if img.pixelColor(x, y).lightness() < 235
        )
        if len(sys.argv) > 1:
            img.save(sys.argv[1])
        real_write(json.dumps({
            "visible": win.isVisible(),
            "rows": win.case_list.model.rowCount(),
            "dark_pixels": dark,
        }) + "\n")
    return real_write(s)
sys.stdout.write = write
from app.ui.application import run_gui
sys.exit(run_gui(["--exit-when-ready"]))
"""


def _probe_first_paint(home: Path) -> dict[str, object]:
    env = dict(os.environ, EXEMPTIO_HOME=str(home), QT_QPA_PLATFORM="offscreen", EXEMPTIO_OFFICER="T")
    env.pop("EXEMPTIO_DB", None)
    p = subprocess.run(
        [sys.executable, "-c", _FIRST_PAINT_PROBE],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )
    assert p.returncode == 0, p.stderr
    lines = p.stdout.splitlines()
    assert lines[1].startswith("ready "), p.stdout
    return dict(json.loads(lines[0]))


def test_at_ready_the_window_is_painted_with_the_rows(ctx, varied) -> None:  # type: ignore[no-untyped-def]
    """What the officer sees at "ready": the window is shown and the first page of
    cases is on screen (read from the backing store, not just the model). How the
    window gets there (which classes load when) is left to the code; the time it
    takes is measured in benchmarks/bench_startup.py."""
    got = _probe_first_paint(ctx.paths.home)
    assert got["visible"] is True
    assert got["rows"] == len(varied)
    assert got["dark_pixels"] > 150, got  # text of the rows, not an empty list


def test_first_paint_of_an_empty_list_is_on_screen_too(home) -> None:  # type: ignore[no-untyped-def]
    open_context(home=home).close()
    got = _probe_first_paint(home)
    assert got["visible"] is True and got["rows"] == 0 and got["dark_pixels"] < 150, got


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--exit-when-ready"],
        ["--home", "/srv/exemptio"],
        ["--home=/srv/x", "--db", "sqlite:///a.db"],
        ["--officer", "Ewa ŚMISZEK", "--language", "de"],
        ["--language=fr", "--exit-when-ready"],
        ["--db", "postgresql+psycopg://officer@db.example/exemptio"],
    ],
)
def test_gui_options_parsed_without_argparse_agree_with_argparse(argv: list[str]) -> None:
    import argparse

    from app.ui import application

    plain = application._parse_plain(argv)
    reference = argparse.ArgumentParser()
    for opt in application._VALUE_OPTIONS:
        reference.add_argument(opt)
    reference.add_argument("--exit-when-ready", action="store_true")
    assert plain == reference.parse_known_args(argv)[0]


@pytest.mark.parametrize(
    "argv", [["--help"], ["--home"], ["--home", "-x"], ["-platform", "offscreen"], ["--bogus"]]
)
def test_other_gui_command_lines_go_to_argparse(argv: list[str]) -> None:
    from app.ui import application

    assert application._parse_plain(argv) is None


def test_plain_int_qt_constants_match_pyside6() -> None:
    """app/ui/qt.py's ints for the code before the first paint are Qt's values."""
    from PySide6.QtCore import Qt

    from app.ui import qt
    from app.ui.models import delegates

    roles = Qt.ItemDataRole
    assert qt.DISPLAY_ROLE == roles.DisplayRole.value
    assert delegates.DECORATION_ROLE == roles.DecorationRole.value
    assert qt.TOOLTIP_ROLE == roles.ToolTipRole.value
    assert qt.FONT_ROLE == roles.FontRole.value
    assert qt.TEXT_ALIGNMENT_ROLE == roles.TextAlignmentRole.value
    assert qt.BACKGROUND_ROLE == roles.BackgroundRole.value
    assert qt.FOREGROUND_ROLE == roles.ForegroundRole.value
    assert qt.ACCESSIBLE_TEXT_ROLE == roles.AccessibleTextRole.value
    assert qt.USER_ROLE == roles.UserRole.value
    align = Qt.AlignmentFlag
    assert qt.ALIGN_RIGHT_VCENTER == (align.AlignRight | align.AlignVCenter).value
    assert qt.ALIGN_CENTER == align.AlignCenter.value


def test_status_badges_are_svg_images_with_the_status_text(qapp) -> None:  # type: ignore[no-untyped-def]
    from app.ui.labels import STATUS_COLOURS
    from app.ui.models import delegates

    svg = delegates.badge_svg("Assessment & <review>", "assessment", scale=2.0).decode()
    bg, fg = STATUS_COLOURS["assessment"]
    assert svg.startswith("<svg") and "Assessment &amp; &lt;review&gt;" in svg
    assert f'fill="{bg}"' in svg and f'fill="{fg}"' in svg
    badge = delegates.status_badge("review", "Prüfung")
    assert badge is not None and not badge.isNull() and badge.width() > badge.height() > 10
    assert delegates.status_badge("review", "Prüfung") is badge  # drawn once
