"""Case data is shown as plain text (issue 19): a title, provider or notes that
look like HTML never render as HTML, and control or bidi characters are visible."""

from __future__ import annotations

from typing import Any

from app.ui.qt import QLabel, Qt

TITLE = '<h1 style="color:red">DECIDED: EXEMPT</h1>'
PROVIDER = '<span style="color:green">(verified by AI Office)</span> Acme'
NOTES = '<img src="/etc/hostname"> see <b>here</b>'
SUBJECT = "Model\u202eevil"


def _labels_showing(widget: Any, marker: str) -> list[QLabel]:
    return [x for x in widget.findChildren(QLabel) if marker in x.text()]


def test_overview_shows_case_data_literally(window, make_case) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    rec = make_case(title=TITLE, provider=PROVIDER, notes=NOTES)
    ws = window.open_case(rec.reference)
    assert window.runner.wait_idle()
    # typing refuses a bidi override; an imported case may still carry one
    rec = replace(ws.record, subject=SUBJECT)
    ov = ws.overview
    ov.show_record(rec)
    window.case_list.model.upsert(rec)
    assert ov.title.text() == TITLE and ov.f_provider.text() == PROVIDER and ov.f_notes.text() == NOTES
    for marker in ('<h1 style="color:red">', "(verified by AI Office)</span>", '<img src="/etc/hostname">'):
        labels = _labels_showing(ws, marker)
        assert labels, marker
        for label in labels:  # raw markup in a label: only ever as plain text
            assert label.textFormat() == Qt.TextFormat.PlainText, (marker, label.objectName())
    assert "⟨U+202E⟩" in ov.f_subject.text() and "\u202e" not in ov.f_subject.text()
    # the list: the bidi override visible; the tooltip escaped (shown literally)
    model = window.case_list.model
    row = model.row_of(rec.reference)
    cells = [model.index(row, c).data() for c in range(model.columnCount())]
    assert any("⟨U+202E⟩" in str(c) for c in cells)
    tip = model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;h1" in tip and "<h1" not in tip
    i = window.tabs.indexOf(ws)
    assert "<h1" not in window.tabs.tabToolTip(i)


def test_timeline_shows_imported_reasons_literally(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.models.timeline import TimelineModel
    from db.records import AuditRecord

    ev = AuditRecord(
        id=1,
        ts="2027-01-02T10:00:00+00:00",
        actor="Imported\u202eofficer",
        action="case.clock_stopped",
        entity_type="case",
        entity_id="AIO-2026-0001",
        case_ref="AIO-2026-0001",
        before={},
        after={"reason": "<b>urgent</b>\u202e\x1b[31m"},
        prev_hash="0" * 64,
        hash="1" * 64,
    )
    m = TimelineModel()
    m.set_events([ev])
    assert "⟨U+202E⟩" in m.index(0, 4).data()
    texts = [m.index(r, 3).data() for r in range(m.rowCount())]
    hit = [t for t in texts if "urgent" in t]
    assert hit and "⟨U+202E⟩" in hit[0] and "⟨U+001B⟩" in hit[0] and "\x1b" not in hit[0]


def test_service_messages_lose_their_command_line_hints() -> None:
    from app.ui.plain import for_officer

    assert for_officer(
        "Case AIO-2026-0001 is decided by issuing its letter (exemptio letter draft, approve, issue). "
        "To record a decision without a letter, give the reason (--reason TEXT): it is recorded."
    ) == (
        "Case AIO-2026-0001 is decided by issuing its letter. "
        "To record a decision without a letter, give the reason: it is recorded."
    )
    assert for_officer("Record a colleague first with 'exemptio officer add NAME --role officer'.") == (
        "Record a colleague first."
    )
    assert for_officer("Give the reason with --reason.") == "Give the reason."
    plain = "Nothing changed (the file is the same) - try another one."
    assert for_officer(plain) == plain
