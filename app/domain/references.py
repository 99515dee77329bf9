"""Case references: AIO-<year>-<4-digit sequence>, unique and never reused."""

from __future__ import annotations

import re

REFERENCE_RE = re.compile(r"^AIO-(\d{4})-(\d{4,})$")


def format_reference(year: int, seq: int) -> str:
    return f"AIO-{year:04d}-{seq:04d}"


def parse_reference(ref: str) -> tuple[int, int] | None:
    m = REFERENCE_RE.match(ref.strip())
    return (int(m.group(1)), int(m.group(2))) if m else None
