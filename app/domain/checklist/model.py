"""The checklist's vocabulary: answer kinds and values, the definition, its sections and
questions, and a saved answer (frozen dataclasses, pure stdlib)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.domain import compute
from app.domain.errors import BadInput, ExemptioError

UNKNOWN = "unknown"
YN = ("yes", "no", UNKNOWN)
YNP = ("yes", "no", "partial", UNKNOWN)
JUDGEMENTS = ("safety", "specific", "proportionate", "objective_nondiscriminatory")
JUDGEMENT_LABELS = {
    "safety": "Safety-oriented",
    "specific": "Specific",
    "proportionate": "Proportionate",
    "objective_nondiscriminatory": "Objective, non-discriminatory",
}
KINDS = (
    "yn",
    "ynp",
    "pick",
    "number",
    "pd",
    "periods",
    "modifier",
    "licence",
    "flags",
    "restrictions",
    "date",
)


class DefinitionError(ExemptioError):
    """A checklist definition file is broken: the app must not half-work with it."""

    exit_code = 2


@dataclass(frozen=True)
class Section:
    id: str
    title: str


@dataclass(frozen=True)
class Item:
    id: str
    track: str
    section: str
    kind: str
    question: str
    help: str
    basis: str
    options: tuple[str, ...] = ()
    option_labels: Mapping[str, str] = field(default_factory=dict)
    flags: tuple[str, ...] = ()
    flag_labels: Mapping[str, str] = field(default_factory=dict)
    unit: str = ""
    informative: bool = False
    asked_when: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class ChecklistDefinition:
    id: str
    version: str
    title: str
    source: str
    thresholds: compute.Thresholds
    chapter_v_applies: dt.date
    legacy_deadline: dt.date
    sections: tuple[Section, ...]
    items: tuple[Item, ...]
    bases: Mapping[str, str]

    def item(self, item_id: str) -> Item:
        for it in self.items:
            if it.id == item_id:
                return it
        raise BadInput(f"Checklist {self.id} {self.version} has no question {item_id}.")

    def has(self, item_id: str) -> bool:
        return any(it.id == item_id for it in self.items)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(it.id for it in self.items)

    def section_title(self, section_id: str) -> str:
        for s in self.sections:
            if s.id == section_id:
                return s.title
        return section_id

    def basis(self, key: str) -> str:
        return self.bases.get(key, "")


@dataclass(frozen=True)
class Answer:
    value: Any
    evidence: tuple[str, ...] = ()
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "evidence": list(self.evidence), "note": self.note}


def finite(x: Any) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool) and math.isfinite(x)


def unique(seq: Sequence[str]) -> list[str]:
    out: list[str] = []
    for s in seq:
        if s not in out:
            out.append(s)
    return out
