"""The officer-reviewed legal layer: ``resources/licences/*.json``, one profile per licence
family keyed by SPDX / ScanCode / LicenseRef ids, with its known clauses and suggested answers
(each with its source and a marker [V] / [S] / [I]); and the ids license-expression knows."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.checklist import DefinitionError


@dataclass(frozen=True)
class Suggestion:
    value: Any
    why: str
    marker: str
    source: str


@dataclass(frozen=True)
class LicenceProfile:
    family: str
    id: str
    name: str
    hf_tag: str
    permissive: bool
    priority: int
    identify: tuple[str, ...]
    identify_all: tuple[str, ...]
    text_url: str
    clauses: tuple[Mapping[str, Any], ...]
    compatible_conditions: tuple[str, ...]
    suggestions: Mapping[str, Suggestion]
    effect: str
    effect_marker: str
    notes: str = ""
    policy_url: str = ""
    date: str = ""
    aliases: tuple[str, ...] = ()  # other ids of the same licence (e.g. a ScanCode key without SPDX id)
    _patterns: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)
    _patterns_all: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)

    def matches(self, text: str) -> bool:
        return any(p.search(text) for p in self._patterns) and all(p.search(text) for p in self._patterns_all)


# --- knowledge base ------------------------------------------------------------------------


def kb_root() -> Path:
    from app.resources import resource_path

    return resource_path("licences")


@functools.lru_cache(maxsize=1)
def _spdx_keys() -> frozenset[str]:
    """SPDX ids and ScanCode LicenseRef ids from the license-expression package data."""
    import license_expression

    keys: set[str] = set()
    for entry in license_expression.get_license_index():
        if entry.get("spdx_license_key"):
            keys.add(str(entry["spdx_license_key"]))
        keys.update(str(k) for k in entry.get("other_spdx_license_keys") or [])
    return frozenset(keys)


def is_known_spdx(licence_id: str) -> bool:
    return licence_id in _spdx_keys()


def _check_id(lid: str, origin: str) -> None:
    if lid.startswith("LicenseRef-") and not lid.startswith("LicenseRef-scancode-"):
        if not re.fullmatch(r"LicenseRef-[A-Za-z0-9.\-]+", lid):
            raise DefinitionError(f"{origin}: '{lid}' is not a valid LicenseRef id.")
        return
    if not is_known_spdx(lid):
        raise DefinitionError(
            f"{origin}: '{lid}' is not an SPDX or ScanCode licence id known to license-expression."
        )


_SUGGESTABLE = ("M1", "M2", "M2a", "M3", "M3f", "M4", "M5", "M6", "M6a", "M7")


def _profile(doc: Mapping[str, Any], origin: str) -> LicenceProfile:
    try:
        lid = str(doc["id"])
        _check_id(lid, origin)
        sugg: dict[str, Suggestion] = {}
        for k, v in dict(doc.get("suggestions", {})).items():
            if k not in _SUGGESTABLE:
                raise DefinitionError(f"{origin}: suggestion for unknown question {k}.")
            if v.get("marker") not in ("[V]", "[S]", "[I]"):
                raise DefinitionError(f"{origin}: suggestion {k} needs a marker [V], [S] or [I].")
            sugg[k] = Suggestion(
                value=v["value"], why=str(v["why"]), marker=str(v["marker"]), source=str(v["source"])
            )
        for c in doc.get("clauses", []):
            if c.get("marker") not in ("[V]", "[S]", "[I]") or not c.get("source"):
                raise DefinitionError(f"{origin}: clause {c.get('ref')} needs a source and a marker.")
        identify = tuple(str(p) for p in doc["identify"])
        identify_all = tuple(str(p) for p in doc.get("identify_all", ()))
        return LicenceProfile(
            family=str(doc["family"]),
            id=lid,
            name=str(doc["name"]),
            hf_tag=str(doc.get("hf_tag", "")),
            permissive=bool(doc["permissive"]),
            priority=int(doc.get("priority", 10)),
            identify=identify,
            identify_all=identify_all,
            text_url=str(doc.get("text_url", "")),
            clauses=tuple(doc.get("clauses", [])),
            compatible_conditions=tuple(doc.get("compatible_conditions", [])),
            suggestions=sugg,
            effect=str(doc.get("effect", "")),
            effect_marker=str(doc.get("effect_marker", "")),
            notes=str(doc.get("notes", "")),
            policy_url=str(doc.get("policy_url", "")),
            date=str(doc.get("date", "")),
            aliases=tuple(str(a) for a in doc.get("aliases", ())),
            _patterns=tuple(re.compile(p, re.IGNORECASE) for p in identify),
            _patterns_all=tuple(re.compile(p, re.IGNORECASE) for p in identify_all),
        )
    except DefinitionError:
        raise
    except (KeyError, TypeError, ValueError, re.error) as err:
        raise DefinitionError(f"Licence profile {origin} is broken ({type(err).__name__}: {err}).") from None


@functools.lru_cache(maxsize=4)
def _load_kb(root: str) -> tuple[LicenceProfile, ...]:
    profiles = []
    seen: set[str] = set()
    for path in sorted(Path(root).glob("*.json")):
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise DefinitionError(f"Licence profile {path} cannot be read: {err}") from None
        prof = _profile(doc, str(path))
        if prof.id in seen:
            raise DefinitionError(
                f"Licence profile {path}: id {prof.id} appears twice in the knowledge base."
            )
        seen.add(prof.id)
        profiles.append(prof)
    return tuple(sorted(profiles, key=lambda p: -p.priority))


def knowledge_base(root: Path | None = None) -> tuple[LicenceProfile, ...]:
    """All licence profiles, most specific first."""
    return _load_kb(str(root or kb_root()))


def profile(licence_id: str) -> LicenceProfile | None:
    for p in knowledge_base():
        if (
            p.id == licence_id
            or licence_id in p.aliases
            or p.family == licence_id
            or (p.hf_tag and p.hf_tag == licence_id and p.hf_tag != "other")
        ):
            return p
    return None


def suggestions_for(licence_id: str) -> dict[str, Suggestion]:
    """Suggested answers for M2-M7 when M1 is this licence (suggestions, not answers)."""
    p = profile(licence_id)
    return dict(p.suggestions) if p else {}
