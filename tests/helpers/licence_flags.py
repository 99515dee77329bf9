"""What the licence screener raises on one text, as one set of names: the M2a and M3f flags,
``restriction``, ``naming`` (M6a) and ``policy`` (a use policy named but not attached). The
paraphrase tests (tests/unit/test_licence_paraphrase*.py) compare it with each phrasing's flag."""

from __future__ import annotations

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
