"""A tab module that fails to import is logged and the placeholder says why."""

from __future__ import annotations

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
    tab = LazyTab("evidence", module, "EvidenceTab", lambda k: k(), "The evidence tab is not installed.")
    qtbot.addWidget(tab)
    return tab


def test_broken_import_is_logged_and_shown(qtbot, caplog, broken_module) -> None:  # type: ignore[no-untyped-def]
    tab = _build(qtbot, broken_module)
    with caplog.at_level(logging.ERROR, logger="exemptio.ui.workspace"):
        widget: QWidget = tab.ensure()
    assert isinstance(widget, QLabel)
    assert "exemptio_dependency_that_is_not_there" in widget.text()
    assert "not installed" not in widget.text()
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors and errors[0].exc_info is not None
    assert "exemptio_dependency_that_is_not_there" in str(errors[0].exc_info[1])


def test_a_module_that_is_not_there_keeps_the_missing_placeholder(qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = _build(qtbot, "app.ui.tabs.exemptio_no_such_tab")
    widget = tab.ensure()
    assert isinstance(widget, QLabel) and widget.text() == "The evidence tab is not installed."
