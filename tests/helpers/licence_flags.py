"""What the licence screener raises on one text, as one set of names: the M2a and M3f flags,
``restriction``, ``naming`` (M6a) and ``policy`` (a use policy named but not attached). The
paraphrase tests (tests/unit/test_licence_paraphrase*.py) compare it with each phrasing's flag,
one test per row of their tables (``@positives(POSITIVES)``, ``@negatives(NEGATIVES)``)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from app.domain import licence_screen as ls


def raised(text: str) -> set[str]:
    doc = ls.screen_texts([("LICENSE", text)])
    out = set(doc["flags"]["M2a"]) | set(doc["flags"]["M3f"])
    if doc["restrictions"]:
        out.add("restriction")
    if doc["flags"]["M6a"]:
        out.add("naming")
    if any(not p["attached"] for p in doc["policies"]):
        out.add("policy")
    return out


def positives(rows: Sequence[tuple[str, str, str]]) -> pytest.MarkDecorator:
    """One test per (flag, lang, text) row, named flag-lang-index."""
    ids = [f"{f}-{lg}-{i}" for i, (f, lg, _) in enumerate(rows)]
    return pytest.mark.parametrize(("flag", "lang", "text"), rows, ids=ids)


def negatives(rows: Sequence[tuple[str, str, tuple[str, ...]]]) -> pytest.MarkDecorator:
    """One test per (lang, text, allowed flags) row, named lang-index."""
    return pytest.mark.parametrize(
        ("lang", "text", "allowed"), rows, ids=[f"{lg}-{i}" for i, (lg, _, _) in enumerate(rows)]
    )
