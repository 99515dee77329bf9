"""Issue 18: the casework commands (list filters and sorts, empty searches,
edit, due date, clock, history, timeline) and plain output of stored text."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _acting_officer(home, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("EXEMPTIO_OFFICER", "Test Officer")


def _new(cli, title: str = "Llama claim", *extra: str) -> str:  # type: ignore[no-untyped-def]
    r = cli("case", "new", "--title", title, "--provider", "Meta", "--subject", "Llama 3.1 8B", *extra)
    assert r.rc == 0, r.err
    return r.out.strip()


@pytest.mark.parametrize("query", ["", "*", "-", '""', '"  "'])
def test_empty_search_is_refused_with_a_hint(cli, query) -> None:  # type: ignore[no-untyped-def]
    _new(cli)
    r = cli("case", "list", f"--search={query}")
    assert r.rc == 2
    assert "has no words to look for" in r.err and "phrase" in r.err
    assert r.out == ""


def test_search_starting_with_a_dash(cli) -> None:  # type: ignore[no-untyped-def]
    ref = _new(cli, "Custom licence review")
    _new(cli, "Other")
    r = cli("case", "list", "--search=-licence", "--json")
    assert r.rc == 0, r.err
    assert [c["reference"] for c in r.json()] == [ref]


def test_filters_and_sorts(cli) -> None:  # type: ignore[no-untyped-def]
    a = _new(cli, "Beta")
    b = _new(cli, "Alpha")
    assert cli("case", "clock", a, "stop", "--reason", "waiting for the provider").rc == 0
    stopped = cli("case", "list", "--clock-stopped", "--json").json()
    assert [c["reference"] for c in stopped] == [a]
    asc = cli("case", "list", "--sort", "title", "--ascending", "--json").json()
    assert [c["title"] for c in asc] == ["Alpha", "Beta"]
    desc = cli("case", "list", "--sort", "title", "--json").json()
    assert [c["title"] for c in desc] == ["Beta", "Alpha"]
    assert cli("case", "due", b, "2030-01-02", "--reason", "Provider asked for more time").rc == 0
    week = cli("case", "list", "--due-this-week", "--json").json()
    assert b not in [c["reference"] for c in week]
    bad = cli("case", "list", "--sort", "nonsense")
    assert bad.rc == 2
    assert cli("case", "list", "--sha256", "nothex!").rc == 2


def test_edit_due_clock_history_timeline(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ref = _new(cli)
    notes = tmp_path / "notes.txt"
    notes.write_text("First line\nSecond line\n", encoding="utf-8")
    assert cli("case", "edit", ref, "--title", "Renamed", "--notes-file", str(notes)).rc == 0
    shown = cli("case", "show", ref, "--json").json()
    assert shown["title"] == "Renamed" and shown["notes"].startswith("First line\nSecond")
    assert cli("case", "edit", ref).rc == 2  # nothing to change
    r = cli("case", "due", ref, "31/12/2030", "--reason", "extension")
    assert r.rc == 2 and "YYYY-MM-DD" in r.err
    missing = cli("case", "due", ref, "2030-12-31")  # --reason is required
    assert missing.rc == 2 and "--reason" in missing.err
    blank = cli("case", "due", ref, "2030-12-31", "--reason", "  ")
    assert blank.rc == 2 and "Say why the due date changes" in blank.err
    assert cli("case", "show", ref, "--json").json()["due_date"] != "2030-12-31"
    assert cli("case", "due", ref, "2030-12-31", "--reason", "Provider asked for more time").rc == 0
    history = cli("case", "timeline", ref, "--json")
    assert history.rc == 0 and "Provider asked for more time" in history.out
    assert cli("case", "show", ref, "--json").json()["due_date"] == "2030-12-31"
    assert cli("case", "clock", ref, "stop").rc == 0
    again = cli("case", "clock", ref, "stop")
    assert again.rc != 0 and "already stopped" in again.err
    assert cli("case", "clock", ref, "resume").rc == 0
    assert cli("case", "assign", ref, "Test Officer", "--reason", "mine").rc == 0
    hist = cli("case", "history", ref, "--json").json()
    assert [h["officer"] for h in hist] == ["Test Officer"] and hist[0]["reason"] == "mine"
    assert cli("case", "assign", ref, "Nobody Known").rc == 2
    tl = cli("case", "timeline", ref, "--json").json()
    actions = [e["action"] for e in tl]
    assert actions[0] == "case.created"
    for action in ("case.updated", "case.clock_stopped", "case.clock_resumed", "case.assigned"):
        assert action in actions
    text = cli("case", "timeline", ref, "--newest-first", "--limit", "1")
    assert text.rc == 0 and "case.assigned" in text.out


def test_stored_escapes_are_shown_visibly(cli, home) -> None:  # type: ignore[no-untyped-def]
    """Text that reached the database before input checks (an old import) is printed
    with visible markers, never raw terminal escapes."""
    import sqlite3

    ref = _new(cli)
    con = sqlite3.connect(home / "exemptio.db")
    con.execute("UPDATE cases SET title = ? WHERE reference = ?", ("Evil\x1b]0;pwned\x07 \u202etitle", ref))
    con.commit()
    con.close()
    for args in (("case", "list"), ("case", "show", ref)):
        r = cli(*args)
        assert r.rc == 0
        assert "\x1b" not in r.out and "\u202e" not in r.out and "\x07" not in r.out
        assert "⟨U+001B⟩" in r.out and "⟨U+202E⟩" in r.out
