"""Command lines the CLI tests type again and again."""

from __future__ import annotations


def new_case(title: str, *extra: str, officer: str = "Anna Officer") -> tuple[str, ...]:
    """``exemptio case new`` for a case titled ``title`` (provider P, subject S), assigned
    to and opened by ``officer``; ``extra`` options follow (e.g. ``"--db", url``)."""
    return (
        "case",
        "new",
        "--title",
        title,
        "--provider",
        "P",
        "--subject",
        "S",
        "--officer",
        officer,
    ) + extra
