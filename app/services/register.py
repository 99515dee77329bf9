"""The case register for the unit's reporting: every case matching a filter, one row
each, with the dashboard's figures, as CSV, XLSX (openpyxl) or JSON.

Cells are plain values; text that a spreadsheet would run as a formula (starting with
``=``, ``+``, ``-``, ``@``, tab or carriage return) is written with a leading apostrophe
in CSV, and as a string cell in XLSX, so a case title never becomes a formula.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.domain.errors import BadInput, StorageError
from app.services import case_list, dashboard
from app.services.case_filter import CaseFilter, days_remaining, is_overdue
from app.services.context import AppContext
from db.records import CaseRecord

FORMATS = ("csv", "xlsx", "json")
COLUMNS: tuple[tuple[str, str], ...] = (
    ("reference", "Reference"),
    ("title", "Title"),
    ("status", "Status"),
    ("provider", "Provider"),
    ("subject", "Subject"),
    ("subject_version", "Version"),
    ("subject_kind", "Kind"),
    ("assigned_officer", "Assigned officer"),
    ("created", "Opened"),
    ("due_date", "Due date"),
    ("days_remaining", "Days remaining"),
    ("overdue", "Overdue"),
    ("clock_stopped", "Clock stopped"),
    ("checklist", "Checklist"),
    ("outcome", "Outcome"),
    ("updated", "Last change"),
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


_AS_RECORDED = ("reference", "title", "status", "provider", "subject", "subject_version", "subject_kind")


def row(rec: CaseRecord, today: dt.date) -> dict[str, Any]:
    return {k: getattr(rec, k) for k in _AS_RECORDED} | {
        "assigned_officer": rec.assigned_officer or "",
        "created": rec.created_at.date().isoformat(),
        "due_date": rec.due_date.isoformat() if rec.due_date else "",
        "days_remaining": days_remaining(rec, today),
        "overdue": is_overdue(rec, today),
        "clock_stopped": rec.clock_stopped_at is not None,
        "checklist": f"{rec.checklist_id} {rec.checklist_version}",
        "outcome": rec.outcome_label or "",
        "updated": rec.updated_at.isoformat(timespec="seconds"),
    }


def collect(
    ctx: AppContext, f: CaseFilter | None = None, *, sort: str = "reference", descending: bool = False
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """(rows, figures): the register rows and the dashboard figures of the whole database."""
    today = dt.datetime.now(dt.UTC).date()
    recs = case_list.list_cases(ctx, f or CaseFilter(), sort=sort, descending=descending)
    d = dashboard.dashboard(ctx, today=today)
    figures = {
        "generated": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "cases_listed": len(recs),
        "total_cases": d.total,
        "by_status": d.by_status,
        "overdue": d.overdue,
        "due_this_week": d.due_this_week,
        "clock_stopped": d.clock_stopped,
        "outcomes_by_month": d.outcomes_by_month,
    }
    return [row(r, today) for r in recs], figures


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(rows: Sequence[dict[str, Any]]) -> bytes:
    buf = io.StringIO(newline="")
    w = csv.writer(buf)
    w.writerow([label for _k, label in COLUMNS])
    for r in rows:
        w.writerow([_csv_cell(r[k]) for k, _label in COLUMNS])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")  # BOM: spreadsheets read it as UTF-8


def to_json(rows: Sequence[dict[str, Any]], figures: dict[str, Any]) -> bytes:
    doc = {"register": list(rows), "figures": figures}
    return json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")


def to_xlsx(rows: Sequence[dict[str, Any]], figures: dict[str, Any]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell.cell import TYPE_STRING

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Register"
    ws.append([label for _k, label in COLUMNS])
    for r in rows:
        ws.append([_xlsx_value(r[k]) for k, _label in COLUMNS])
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = TYPE_STRING  # never a formula, whatever the text
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    st = wb.create_sheet("Figures")
    st.append(["Figure", "Value"])
    for key in ("generated", "cases_listed", "total_cases", "overdue", "due_this_week", "clock_stopped"):
        st.append([key.replace("_", " "), figures[key]])
    for status, n in figures["by_status"].items():
        st.append([f"status: {status}", n])
    om = wb.create_sheet("Outcomes by month")
    labels = sorted({lab for m in figures["outcomes_by_month"].values() for lab in m})
    om.append(["Month", *labels])
    for month, counts in figures["outcomes_by_month"].items():
        om.append([month, *[counts.get(lab, 0) for lab in labels]])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _xlsx_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value


def render(fmt: str, rows: Sequence[dict[str, Any]], figures: dict[str, Any]) -> bytes:
    if fmt not in FORMATS:
        raise BadInput(f"Unknown format '{fmt}'. Use one of: {', '.join(FORMATS)}.")
    if fmt == "csv":
        return to_csv(rows)
    if fmt == "json":
        return to_json(rows, figures)
    return to_xlsx(rows, figures)


def write(path: Path, data: bytes, *, force: bool = False) -> None:
    """Write ``data`` to ``path`` whole or not at all (a temporary file renamed)."""
    if path.exists() and not force:
        raise BadInput(f"{path} already exists; choose another name or pass --force.")
    if not path.parent.is_dir():
        raise BadInput(f"The folder {path.parent} does not exist.")
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
        tmp = None
    except OSError as err:
        raise StorageError(f"Cannot write {path}: {err.strerror}.") from err
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
