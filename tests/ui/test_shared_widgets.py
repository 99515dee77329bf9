"""The shared widgets of app/ui/widgets/ and the Evidence tab's Qt-free state."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from app.ui.tabs.evidence_state import EvidenceSession, size_of


def _pdf(pages: int) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for i in range(pages):
        c.drawString(100, 750, f"page {i + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


def test_one_officer_form_serves_settings_and_welcome(qtbot: Any, ctx: Any) -> None:
    from app.ui.dialogs.settings import SettingsDialog
    from app.ui.dialogs.welcome import WelcomeDialog
    from app.ui.widgets.officer_form import OfficerForm

    settings, welcome = SettingsDialog(ctx), WelcomeDialog(ctx)
    qtbot.addWidget(settings)
    qtbot.addWidget(welcome)
    assert type(settings.profile) is OfficerForm and type(welcome.profile) is OfficerForm
    for dlg in (settings, welcome):
        form = dlg.profile
        assert dlg.name is form.name and dlg.role is form.role
        assert [form.role.itemData(i) for i in range(form.role.count())] == [
            "officer",
            "reviewer",
            "head",
            "auditor",
        ]
        form.name.setText("  ŚMISZEK Ewa ")
        form.email.setText("no-at-sign")
        form.role.setCurrentIndex(form.role.findData("reviewer"))
        assert form.values() == {
            "officer_name": "ŚMISZEK Ewa",
            "officer_unit": ctx.settings.officer_unit,
            "officer_email": "no-at-sign",
            "officer_role": "reviewer",
        }
        assert form.problem() == ("The e-mail address needs an '@'.", form.email)
    welcome.profile.name.clear()
    assert welcome.profile.problem(name_required=True)[1] is welcome.profile.name
    assert welcome.profile.unit.placeholderText() and not settings.profile.unit.placeholderText()


def test_pdf_preview_shows_bytes_from_memory(qtbot: Any) -> None:
    from app.ui.widgets.pdf_preview import PdfPreview

    w = PdfPreview(accessible_name="Letter preview")
    qtbot.addWidget(w)
    assert w.view is None and w.page_count() == 0  # QtPdf not touched before the first PDF
    w.show()
    w.show_bytes(_pdf(3))
    assert w.page_count() == 3 and w.view.isVisible() and w.view.accessibleName() == "Letter preview"
    w.show_bytes(_pdf(1))  # the next one replaces it
    assert w.page_count() == 1
    w.hide_pages()
    assert not w.view.isVisible()


def test_line_numbered_text(qtbot: Any) -> None:
    from app.ui.widgets.line_text import LineNumberedText

    t = LineNumberedText(accessible_name="Licence text with line numbers")
    qtbot.addWidget(t)
    t.resize(400, 300)
    t.show()
    t.setPlainText("\n".join(f"clause {i}" for i in range(1, 200)))
    assert t.isReadOnly() and t.accessibleName() == "Licence text with line numbers"
    assert t.gutter_numbers()[:3] == [1, 2, 3] and t.line_number_at_top() == 1
    assert t.gutter_width() > 0


def test_evidence_session_without_qt(tmp_path: Path) -> None:
    s = EvidenceSession("AIO-2026-0001")
    assert s.selection_changed(7) and s.pending_preview == 7
    assert not s.take_pending(8)  # another row is selected now: not this preview
    assert s.take_pending(7) and s.pending_preview is None
    assert not s.preview_arrived(7, selected_id=9)  # the officer moved on meanwhile
    assert s.preview_arrived(7, selected_id=7) and s.last_preview_id == 7
    s.restoring = True  # the list reloads and puts the shown item back
    assert not s.selection_changed(7) and s.pending_preview is None  # no second "viewed"
    assert s.selection_changed(8)  # a different item is still previewed
    s.restoring = False
    assert not s.selection_changed(None) and s.last_preview_id is None
    (tmp_path / "a").write_bytes(b"x" * 10)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "big").write_bytes(b"x" * 1000)  # skipped folders are not counted
    assert size_of(tmp_path) == 10 and size_of(tmp_path / "missing") == 0
