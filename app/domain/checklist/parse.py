"""Parsing a definition document: what a JSON Schema cannot check (unique ids, known
sections, conditions that only look at earlier items), into frozen dataclasses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from app.domain import compute
from app.domain.checklist.model import (
    KINDS,
    ChecklistDefinition,
    DefinitionError,
    Item,
    Section,
)

# --- parsing a definition ----------------------------------------------------------

# An item's required texts, taken as strings under their own names.
_ITEM_TEXTS = ("track", "section", "kind", "question", "help", "basis")


def _cond_items(cond: Mapping[str, Any]) -> Iterable[str]:
    for key in ("all", "any"):
        if key in cond:
            for sub in cond[key]:
                yield from _cond_items(sub)
    if "not" in cond:
        yield from _cond_items(cond["not"])
    if "item" in cond:
        yield str(cond["item"])
    if "compute_band" in cond:
        yield from ("A2", "A2a", "A2b")


def _date(doc: Mapping[str, Any], key: str, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(doc[key]))
    except (KeyError, ValueError):
        raise DefinitionError(f"{where}: '{key}' must be an ISO date.") from None


def parse_definition(doc: Mapping[str, Any], *, origin: str = "checklist definition") -> ChecklistDefinition:
    """Build a definition; raise DefinitionError naming the file and the problem."""
    try:
        th = doc["thresholds"]
        thresholds = compute.Thresholds(
            gpai_flop=float(th["gpai_flop"]),
            systemic_flop=float(th["systemic_flop"]),
            compute_uncertainty=float(th["compute_uncertainty"]),
        )
        sections = tuple(Section(str(s["id"]), str(s["title"])) for s in doc["sections"])
        section_ids = {s.id for s in sections}
        items: list[Item] = []
        seen: set[str] = set()
        for raw in doc["items"]:
            iid = str(raw["id"])
            if iid in seen:
                raise DefinitionError(f"{origin}: question id {iid} appears twice.")
            if raw["kind"] not in KINDS:
                raise DefinitionError(f"{origin}: question {iid} has an unknown kind '{raw['kind']}'.")
            if raw["section"] not in section_ids:
                raise DefinitionError(f"{origin}: question {iid} is in unknown section '{raw['section']}'.")
            if raw["kind"] == "pick" and not raw.get("options"):
                raise DefinitionError(f"{origin}: pick question {iid} lists no options.")
            if raw["kind"] == "flags" and not raw.get("flags"):
                raise DefinitionError(f"{origin}: flags question {iid} lists no flags.")
            cond = raw.get("asked_when")
            if cond is not None:
                for ref in _cond_items(cond):
                    if ref not in seen:
                        raise DefinitionError(
                            f"{origin}: question {iid} is asked depending on {ref}, "
                            "which is not an earlier question."
                        )
            seen.add(iid)
            items.append(
                Item(
                    id=iid,
                    **{name: str(raw[name]) for name in _ITEM_TEXTS},
                    options=tuple(raw.get("options", ())),
                    option_labels=dict(raw.get("option_labels", {})),
                    flags=tuple(raw.get("flags", ())),
                    flag_labels=dict(raw.get("flag_labels", {})),
                    unit=str(raw.get("unit", "")),
                    informative=bool(raw.get("informative", False)),
                    asked_when=cond,
                )
            )
        defn = ChecklistDefinition(
            id=str(doc["id"]),
            version=str(doc["version"]),
            title=str(doc["title"]),
            source=str(doc["source"]),
            thresholds=thresholds,
            chapter_v_applies=_date(doc["dates"], "chapter_v_applies", origin),
            legacy_deadline=_date(doc["dates"], "legacy_deadline", origin),
            sections=sections,
            items=tuple(items),
            bases=dict(doc.get("bases", {})),
        )
    except DefinitionError:
        raise
    except (KeyError, TypeError, ValueError) as err:
        raise DefinitionError(f"{origin} is broken ({type(err).__name__}: {err}).") from None
    return defn
