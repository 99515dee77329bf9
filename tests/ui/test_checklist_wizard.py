"""The checklist wizard driven end to end with real widgets (pytest-qt, offscreen)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.services import cases, evidence
from app.services import checklist as svc
from app.ui.qt import QComboBox, Qt
from app.ui.tabs.checklist import ChecklistTab, FlagsEditor, NumberEditor, PickEditor, RestrictionsEditor
from db import audit
from db.uow import unit_of_work
from tests.ui.helpers import checklist_tab, new_case

DATA = Path(__file__).resolve().parent.parent / "data" / "licences"


def at(tab: ChecklistTab) -> str:
    assert tab.page is not None
    return tab.page.item.id


def next_page(qtbot, tab: ChecklistTab) -> str:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(tab.next_btn, Qt.MouseButton.LeftButton)
    return at(tab)


def advance_to(qtbot, tab: ChecklistTab, iid: str) -> None:  # type: ignore[no-untyped-def]
    for _ in range(40):
        if at(tab) == iid:
            return
        next_page(qtbot, tab)
    raise AssertionError(f"never reached {iid}; at {at(tab)}")


def choose(qtbot, tab: ChecklistTab, value: str) -> None:  # type: ignore[no-untyped-def]
    assert tab.page is not None
    qtbot.mouseClick(tab.page.editor.buttons[value], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]


def accept(qtbot, tab: ChecklistTab) -> None:  # type: ignore[no-untyped-def]
    assert tab.page is not None and not tab.page.suggestion_box.isHidden(), f"no suggestion on {at(tab)}"
    qtbot.mouseClick(tab.page.accept_btn, Qt.MouseButton.LeftButton)


def tick_flags(tab: ChecklistTab, flags: list[str]) -> None:
    assert tab.page is not None
    ed = tab.page.editor
    assert isinstance(ed, FlagsEditor)
    ed.unknown.setChecked(False)
    for f in flags:
        ed.boxes[f].setChecked(True)


def documentation_pages(qtbot, tab: ChecklistTab) -> None:  # type: ignore[no-untyped-def]
    """M7 to M10 (the documentation questions), answered as the test cases here do."""
    assert next_page(qtbot, tab) == "M7"
    tick_flags(tab, [])
    for iid in ("M8", "M9"):
        assert next_page(qtbot, tab) == iid
        choose(qtbot, tab, "yes")
    assert next_page(qtbot, tab) == "M10"
    tick_flags(tab, ["modalities", "capabilities_limitations", "integration_means", "configuration"])


def outcome_text(tab: ChecklistTab) -> str:
    return tab.outcome_view.text().replace("\u200b", "")


def test_llama3_8b_like_case_to_not_exempt(qtbot, ctx, runner) -> None:  # type: ignore[no-untyped-def]
    ref = new_case(ctx)
    tab = checklist_tab(qtbot, ctx, ref, runner)
    assert at(tab) == "A1" and not tab.back_btn.isEnabled()
    assert "Answer A1" in outcome_text(tab)
    accept(qtbot, tab)  # suggestion from the case's subject kind: model
    assert isinstance(tab.page.editor, PickEditor) and tab.page.editor.value() == "model"  # type: ignore[union-attr]
    assert "Model: Art. 53(2), 54(6)" in outcome_text(tab)

    assert next_page(qtbot, tab) == "A2"
    assert tab.compute_helper is not None
    qtbot.keyClicks(tab.compute_helper.p, "8e9")
    qtbot.keyClicks(tab.compute_helper.d, "15e12")
    assert "7.2 × 10²³" in tab.compute_helper.result.text()
    assert "±30%" in tab.compute_helper.result.text()
    qtbot.mouseClick(tab.compute_helper.use_pd_btn, Qt.MouseButton.LeftButton)
    assert "7.2 × 10²³" in outcome_text(tab) and "not presumed" in outcome_text(tab)

    assert next_page(qtbot, tab) == "A2a"  # A2 left empty: the architecture estimate is asked
    assert tab.page.editor.value() == {"P": 8e9, "D": 15e12}  # type: ignore[union-attr]
    assert next_page(qtbot, tab) == "A3"  # A2b not asked once A2a is answered
    choose(qtbot, tab, "yes")
    assert next_page(qtbot, tab) == "A4"
    choose(qtbot, tab, "no")
    advance_to(qtbot, tab, "M1")
    combo = tab.page.editor.combo  # type: ignore[union-attr]
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("LicenseRef-Meta-Llama-3-Community-License"))
    assert next_page(qtbot, tab) == "M2"
    assert "Licence knowledge base" in tab.page.suggestion_text.text()  # type: ignore[union-attr]
    accept(qtbot, tab)
    for iid in ("M2a", "M3", "M3f"):
        assert next_page(qtbot, tab) == iid
        accept(qtbot, tab)
    assert tab.page.editor.value() == ["user_threshold", "commercial_licence_required", "output_training_ban"]  # type: ignore[union-attr]
    assert "Not exempt" in outcome_text(tab)
    assert next_page(qtbot, tab) == "M4"
    restrictions = tab.page.editor  # type: ignore[union-attr]
    assert isinstance(restrictions, RestrictionsEditor)
    accept(qtbot, tab)  # headline AUP restrictions, to be judged
    assert restrictions.table.rowCount() == 3
    restrictions.judge(0, "specific", "no")
    for iid in ("M5", "M6", "M6a"):
        assert next_page(qtbot, tab) == iid
        accept(qtbot, tab)
    documentation_pages(qtbot, tab)
    assert next_page(qtbot, tab) == "K1"
    assert next_page(qtbot, tab) == "K2"
    choose(qtbot, tab, "no")
    qtbot.mouseClick(tab.save_btn, Qt.MouseButton.LeftButton)
    assert runner.wait_idle()

    text = outcome_text(tab)
    assert "Not exempt" in text
    for g in ("licence_use:user_threshold", "licence_use:output_training_ban", "licence_use_restriction"):
        assert g in text
    assert "53(1)(a)" in text and "breach_53_1_d" in text
    # the placing-on-market date is not known: no compliance deadline is shown (issue 15 item 7)
    assert "2025-08-02" not in text and "2027-08-02" not in text

    st = svc.get_state(ctx, ref)
    assert st.outcome["track_m"]["outcome"] == "not_exempt"
    assert st.answers["A2a"].value == {"P": 8e9, "D": 15e12}
    assert st.answers["M4"].value[0]["specific"] == "no"
    assert cases.get_case(ctx, ref).outcome_label == "not_exempt"
    with unit_of_work(ctx.engine, readonly=True) as s:
        actions = [e.action for e in audit.events(s, case_ref=ref)]
    assert actions.count("checklist.answered") == len(st.answers)
    assert tab.status.text() == "Saved"


def test_apache_model_to_partially_exempt_with_screening(qtbot, ctx, runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ref = new_case(ctx, subject="Mistral 7B")
    sha = evidence.add_paths(ctx, ref, [DATA / "apache-2.0.txt"]).items[0].sha256
    tab = checklist_tab(qtbot, ctx, ref, runner)
    accept(qtbot, tab)
    assert next_page(qtbot, tab) == "A2"
    qtbot.keyClicks(tab.page.editor.edit, "1.3e24")  # type: ignore[union-attr]
    assert "1.3 × 10²⁴" in tab.page.editor.shown.text()  # type: ignore[union-attr]
    assert next_page(qtbot, tab) == "A3"
    choose(qtbot, tab, "yes")
    advance_to(qtbot, tab, "M1")
    tab.screen_files([str(DATA / "apache-2.0.txt")])
    assert runner.wait_idle()
    accept(qtbot, tab)
    assert tab.page.editor.value() == "Apache-2.0"  # type: ignore[union-attr]
    ev = tab.page.evidence  # type: ignore[union-attr]
    assert ev.count() == 1 and ev.item(0).data(Qt.ItemDataRole.UserRole) == sha
    ev.item(0).setCheckState(Qt.CheckState.Checked)
    tab.page.note.setPlainText("LICENSE lines 1-3")  # type: ignore[union-attr]
    for iid in ("M2", "M2a", "M3", "M3f", "M4", "M5", "M6", "M6a"):
        assert next_page(qtbot, tab) == iid
        assert "Licence screening" in tab.page.suggestion_text.text() or iid in ("M2",)  # type: ignore[union-attr]
        accept(qtbot, tab)
    documentation_pages(qtbot, tab)
    assert "Partially exempt" in outcome_text(tab)
    tab.save()
    assert runner.wait_idle()
    st = svc.get_state(ctx, ref)
    assert st.outcome["track_m"]["outcome"] == "partially_exempt"
    assert st.answers["M1"].evidence == (sha,) and st.answers["M1"].note == "LICENSE lines 1-3"
    assert "Art. 53(1)(c) copyright policy" in outcome_text(tab)
    assert "Art. 53(1)(a) technical documentation" not in outcome_text(tab)  # waived


def test_keyboard_navigation_and_resume(qtbot, ctx, runner) -> None:  # type: ignore[no-untyped-def]
    ref = new_case(ctx, kind="system", subject="Chat app")
    tab = checklist_tab(qtbot, ctx, ref, runner)
    accept(qtbot, tab)
    tab.activateWindow()
    qtbot.waitUntil(lambda: tab.isActiveWindow(), timeout=2000)
    qtbot.keyClick(tab.page.editor, Qt.Key.Key_PageDown)  # type: ignore[union-attr]
    assert at(tab) == "S1"
    choose(qtbot, tab, "yes")
    qtbot.keyClick(tab.page.editor, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # type: ignore[union-attr]
    assert at(tab) == "S2"
    qtbot.keyClick(tab.page.editor, Qt.Key.Key_PageUp)  # type: ignore[union-attr]
    assert at(tab) == "S1"
    assert runner.wait_idle()
    assert svc.get_state(ctx, ref).answers["S1"].value == "yes"
    # a new tab on the same case resumes at the first unanswered question
    tab2 = checklist_tab(qtbot, ctx, ref, runner)
    assert at(tab2) == "S2"
    assert [tab2.tree.topLevelItem(i).text(0) for i in range(tab2.tree.topLevelItemCount())][:2] == [
        "Classification", "AI system (Art. 2(12))"]  # fmt: skip


def test_invalid_value_blocks_next(qtbot, ctx, runner) -> None:  # type: ignore[no-untyped-def]
    ref = new_case(ctx)
    tab = checklist_tab(qtbot, ctx, ref, runner)
    accept(qtbot, tab)
    next_page(qtbot, tab)
    ed = tab.page.editor  # type: ignore[union-attr]
    assert isinstance(ed, NumberEditor)
    qtbot.keyClicks(ed.edit, "lots")
    assert next_page(qtbot, tab) == "A2"
    assert tab.page.error.isVisible() and "not a number" in tab.page.error.text()  # type: ignore[union-attr]
    ed.edit.setText("3.8×10^25")
    assert not tab.page.error.isVisible()  # type: ignore[union-attr]
    assert "Not exempt: systemic risk" in outcome_text(tab)
    assert next_page(qtbot, tab) == "A3"


def test_decided_case_is_read_only(qtbot, ctx, runner, make_case) -> None:  # type: ignore[no-untyped-def]
    ref = make_case(status="decided").reference  # decided with A1 answered (an outcome)
    before = {k: v.value for k, v in svc.get_state(ctx, ref).answers.items()}
    tab = checklist_tab(qtbot, ctx, ref, runner)
    assert not tab.save_btn.isEnabled() and "read-only" in tab.status.text()
    assert at(tab) == "A2" and tab.page is not None
    qtbot.keyClicks(tab.page.editor.edit, "3e25")  # type: ignore[attr-defined]  # typing is not saved
    next_page(qtbot, tab)
    assert runner.wait_idle()
    assert {k: v.value for k, v in svc.get_state(ctx, ref).answers.items()} == before


def test_tab_through_the_workspace_factory(qtbot, ctx, runner) -> None:  # type: ignore[no-untyped-def]
    import importlib

    mod: Any = importlib.import_module("app.ui.tabs.checklist")
    ref = new_case(ctx)
    tab = mod.ChecklistTab(ctx, ref, runner, None)
    qtbot.addWidget(tab)
    assert runner.wait_idle()
    assert hasattr(tab, "refresh") and hasattr(tab, "changed")
    with qtbot.waitSignal(tab.changed, timeout=5000):
        accept(qtbot, tab)
        tab.save()


def test_broken_definition_stops_the_wizard(qtbot, ctx, runner, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import json
    import shutil

    from app.resources import resource_path

    root = tmp_path / "checklists"
    shutil.copytree(resource_path("checklists"), root)
    path = root / "ai-act-oss" / "2025.07.json"
    doc = json.loads(path.read_text("utf-8"))
    doc["items"][0]["kind"] = "slider"
    path.write_text(json.dumps(doc), "utf-8")
    monkeypatch.setenv("EXEMPTIO_CHECKLIST_DIR", str(root))
    ref = new_case(ctx)
    tab = ChecklistTab(ctx, ref, runner)
    qtbot.addWidget(tab)
    assert runner.wait_idle()
    assert tab.page is None and not tab.next_btn.isEnabled()
    assert "invalid at items/0/kind" in tab.status.text()


def test_model_inspection_facts_become_suggestions(qtbot, ctx, runner) -> None:  # type: ignore[no-untyped-def]
    ref = new_case(ctx, subject="Llama 3.1 8B")
    evidence.apply_subject(
        ctx,
        ref,
        evidence.SubjectProposal(
            name="Llama 3.1 8B", parameters=8_030_261_248, architecture="LlamaForCausalLM", licence="llama3.1"
        ),  # fmt: skip
    )
    tab = checklist_tab(qtbot, ctx, ref, runner)
    accept(qtbot, tab)
    assert next_page(qtbot, tab) == "A2"
    assert tab.compute_helper is not None and tab.compute_helper.p.text() == "8030261248"
    advance_to(qtbot, tab, "M1")
    assert "Model inspection" in tab.page.suggestion_text.text()  # type: ignore[union-attr]
    accept(qtbot, tab)
    assert tab.page.editor.value() == "LicenseRef-scancode-llama-3.1-license-2024"  # type: ignore[union-attr]
    advance_to(qtbot, tab, "M9")
    assert "LlamaForCausalLM" in tab.page.suggestion_text.text()  # type: ignore[union-attr]
    accept(qtbot, tab)
    assert tab.page.editor.value() == "yes"  # type: ignore[union-attr]


def test_evidence_attached_later_appears_when_the_tab_is_shown_again(qtbot, ctx, runner) -> None:  # type: ignore[no-untyped-def]
    ref = new_case(ctx)
    tab = checklist_tab(qtbot, ctx, ref, runner)
    accept(qtbot, tab)  # a pending, unsaved answer survives the reload
    assert tab.page.evidence.item(0).flags() == Qt.ItemFlag.NoItemFlags  # type: ignore[union-attr]
    sha = evidence.add_paths(ctx, ref, [DATA / "mit.txt"]).items[0].sha256
    tab.hide()
    tab.show()
    assert runner.wait_idle()
    assert tab.page.evidence.item(0).data(Qt.ItemDataRole.UserRole) == sha  # type: ignore[union-attr]
    assert tab.page.editor.value() == "model"  # type: ignore[union-attr]


def test_screen_the_case_licence_evidence(qtbot, ctx, runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ref = new_case(ctx, subject="Llama 3.2 11B Vision")
    lic, pol = tmp_path / "LICENSE", tmp_path / "USE_POLICY.md"
    lic.write_bytes((DATA / "llama3_2-LICENSE.txt").read_bytes())
    pol.write_bytes((DATA / "llama3_2-USE_POLICY.md").read_bytes())
    evidence.add_paths(ctx, ref, [lic, pol, DATA / "SOURCES.md"])
    tab = checklist_tab(qtbot, ctx, ref, runner)
    accept(qtbot, tab)
    advance_to(qtbot, tab, "M1")
    button = tab.page.findChild(type(tab.save_btn), "screenEvidenceButton")  # type: ignore[union-attr]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert runner.wait_idle()
    assert "LicenseRef-scancode-llama-3.2-license-2024" in tab.status.text()
    accept(qtbot, tab)
    assert next_page(qtbot, tab) == "M2"
    accept(qtbot, tab)
    assert tab.page.editor.value() == "no"  # type: ignore[union-attr]
    assert next_page(qtbot, tab) == "M2a"
    assert "USE_POLICY.md, line 28:" in tab.page.suggestion_text.text()  # type: ignore[union-attr]
    accept(qtbot, tab)
    assert tab.page.editor.value() == ["geographic_exclusion"]  # type: ignore[union-attr]
    with unit_of_work(ctx.engine, readonly=True) as s:
        viewed = [e for e in audit.events(s, case_ref=ref) if e.action == "evidence.viewed"]
    assert len(viewed) == 2  # LICENSE and USE_POLICY.md, not SOURCES.md
