"""The screening's candidate clauses on a checklist question: listed strongest first, Accept
puts the finding in the answer, Reject needs a reason and writes it into the answer's note
(real QuestionPage widgets, a real screening of a text written for this test)."""

from __future__ import annotations

from app.domain import licence_screen as ls
from app.services import checklist as svc
from app.ui.tabs.checklist import QuestionPage
from app.ui.tabs.checklist_candidates import CandidatesPanel, attach, candidates_for

TERMS = (
    "ACME Model Licence\n\n"
    "You may use the Model for non-commercial research purposes only.\n"
    "We may terminate this licence at any time for any reason.\n"
    "This licence does not apply in the European Union.\n\n"
    "Use restrictions\n\nYou agree not to use the Model:\n- to build weapons;\n- for mass surveillance.\n"
)


def page_for(qtbot, qid: str) -> QuestionPage:  # type: ignore[no-untyped-def]
    defn = svc.load_definition()
    page = QuestionPage(defn, defn.item(qid), (1, 1), [])
    qtbot.addWidget(page)
    return page


def test_flags_accepted_and_rejected_with_a_reason(qtbot) -> None:  # type: ignore[no-untyped-def]
    doc = ls.screen_texts([("TERMS.txt", TERMS)])
    page = page_for(qtbot, "M3f")
    panel = attach(page, doc)
    assert isinstance(panel, CandidatesPanel)
    flags = [c["flag"] for c in panel.candidates]
    assert flags[:2] == ["non_commercial", "unilateral_stop"]  # strong ones first, in checklist order
    assert panel.table.rowCount() == len(candidates_for(doc, "M3f"))
    with qtbot.waitSignal(panel.accepted):
        panel.table.selectRow(0)
        panel.accept_btn.click()
    assert page.editor.value() == ["non_commercial"]
    panel.table.selectRow(1)
    panel.reject_btn.click()  # no reason: refused, nothing written
    assert page.note.toPlainText() == "" and "reason" in panel.message.text()
    panel.reason.setText("the licensor's termination needs a court order under the governing law")
    with qtbot.waitSignal(panel.rejected):
        panel.reject_btn.click()
    note = page.note.toPlainText()
    assert note.startswith("Rejected screening candidate unilateral_stop (TERMS.txt:4)")
    assert note.endswith("needs a court order under the governing law")
    assert page.editor.value() == ["non_commercial"]


def test_restrictions_and_access_candidates_go_to_their_questions(qtbot) -> None:  # type: ignore[no-untyped-def]
    doc = ls.screen_texts([("TERMS.txt", TERMS)])
    m4 = page_for(qtbot, "M4")
    panel = attach(m4, doc)
    assert panel is not None and [c["flag"] for c in panel.candidates] == ["restriction", "restriction"]
    panel.table.selectRow(1)
    panel.accept_btn.click()
    (row,) = m4.editor.value()
    assert row["text"] == "for mass surveillance." and row["source"] == "TERMS.txt:11"
    m2a = page_for(qtbot, "M2a")
    panel = attach(m2a, doc)
    assert panel is not None
    panel.accept_btn.click()  # the first row is selected from the start
    assert m2a.editor.value() == ["geographic_exclusion"]
    assert attach(page_for(qtbot, "M5"), doc) is None  # no candidates: no panel


def test_screening_again_replaces_the_list(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = page_for(qtbot, "M3f")
    attach(page, ls.screen_texts([("TERMS.txt", TERMS)]))
    attach(
        page,
        ls.screen_texts([("OTHER.txt", "Terms\n\nThe model may not be used for any commercial purpose.\n")]),
    )
    qtbot.wait(0)
    panels = [p for p in page.findChildren(CandidatesPanel) if p.parent() is not None]
    assert len(panels) == 1 and panels[0].candidates[0]["source"] == "OTHER.txt:3"


def test_the_checklist_tab_shows_candidates_after_screening(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from app.ui.tasks import TaskRunner
    from tests.ui.helpers import checklist_tab, new_case

    runner = TaskRunner(None)
    try:
        ref = new_case(ctx, subject="ACME 7B", title="ACME claim", provider="ACME Ltd")
        tab = checklist_tab(qtbot, ctx, ref, runner, size=None)
        tab._apply_elsewhere("A1", "model")  # the model track: M questions are asked
        assert runner.wait_idle()
        tab.apply_screening(ls.screen_texts([("TERMS.txt", TERMS)]))
        tab.go_to("M3f")
        assert tab.page is not None and tab.page.item.id == "M3f"
        panels = [p for p in tab.page.findChildren(CandidatesPanel) if p.parent() is not None]
        assert len(panels) == 1 and panels[0].candidates[0]["flag"] == "non_commercial"
        tab.go_to("M5")
        assert tab.page.findChildren(CandidatesPanel) == []
    finally:
        runner.shutdown()
