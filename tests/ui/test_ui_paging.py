"""The evidence list and the case time line read large cases page by page
(canFetchMore/fetchMore), like the case list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.services import audit as audit_service
from app.services import cases, evidence
from app.ui.tabs.evidence import EvidenceTab, EvidenceTableModel
from app.ui.tasks import TaskRunner
from app.ui.workspace import CaseWorkspace

N = 1001
pytestmark = pytest.mark.slow  # ~5 s to add 1,001 real evidence files per test


def _add_items(ctx: Any, ref: str, folder: Path) -> None:
    folder.mkdir()
    paths = []
    for i in range(N):
        p = folder / f"f{i:04d}.txt"
        p.write_text(f"item {i}\n", encoding="utf-8")
        paths.append(p)
    evidence.add_paths(ctx, ref, paths)


@pytest.fixture
def ref(ctx: Any, tmp_path: Path) -> str:
    r = cases.create_case(ctx, cases.NewCase(title="Big case", provider="P", subject="S")).reference
    _add_items(ctx, r, tmp_path / "items")
    return str(r)


@pytest.fixture
def runner() -> Any:
    r = TaskRunner(None)
    yield r
    r.shutdown()


def _services_read_pages(ctx: Any, ref: str) -> None:
    everything = evidence.list_evidence(ctx, ref)
    assert len(everything) == N
    page = evidence.list_evidence(ctx, ref, offset=200, limit=50)
    assert [r.id for r in page] == [r.id for r in everything[200:250]]
    assert [r.display_name for r in evidence.list_evidence(ctx, ref, name_contains="F0999")] == ["f0999.txt"]
    assert evidence.list_evidence(ctx, ref, name_contains="%") == []  # LIKE wildcards are literal
    s = evidence.evidence_summary(ctx, ref)
    assert s.count == N and s.total_bytes == sum(r.size for r in everything) and s.by_reference == 0
    events = audit_service.case_events(ctx, ref)
    newest = audit_service.case_events(ctx, ref, newest_first=True, offset=10, limit=5)
    assert [e.id for e in newest] == [e.id for e in reversed(events)][10:15]
    assert audit_service.case_event_count(ctx, ref) == len(events) > N


def test_evidence_list_loads_one_page_then_more(qtbot, qtmodeltester, ctx, ref, runner) -> None:  # type: ignore[no-untyped-def]
    _services_read_pages(ctx, ref)
    tab = EvidenceTab(ctx, ref, runner)
    qtbot.addWidget(tab)
    tab.resize(1100, 600)
    tab.show()
    assert runner.wait_idle()
    page = EvidenceTableModel.PAGE
    assert tab.model.rowCount() == page and tab.model.canFetchMore()
    assert tab.status.text().startswith(f"{N} item(s)")  # counted in SQL, not from the page
    with qtbot.waitSignal(tab.model.page_loaded):
        tab.model.fetchMore()
    assert tab.model.rowCount() == 2 * page
    names = [r.display_name for r in tab.model.records()]
    assert names == [f"f{i:04d}.txt" for i in range(2 * page)]  # the next page, in order, no repeats
    qtmodeltester.check(tab.model)  # the tester may ask for a page itself
    assert runner.wait_idle()
    while tab.model.canFetchMore():
        with qtbot.waitSignal(tab.model.page_loaded):
            tab.model.fetchMore()
    assert tab.model.rowCount() == N and not tab.model.canFetchMore()

    # the filter runs in SQL over every item, not only the loaded page
    tab.filter.setText("f0999")
    tab.refresh()
    assert runner.wait_idle()
    assert [r.display_name for r in tab.model.records()] == ["f0999.txt"]
    assert tab.status.text().startswith("1 item(s)")


def test_timeline_loads_one_page_then_older_events(qtbot, qtmodeltester, ctx, ref, runner) -> None:  # type: ignore[no-untyped-def]
    total = audit_service.case_event_count(ctx, ref)
    ws = CaseWorkspace(ctx, ref, runner)
    qtbot.addWidget(ws)
    assert runner.wait_idle()
    model = ws.timeline.model
    page = model.PAGE
    assert model.rowCount() == page and model.canFetchMore()
    assert ws.timeline.count.text() == f"{total} events, newest first"
    newest = [e.id for e in reversed(audit_service.case_events(ctx, ref))]
    with qtbot.waitSignal(model.page_loaded):
        model.fetchMore()
    assert model.rowCount() == 2 * page
    assert [model.event_at(i).id for i in range(2 * page)] == newest[: 2 * page]
    qtmodeltester.check(model)
    assert ws.overview.activity_model.rowCount() == 6
