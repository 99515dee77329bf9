"""Showing user or imported data safely: plain text, control and bidi characters visible.

Qt labels guess the text format (``Qt.AutoText``): a case title such as
``<h1 style="color:red">DECIDED: EXEMPT</h1>`` would render as a red heading, and an
``<img src=…>`` would load a local file. Every label that shows data typed by an
officer or read from an import is a :class:`DataLabel` (``Qt.PlainText``, control and
bidi-override characters made visible as ``⟨U+202E⟩``). Rich text is only used where
the formatting is ours, with the data escaped by :func:`html_text`.
"""

from __future__ import annotations

import html
import re
from typing import Any

from app.domain.text import make_visible
from app.ui.qt import QLabel, Qt, QWidget


def shown(text: object, *, one_line: bool = False) -> str:
    """``text`` as it may be shown: unsafe characters replaced by visible markers."""
    return make_visible("" if text is None else str(text), keep_newlines=not one_line)


def html_text(text: object, *, one_line: bool = False) -> str:
    """``text`` for a rich-text label of ours: made visible, then HTML-escaped."""
    return html.escape(shown(text, one_line=one_line), quote=True)


class DataLabel(QLabel):
    """A label for data: always plain text, unsafe characters visible."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, one_line: bool = False) -> None:
        super().__init__(parent)
        self._one_line = one_line
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    def setText(self, text: Any) -> None:  # noqa: N802 - Qt override
        super().setText(shown(text, one_line=self._one_line))


def plain(label: QLabel) -> QLabel:
    """Make an existing label a plain-text one (for labels built elsewhere)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


# Hints meant for the command line, inside service messages the GUI shows too.
_CLI_PAREN = re.compile(r"\s*\((?:[^()]*?)(?:\bexemptio\s|--[a-z])[^()]*\)")
_CLI_QUOTED = re.compile(r"\s*\b(?:with|using|run|by running|see)\s+'exemptio\s[^']*'")
_CLI_FLAG = re.compile(r"\s*(?:\b(?:with|using)\s+)?\(?--[a-z][a-z-]*(?:\s+[A-Z][A-Z_.]*)?\)?")


def for_officer(message: str) -> str:
    """A service message as the GUI says it: command-line hints ("(exemptio letter
    draft, approve, issue)", "with 'exemptio officer add NAME'", "--reason TEXT")
    left out; the sentence around them kept."""
    text = _CLI_PAREN.sub("", message)
    text = _CLI_QUOTED.sub("", text)
    text = _CLI_FLAG.sub("", text)
    # Only "." and "," lose a space left before them: French puts one before ":" and ";".
    text = re.sub(r"\s+([.,])", r"\1", text)
    return re.sub(r"\s{2,}", " ", text).strip()


def safe_url(url: str) -> str:
    """A database URL with its password hidden (``postgresql://ann:***@host/db``)."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        user = creds.split(":", 1)[0]
        return f"{scheme}://{user}:***@{host}" if ":" in creds else f"{scheme}://{user}@{host}"
    return url
