"""The dashboard shows each officer's open cases; Enter on a row filters the list
to that officer; outcome colours are told apart."""

from __future__ import annotations

from typing import Any

from app.ui.labels import OUTCOME_COLOURS
from app.ui.qt import QColor, Qt


def test_workload_by_officer_and_enter_filters(window, make_case, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.services import roles

    roles.set_officer(window.ctx, "ŚMISZEK Ewa", "officer")
    make_case(officer="ŚMISZEK Ewa", due_in=-2, status="intake")  # overdue
    make_case(officer="ŚMISZEK Ewa", due_in=20)
    make_case(officer=None)
    make_case(officer="ŚMISZEK Ewa", status="decided")  # not open: not counted
    window.show_dashboard()
    d = window.dashboard
    with qtbot.waitSignal(d.workload_loaded, timeout=10_000):
        d.refresh()
    table = d.workload
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert rows[0] == ["ŚMISZEK Ewa", "2", "1", "0", "0"]
    assert ["Unassigned", "1", "0", "0", "0"] in rows
    table.setFocus()
    table.setCurrentCell(0, 0)
    chosen: list[Any] = []
    window.case_list.model.reloaded.connect(lambda: chosen.append(True))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.runner.wait_idle()
    assert window.tabs.currentWidget() is window.case_list
    assert window.case_list.model.case_filter.assigned == "ŚMISZEK Ewa"


def test_outcome_colours_are_told_apart() -> None:
    colours = [QColor(c) for c in OUTCOME_COLOURS.values()]
    for i, a in enumerate(colours):
        for b in colours[i + 1 :]:
            d = ((a.red() - b.red()) ** 2 + (a.green() - b.green()) ** 2 + (a.blue() - b.blue()) ** 2) ** 0.5
            assert d > 60, (a.name(), b.name())
