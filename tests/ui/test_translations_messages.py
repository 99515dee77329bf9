"""The error-message templates (app/domain/messages/) are translated into French
and German in the Qt context "messages", with the same placeholders, and a refusal
that carries a message id reaches the officer in their language."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.domain.errors import BadInput
from app.domain.messages import MESSAGES, placeholders, render
from app.resources import resource_path
from app.ui import i18n
from app.ui.qt import QCoreApplication

LANGUAGES = ("fr", "de")


def _context(lang: str) -> dict[str, ET.Element]:
    root = ET.parse(resource_path("translations", f"exemptio_{lang}.ts")).getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == "messages":
            return {m.findtext("source") or "": m for m in ctx.iter("message")}
    return {}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_template_is_in_the_catalogue_translated(lang: str) -> None:
    entries = _context(lang)
    missing = sorted(t for t in set(MESSAGES.values()) if t not in entries)
    assert missing == [], f"{len(missing)} templates not in context 'messages' of exemptio_{lang}.ts"
    stale = sorted(src for src in entries if src not in set(MESSAGES.values()))
    assert stale == [], stale[:5]
    for src, m in entries.items():
        tr = m.find("translation")
        assert tr is not None and tr.get("type") is None and (tr.text or "").strip(), (lang, src)
        text = tr.text or ""
        assert text != src, (lang, src)  # really translated, not copied
        assert sorted(placeholders(text)) == sorted(placeholders(src)), (lang, src, text)


@pytest.fixture(params=LANGUAGES)
def language(request, qapp):  # type: ignore[no-untyped-def]
    assert i18n.install(request.param) == request.param
    yield request.param
    i18n.install("en")


def test_the_compiled_catalogue_translates_every_template(language: str) -> None:
    """What the .qm gives at run time (lupdate read the generated catalogue's strings
    exactly as the domain spells them, backslashes and ellipses included)."""
    untranslated = [
        msg_id
        for msg_id, template in MESSAGES.items()
        if QCoreApplication.translate("messages", template) == template
    ]
    assert untranslated == []


def test_a_refusal_by_id_is_shown_in_french(qapp, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.services.archive import verify_archive
    from app.ui.messages import failure_text, present_failure
    from app.ui.qt import QMainWindow, QMessageBox

    bogus = tmp_path / "AIO-2026-0007.zip"
    bogus.write_bytes(b"this is not a zip file")
    with pytest.raises(BadInput) as caught:
        verify_archive(bogus)
    err = caught.value
    assert err.msg_id == "archive.incomplete_zip" and err.params["name"] == "AIO-2026-0007.zip"
    english = str(err)
    assert english.startswith("Refused: AIO-2026-0007.zip is not a complete zip file (")

    assert i18n.install("fr") == "fr"
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        shown = present_failure(window, err)
        box = window.findChild(QMessageBox, "errorMessage")
        assert box is not None
        qtbot.waitUntil(box.isVisible)
        reason = str(err.params["reason"])
        expected = f"Refusé : AIO-2026-0007.zip n'est pas un fichier zip complet ({reason})."
        assert box.text() == shown == expected
        assert failure_text(err) == expected
        box.accept()
    finally:
        i18n.install("en")
    # The CLI's words are unchanged: English, the same template filled in.
    assert str(err) == english == render(err.msg_id, err.params)
    assert failure_text(err) == english
