"""Skip logic (``asked_when`` conditions) and the wizard navigator."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.domain import compute
from app.domain.checklist.answers import is_unknown, value_of, values_of
from app.domain.checklist.model import ChecklistDefinition, Item, Section
from app.domain.errors import BadInput

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
        self,
        defn: ChecklistDefinition,
        answers: Mapping[str, Any] | None = None,
        start: str | None = None,
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
