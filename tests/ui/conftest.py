"""Fixtures for the GUI tests: a main window over a fresh database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def _no_dialog_outlives_its_test(qapp: Any) -> Iterator[None]:  # noqa: PT004
    """A dialog a test left open (a result box, say) must not be the next test's modal widget."""
    yield
    from app.ui.qt import QApplication, QDialog

    for w in QApplication.topLevelWidgets():
        if isinstance(w, QDialog) and w.isVisible():
            w.close()


@pytest.fixture
def runner() -> Iterator[Any]:
    """A TaskRunner of its own (no window), shut down after the test."""
    from app.ui.tasks import TaskRunner

    r = TaskRunner(None)
    yield r
    r.shutdown()


@pytest.fixture
def make_case(ctx: Any):  # type: ignore[no-untyped-def]
    from app.services import cases

    def make(
        title: str = "Llama 3.1 open-source claim",
        provider: str = "Meta Platforms Ireland Ltd",
        subject: str = "Llama 3.1 8B",
        officer: str | None = "Test Officer",
        due_in: int = 30,
        notes: str = "",
        status: str | None = None,
    ) -> Any:
        if officer and officer != "Test Officer":  # assignees must be recorded officers
            from app.services import roles

            if officer not in cases.officers(ctx):
                roles.set_officer(ctx, officer, "officer")
        rec = cases.create_case(
            ctx,
            cases.NewCase(
                title=title,
                provider=provider,
                subject=subject,
                officer=officer,
                notes=notes,
                due_date=dt.date.today() + dt.timedelta(days=due_in),
            ),
        )
        path = ["intake", "assessment", "review", "decided", "closed"]
        if status and status != "draft":
            for step in path[: path.index(status) + 1]:
                reason = ""
                if step == "decided":  # a decision needs an assessed outcome (and here a reason)
                    from app.services import checklist as cl

                    st = cl.get_state(ctx, rec.reference)
                    cl.save_answer(
                        ctx,
                        rec.reference,
                        "A1",
                        {"value": "model"},
                        checklist_id=st.checklist_id,
                        version=st.version,
                    )
                    reason = "Decided for the test without a letter."
                rec = cases.transition(ctx, rec.reference, step, reason=reason)
        return rec

    return make


@pytest.fixture
def window(ctx: Any, qtbot: Any) -> Iterator[Any]:
    from app.ui.main_window import MainWindow

    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1300, 800)
    w.show()
    assert w.runner.wait_idle()
    yield w
    w.runner.shutdown()
