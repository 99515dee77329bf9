"""Register export from the dashboard (issue 18): "Export register…" asks for a file name,
the save dialog's filter decides the format (CSV, XLSX, JSON), the export runs in the
background, and the result or the error is said in plain words. Only the file dialog's
answer is patched; the register service and the file written are real."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from app.ui.qt import QFileDialog


def _answer(monkeypatch: Any, path: Path | str, chosen_filter: str) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), chosen_filter))
    )


def _filter(d: Any, fmt: str) -> str:
    return next(text for text, f in d._export_filters().items() if f == fmt)


def test_csv_export_writes_one_row_per_case(window, make_case, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    refs = {make_case(title=f"Case {n}").reference for n in range(3)}
    window.show_dashboard()
    d = window.dashboard
    target = tmp_path / "register"  # no suffix: the chosen format's is added
    _answer(monkeypatch, target, _filter(d, "csv"))
    with qtbot.waitSignal(d.register_exported, timeout=20_000) as sig:
        d.export_button.click()
    written = Path(sig.args[0])
    assert written == tmp_path / "register.csv"
    rows = list(csv.DictReader(io.StringIO(written.read_text(encoding="utf-8-sig"))))
    assert {r["Reference"] for r in rows} == refs and len(rows) == 3
    assert d.export_status.isVisible()
    assert "3 case(s) written to" in d.export_status.text() and "register.csv" in d.export_status.text()
    assert d.export_button.isEnabled()


@pytest.mark.parametrize("fmt", ["json", "xlsx"])
def test_the_chosen_filter_decides_the_format(window, make_case, qtbot, monkeypatch, tmp_path, fmt) -> None:  # type: ignore[no-untyped-def]
    ref = make_case().reference
    window.show_dashboard()
    d = window.dashboard
    _answer(monkeypatch, tmp_path / f"register.{fmt}", _filter(d, fmt))
    with qtbot.waitSignal(d.register_exported, timeout=20_000) as sig:
        d.export_register()
    data = Path(sig.args[0]).read_bytes()
    if fmt == "json":
        doc = json.loads(data)
        assert ref in json.dumps(doc)
    else:
        assert zipfile.is_zipfile(io.BytesIO(data))  # an XLSX workbook is a zip
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            assert any(n.startswith("xl/worksheets/") for n in z.namelist())


def test_an_unwritable_place_is_said_plainly(window, make_case, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    make_case()
    window.show_dashboard()
    d = window.dashboard
    missing = tmp_path / "no such folder" / "register.csv"
    _answer(monkeypatch, missing, _filter(d, "csv"))
    with qtbot.waitSignal(window.runner.error_shown, timeout=20_000) as sig:
        d.export_register()
    message = sig.args[0]
    assert "does not exist" in message and "Traceback" not in message
    assert d.export_status.text() == "The register was not exported."
    assert d.export_button.isEnabled() and not missing.exists()


def test_cancelling_the_dialog_writes_nothing(window, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    before = set(tmp_path.iterdir())
    window.show_dashboard()
    d = window.dashboard
    _answer(monkeypatch, "", "")
    d.export_register()
    assert window.runner.wait_idle()
    assert set(tmp_path.iterdir()) == before and not d.export_status.isVisible()
