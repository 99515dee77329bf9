"""Previews decode images and open PDFs in a worker thread, never on the GUI thread;
"Loading preview…" shows meanwhile and the latest selection wins."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfgen import canvas

from app.services import cases, evidence
from app.ui import preview_io
from app.ui.qt import QColor, QImage, Qt
from app.ui.tabs import evidence as evidence_tab
from app.ui.tasks import TaskRunner
from tests.ui.helpers import evidence_tab as open_evidence_tab


def _pdf(path: Path, pages: int) -> Path:
    c = canvas.Canvas(str(path))
    for i in range(pages):
        c.drawString(100, 700, f"page {i + 1}")
        c.showPage()
    c.save()
    return path


@pytest.fixture
def threads(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Wrap the real helpers to record which thread ran them."""
    seen: dict[str, list[str]] = {"decode_image": [], "read_pdf": []}

    def wrap(name: str, fn: Any) -> Any:
        def wrapper(*a: Any, **kw: Any) -> Any:
            seen[name].append(threading.current_thread().name)
            return fn(*a, **kw)

        return wrapper

    monkeypatch.setattr(evidence_tab, "decode_image", wrap("decode_image", preview_io.decode_image))
    monkeypatch.setattr(evidence_tab, "read_pdf", wrap("read_pdf", preview_io.read_pdf))
    return seen


@pytest.fixture
def tab(qtbot, ctx):  # type: ignore[no-untyped-def]
    ref = cases.create_case(ctx, cases.NewCase(title="T", provider="P", subject="S")).reference
    yield from open_evidence_tab(qtbot, ctx, ref)


def test_image_and_pdf_are_decoded_off_the_gui_thread(tab, ctx, tmp_path, threads, qtbot) -> None:  # type: ignore[no-untyped-def]
    img = QImage(3200, 100, QImage.Format.Format_RGB32)
    img.fill(QColor("#336699"))
    png = tmp_path / "wide.png"
    assert img.save(str(png))
    pdf = _pdf(tmp_path / "three.pdf", 3)
    evidence.add_paths(ctx, tab.reference, [png, pdf])
    tab.refresh()
    assert tab.runner.wait_idle()
    main = threading.main_thread().name
    for rec in tab.model.records():
        tab.select_id(rec.id)
        tab._load_preview()
        assert tab.preview.kind == "loading"
        assert tab.preview.other.text() == "Loading preview…"
        assert tab.runner.wait_idle()
    assert tab.preview.kind in ("image", "pdf")
    assert len(threads["decode_image"]) == 1 and len(threads["read_pdf"]) == 1
    assert main not in threads["decode_image"] + threads["read_pdf"]
    tab.select_id(next(r.id for r in tab.model.records() if r.display_name == "wide.png"))
    tab._load_preview()
    assert tab.runner.wait_idle()
    assert tab.preview.kind == "image" and tab.preview._image.width() == 1600  # scaled in the worker
    assert tab.preview.note.text() == "3200 × 100 pixels"
    # fit to the pane (the default), or pixel for pixel with scroll bars
    room = tab.preview.image_scroll.viewport().width()
    assert tab.preview.fit.isVisible() and tab.preview.image.pixmap().width() <= room
    tab.preview.fit.setFocus()
    qtbot.keyClick(tab.preview.fit, Qt.Key.Key_Space)
    assert not tab.preview.fit.isChecked() and tab.preview.image.pixmap().width() == 1600
    tab.select_id(next(r.id for r in tab.model.records() if r.display_name == "three.pdf"))
    tab._load_preview()
    assert tab.runner.wait_idle()
    assert tab.preview.kind == "pdf" and tab.preview.pdf_doc.pageCount() == 3
    assert tab.preview.note.text() == "3 page(s)"


def test_damaged_pdf_is_refused_in_the_worker(tab, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "damaged.pdf"
    bad.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 100)
    assert preview_io.read_pdf(bad)[1] == 0
    evidence.add_paths(ctx, tab.reference, [bad])
    tab.refresh()
    assert tab.runner.wait_idle()
    rec = tab.model.records()[0]
    assert rec.media_type == "application/pdf"  # by its name and %PDF- header
    tab.select_id(rec.id)
    tab._load_preview()
    assert tab.runner.wait_idle()
    assert tab.preview.kind == "other" and "cannot be shown" in tab.preview.other.text()


def test_latest_selection_wins(tab, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    paths = [_pdf(tmp_path / f"p{i}.pdf", i + 1) for i in range(3)]
    evidence.add_paths(ctx, tab.reference, paths)
    tab.refresh()
    assert tab.runner.wait_idle()
    recs = tab.model.records()
    for rec in recs:  # quick succession: each load supersedes the one before
        tab.select_id(rec.id)
        tab._load_preview()
    assert tab.runner.wait_idle()
    assert tab.last_preview_id == recs[-1].id
    want = {r.id: int(r.display_name[1]) + 1 for r in recs}[recs[-1].id]
    assert tab.preview.kind == "pdf" and tab.preview.pdf_doc.pageCount() == want


def test_letter_preview_is_opened_off_the_gui_thread(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.services import checklist
    from app.services.letters import service
    from app.ui.tabs import letters as letters_tab
    from tests.ui.test_letters_tab import ANSWERS

    ref = cases.create_case(ctx, cases.NewCase(title="T", provider="P", subject="S", officer="Test Officer"))
    checklist.save_answers(ctx, ref.reference, ANSWERS, checklist_id="ai-act-oss", version="2025.07")
    service.draft_letter(ctx, ref.reference)
    seen: list[str] = []

    def counted(data: bytes) -> int:
        seen.append(threading.current_thread().name)
        return preview_io.pdf_page_count(data)

    monkeypatch.setattr(letters_tab, "pdf_page_count", counted)
    runner = TaskRunner(None)
    tab = letters_tab.LettersTab(ctx, ref.reference, runner)
    qtbot.addWidget(tab)
    tab.show()
    assert runner.wait_idle()
    assert seen and threading.main_thread().name not in seen
    assert tab.pdf_doc is not None and tab.pdf_doc.pageCount() >= 3 and tab.preview_note.isHidden()
    tab.show_loading()
    assert tab.preview_note.text() == "Loading preview…" and not tab.preview_note.isHidden()
    tab._show_selected()
    assert runner.wait_idle()
    assert tab.preview_note.isHidden() and tab.pdf_view.isVisible()
    runner.shutdown()
