"""Behaviour the issue-17 moves must keep (found in review of the split commits)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import cases, evidence
from app.ui import message_box
from app.ui.tabs.evidence import EvidenceTab
from app.ui.tasks import TaskRunner


@pytest.fixture
def ref(ctx) -> str:  # type: ignore[no-untyped-def]
    return cases.create_case(ctx, cases.NewCase(title="T", provider="P", subject="S")).reference


def test_refused_intake_without_dialog_uses_the_runners_presenter(qtbot, ctx, ref, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An intake refused with no intake dialog to show it in is reported like every
    other background failure: the error box, ``runner.error_shown`` and
    ``runner.last_error`` (before the split: ``runner.report``)."""
    runner = TaskRunner(None)
    tab = EvidenceTab(ctx, ref, runner)
    qtbot.addWidget(tab)
    tab.show()
    assert runner.wait_idle()
    shown: list[str] = []
    runner.error_shown.connect(shown.append)
    before = set(message_box.open_boxes())
    tab.add_paths([str(tmp_path / "no-such-file.txt")])
    assert runner.wait_idle()
    assert len(shown) == 1 and shown[0]
    assert runner.last_error is not None
    boxes = [b for b in message_box.open_boxes() if b not in before]
    assert [b.text() for b in boxes] == shown
    assert evidence.list_evidence(ctx, ref) == []
    for b in boxes:
        b.close()
    runner.shutdown()
