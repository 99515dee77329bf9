"""Name normalisation, invisible characters and field limits (app.domain.text)."""

from __future__ import annotations

import pytest

from app.domain.errors import BadInput
from app.domain.text import check_text, make_visible, name_key, normalise_name, unsafe_characters


@pytest.mark.parametrize("variant", ["aldo auditor", "Aldo  Auditor", " ALDO AUDITOR ", "Ａｌｄｏ Auditor"])
def test_name_variants_share_one_key(variant: str) -> None:
    assert name_key(variant) == name_key("Aldo Auditor")


@pytest.mark.parametrize("bad", ["Aldo\u200bAuditor", "Aldo\u202eAuditor", "Aldo\x1b[31m", "\u3164", "   "])
def test_invisible_or_empty_names_are_refused(bad: str) -> None:
    with pytest.raises(BadInput):
        normalise_name(bad)


def test_normalised_name_keeps_case_and_diacritics() -> None:
    assert normalise_name("  Zoë   Ó Briain ") == "Zoë Ó Briain"


def test_make_visible_marks_escapes_and_bidi() -> None:
    text = "ok\x1b]0;title\x07 \u202eevil\r"
    shown = make_visible(text)
    assert "\x1b" not in shown and "\u202e" not in shown and "\r" not in shown
    assert "⟨U+001B⟩" in shown and "⟨U+202E⟩" in shown and "⟨U+0007⟩" in shown
    assert make_visible("plain\ntext") == "plain\ntext"
    assert make_visible("a\nb", keep_newlines=False) == "a⏎b"
    assert [ch for _, ch in unsafe_characters(text)] == ["\x1b", "\x07", "\u202e", "\r"]


def test_check_text_limits_and_lines() -> None:
    assert check_text("title", "Llama 3.1", max_length=10) == "Llama 3.1"
    with pytest.raises(BadInput, match="title: 11 characters, at most 10"):
        check_text("title", "x" * 11, max_length=10)
    with pytest.raises(BadInput, match="one line"):
        check_text("title", "a\nb", max_length=10)
    assert check_text("notes", "a\nb", max_length=10, allow_newlines=True) == "a\nb"
    with pytest.raises(BadInput, match="U\\+202E"):
        check_text("notes", "a\u202eb", max_length=10, allow_newlines=True)
