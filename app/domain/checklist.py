"""Checklist definitions, answer validation and the wizard navigator (pure stdlib).

A definition (``resources/checklists/<id>/<version>.json``) is data: its items,
kinds, thresholds and skip logic (``asked_when`` conditions). The JSON Schema
check happens where the file is loaded (``app.services.checklist``);
:func:`parse_definition` then checks what a schema cannot (unique ids, known
sections, conditions that only look at earlier items) and builds frozen
dataclasses.

The navigator answers "which questions are asked, in which order, given these
answers" without any UI: the Qt wizard, the CLI and the tests all use it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
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
_LICENCE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.+\-]*( (AND|OR|WITH) [A-Za-z0-9][A-Za-z0-9.+\-]*)*$")
_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")


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


# --- parsing a definition ----------------------------------------------------------


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
                    track=str(raw["track"]),
                    section=str(raw["section"]),
                    kind=str(raw["kind"]),
                    question=str(raw["question"]),
                    help=str(raw["help"]),
                    basis=str(raw["basis"]),
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


# --- translation overlays -------------------------------------------------------------
#
# ``<version>.<lang>.json`` next to ``<version>.json`` carries the display texts of one
# language: the definition's title, section titles and, per question, the question,
# help, option and flag labels. Ids, kinds, thresholds, legal bases and skip logic are
# never in an overlay, so a translated definition decides exactly as the English one.
# Whatever an overlay leaves out stays in English.

OVERLAY_LANGUAGES = ("fr", "de")
_OVERLAY_TOP = {"id", "version", "language", "title", "sections", "items"}
_OVERLAY_ITEM = {"question", "help", "option_labels", "flag_labels"}
_OVERLAY_NAME_RE = re.compile(r"\.[a-z]{2}$")


def is_overlay_name(stem: str) -> bool:
    """``2025.07.fr`` is an overlay's file stem; ``2025.07`` is a definition's."""
    return bool(_OVERLAY_NAME_RE.search(stem))


def overlay_path(path: Path, language: str) -> Path:
    """``.../2025.07.json`` + ``fr`` → ``.../2025.07.fr.json``."""
    return path.with_name(f"{path.stem}.{language}.json")


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise DefinitionError(f"{where} must be a non-empty text.")
    return value


def _labels(value: Any, known: Sequence[str], where: str) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise DefinitionError(f"{where} must be an object of labels.")
    for key in value:
        if key not in known:
            raise DefinitionError(
                f"{where} has a label for unknown value '{key}' (known: {', '.join(known)})."
            )
    return {str(k): _text(v, f"{where}['{k}']") for k, v in value.items()}


def apply_overlay(
    defn: ChecklistDefinition, overlay: Any, *, origin: str = "translation overlay"
) -> ChecklistDefinition:
    """The definition with the overlay's display texts; id, version and logic unchanged.

    An overlay naming an unknown question, section, field or value, or made for
    another definition, raises DefinitionError naming the overlay and the problem."""
    if not isinstance(overlay, Mapping):
        raise DefinitionError(f"{origin} must be a JSON object.")
    extra = set(overlay) - _OVERLAY_TOP
    if extra:
        raise DefinitionError(
            f"{origin}: unknown field '{sorted(extra)[0]}' (allowed: {', '.join(sorted(_OVERLAY_TOP))})."
        )
    if overlay.get("id") != defn.id or overlay.get("version") != defn.version:
        raise DefinitionError(
            f"{origin} is for {overlay.get('id')} {overlay.get('version')}, not {defn.id} {defn.version}."
        )
    title = _text(overlay["title"], f"{origin}: title") if "title" in overlay else defn.title
    sec = overlay.get("sections", {})
    if not isinstance(sec, Mapping):
        raise DefinitionError(f"{origin}: 'sections' must be an object {{section id: title}}.")
    section_ids = [s.id for s in defn.sections]
    for sid in sec:
        if sid not in section_ids:
            raise DefinitionError(f"{origin}: unknown section id '{sid}'.")
    sections = tuple(
        Section(s.id, _text(sec[s.id], f"{origin}: section {s.id}") if s.id in sec else s.title)
        for s in defn.sections
    )
    raw_items = overlay.get("items", {})
    if not isinstance(raw_items, Mapping):
        raise DefinitionError(f"{origin}: 'items' must be an object {{question id: texts}}.")
    for iid in raw_items:
        if not defn.has(str(iid)):
            raise DefinitionError(f"{origin}: unknown question id '{iid}' (not in {defn.id} {defn.version}).")
    items: list[Item] = []
    for it in defn.items:
        tr = raw_items.get(it.id)
        if tr is None:
            items.append(it)
            continue
        where = f"{origin}: question {it.id}"
        if not isinstance(tr, Mapping):
            raise DefinitionError(f"{where} must be an object of texts.")
        bad = set(tr) - _OVERLAY_ITEM
        if bad:
            raise DefinitionError(
                f"{where}: field '{sorted(bad)[0]}' cannot be translated "
                f"(allowed: {', '.join(sorted(_OVERLAY_ITEM))})."
            )
        changes: dict[str, Any] = {}
        for key in ("question", "help"):
            if key in tr:
                changes[key] = _text(tr[key], f"{where} {key}")
        if "option_labels" in tr:
            changes["option_labels"] = {
                **it.option_labels,
                **_labels(tr["option_labels"], it.options, f"{where} option_labels"),
            }
        if "flag_labels" in tr:
            changes["flag_labels"] = {
                **it.flag_labels,
                **_labels(tr["flag_labels"], it.flags, f"{where} flag_labels"),
            }
        items.append(dataclasses.replace(it, **changes))
    return dataclasses.replace(defn, title=title, sections=sections, items=tuple(items))


def read_overlay(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise DefinitionError(f"Translation overlay {path} cannot be read: {err.strerror}") from None
    except ValueError as err:
        raise DefinitionError(f"Translation overlay {path} is not valid JSON: {err}") from None


def load_definition(path: str | Path, language: str | None = None) -> ChecklistDefinition:
    """Read and parse a definition file (semantic checks only: the JSON Schema check is
    in ``app.services.checklist``), then lay the ``language`` overlay over it when one
    exists. English, ``None`` or a language without an overlay give the English texts."""
    p = Path(path)
    try:
        doc = json.loads(p.read_text(encoding="utf-8"))
    except OSError as err:
        raise DefinitionError(f"Checklist definition {p} cannot be read: {err.strerror}") from None
    except ValueError as err:
        raise DefinitionError(f"Checklist definition {p} is not valid JSON: {err}") from None
    defn = parse_definition(doc, origin=str(p))
    return with_language(defn, p, language)


def with_language(defn: ChecklistDefinition, path: Path, language: str | None) -> ChecklistDefinition:
    """``defn`` (loaded from ``path``) with its ``language`` overlay, if there is one."""
    if not language or language == "en":
        return defn
    ov = overlay_path(path, language)
    if not ov.is_file():
        return defn
    return apply_overlay(defn, read_overlay(ov), origin=f"Translation overlay {ov}")


# --- answers ------------------------------------------------------------------------


def is_unknown(value: Any) -> bool:
    """Missing and "unknown" mean the same (spec: Answers)."""
    return value is None or value == UNKNOWN


def value_of(answer: Any) -> Any:
    """The value of an answer given as ``{"value": ...}``, an :class:`Answer`, or a bare value."""
    if isinstance(answer, Answer):
        return answer.value
    if isinstance(answer, Mapping) and "value" in answer:
        return answer.get("value")
    return answer


def values_of(answers: Mapping[str, Any] | None) -> dict[str, Any]:
    """``{id: value}`` from saved answers; tolerant of any junk (garbage stays garbage)."""
    if not isinstance(answers, Mapping):
        return {}
    return {str(k): value_of(v) for k, v in answers.items()}


def _num(item: Item, value: Any, what: str = "") -> float:
    n = compute.as_number(value)
    if n is None:
        label = f"{item.id}{what}"
        raise BadInput(f"{label} must be a positive number (e.g. 3.8e25), not {value!r}.")
    return n


def validate_value(item: Item, value: Any) -> Any:
    """Check a value against the item's kind; return it normalised or raise BadInput
    with a one-line message naming the question."""
    if is_unknown(value):
        return UNKNOWN
    k = item.kind
    if k in ("yn", "ynp"):
        allowed = YN if k == "yn" else YNP
        if value not in allowed:
            raise BadInput(f"{item.id} must be one of {', '.join(allowed)}, not {value!r}.")
        return value
    if k == "pick":
        if value not in item.options:
            raise BadInput(f"{item.id} must be one of {', '.join(item.options)}, not {value!r}.")
        return value
    if k == "number":
        n = _num(item, value)
        return int(n) if isinstance(value, int) else n
    if k == "pd":
        if not isinstance(value, Mapping) or set(value) != {"P", "D"}:
            raise BadInput(f'{item.id} must be {{"P": parameters, "D": training tokens}}, not {value!r}.')
        p, d = _num(item, value["P"], " P"), _num(item, value["D"], " D")
        if p <= 0 or d <= 0:
            raise BadInput(f"{item.id}: P and D must be greater than zero.")
        return {"P": value["P"], "D": value["D"]}
    if k == "periods":
        if not isinstance(value, list) or not value:
            raise BadInput(f"{item.id} must be a list of [N, seconds, peak FLOP/s, utilisation] rows.")
        for i, row in enumerate(value, 1):
            if not isinstance(row, list) or len(row) != 4:
                raise BadInput(f"{item.id} row {i} must be [N, seconds, peak FLOP/s, utilisation].")
            nums = [_num(item, x, f" row {i}") for x in row]
            if any(x <= 0 for x in nums):
                raise BadInput(f"{item.id} row {i}: every figure must be greater than zero.")
            if nums[3] > 1:
                raise BadInput(
                    f"{item.id} row {i}: utilisation is a fraction between 0 and 1, not {row[3]!r}."
                )
        return [list(r) for r in value]
    if k == "modifier":
        if value == "no":
            return "no"
        if not isinstance(value, Mapping) or set(value) != {"base_compute", "modification_compute"}:
            raise BadInput(
                f'{item.id} must be "no" or {{"base_compute": FLOP, "modification_compute": FLOP}}.'
            )
        _num(item, value["base_compute"], " base_compute")
        _num(item, value["modification_compute"], " modification_compute")
        return dict(value)
    if k == "licence":
        if not isinstance(value, str) or not _LICENCE_RE.match(value.strip()) or len(value) > 200:
            raise BadInput(
                f"{item.id} must be an SPDX id (e.g. Apache-2.0) or LicenseRef-..., not {value!r}."
            )
        return value.strip()
    if k == "flags":
        if not isinstance(value, list) or not all(isinstance(f, str) for f in value):
            raise BadInput(f"{item.id} must be a list of flags from: {', '.join(item.flags)}.")
        bad = [f for f in value if f not in item.flags]
        if bad:
            raise BadInput(f"{item.id}: unknown flag {bad[0]!r}; allowed: {', '.join(item.flags)}.")
        return [f for f in item.flags if f in value]  # canonical order, no duplicates
    if k == "restrictions":
        if not isinstance(value, list):
            raise BadInput(f"{item.id} must be a list of restrictions, each with text and four judgements.")
        out = []
        for i, r in enumerate(value, 1):
            if not isinstance(r, Mapping) or not isinstance(r.get("text"), str) or not r["text"].strip():
                raise BadInput(f"{item.id} restriction {i} needs a non-empty 'text'.")
            extra = set(r) - {"text", "source", *JUDGEMENTS}
            if extra:
                raise BadInput(f"{item.id} restriction {i}: unknown field {sorted(extra)[0]!r}.")
            entry: dict[str, Any] = {"text": r["text"].strip()}
            if isinstance(r.get("source"), str) and r["source"]:
                entry["source"] = r["source"]
            for j in JUDGEMENTS:
                v = r.get(j, UNKNOWN)
                if v is None:
                    v = UNKNOWN
                if v not in YN:
                    raise BadInput(f"{item.id} restriction {i}: '{j}' must be yes, no or unknown, not {v!r}.")
                entry[j] = v
            out.append(entry)
        return out
    if k == "date":
        if not isinstance(value, str):
            raise BadInput(f"{item.id} must be an ISO date (YYYY-MM-DD), not {value!r}.")
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            raise BadInput(f"{item.id} must be an ISO date (YYYY-MM-DD), not {value!r}.") from None
    raise BadInput(f"{item.id} has an unsupported kind {k!r}.")  # pragma: no cover - parse refuses it


def validate_answer(defn: ChecklistDefinition, item_id: str, raw: Any) -> Answer:
    """An answer object from answers.json: ``{"value": V, "evidence": [sha...], "note": "..."}``."""
    if not defn.has(item_id):
        raise BadInput(f"Unknown question id {item_id!r} for checklist {defn.id} {defn.version}.")
    item = defn.item(item_id)
    if not isinstance(raw, Mapping):
        raise BadInput(
            f'{item_id}: an answer must be an object {{"value": ..., "evidence": [...], "note": ...}}.'
        )
    extra = set(raw) - {"value", "evidence", "note"}
    if extra:
        raise BadInput(f"{item_id}: unknown answer field {sorted(extra)[0]!r}.")
    value = validate_value(item, raw.get("value"))
    ev = raw.get("evidence", [])
    if not isinstance(ev, list) or not all(isinstance(x, str) for x in ev):
        raise BadInput(f"{item_id}: evidence must be a list of SHA-256 hashes.")
    evidence: list[str] = []
    for x in ev:
        h = x.strip().lower()
        if not _SHA256_RE.match(h):
            raise BadInput(f"{item_id}: {x!r} is not a SHA-256 hash (64 hex digits).")
        if h not in evidence:
            evidence.append(h)
    note = raw.get("note", "")
    if not isinstance(note, str):
        raise BadInput(f"{item_id}: the note must be text.")
    return Answer(value=value, evidence=tuple(evidence), note=note)


# --- skip logic and navigation --------------------------------------------------------


def _answered(value: Any) -> bool:
    if is_unknown(value):
        return False
    return not (isinstance(value, str) and not value.strip())


def condition_holds(cond: Mapping[str, Any] | None, values: Mapping[str, Any], band: str) -> bool:
    """Evaluate an ``asked_when`` condition; never raises on odd values."""
    if cond is None:
        return True
    if "all" in cond:
        return all(condition_holds(c, values, band) for c in cond["all"])
    if "any" in cond:
        return any(condition_holds(c, values, band) for c in cond["any"])
    if "not" in cond:
        return not condition_holds(cond["not"], values, band)
    if "compute_band" in cond:
        return band in cond["compute_band"]
    v = values.get(str(cond.get("item")))
    if "in" in cond:
        try:
            return v in cond["in"]
        except TypeError:
            return False
    if "answered" in cond:
        return _answered(v) == bool(cond["answered"])
    if "nonempty" in cond:
        return (isinstance(v, list) and len(v) > 0) == bool(cond["nonempty"])
    return False


def asked_items(defn: ChecklistDefinition, answers: Mapping[str, Any] | None) -> list[Item]:
    """The questions asked given the answers, in definition order."""
    values = values_of(answers)
    band = compute.estimate(values, defn.thresholds).band
    return [it for it in defn.items if condition_holds(it.asked_when, values, band)]


def asked_ids(defn: ChecklistDefinition, answers: Mapping[str, Any] | None) -> list[str]:
    return [it.id for it in asked_items(defn, answers)]


class Navigator:
    """A pure wizard navigator (in the manner of Electrum's wizard: the UI asks it
    where to go; it never touches a widget).

    The current question is kept by id. ``next``/``back`` are computed from the
    answers at the time of the call, so changing an earlier answer (e.g. A1)
    immediately changes the path. Back follows the questions actually visited.
    """

    def __init__(
        self, defn: ChecklistDefinition, answers: Mapping[str, Any] | None = None, start: str | None = None
    ) -> None:
        self.defn = defn
        self._answers: dict[str, Any] = dict(answers or {})
        path = self.path()
        self.current: str = start if start in path else path[0]
        self._history: list[str] = []

    # answers are owned by the caller; the navigator keeps a copy for its decisions
    def set_answers(self, answers: Mapping[str, Any]) -> None:
        self._answers = dict(answers)

    def set_answer(self, item_id: str, answer: Any) -> None:
        if is_unknown(value_of(answer)):
            self._answers.pop(item_id, None)
        else:
            self._answers[item_id] = answer

    @property
    def answers(self) -> dict[str, Any]:
        return dict(self._answers)

    def path(self) -> list[str]:
        return asked_ids(self.defn, self._answers)

    def position(self) -> tuple[int, int]:
        """(1-based index of the current question among those asked, how many are asked)."""
        p = self.path()
        return (p.index(self.current) + 1 if self.current in p else 0), len(p)

    def next_id(self) -> str | None:
        p = self.path()
        order = self.defn.ids
        cur = order.index(self.current)
        for iid in order[cur + 1 :]:
            if iid in p:
                return iid
        return None

    def prev_id(self) -> str | None:
        p = self.path()
        for iid in reversed(self._history):
            if iid in p:
                return iid
        order = self.defn.ids
        cur = order.index(self.current)
        for iid in reversed(order[:cur]):
            if iid in p:
                return iid
        return None

    @property
    def can_next(self) -> bool:
        return self.next_id() is not None

    @property
    def can_back(self) -> bool:
        return self.prev_id() is not None

    def go_next(self) -> str:
        nxt = self.next_id()
        if nxt is not None:
            self._history.append(self.current)
            self.current = nxt
        return self.current

    def go_back(self) -> str:
        prv = self.prev_id()
        if prv is not None:
            while self._history and self._history[-1] != prv:
                self._history.pop()
            if self._history:
                self._history.pop()
            self.current = prv
        return self.current

    def go_to(self, item_id: str) -> str:
        if item_id not in self.path():
            raise BadInput(f"Question {item_id} is not asked with the current answers.")
        if item_id != self.current:
            self._history.append(self.current)
            self.current = item_id
        return self.current

    def first_unanswered(self) -> str | None:
        for iid in self.path():
            if not _answered(value_of(self._answers.get(iid))):
                return iid
        return None

    def resume_point(self) -> str:
        """Where to continue: the question after the last one answered (in asked order),
        else the first question; the last question when everything after it is answered."""
        p = self.path()
        last = -1
        for i, iid in enumerate(p):
            if _answered(value_of(self._answers.get(iid))):
                last = i
        return p[min(last + 1, len(p) - 1)]

    def sections(self) -> list[tuple[Section, list[str]]]:
        """The sections with at least one asked question, each with its asked ids."""
        p = self.path()
        out: list[tuple[Section, list[str]]] = []
        for s in self.defn.sections:
            ids = [it.id for it in self.defn.items if it.section == s.id and it.id in p]
            if ids:
                out.append((s, ids))
        return out


def format_value(item: Item, value: Any) -> str:
    """A one-line rendering of a value for lists and the CLI."""
    if is_unknown(value):
        return "unknown"
    if item.kind == "number":
        n = compute.as_number(value)
        return compute.format_flop(n, unicode=False) if n is not None and item.unit == "FLOP" else str(value)
    if item.kind == "pd" and isinstance(value, Mapping):
        p, d = compute.as_number(value.get("P")), compute.as_number(value.get("D"))
        return f"P={p:.4g}, D={d:.4g}" if p is not None and d is not None else str(dict(value))
    if item.kind == "flags" and isinstance(value, list):
        return ", ".join(map(str, value)) if value else "none"
    if item.kind == "restrictions" and isinstance(value, list):
        return f"{len(value)} restriction(s)"
    if item.kind == "periods" and isinstance(value, list):
        return f"{len(value)} period(s)"
    return str(value)


def finite(x: Any) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool) and math.isfinite(x)


def unique(seq: Sequence[str]) -> list[str]:
    out: list[str] = []
    for s in seq:
        if s not in out:
            out.append(s)
    return out
