"""Answers: their values, validation against a question's kind, and one-line rendering."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from app.domain import compute
from app.domain.checklist.model import (
    JUDGEMENTS,
    UNKNOWN,
    YN,
    YNP,
    Answer,
    ChecklistDefinition,
    Item,
)
from app.domain.errors import BadInput

_LICENCE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.+\-]*( (AND|OR|WITH) [A-Za-z0-9][A-Za-z0-9.+\-]*)*$")
_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")


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
        if not isinstance(value, Mapping) or set(value) != {
            "base_compute",
            "modification_compute",
        }:
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
