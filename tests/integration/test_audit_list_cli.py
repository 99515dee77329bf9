"""`audit list [REF] [--limit N] [--json]` (issue 18): the audit trail as lines an officer
reads (time, officer, event, case, summary), newest first, paged; an unknown REF is exit 2;
control and bidi characters in case fields are printed as visible markers."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

HOSTILE = "Llama\u202e3 \x1b[31mred"


def _new(cli: Any, title: str, officer: str = "Anna Officer") -> str:
    r = cli(
        "case", "new", "--title", title, "--provider", "Meta", "--subject", "Llama-3-8B", "--officer", officer
    )
    assert r.rc == 0, r.err
    return str(r.out.strip())


def test_lists_the_trail_newest_first_with_officer_event_case_and_summary(cli: Any) -> None:
    first = _new(cli, "Llama 3")
    second = _new(cli, "Mistral 7B", officer="Bruno Officer")
    assert cli("case", "edit", first, "--title", "Llama 3.1", "--officer", "Anna Officer").rc == 0

    r = cli("audit", "list")
    assert r.rc == 0, r.err
    lines = r.out.splitlines()
    assert len(lines) >= 3
    cells = [line.split("\t") for line in lines]
    assert all(len(c) == 5 for c in cells), lines
    newest = cells[0]
    assert newest[1] == "Anna Officer" and newest[3] == first
    assert "Llama 3" in newest[4] and "Llama 3.1" in newest[4]  # title: old → new
    cases_in_order = [c[3] for c in cells if c[2] == "case created"]
    assert cases_in_order == [second, first]  # newest first
    assert any(c[1] == "Bruno Officer" and c[3] == second for c in cells)

    j = cli("audit", "list", "--json").json()
    ids = [e["id"] for e in j]
    assert ids == sorted(ids, reverse=True) and len(j) == len(lines)
    assert {"at", "officer", "event", "action", "case", "summary"} <= set(j[0])


def test_one_case_and_paging_by_limit(cli: Any) -> None:
    refs = [_new(cli, f"Case {n}") for n in range(4)]
    only = cli("audit", "list", refs[1], "--json").json()
    assert only and {e["case"] for e in only} == {refs[1]}

    everything = cli("audit", "list", "--json").json()
    page1 = cli("audit", "list", "--limit", "2", "--json").json()
    page2 = cli("audit", "list", "--limit", "2", "--offset", "2", "--json").json()
    assert [e["id"] for e in page1 + page2] == [e["id"] for e in everything[:4]]
    assert len(cli("audit", "list", "--limit", "2").out.splitlines()) == 2


def test_default_page_is_fifty_events(cli: Any) -> None:
    assert cli("demo", "--officer", "Anna Officer").rc == 0  # about 20 cases and their histories
    total = len(cli("audit", "list", "--limit", "1000", "--json").json())
    assert total > 50
    assert len(cli("audit", "list").out.splitlines()) == 50


def test_unknown_reference_and_bad_limit_are_exit_2(cli: Any) -> None:
    _new(cli, "Llama 3")
    r = cli("audit", "list", "AIO-2099-9999")
    assert r.rc == 2 and r.out == ""
    assert "AIO-2099-9999" in r.err and r.err.count("\n") == 1, r.err
    bad = cli("audit", "list", "--limit", "0")
    assert bad.rc == 2 and "limit" in bad.err, bad.err


def test_control_and_bidi_characters_are_made_visible(cli: Any, home: Path) -> None:
    # Case fields with such characters arrive from imports: written into the real file directly,
    # then edited, so that the event's summary quotes the old title.
    ref = _new(cli, "plain")
    with sqlite3.connect(home / "exemptio.db") as con:
        con.execute("UPDATE cases SET title = ? WHERE reference = ?", (HOSTILE, ref))
    con.close()
    assert cli("case", "edit", ref, "--title", "Llama 3", "--officer", "Anna Officer").rc == 0
    r = cli("audit", "list", ref)
    assert r.rc == 0, r.err
    assert "\u202e" not in r.out and "\x1b" not in r.out
    assert "U+202E" in r.out and "U+001B" in r.out
    j = cli("audit", "list", ref, "--json").json()  # JSON keeps the exact text (escaped)
    assert any(HOSTILE in e["summary"] for e in j)
