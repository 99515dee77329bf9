"""Which licence a text is, for M1: an ``SPDX-License-Identifier:`` line, the whole-text
alignment against the LicenseDB (:mod:`.match`: every part, variants told apart, changed copies
"with modifications"), and the reviewed profiles' titles for model licences newer than the
LicenseDB data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from app.domain.licence.flags import HEAD_CHARS, UNKNOWN
from app.domain.licence.profiles import LicenceProfile, is_known_spdx, knowledge_base

_SPDX_LINE = re.compile(r"SPDX-License-Identifier:\s*([A-Za-z0-9.+\-() ]+?)\s*(\*/|-->|$)", re.MULTILINE)


# --- identification --------------------------------------------------------------------------

_ALTERNATIVE = re.compile(
    r"\b(choose|either|at your (option|choice)|dual[- ]licen[cs]ed|alternatively|whichever you prefer"
    r"|or, at your option)\b",
    re.IGNORECASE,
)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def _profile_match(text: str) -> LicenceProfile | None:
    """A model licence of the reviewed layer recognised by its own title (for licences newer
    than the LicenseDB data). Permissive profiles are left to whole-text matching."""
    head = _norm(text.lstrip()[:3000])[:HEAD_CHARS]
    for p in knowledge_base():
        if not p.permissive and p.matches(head):
            return p
    return None


@dataclass
class Identification:
    licence: str  # the id for M1: SPDX id / LicenseRef / expression / "unknown"
    parts: list[Any]  # app.domain.licence.match.Part
    via: str  # "spdx-line" | "text" | "profile" | "none"


def identify(text: str, name: str = "") -> Identification:
    """The licence of a text for M1 and every part found (see :func:`identify_licence`)."""
    from app.domain.licence import match

    m = _SPDX_LINE.search(text[:4000])
    parts = match.identify_parts(text, name)
    if m:
        expr = m.group(1).strip()
        if is_known_spdx(expr) or expr.startswith("LicenseRef-"):
            return Identification(expr, parts, "spdx-line")
    known = [p for p in parts if p.id != UNKNOWN]
    # an unidentified part resembling an older edition of the very licence identified beside it
    # (libpng keeps its previous licence after libpng-2.0) is no other set of terms
    unknown = [
        p
        for p in parts
        if p.id == UNKNOWN and not (p.resembles and _family(p.resembles) in {_family(k.id) for k in known})
    ]
    prof = _profile_match(text)
    if prof is not None and not (known and not unknown and all(p.coverage >= 0.95 for p in known)):
        return Identification(prof.id, parts, "profile")
    if not known:
        return Identification(UNKNOWN, parts, "none")
    weights = [p for p in known if p.covers == "weights"]
    if weights:
        return Identification(weights[0].id, parts, "text")
    if unknown and any(p.covers != "code" for p in unknown) and any(p.covers == "code" for p in known):
        return Identification(UNKNOWN, parts, "text")  # code licence known, the rest is not
    if unknown and sum(p.last_line - p.first_line + 1 for p in unknown) > sum(
        p.last_line - p.first_line + 1 for p in known
    ):
        return Identification(UNKNOWN, parts, "text")  # most of the text is unidentified terms
    ids = list(dict.fromkeys(p.id for p in known))
    if len(ids) == 1:
        return Identification(ids[0], parts, "text")
    joiner = " OR " if _ALTERNATIVE.search(text[:2000]) else " AND "
    return Identification(joiner.join(ids), parts, "text")


def _family(licence_id: str) -> str:
    """The name a licence's editions share: "libpng" for libpng-2.0 and Libpng."""
    base = licence_id.removeprefix("LicenseRef-scancode-").lower()
    return re.split(r"[-_.\d]", base, maxsplit=1)[0]


def identify_licence(text: str) -> str:
    """SPDX id, ``LicenseRef-...`` (or an expression of them) or ``"unknown"`` for a text."""
    return identify(text).licence
