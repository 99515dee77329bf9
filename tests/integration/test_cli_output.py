"""CLI output shows control and bidi characters of case fields as visible markers;
JSON output keeps the exact text (escaped). Case fields arrive from imports, so the
test writes them into the real SQLite file directly."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

HOSTILE = "Title\x1b[2J\x1b]0;pwned\x07 \u202eevil\u202c\r"


def _hostile_case(cli, home: Path) -> str:  # type: ignore[no-untyped-def]
    r = cli(
        "case", "new", "--title", "plain", "--provider", "P", "--subject", "S", "--officer", "Anna Officer"
    )
    assert r.rc == 0, r.err
    ref = r.out.strip()
    con = sqlite3.connect(home / "exemptio.db")
    with con:
        con.execute("UPDATE cases SET title = ? WHERE reference = ?", (HOSTILE, ref))
    con.close()
    return ref


def _no_raw_controls(text: str) -> None:
    for ch in ("\x1b", "\x07", "\u202e", "\u202c", "\r"):
        assert ch not in text, repr(ch)


def test_case_list_and_show_make_control_characters_visible(cli, home: Path) -> None:  # type: ignore[no-untyped-def]
    ref = _hostile_case(cli, home)
    for args in (("case", "list"), ("case", "show", ref)):
        r = cli(*args)
        assert r.rc == 0, r.err
        _no_raw_controls(r.out)
        assert "⟨U+001B⟩[2J" in r.out and "⟨U+202E⟩evil⟨U+202C⟩" in r.out and "⟨U+0007⟩" in r.out


def test_json_output_is_exact_and_escaped(cli, home: Path) -> None:  # type: ignore[no-untyped-def]
    ref = _hostile_case(cli, home)
    r = cli("case", "show", ref, "--json")
    assert r.rc == 0, r.err
    _no_raw_controls(r.out)
    assert "\\u202e" in r.out and "\\u001b" in r.out
    assert json.loads(r.out)["title"] == HOSTILE


def test_an_error_message_shows_control_characters_visibly(cli, home: Path) -> None:  # type: ignore[no-untyped-def]
    r = cli("case", "show", "AIO-\x1b[31m-\u202e9")
    assert r.rc == 2
    _no_raw_controls(r.err)
    assert r.err.startswith("exemptio: ") and r.err.count("\n") == 1


def test_progress_lines_on_stderr_keep_their_leading_carriage_return() -> None:
    import io

    from app.cli.main import VisibleWriter

    raw = io.StringIO()
    w = VisibleWriter(raw, progress=True)
    w.write("\r 42%  1.0 MB of 2.0 MB  evil\rname\x1b[2K")
    assert raw.getvalue() == "\r 42%  1.0 MB of 2.0 MB  evil⟨U+000D⟩name⟨U+001B⟩[2K"
    out = io.StringIO()
    VisibleWriter(out).write("\rtitle")  # stdout: every carriage return is shown
    assert out.getvalue() == "⟨U+000D⟩title"
