"""Interface translations: German and French ship, placeholders survive."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from app.resources import resource_path
from app.ui import i18n
from app.ui.qt import Qt


@pytest.fixture
def german(qapp):  # type: ignore[no-untyped-def]
    assert i18n.install("de") == "de"
    yield
    i18n.install("en")


def test_main_window_in_german(german, ctx, make_case, qtbot):  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow

    make_case(title="Fall", status="intake")
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    assert w.runner.wait_idle()
    assert [a.text() for a in w.menuBar().actions()] == ["&Datei", "&Fall", "&Ansicht", "&Hilfe"]
    assert w.actions_by_name["new_case"].text() == "&Neuer Fall…"
    assert w.tabs.tabText(0) == "Fälle"
    model = w.case_list.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:2] == ["Aktenzeichen", "Titel"]
    assert model.index(0, 4).data() == "Eingang"
    ws = w.open_case(model.record(0).reference)
    assert w.runner.wait_idle()
    assert ws.tabs.tabText(0) == "Übersicht"
    assert ws.overview.transition_buttons[0].text() == "Prüfung beginnen"
    w.close()


def test_choose_language() -> None:
    assert i18n.choose_language("fr") == "fr"
    assert i18n.choose_language("xx") in i18n.SUPPORTED


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_catalogue_complete_and_placeholders_kept(lang: str) -> None:
    ts = resource_path("translations", f"exemptio_{lang}.ts")
    assert resource_path("translations", f"exemptio_{lang}.qm").exists()
    root = ET.parse(ts).getroot()
    ours = {
        "MainWindow",
        "CaseListPage",
        "OverviewPage",
        "Labels",
        "CaseTableModel",
        "DashboardPage",
        "SettingsDialog",
        "NewCaseDialog",
        "CommandPalette",
        "TimelineModel",
        "TaskRunner",
    }
    seen = set()
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            src, tr = m.findtext("source") or "", m.find("translation")
            if name in ours:
                seen.add(name)
                assert tr is not None and tr.get("type") != "unfinished" and tr.text, (name, src)
            if tr is not None and tr.text:
                assert sorted(re.findall(r"%\d", src)) == sorted(re.findall(r"%\d", tr.text)), src
    assert seen == ours


def test_days_left_column_fits_its_german_text(german, ctx, make_case, qtbot):  # type: ignore[no-untyped-def]
    from app.services import cases
    from app.ui.main_window import MainWindow
    from app.ui.models.case_table import COLUMN_KEYS

    rec = make_case(title="Fall", status="intake")
    cases.stop_clock(ctx, rec.reference, reason="Warten auf den Anbieter")
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    assert w.runner.wait_idle()
    col = COLUMN_KEYS.index("remaining")
    text = w.case_list.model.index(0, col).data()
    assert "angehalten" in text
    assert w.case_list.view.columnWidth(col) >= w.case_list.view.fontMetrics().horizontalAdvance(text) + 8
