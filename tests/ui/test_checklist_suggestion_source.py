"""A screened suggestion names the evidence file and quotes the line it came from (issue 15
item 7): a "no" found in a policy text is not shown as coming from the Apache-2.0 licence."""

from __future__ import annotations

from pathlib import Path

from app.domain import licence_screen as ls
from app.ui.tasks import TaskRunner
from tests.ui.helpers import checklist_tab, new_case

APACHE = (Path(__file__).resolve().parent.parent / "data" / "licences" / "apache-2.0.txt").read_text("utf-8")
POLICY = "Acceptable use\n\nYou shall not use outputs of the Model to train any other model.\n"


def test_suggestion_names_the_file_and_quotes_the_line(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner(None)
    try:
        ref = new_case(ctx, subject="ACME 7B", title="ACME claim", provider="ACME Ltd")
        tab = checklist_tab(qtbot, ctx, ref, runner, size=None)
        tab._apply_elsewhere("A1", "model")
        assert runner.wait_idle()
        tab.apply_screening(ls.screen_texts([("LICENSE", APACHE), ("USE-POLICY.md", POLICY)]))
        tab.go_to("M3")
        assert tab.page is not None and tab.page.item.id == "M3"
        assert tab.page.suggestion_box.isVisible()
        shown = tab.page.suggestion_text.text()
        assert (
            'USE-POLICY.md, line 3: "You shall not use outputs of the Model to train any other model."'
            in (shown.replace("&quot;", '"'))
        )
        assert "licence Apache-2.0" not in shown
        tab.go_to("M5")  # a profile answer rests on the line where Apache-2.0 was recognised
        assert tab.page is not None and "LICENSE, line " in tab.page.suggestion_text.text()
    finally:
        runner.shutdown()
