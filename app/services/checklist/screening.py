"""Licence screening of a case's evidence for the checklist (licence-like items, SPDX ids)."""

from __future__ import annotations

import re
from typing import Any

from app.domain.errors import BadInput
from app.services.context import AppContext

_LICENCE_LIKE = re.compile(
    r"(licen[cs]e|copying|notice|use[_ -]?policy|acceptable[_ -]?use|terms|prohibited|rail)", re.IGNORECASE
)


def is_licence_like(rec: Any) -> bool:
    """A text evidence item the licence screening reads (by name, type and size)."""
    from app.domain import licence_screen
    from app.services import evidence as ev

    return bool(
        _LICENCE_LIKE.search(rec.display_name)
        and ev.is_text_type(rec.media_type)
        and rec.size <= licence_screen.MAX_BYTES
    )


def screen_case_licences(ctx: AppContext, reference: str) -> dict[str, Any] | None:
    """Screen the case's licence and policy evidence together (None when there is none).
    Reading them is recorded as custody (``evidence.viewed``, how "licence screening");
    citations name the evidence items, e.g. ``LICENSE:22``."""
    from app.domain import licence_screen
    from app.services import evidence as ev

    recs = [r for r in ev.list_evidence(ctx, reference) if is_licence_like(r)]
    if not recs:
        return None
    docs = []
    for r in recs:
        docs.append((r.label, ev.read_text(ctx, r, limit=licence_screen.MAX_BYTES)))
        ev.record_viewed(ctx, r.id, how="licence screening")
    return licence_screen.screen_texts(docs)


def check_licence_id(qid: str, value: Any) -> None:
    """An SPDX id (or expression) known to the SPDX data of license-expression, or a
    LicenseRef-...: catches typos such as 'Apache2' before they reach a letter."""
    from app.domain import licence_screen

    if not isinstance(value, str) or value == "unknown":
        return
    for symbol in re.split(r"\s+(?:AND|OR|WITH)\s+", value.strip("() ")):
        symbol = symbol.strip("() ")
        if symbol.startswith("LicenseRef-") or licence_screen.is_known_spdx(symbol):
            continue
        raise BadInput.of("checklist.not_spdx", question=qid, symbol=symbol)
