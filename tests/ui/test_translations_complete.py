"""Every shipped interface message is translated into French and German, keeps
its placeholders and accelerator, and the case tabs and dialogs really show it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

import pytest

from app.resources import resource_path
from app.ui import i18n
from app.ui.qt import Qt

LANGUAGES = ("fr", "de")
# %1..%9 and %n (Qt), {name} (str.format-style); a literal "%" elsewhere is not one.
PLACEHOLDER = re.compile(r"%[1-9n]|\{[^{}]*\}")
ACCELERATOR = re.compile(r"&(?!&)\S")


def _messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(resource_path("translations", f"exemptio_{lang}.ts")).getroot()
    assert root.get("language") == lang
    out = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            out.append((name, m.findtext("source") or "", m))
    return out


def _texts(m: ET.Element) -> list[str]:
    tr = m.find("translation")
    if tr is None:
        return []
    forms = [f.text or "" for f in tr.iter("numerusform")]
    return forms if forms else [tr.text or ""]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_finished(lang: str) -> None:
    messages = _messages(lang)
    assert len(messages) > 700  # the whole interface is extracted, not a handful
    bad = []
    for ctx, src, m in messages:
        tr = m.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
            bad.append((ctx, src))
        elif not all(t.strip() for t in _texts(m)) or not _texts(m):
            bad.append((ctx, src))
    assert not bad, f"{len(bad)} untranslated in exemptio_{lang}.ts, e.g. {bad[:5]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_and_accelerators_kept(lang: str) -> None:
    lost = []
    for ctx, src, m in _messages(lang):
        want = sorted(PLACEHOLDER.findall(src))
        for text in _texts(m):
            if sorted(PLACEHOLDER.findall(text)) != want:
                lost.append((ctx, src, text))
            if bool(ACCELERATOR.search(src)) != bool(ACCELERATOR.search(text)):
                lost.append((ctx, src, text))
    assert not lost, lost[:5]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compiled_catalogue_ships(lang: str) -> None:
    qm = resource_path("translations", f"exemptio_{lang}.qm")
    ts = resource_path("translations", f"exemptio_{lang}.ts")
    assert qm.stat().st_size > 10_000
    # Compiled after the last edit of the sources (scripts/update_translations.py does both).
    assert qm.stat().st_mtime >= ts.stat().st_mtime - 5


def test_legal_terms_follow_the_official_versions() -> None:
    fr = {src: _texts(m)[0] for _c, src, m in _messages("fr")}
    de = {src: _texts(m)[0] for _c, src, m in _messages("de")}
    about = (
        "Assessing open-source exemption claims under the AI Act: Articles 2(12), 53(2) and 54(6) "
        "of Regulation (EU) 2024/1689."
    )
    assert "article 53, paragraphe 2" in fr[about]
    assert "Artikel 53 Absatz 2" in de[about]
    assert fr["Provider"] == "Fournisseur" and de["Provider"] == "Anbieter"


# ----------------------------------------------------------------------------- the screens


@pytest.fixture
def german(qapp):  # type: ignore[no-untyped-def]
    assert i18n.install("de") == "de"
    yield
    i18n.install("en")


def _tab(ws: Any, key: str) -> Any:
    ws.show_tab(key)
    inner = ws.area_tabs[key].inner
    assert inner is not None and inner.__class__.__name__.endswith("Tab"), inner
    return inner


def test_case_tabs_in_german(german, ctx, make_case, qtbot):  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow

    make_case(title="Fall", status="assessment")
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    assert w.runner.wait_idle()
    ws = w.open_case(w.case_list.model.record(0).reference)
    assert w.runner.wait_idle()
    assert [ws.tabs.tabText(i) for i in (1, 2, 3)] == ["Beweismittel", "Prüfliste", "Schreiben"]

    evidence = _tab(ws, "evidence")
    assert w.runner.wait_idle()
    assert evidence.act_add_files.text() == "Dateien hinzufügen…"
    assert evidence.filter.placeholderText() == "Nach Name filtern…"
    headers = [
        evidence.model.headerData(c, Qt.Orientation.Horizontal) for c in range(evidence.model.columnCount())
    ]
    assert headers[:3] == ["Name", "Größe", "Typ"] and "Hinzugefügt von" in headers

    checklist = _tab(ws, "checklist")
    qtbot.waitUntil(lambda: checklist.next_btn.text() == "Weiter ▶", timeout=5000)
    assert checklist.save_btn.text() == "&Speichern"
    assert checklist.back_btn.accessibleName() == "Zurück"

    letters = _tab(ws, "letters")
    assert w.runner.wait_idle()
    assert letters.draft_action.text() == "&Entwerfen…"
    assert letters.issue_action.text() == "Er&lassen…"  # "issue" is not "send"
    model = letters.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["Nr.", "Stand", "Sprache"]
    w.runner.shutdown()
    w.close()


def test_welcome_and_about_in_german(german, ctx, qtbot):  # type: ignore[no-untyped-def]
    from app.ui.dialogs.about import AboutDialog
    from app.ui.dialogs.welcome import WelcomeDialog

    welcome = WelcomeDialog(ctx)
    qtbot.addWidget(welcome)
    assert welcome.windowTitle() == "Willkommen bei Exemptio"
    assert welcome.start_button.text() == "&Starten"
    assert welcome.skip_button.text() == "Vorerst überspringen"

    about = AboutDialog(ctx)
    qtbot.addWidget(about)
    assert [about.tabs.tabText(i) for i in range(about.tabs.count())] == ["&Installation", "&Lizenzen"]
    assert about.tabs.accessibleName() == "Abschnitte „Über“"
    assert about.details.accessibleName() == "Installationsdetails"


def test_decision_labels_cover_the_domain_tables() -> None:
    from app.domain import decision
    from app.ui import decision_labels as dl

    pairs = [
        (dl.outcome_labels(), decision.OUTCOME_LABELS),
        (dl.ground_labels(), decision.GROUND_LABELS),
        (dl.finding_labels(), decision.FINDING_LABELS),
        (dl.obligation_labels(), decision.OBLIGATION_LABELS),
        (dl.rule_texts(), decision.RULE_TEXT),
    ]
    for ours, domain in pairs:
        # Same keys and, untranslated, the same English words as the domain.
        assert ours == dict(domain)


def test_outcome_panel_in_german(german) -> None:  # type: ignore[no-untyped-def]
    from app.ui import decision_labels as dl
    from app.ui.qt import QCoreApplication
    from app.ui.tabs.checklist import outcome_html

    doc = {
        "track_m": {
            "outcome": "not_exempt_systemic_risk",
            "grounds": ["systemic_risk_compute"],
            "obligations": ["55"],
        },
        "trace": [{"rule": "systemic_risk_compute", "items": ["A2a"], "basis": "Art. 51(2)"}],
    }
    text = outcome_html(doc, lambda s: QCoreApplication.translate("ChecklistTab", s))
    assert "Nicht ausgenommen: systemisches Risiko" in text
    assert "Modell: Art. 53 Abs. 2, Art. 54 Abs. 6" in text
    assert "Gründe" in text and "Begründung" in text
    assert dl.reasoning(doc) == [
        "Kumulierter Trainingsrechenaufwand über 10²⁵ FLOP: Ein systemisches Risiko wird vermutet. "
        "(Fragen A2a; Art. 51(2))"
    ]
    assert "Art. 55: Pflichten für Modelle mit systemischem Risiko" in text
