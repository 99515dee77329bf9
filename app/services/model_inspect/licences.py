"""Which licence a text is, and whether the card and the files agree."""

from __future__ import annotations

import re
from typing import Any

from .common import _LICENCE_FILE_RE

_KNOWN_LICENCES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Apache-2.0", ("apache license", "version 2.0")),
    ("MIT", ("permission is hereby granted, free of charge",)),
    ("BSD-3-Clause", ("redistribution and use in source and binary forms", "neither the name")),
    ("BSD-2-Clause", ("redistribution and use in source and binary forms",)),
    ("AGPL-3.0", ("gnu affero general public license", "version 3")),
    ("LGPL-3.0", ("gnu lesser general public license", "version 3")),
    ("LGPL-2.1", ("gnu lesser general public license", "version 2.1")),
    ("GPL-3.0", ("gnu general public license", "version 3")),
    ("GPL-2.0", ("gnu general public license", "version 2")),
    ("MPL-2.0", ("mozilla public license", "2.0")),
    ("EUPL-1.2", ("european union public licence", "v. 1.2")),
    ("CC-BY-NC-SA-4.0", ("attribution-noncommercial-sharealike 4.0",)),
    ("CC-BY-NC-4.0", ("attribution-noncommercial 4.0",)),
    ("CC-BY-SA-4.0", ("attribution-sharealike 4.0",)),
    ("CC-BY-4.0", ("creative commons attribution 4.0",)),
    ("CC0-1.0", ("cc0 1.0 universal",)),
    ("Unlicense", ("this is free and unencumbered software released into the public domain",)),
    ("OpenRAIL-M", ("responsible ai license", "openrail")),
    ("OpenRAIL", ("responsible ai license",)),
    ("Llama-3.1-Community", ("llama 3.1 community license",)),
    ("Llama-3-Community", ("meta llama 3 community license",)),
    ("Llama-2-Community", ("llama 2 community license",)),
    ("Gemma-Terms", ("gemma terms of use",)),
    ("Qwen-License", ("qwen license agreement",)),
)


def identify_licence(text: str) -> str | None:
    """The licence a text is, by the screener if present, else by key phrases."""
    try:
        import importlib

        licence_screen = importlib.import_module("app.domain.licence_screen")  # checklist area
        ident = getattr(licence_screen, "identify_licence", None)
        if ident is not None:
            found = ident(text)
            if found and str(found).lower() not in ("unknown", "none", ""):
                return str(found)
    except ImportError:
        pass
    return builtin_identify_licence(text)


def builtin_identify_licence(text: str) -> str | None:
    """A small matcher of well-known licences (used when the screener is absent)."""
    low = " ".join(text.lower().split())
    for spdx, needles in _KNOWN_LICENCES:
        if all(n in low for n in needles):
            return spdx
    return None


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
