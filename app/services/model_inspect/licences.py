"""Which licence a text is, and whether the card and the files agree."""

from __future__ import annotations

import re
from typing import Any

from .common import _LICENCE_FILE_RE


def identify_licence(text: str) -> str | None:
    """The licence a text is, by the licence screener: whole-text identification (LicenseDB
    alignment, SPDX line, reviewed profiles' titles), else, for a short notice that names a
    licence without holding its text ("Apache License, Version 2.0"), the licence it names;
    ``None`` when neither recognises it."""
    from app.domain import licence_screen
    from app.domain.licence import match

    found = licence_screen.identify_licence(text)
    if found != licence_screen.UNKNOWN:
        return found
    named = match.referenced(text)
    return str(named[0]["id"]) if named else None


def builtin_identify_licence(text: str) -> str | None:
    """Kept for callers of the former key-phrase matcher: the same identification as
    :func:`identify_licence` (there is no second matcher any more)."""
    return identify_licence(text)


def mentioned_licence(text: str) -> str | None:
    """A licence a model card names without holding its text ("released under the Apache
    License 2.0"), by the screener's reading of licence names; ``None`` if it names none."""
    from app.domain.licence import match

    named = match.referenced(text, limit_words=20_000)
    return str(named[0]["id"]) if named else None


def screen_licence_file(name: str, text: str) -> dict[str, Any]:
    """What the clause reader finds in one licence file: the flags (M2a / M3f / M6a), the
    number of use restrictions, policies to attach, and whether every part was read."""
    from app.domain import licence_screen

    doc = licence_screen.screen_texts([(name, text)])
    return {
        "flags": doc["flags"],
        "restrictions": len(doc["restrictions"]),
        "policies_to_attach": [p["name"] for p in doc["policies"] if not p["attached"]],
        "not_screened": [x["source"] for x in doc["not_screened"]],
        "complete": doc["complete"],
    }


def is_licence_file(name: str) -> bool:
    return bool(_LICENCE_FILE_RE.match(name))


_MAIN_LICENCE_FILE_RE = re.compile(
    r"^(licen[cs]e|copying)([._-].*)?$|^.*[._-]licen[cs]e(\.(md|txt|rst))?$", re.I
)


def _licence_names(licence_id: str) -> set[str]:
    """The lower-case names a licence goes by: its id and, from the knowledge base, family and tag."""
    low = licence_id.lower()
    names = {low, re.sub(r"-(only|or-later)$", "", low)}
    try:
        from app.domain import licence_screen

        prof = licence_screen.profile(licence_id)
    except (ImportError, ValueError):
        prof = None
    if prof is not None:
        names.update({prof.family.lower(), prof.hf_tag.lower()})
    return names - {"other", ""}


def _known_tags() -> set[str]:
    try:
        from app.domain import licence_screen

        profiles = licence_screen.knowledge_base()
    except (ImportError, ValueError):
        return set()
    return {n for p in profiles for n in (p.family.lower(), p.hf_tag.lower(), p.id.lower())} - {"other", ""}


def licence_conflict(lic: dict[str, Any]) -> str | None:
    """A warning when the model card's licence contradicts what every licence file reads as.

    The card tag (``license``, or ``license_name`` when it is ``other``) must be a licence we
    know; only LICENSE/COPYING files count (not NOTICE or use policies).
    """
    card = lic["model_card"]
    tag = ""
    if "license" in card and isinstance(card["license"]["value"], str):
        tag = card["license"]["value"]
        if tag.lower() == "other" and "license_name" in card:
            tag = str(card["license_name"]["value"])
    elif "license_name" in card:
        tag = str(card["license_name"]["value"])
    tag = tag.strip().lower()
    if not tag or tag == "other" or tag not in _known_tags():
        return None
    named = [
        f for f in lic["files"] if f["licence"] and _MAIN_LICENCE_FILE_RE.match(f["path"].rsplit("/", 1)[-1])
    ]
    if not named or any(tag in _licence_names(f["licence"]) for f in named):
        return None
    first = named[0]
    return (
        f"The model card gives the licence '{tag}' but {first['path']} reads as {first['licence']}: "
        "check which licence applies."
    )
