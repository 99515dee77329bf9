"""The Evidence tab: model, intake through the runner, preview, drop, model import."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest
from safetensors.numpy import save_file

from app.services import cases, evidence
from app.ui.qt import QMimeData, QPoint, Qt, QUrl
from app.ui.tabs.evidence import (
    EvidenceTableModel,
    IntakeDialog,
    ModelImportDialog,
    pretty_json,
)
from db import audit
from db.uow import unit_of_work
from tests.ui.helpers import evidence_tab


@pytest.fixture
def ref(ctx) -> str:  # type: ignore[no-untyped-def]
    return cases.create_case(ctx, cases.NewCase(title="T", provider="P", subject="S")).reference


@pytest.fixture
def tab(qtbot, ctx, ref):  # type: ignore[no-untyped-def]
    yield from evidence_tab(qtbot, ctx, ref)


def _drag_event(kind, mime: QMimeData):  # type: ignore[no-untyped-def]
    """A drag-enter or drop event of ``mime`` at (5, 5): copy, left button."""
    point = QPoint(5, 5).toPointF()
    return kind(
        point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )


def _viewed(ctx, ref: str) -> list[str]:  # type: ignore[no-untyped-def]
    with unit_of_work(ctx.engine, readonly=True) as s:
        return [e.entity_id for e in audit.events(s, case_ref=ref) if e.action == "evidence.viewed"]


def test_model_passes_qtmodeltester(qtmodeltester, ctx, ref, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for i in range(3):
        (tmp_path / f"f{i}.txt").write_text(f"file {i}\n")
    evidence.add_paths(ctx, ref, [tmp_path / f"f{i}.txt" for i in range(3)])
    model = EvidenceTableModel()
    model.set_records(evidence.list_evidence(ctx, ref))
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.columnCount() == len(EvidenceTableModel.COLUMNS)
    model.set_checks(evidence.verify_evidence(ctx, ref))
    assert model.data(model.index(0, EvidenceTableModel.COLUMNS.index("check"))) == "✓ matches"
    qtmodeltester.check(model)


def test_rows_after_service_add_and_text_preview_with_line_numbers(tab, ctx, ref, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lic = tmp_path / "LICENSE"
    lic.write_text("".join(f"line {i}\n" for i in range(1, 41)))
    evidence.add_paths(ctx, ref, [lic])
    tab.refresh()
    assert tab.runner.wait_idle()
    assert tab.model.rowCount() == 1
    name = tab.proxy.data(tab.proxy.index(0, 0))
    assert name == "LICENSE"
    [rec] = tab.model.records()
    assert tab.select_id(rec.id)
    tab._view_timer.setInterval(0)
    tab._load_preview()
    assert tab.runner.wait_idle()
    assert tab.preview.kind == "text"
    assert tab.preview.text.toPlainText().startswith("line 1\nline 2\n")
    numbers = tab.preview.text.gutter_numbers()
    assert numbers[:3] == [1, 2, 3]
    assert tab.preview.text.gutter_width() > 0 and tab.preview.text.gutter.isVisible()
    assert _viewed(ctx, ref) == [str(rec.id)]
    assert rec.sha256 in tab.preview.details.text()


def test_add_through_runner_and_verify_marks_rows(tab, ctx, ref, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "card.md").write_text("# Card\n")
    (folder / "config.json").write_text('{"a":1,"b":[1,2]}')
    tab.add_paths([str(folder)], description="hub download")
    assert tab.runner.wait_idle()
    assert tab.runner.wait_idle()  # the refresh the intake triggered
    assert tab.model.rowCount() == 2
    assert "Attached 2 item(s)" in tab.status.text() or "2 item(s)" in tab.status.text()
    # JSON preview is pretty-printed
    cfg = next(r for r in tab.model.records() if r.display_name == "config.json")
    tab.select_id(cfg.id)
    tab._load_preview()
    assert tab.runner.wait_idle()
    assert tab.preview.text.toPlainText().startswith('{\n  "a": 1')
    # damage one stored byte, verify in the tab
    p = evidence.blob_store(ctx).path(cfg.sha256)
    p.chmod(0o644)
    p.write_bytes(b'{"a":2,"b":[1,2]}')
    tab.verify()
    assert tab.runner.wait_idle()
    col = EvidenceTableModel.COLUMNS.index("check")
    checks = {tab.model.record(r).display_name: tab.model.data(tab.model.index(r, col)) for r in range(2)}
    assert checks == {"card.md": "✓ matches", "config.json": "✗ changed"}
    assert "FAILED" in tab.status.text()


def test_cancelled_intake_leaves_nothing(tab, ctx, ref, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(12 * 1024 * 1024))

    def cancel_soon(task) -> None:  # type: ignore[no-untyped-def]
        task.progress.cancel()

    tab.runner.started.connect(cancel_soon)
    tab.add_paths([str(big)])
    assert tab.runner.wait_idle()
    tab.runner.started.disconnect(cancel_soon)
    assert "Cancelled" in tab.status.text()
    assert evidence.list_evidence(ctx, ref) == []
    assert not [p for p in ctx.paths.evidence.rglob("*") if p.is_file()]


def test_image_and_pdf_preview(tab, ctx, ref, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from app.ui.qt import QColor, QImage

    img = QImage(40, 20, QImage.Format.Format_RGB32)
    img.fill(QColor("#336699"))
    png = tmp_path / "shot.png"
    assert img.save(str(png))
    pdf = tmp_path / "letter.pdf"
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(pdf))
    c.drawString(100, 700, "Evidence PDF")
    c.showPage()
    c.save()
    evidence.add_paths(ctx, ref, [png, pdf])
    tab.refresh()
    assert tab.runner.wait_idle()
    for rec in tab.model.records():
        tab.select_id(rec.id)
        tab._load_preview()
        assert tab.runner.wait_idle()
        assert tab.preview.kind == ("image" if rec.display_name.endswith(".png") else "pdf")
    assert tab.preview.pdf_doc.pageCount() == 1


def test_drop_accepts_local_files(tab, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "dropped.txt"
    f.write_text("dropped\n")
    asked: list[list[str]] = []
    monkeypatch.setattr(tab, "ask_and_add", lambda paths: asked.append(paths))
    from app.ui.qt import QDragEnterEvent, QDropEvent

    md = QMimeData()
    md.setUrls([QUrl.fromLocalFile(str(f))])
    enter = _drag_event(QDragEnterEvent, md)
    tab.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = _drag_event(QDropEvent, md)
    tab.dropEvent(drop)
    qtbot.waitUntil(lambda: bool(asked), timeout=2000)
    assert asked == [[str(f)]]
    empty = QMimeData()
    enter2 = _drag_event(QDragEnterEvent, empty)
    tab.dragEnterEvent(enter2)
    assert not enter2.isAccepted()


def test_import_model_folder_updates_subject(tab, qtbot, ctx, ref, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    d = tmp_path / "tiny-model"
    d.mkdir()
    save_file({"w": np.zeros((10, 10), np.float32)}, str(d / "model.safetensors"))
    (d / "config.json").write_text(json.dumps({"architectures": ["GPT2LMHeadModel"]}))
    (d / "README.md").write_text("---\nlicense: mit\n---\n# tiny\n")
    facts: list[dict] = []  # type: ignore[type-arg]
    tab.inspect_model(str(d), on_facts=facts.append)
    assert tab.runner.wait_idle()
    dlg = ModelImportDialog(facts[0], tab)
    qtbot.addWidget(dlg)
    assert dlg.name.text() == "tiny-model" and dlg.parameters.text() == "100"
    assert dlg.architecture.text() == "GPT2LMHeadModel" and dlg.licence.text() == "mit"
    dlg.name.setText("Tiny Model v1")
    with qtbot.waitSignal(tab.changed, timeout=10000):
        tab.confirm_model(str(d), dlg)
    assert tab.runner.wait_idle()
    sub = evidence.subject_of(ctx, ref)
    assert (sub.name, sub.parameters, sub.architecture, sub.licence) == (
        "Tiny Model v1",
        100,
        "GPT2LMHeadModel",
        "mit",
    )
    assert {r.display_name for r in evidence.list_evidence(ctx, ref)} == {
        "model.safetensors",
        "config.json",
        "README.md",
    }
    dlg.parameters.setText("lots")
    with pytest.raises(Exception, match="whole number"):
        dlg.proposal()


def test_small_pieces(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert pretty_json('{"a":1}')[0] == '{\n  "a": 1\n}'
    formatted = '{\n  "a": 1,\n  "b": 2,\n  "c": 3\n}'
    assert pretty_json(formatted) == (formatted, "")
    dlg = IntakeDialog(["/x/a.bin"], 3 * 1024**3)
    qtbot.addWidget(dlg)
    assert dlg.reference_only.isChecked()
    dlg.source_url.setText("https://example.org/a")
    v = dlg.values()
    assert v["reference_only"] and v["retrieved_at"] is not None and v["source_url"].startswith("https")


def test_custody_shown_and_export_logged(tab, ctx, ref, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "policy.txt"
    f.write_text("Acceptable use policy\n")
    [rec] = evidence.add_paths(ctx, ref, [f]).items
    tab.refresh()
    assert tab.runner.wait_idle()
    tab.select_id(rec.id)
    tab._load_preview()
    assert tab.runner.wait_idle()
    assert "received" in tab.preview.custody.text() and "Test Officer" in tab.preview.custody.text()
    out = tmp_path / "exported.txt"
    tab.export_to(rec.id, str(out))
    assert tab.runner.wait_idle()
    assert out.read_bytes() == f.read_bytes() and "Exported a copy" in tab.status.text()
    actions = [e.action for e in evidence.custody(ctx, rec.id)]
    assert actions == ["evidence.received", "evidence.viewed", "evidence.exported"]
    assert tab.act_export.shortcut().toString() == "Ctrl+Shift+X"
