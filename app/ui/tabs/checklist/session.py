"""The Checklist tab's session state, without Qt (in the style of Electrum's wizard state).

What the officer has answered (saved, and typed but not saved yet), where the wizard
is (the :class:`app.domain.checklist.Navigator`), the optimistic-lock bookkeeping of
each pending answer, and the save batches. The widgets (``tab.py``) show it; the
controller (``controller.py``) loads and saves it through operations.

Optimistic locking: every pending answer remembers the saved version it was edited
from (``base_versions``); the service refuses a save whose version is no longer the
saved one (someone else saved first). This tab's *own* earlier saves move answers to
new versions before their results reach the screen (writes run one after another on
the write thread), so :class:`VersionLedger` records each own save's version step;
it is the one piece of state the write thread touches, behind a lock.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from app.domain import checklist_suggestions
from app.domain.checklist import ChecklistDefinition, Navigator, is_unknown, value_of
from app.services import checklist as svc
from app.services.context import AppContext

Answer = dict[str, Any]  # {"value": ..., "evidence": [sha256, ...], "note": "..."}


class VersionLedger:
    """The versions this tab's own saves moved answers through ({question: {from: to}}).
    Thread-safe: the write thread records and resolves, the GUI thread forgets."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._steps: dict[str, dict[int, int]] = {}

    def resolve(self, expected: Mapping[str, int]) -> dict[str, int]:
        """A version an own earlier save replaced is followed to the version it produced."""
        out = {}
        with self._lock:
            for iid, v in expected.items():
                chain = self._steps.get(iid, {})
                seen = set()
                while v in chain and v not in seen:
                    seen.add(v)
                    v = chain[v]
                out[iid] = v
        return out

    def record(self, expected: Mapping[str, int], now: Mapping[str, int]) -> None:
        with self._lock:
            for iid, v in expected.items():
                if now.get(iid, 0) != v:
                    self._steps.setdefault(iid, {})[v] = now.get(iid, 0)

    def forget(self, ids: Iterable[str]) -> None:
        with self._lock:
            for iid in ids:
                self._steps.pop(iid, None)


@dataclass(frozen=True)
class SaveBatch:
    """Answers to save together, with the versions they were edited from."""

    answers: dict[str, Answer]
    base: dict[str, int]
    checklist_id: str
    version: str

    def save(self, ctx: AppContext, reference: str, ledger: VersionLedger) -> svc.ChecklistState:
        """Worker thread: save, refused if someone else saved one of them first."""
        expected = ledger.resolve(self.base)
        st = svc.save_answers(
            ctx,
            reference,
            self.answers,
            checklist_id=self.checklist_id,
            version=self.version,
            expected_versions=expected,
        )
        ledger.record(expected, {iid: a.version for iid, a in st.answers.items()})
        return st


class ChecklistSession:
    """One case's checklist as the tab holds it."""

    def __init__(self) -> None:
        self.state: svc.ChecklistState | None = None
        self.defn: ChecklistDefinition | None = None
        self.nav: Navigator | None = None
        self.saved_answers: dict[str, Answer] = {}
        self.pending: dict[str, Answer] = {}
        self.base_versions: dict[str, int] = {}  # the saved version each pending answer was edited from
        self.ledger = VersionLedger()
        self.screening: dict[str, Any] | None = None  # the last licence screening (its candidates)

    # -- reading -------------------------------------------------------------------------
    def answers(self) -> dict[str, Answer]:
        """Saved answers with the unsaved ones on top."""
        out = dict(self.saved_answers)
        out.update(self.pending)
        return out

    def values(self) -> dict[str, Any]:
        return {k: value_of(v) for k, v in self.answers().items()}

    @property
    def locked(self) -> bool:
        """The case is decided or closed: answers are read-only."""
        return self.state is not None and self.state.status in svc.LOCKED_STATUSES

    def saved_version(self, iid: str) -> int:
        a = self.state.answers.get(iid) if self.state is not None else None
        return a.version if a is not None else 0

    def suggestion(self, iid: str) -> checklist_suggestions.Suggestion | None:
        """The suggestion worth offering for ``iid`` now (app/domain/checklist_suggestions.py)."""
        st = self.state
        found = checklist_suggestions.suggest(
            iid,
            self.values(),
            subject=st.subject if st is not None else None,
            subject_kind=st.subject_kind if st is not None else None,
            screening=self.screening,
        )
        return checklist_suggestions.offered(found, value_of(self.answers().get(iid)))

    # -- changing ------------------------------------------------------------------------
    def loaded(self, st: svc.ChecklistState, defn: ChecklistDefinition) -> bool:
        """Take a fresh read of the case; True on the first load (the wizard then resumes
        after the last question answered). Pending edits are kept, based on the versions
        they were made on."""
        first = self.nav is None
        self.pin_bases()
        self.state, self.defn = st, defn
        self.saved_answers = st.plain_answers()
        answers = self.answers()
        if self.nav is None:
            self.nav = Navigator(defn, answers, start=Navigator(defn, answers).resume_point())
        else:
            self.nav.set_answers(answers)
        return first

    def edited(self, iid: str, ans: Answer) -> None:
        """The page of ``iid`` now shows ``ans`` (valid): pending unless it is what is saved."""
        saved = self.saved_answers.get(iid)
        blank = is_unknown(ans["value"]) and not ans["evidence"] and not ans["note"]
        if saved == ans or (saved is None and blank):
            self.pending.pop(iid, None)
        else:
            self.pending[iid] = ans
        self.pin_bases()
        self.sync_nav()

    def put_value(self, iid: str, value: Any) -> Answer:
        """Set ``iid``'s value from elsewhere (the compute helper), keeping its evidence and note."""
        prev = self.pending.get(iid) or self.saved_answers.get(iid) or {}
        self.pending[iid] = {
            "value": value,
            "evidence": prev.get("evidence", []),
            "note": prev.get("note", ""),
        }
        self.sync_nav()
        return self.pending[iid]

    def sync_nav(self) -> None:
        if self.nav is not None:
            self.nav.set_answers(self.answers())

    def pin_bases(self) -> None:
        """Remember, for each pending answer, the saved version it was edited from."""
        for iid in self.pending:
            self.base_versions.setdefault(iid, self.saved_version(iid))
        for iid in [i for i in self.base_versions if i not in self.pending]:
            del self.base_versions[iid]

    def batch(self, ids: Iterable[str]) -> SaveBatch | None:
        """The pending answers among ``ids`` to save together (None: nothing to save)."""
        if self.state is None:
            return None
        answers = {i: dict(self.pending[i]) for i in ids if i in self.pending}
        if not answers:
            return None
        self.pin_bases()
        return SaveBatch(
            answers, {i: self.base_versions[i] for i in answers}, self.state.checklist_id, self.state.version
        )

    def saved(self, batch: SaveBatch, st: svc.ChecklistState) -> None:
        """``batch`` landed as ``st``: answers edited again meanwhile stay pending, on top of it."""
        self.pin_bases()
        for k, v in batch.answers.items():
            if self.pending.get(k) == v:
                self.pending.pop(k, None)
                self.base_versions.pop(k, None)
            elif k in self.pending and k in st.answers:
                self.base_versions[k] = st.answers[k].version
        self.state = st
        self.saved_answers = st.plain_answers()
        self.sync_nav()

    def drop(self, ids: Iterable[str]) -> None:
        """Forget the officer's stale edits of ``ids`` (a conflict's Reload)."""
        ids = list(ids)
        for iid in ids:
            self.pending.pop(iid, None)
            self.base_versions.pop(iid, None)
        self.ledger.forget(ids)
