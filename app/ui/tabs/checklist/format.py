"""Numbers in the Checklist tab: FLOP figures shown and typed, and translated templates filled."""

from __future__ import annotations

import re
from typing import Any

from app.domain import compute


class EditorError(Exception):
    """The editor holds something that is not a valid value (shown under the editor)."""


def num_text(v: Any) -> str:
    """A stored number as the editor shows it, at full precision (a reloaded value saves unchanged)."""
    n = compute.as_number(v)
    if n is None:
        return ""
    return f"{n:.12g}".replace("e+", "e")


def parse_number(text: str, what: str) -> float:
    """A typed figure (3.8e25, 3.8×10^25, 38 000); :class:`EditorError` naming ``what`` if not one."""
    try:
        return compute.parse_flop(text)
    except ValueError as err:
        raise EditorError(f"{what}: {err}") from None


def flop(value: float) -> str:
    """A FLOP figure ("7.2 × 10²³") with the interface language's decimal separator."""
    from app.ui.qt import QLocale

    return compute.format_flop(value).replace(".", QLocale().decimalPoint())


def fill(template: str, *args: str) -> str:
    """Put the arguments into a translated template's %1, %2, … in one pass (an argument
    that itself holds "%2" stays as it is)."""
    return re.sub(
        r"%(\d)",
        lambda m: args[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(args) else m.group(0),
        template,
    )
