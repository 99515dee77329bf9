"""The Checklist tab's Qt-free session state (app/ui/tabs/checklist/session.py) on a real
database: pending answers, optimistic-lock versions, save batches, and the ledger of this
tab's own saves."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

from app.domain.errors import Conflict
from app.services import cases
from app.services import checklist as svc
from app.ui.tabs.checklist.session import ChecklistSession, VersionLedger


def _answer(value: Any, note: str = "") -> dict[str, Any]:
    return {"value": value, "evidence": [], "note": note}


@pytest.fixture
def session(ctx: Any) -> tuple[ChecklistSession, str]:
    nc = cases.NewCase(title="ACME claim", provider="ACME Ltd", subject="ACME 7B", subject_kind="model")
    ref = str(cases.create_case(ctx, nc).reference)
    s = ChecklistSession()
    st = svc.get_state(ctx, ref)
    assert s.loaded(st, svc.load_definition(st.checklist_id, st.version, ctx=ctx)) is True
    return s, ref


def test_importing_the_session_loads_no_qt() -> None:
    code = "import sys, app.ui.tabs.checklist.session; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_ledger_follows_own_saves() -> None:
    ledger = VersionLedger()
    assert ledger.resolve({"A1": 0}) == {"A1": 0}
    ledger.record({"A1": 0}, {"A1": 1})
    ledger.record({"A1": 1}, {"A1": 2})
    ledger.record({"A2": 0}, {"A2": 0})  # unchanged: nothing recorded
    assert ledger.resolve({"A1": 0, "A2": 0}) == {"A1": 2, "A2": 0}
    ledger.forget(["A1"])
    assert ledger.resolve({"A1": 0}) == {"A1": 0}


def test_pending_answers_and_what_is_saved(session: tuple[ChecklistSession, str], ctx: Any) -> None:
    s, ref = session
    s.edited("A2", _answer("unknown"))  # blank and never saved: nothing pending
    assert s.pending == {} and s.batch(["A2"]) is None
    s.edited("A1", _answer("model"))
    assert s.pending == {"A1": _answer("model")} and s.base_versions == {"A1": 0}
    assert s.answers()["A1"]["value"] == "model" and s.values()["A1"] == "model"
    batch = s.batch(["A1"])
    assert batch is not None and batch.base == {"A1": 0}
    s.edited("A1", _answer("model", note="typed while saving"))  # edited again before the save lands
    st = batch.save(ctx, ref, s.ledger)
    s.saved(batch, st)
    assert s.saved_answers["A1"]["value"] == "model"
    assert s.pending == {"A1": _answer("model", note="typed while saving")}
    assert s.base_versions == {"A1": st.answers["A1"].version}  # on top of the save just made


def test_queued_batches_follow_each_other_but_a_foreign_save_conflicts(
    session: tuple[ChecklistSession, str], ctx: Any
) -> None:
    s, ref = session
    s.edited("A1", _answer("model"))
    first = s.batch(["A1"])
    s.edited("A1", _answer("system"))
    second = s.batch(["A1"])  # made before the first one's result reached the screen
    assert first is not None and second is not None and first.base == second.base == {"A1": 0}
    first.save(ctx, ref, s.ledger)  # the write thread runs them one after another
    st = second.save(ctx, ref, s.ledger)  # no conflict: the ledger follows the own save
    assert st.answers["A1"].value == "system"
    # someone else saves A1 now; the screen's next save is refused
    s.saved(second, st)
    s.edited("A1", _answer("both"))
    third = s.batch(["A1"])
    assert third is not None
    svc.save_answers(
        ctx,
        ref,
        {"A1": _answer("model")},
        checklist_id=third.checklist_id,
        version=third.version,
        expected_versions={"A1": st.answers["A1"].version},
    )
    with pytest.raises(Conflict):
        third.save(ctx, ref, s.ledger)
    s.drop(["A1"])
    assert s.pending == {} and s.base_versions == {}


def test_the_subject_kind_is_offered_until_it_is_the_answer(session: tuple[ChecklistSession, str]) -> None:
    s, _ref = session
    assert not s.locked
    offered = s.suggestion("A1")
    assert offered is not None and (offered.value, offered.reason) == ("model", "subject_kind")
    s.edited("A1", _answer("model"))
    assert s.suggestion("A1") is None
