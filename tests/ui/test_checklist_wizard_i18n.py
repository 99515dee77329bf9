"""The checklist wizard shows the questions in the interface language."""

from __future__ import annotations

import pytest

from app.ui import i18n
from app.ui.qt import QLabel, QTreeWidgetItemIterator
from app.ui.tabs.checklist import ChecklistTab, PickEditor
from app.ui.tasks import TaskRunner
from tests.ui.helpers import checklist_tab, new_case


@pytest.fixture
def german(qapp):  # type: ignore[no-untyped-def]
    assert i18n.install("de") == "de"
    assert i18n.current_language() == "de"
    yield
    i18n.install("en")
    assert i18n.current_language() == "en"


def open_tab(qtbot, ctx, runner: TaskRunner) -> ChecklistTab:  # type: ignore[no-untyped-def]
    return checklist_tab(qtbot, ctx, new_case(ctx), runner)


def tree_texts(tab: ChecklistTab) -> list[str]:
    out = []
    it = QTreeWidgetItemIterator(tab.tree)
    while it.value() is not None:
        out.append(it.value().text(0))
        it += 1
    return out


def test_wizard_in_german(german, ctx, qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, ctx, runner)
    page = tab.page
    assert page is not None and page.item.id == "A1"
    question = page.findChild(QLabel, "questionText")
    assert question is not None and question.text() == (
        "Betrifft der Fall ein KI-Modell mit allgemeinem Verwendungszweck, ein KI-System oder beides?"
    )
    assert page.help.text().startswith("Ein Modell (herunterladbare Gewichte)")
    assert isinstance(page.editor, PickEditor)
    labels = [page.editor.combo.itemText(i) for i in range(page.editor.combo.count())]
    assert "Ein KI-Modell mit allgemeinem Verwendungszweck" in labels
    assert "Einstufung" in tree_texts(tab)
    assert tab.defn is not None and (tab.defn.id, tab.defn.version) == ("ai-act-oss", "2025.07")


def test_wizard_in_english_by_default(ctx, qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    assert i18n.current_language() == "en"
    tab = open_tab(qtbot, ctx, runner)
    assert tab.page is not None
    assert tab.page.question.text().startswith("Is the case about a general-purpose AI model")


def test_german_page_has_no_english_left(german, ctx, qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    """The header, the legal basis in the German citation form, a suggested "no"."""
    tab = open_tab(qtbot, ctx, runner)
    page = tab.page
    assert page is not None
    header = page.findChild(QLabel, "pageHeader")
    assert header is not None and "Question" not in header.text() and "Frage 1 von " in header.text()
    basis = page.basis.text()
    assert "Art. 2 Abs. 12" in basis and "Leitlinien" in basis and "Guidelines" not in basis
    page.set_suggestion("no", "", "")
    assert "Nein" in page.suggestion_text.text() and ": no" not in page.suggestion_text.text()


def test_flop_figures_use_the_language_decimal_separator(german) -> None:  # type: ignore[no-untyped-def]
    from app.ui.tabs.checklist import _flop

    assert _flop(7.2e23) == "7,2 × 10²³"
