"""Text that people type or that arrives from outside: names, titles, notes.

One place for three rules every layer applies the same way:

* **Names compare as people read them.** ``name_key`` is NFKC-normalised, whitespace
  collapsed and case-folded, so "Aldo  Auditor", "aldo auditor" and a full-width variant are one
  officer. Invisible characters (zero-width, bidi controls) are refused in names outright by
  ``normalise_name``: two names that look the same must be the same name.
* **Nothing invisible reaches an officer's eyes unannounced.** ``unsafe_characters`` finds
  control characters (C0/C1 other than tab and newline), bidi overrides and isolates and
  zero-width characters; ``make_visible`` turns each into a visible ``⟨U+202E⟩`` marker for
  terminals, HTML overviews and letters.
* **Field limits are the same on every database.** ``check_text`` refuses text over a field's
  length (counted in characters, as PostgreSQL ``VARCHAR(n)`` counts them) with a message naming
  the field, before any database sees it.
"""

from __future__ import annotations

import re
import unicodedata

from app.domain.errors import BadInput

# Bidi embeddings/overrides/isolates and marks, zero-width characters, word joiner, BOM,
# invisible operators, interlinear annotation and the Hangul fillers used to fake blank names.
_INVISIBLE = frozenset(
    [0x061C, 0x115F, 0x1160, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2028, 0x2029]
    + list(range(0x202A, 0x202F))
    + list(range(0x2060, 0x2065))
    + list(range(0x2066, 0x206A))
    + [0x3164, 0xFEFF, 0xFFA0, 0xFFF9, 0xFFFA, 0xFFFB]
)
_ALLOWED_CONTROLS = frozenset("\t\n")
_SPACES = re.compile(r"\s+")


def _is_unsafe(ch: str) -> bool:
    cp = ord(ch)
    if cp in _INVISIBLE:
        return True
    if ch in _ALLOWED_CONTROLS:
        return False
    cat = unicodedata.category(ch)
    return cat == "Cc" or (cat == "Cf" and cp != 0x00AD)


def unsafe_characters(text: str) -> list[tuple[int, str]]:
    """(index, character) of every control, bidi or zero-width character in ``text``."""
    return [(i, ch) for i, ch in enumerate(text) if _is_unsafe(ch)]


def make_visible(text: str, *, keep_newlines: bool = True, marker: str = "⟨U+{:04X}⟩") -> str:
    """``text`` with each unsafe character replaced by a visible ``⟨U+XXXX⟩`` marker.

    Carriage returns are shown too (a bare CR rewrites a terminal line); tabs stay; newlines
    stay unless ``keep_newlines`` is false (one-line table cells). ``marker`` is the format of
    the marker, for output whose font lacks the angle brackets (letters: ``[U+{:04X}]``).
    """
    if keep_newlines and all(not _is_unsafe(ch) and ch != "\r" for ch in text):
        return text
    out = []
    for ch in text:
        if ch == "\n" and not keep_newlines:
            out.append("⏎")
        elif _is_unsafe(ch) or ch == "\r":
            out.append(marker.format(ord(ch)))
        else:
            out.append(ch)
    return "".join(out)


def refuse_unsafe(field: str, text: str) -> str:
    """``text`` unchanged, or ``BadInput`` naming the field and the first unsafe character."""
    found = unsafe_characters(text)
    if found:
        index, ch = found[0]
        name = unicodedata.name(ch, "control character")
        raise BadInput(
            f"{field}: contains an invisible or control character (U+{ord(ch):04X} {name}) "
            f"at position {index + 1}; remove it and try again"
        )
    return text


def check_text(field: str, text: str, *, max_length: int, allow_newlines: bool = False) -> str:
    """Refuse text over ``max_length`` characters, or with control/bidi characters.

    Newlines are allowed only where ``allow_newlines`` (notes, reasons).
    """
    if len(text) > max_length:
        raise BadInput(f"{field}: {len(text):,} characters, at most {max_length:,} are allowed")
    refuse_unsafe(field, text)
    if not allow_newlines and ("\n" in text or "\t" in text):
        raise BadInput(f"{field}: must be one line")
    return text


def normalise_name(name: str) -> str:
    """A person's name as it is stored: NFKC, one space between words, no invisible characters.

    Raises ``BadInput`` for an empty name or one with invisible or control characters.
    """
    refuse_unsafe("name", name)
    cleaned = _SPACES.sub(" ", unicodedata.normalize("NFKC", name)).strip()
    if not cleaned:
        raise BadInput("name: must not be empty")
    refuse_unsafe("name", cleaned)
    return cleaned


def name_key(name: str) -> str:
    """The comparison key of a name: two names with the same key are the same person."""
    return unicodedata.normalize("NFKC", normalise_name(name).casefold())
