"""Helpers the GUI tests share: a widget shown and settled, a case to open, the tabs
of one case. Fixtures are in conftest.py (``runner``, ``window``, ``make_case``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def shown(qtbot: Any, widget: Any, runner: Any, size: tuple[int, int] | None = None) -> Any:
    """``widget`` on screen (offscreen), its first background reads done."""
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    widget.show()
    assert runner.wait_idle()
    return widget


def new_case(
    ctx: Any,
    kind: str = "model",
    subject: str = "Llama 3 8B",
    *,
    title: str | None = None,
    provider: str = "Meta Platforms Ireland Ltd",
) -> str:
    """A new case's reference (its title: "<subject> claim" unless given)."""
    from app.services import cases

    nc = cases.NewCase(
        title=title or f"{subject} claim", provider=provider, subject=subject, subject_kind=kind
    )
    return str(cases.create_case(ctx, nc).reference)


def checklist_tab(
    qtbot: Any, ctx: Any, ref: str, runner: Any, size: tuple[int, int] | None = (1280, 760)
) -> Any:
    """The case's Checklist tab, shown, on its first question."""
    from app.ui.tabs.checklist import ChecklistTab

    tab = shown(qtbot, ChecklistTab(ctx, ref, runner), runner, size)
    assert tab.page is not None
    return tab


def evidence_tab(qtbot: Any, ctx: Any, ref: str) -> Iterator[Any]:
    """For a fixture (``yield from``): the case's Evidence tab, shown, with its own runner."""
    from app.ui.tabs.evidence import EvidenceTab
    from app.ui.tasks import TaskRunner

    runner = TaskRunner(None)
    try:
        yield shown(qtbot, EvidenceTab(ctx, ref, runner), runner, (1100, 600))
    finally:
        runner.shutdown()


def assert_welcome_only_on_first_run(ctx: Any, show: Any, welcomes: Any) -> None:
    """``show()`` opens no welcome dialog once the first run is done, and one before
    (``welcomes()``: those on screen), which is then rejected (skipped)."""
    ctx.settings.first_run_done = True
    show()
    assert welcomes() == []
    ctx.settings.first_run_done = False
    show()
    on_screen = welcomes()
    assert len(on_screen) == 1
    on_screen[0].reject()
