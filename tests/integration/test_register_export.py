"""Issue 18: `exemptio register export --format csv|xlsx|json [filters]`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook


@pytest.fixture(autouse=True)
def _acting_officer(home, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("EXEMPTIO_OFFICER", "Test Officer")


def _cases(cli) -> list[str]:  # type: ignore[no-untyped-def]
    refs = []
    for title in ("Alpha licence claim", '=HYPERLINK("http://x")', "Gamma"):
        r = cli("case", "new", "--title", title, "--provider", "Fictional Ltd", "--subject", "M")
        assert r.rc == 0, r.err
        refs.append(r.out.strip())
    assert cli("case", "move", refs[0], "intake").rc == 0
    assert cli("case", "clock", refs[2], "stop").rc == 0
    return refs


def test_csv_json_xlsx_with_filters(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    refs = _cases(cli)
    r = cli("register", "export", "--format", "csv")
    assert r.rc == 0, r.err
    rows = list(csv.DictReader(io.StringIO(r.out.lstrip("\ufeff"))))
    assert [x["Reference"] for x in rows] == refs
    assert rows[1]["Title"].startswith("'=")  # never a formula
    assert rows[2]["Clock stopped"] == "yes" and rows[0]["Status"] == "intake"

    j = cli("register", "export", "--format", "json", "--status", "intake")
    doc = json.loads(j.out)
    assert [x["reference"] for x in doc["register"]] == [refs[0]]
    assert doc["figures"]["total_cases"] == 3 and doc["figures"]["by_status"]["intake"] == 1
    assert doc["figures"]["clock_stopped"] == 1

    out = tmp_path / "register.xlsx"
    x = cli("register", "export", "--format", "xlsx", "--out", str(out), "--search", "licence")
    assert x.rc == 0, x.err
    wb = load_workbook(out)
    ws = wb["Register"]
    assert ws["A1"].value == "Reference" and ws["A2"].value == refs[0] and ws.max_row == 2
    assert "Figures" in wb.sheetnames and "Outcomes by month" in wb.sheetnames
    again = cli("register", "export", "--format", "xlsx", "--out", str(out))
    assert again.rc == 2 and "already exists" in again.err
    assert cli("register", "export", "--format", "xlsx", "--out", str(out), "--force").rc == 0
    wb = load_workbook(out)
    cell = wb["Register"]["B3"]
    assert cell.value == '=HYPERLINK("http://x")' and cell.data_type == "s"  # text, not a formula


def test_bad_input(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("register", "export", "--format", "xlsx").rc == 2  # binary needs --out
    assert cli("register", "export", "--format", "pdf").rc == 2
    r = cli("register", "export", "--format", "csv", "--search=*")
    assert r.rc == 2 and "no words" in r.err
