"""Every "&" in a label is a working mnemonic: the label has a buddy, so Alt+letter
moves to its field and no literal "&" is shown (issue 15 item 3)."""

from __future__ import annotations

import re
from typing import Any

from app.ui.qt import QLabel


def _orphans(widget: Any) -> list[str]:
    return [
        x.text()
        for x in widget.findChildren(QLabel)
        if re.search(r"&(?!&)\w", x.text()) and x.buddy() is None
    ]


def test_dialog_labels_with_a_mnemonic_have_a_buddy(window, make_case, qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from app.ui.dialogs.case_dialogs import AssignDialog, DecisionDialog, DueDateDialog, EditCaseDialog
    from app.ui.dialogs.settings import SettingsDialog
    from app.ui.dialogs.welcome import WelcomeDialog
    from app.ui.tabs.evidence import IntakeDialog
    from app.ui.tabs.letters import IssueDialog, VerifyDialog

    dialogs = [
        window.new_case(),
        AssignDialog(window, None, ["A"]),
        DecisionDialog(window, "AIO-2026-0001", "—"),
        DueDateDialog(window, None),
        EditCaseDialog(window, "t", "n"),
        IntakeDialog(["/x/a"], 1, window),
        IssueDialog("", "AI Office", window),
        VerifyDialog(window.runner, window),
        SettingsDialog(ctx, window),
        WelcomeDialog(ctx, window),
    ]
    found = {type(d).__name__: _orphans(d) for d in dialogs}
    assert {k: v for k, v in found.items() if v} == {}
    for d in dialogs:
        d.deleteLater()
