"""A tab module that fails to import is logged and the placeholder says why."""

from __future__ import annotations

import importlib
import logging
import sys
from pathlib import Path
from typing import Any

import pytest

from app.ui.qt import QLabel, QWidget
from app.ui.workspace import LazyTab


@pytest.fixture
def broken_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    (tmp_path / "exemptio_broken_tab.py").write_text(
        "import exemptio_dependency_that_is_not_there\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "exemptio_broken_tab", raising=False)
    return "exemptio_broken_tab"


def _build(qtbot: Any, module: str) -> LazyTab:
    def load() -> type:
        cls: type = importlib.import_module(module).EvidenceTab
        return cls

    tab = LazyTab("evidence", load, lambda k: k())
    qtbot.addWidget(tab)
    return tab


def test_broken_import_is_logged_and_shown(qtbot, caplog, broken_module) -> None:  # type: ignore[no-untyped-def]
    tab = _build(qtbot, broken_module)
    with caplog.at_level(logging.ERROR, logger="exemptio.ui.workspace"):
        widget: QWidget = tab.ensure()
    assert isinstance(widget, QLabel)
    assert "exemptio_dependency_that_is_not_there" in widget.text()
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors and errors[0].exc_info is not None
    assert "exemptio_dependency_that_is_not_there" in str(errors[0].exc_info[1])


def test_a_tab_that_fails_to_build_says_why_and_the_workspace_stays(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    def build(_cls: type) -> QWidget:
        raise RuntimeError("the tab's first query failed")

    tab = LazyTab("letters", lambda: QWidget, build)
    qtbot.addWidget(tab)
    with caplog.at_level(logging.ERROR, logger="exemptio.ui.workspace"):
        widget = tab.ensure()
    assert isinstance(widget, QLabel) and "the tab's first query failed" in widget.text()
    assert tab.ensure() is widget  # built once


def test_the_workspace_builds_each_area_tab_when_first_shown(qtbot, ctx, make_case) -> None:  # type: ignore[no-untyped-def]
    from app.ui.tabs.evidence import EvidenceTab
    from app.ui.tasks import TaskRunner
    from app.ui.workspace import CaseWorkspace

    runner = TaskRunner(None)
    ws = CaseWorkspace(ctx, make_case().reference, runner)
    qtbot.addWidget(ws)
    assert all(t.inner is None for t in ws.area_tabs.values())
    ws.show_tab("evidence")
    assert isinstance(ws.area_tabs["evidence"].inner, EvidenceTab)
    assert ws.area_tabs["letters"].inner is None
    assert runner.wait_idle()
    runner.shutdown()
