"""Two officers answer the same checklist at once, on SQLite and PostgreSQL:
a save made on a stale screen is refused naming who changed the answer and
when, nothing of it is saved, a reload makes the save go through, and
answers to different questions never overwrite each other."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest

from app.domain.errors import BadInput, Conflict
from app.services import cases
from app.services import checklist as svc
from app.services.audit import case_events
from app.services.context import AppContext, open_context
from db.conflicts import EditConflict

CID, VER = "ai-act-oss", "2025.07"
ANNA, JAN = "Anna Kowalska", "Jan Nowak"


@contextmanager
def _pair(db_url: str) -> Iterator[tuple[AppContext, AppContext, str]]:
    """Anna's and Jan's contexts on one database and a case Anna opened (closed after)."""
    with ExitStack() as stack:
        a = open_context(db=db_url, officer=ANNA)
        stack.callback(a.close)
        b = open_context(db=db_url, officer=JAN)
        stack.callback(b.close)
        yield (
            a,
            b,
            cases.create_case(a, cases.NewCase(title="Answers race", provider="P", subject="S")).reference,
        )


def _save(ctx, ref, answers, expected=None):  # type: ignore[no-untyped-def]
    return svc.save_answers(ctx, ref, answers, checklist_id=CID, version=VER, expected_versions=expected)


def test_stale_answer_is_refused_naming_who_then_reload_saves(home: Path, db_url: str) -> None:
    with _pair(db_url) as (a, b, ref):
        _save(a, ref, {"M3": {"value": "no"}})
        seen_a = svc.get_state(a, ref)
        seen_b = svc.get_state(b, ref)
        assert seen_a.answers["M3"].version == 1 == seen_a.versions()["M3"]
        assert seen_a.answers["M3"].to_dict()["version"] == 1

        st = _save(b, ref, {"M3": {"value": "yes", "note": "Jan checked"}}, seen_b.versions())
        assert st.answers["M3"].version == 2 and st.changed == ("M3",)
        events_before = len(case_events(a, ref))

        with pytest.raises(EditConflict) as info:
            _save(
                a, ref, {"M3": {"value": "unknown", "note": "Anna's view"}}, {"M3": seen_a.versions()["M3"]}
            )
        err = info.value
        assert isinstance(err, Conflict) and err.reload
        assert err.changed_by == JAN and err.action == "checklist.answered" and err.changed_at
        assert err.questions == ("M3",)
        assert err.their_change == {"value": "yes", "evidence": [], "note": "Jan checked"}
        msg = str(err)
        assert "M3" in msg and ref in msg and JAN in msg and "version 2, you had 1" in msg
        assert "\n" not in msg and "reload" in msg.lower()
        # Nothing of Anna's save: the answer, the outcome and the audit trail are Jan's.
        now = svc.get_state(a, ref)
        assert now.answers["M3"].value == "yes" and now.answers["M3"].answered_by == JAN
        assert now.answers["M3"].note == "Jan checked"
        assert len(case_events(a, ref)) == events_before

        # Anna reloads (fresh versions) and saves: it goes through, over Jan's (seen) answer.
        fresh = svc.get_state(a, ref)
        st = _save(
            a, ref, {"M3": {"value": "unknown", "note": "Anna's view"}}, {"M3": fresh.versions()["M3"]}
        )
        assert st.answers["M3"].value == "unknown" and st.answers["M3"].answered_by == ANNA
        assert st.answers["M3"].version == 3


def test_first_answer_by_someone_else_is_a_conflict(home: Path, db_url: str) -> None:
    """Anna's screen showed M5 unanswered (version 0); Jan answered it meanwhile."""
    with _pair(db_url) as (a, b, ref):
        assert "M5" not in svc.get_state(a, ref).answers
        svc.save_answer(b, ref, "M5", {"value": "yes"}, checklist_id=CID, version=VER, expected_version=0)
        with pytest.raises(EditConflict) as info:
            svc.save_answer(a, ref, "M5", {"value": "no"}, checklist_id=CID, version=VER, expected_version=0)
        assert info.value.changed_by == JAN and "unanswered" in str(info.value)
        assert svc.get_state(a, ref).answers["M5"].value == "yes"


def test_answers_to_different_questions_are_both_kept(home: Path, db_url: str) -> None:
    with _pair(db_url) as (a, b, ref):
        seen_a = svc.get_state(a, ref).versions()
        seen_b = svc.get_state(b, ref).versions()
        _save(b, ref, {"M3": {"value": "yes"}}, {"M3": seen_b.get("M3", 0)})
        _save(a, ref, {"M2": {"value": "yes"}}, {"M2": seen_a.get("M2", 0)})
        st = svc.get_state(a, ref)
        assert st.answers["M3"].value == "yes" and st.answers["M3"].answered_by == JAN
        assert st.answers["M2"].value == "yes" and st.answers["M2"].answered_by == ANNA


def test_without_versions_saving_merges(home: Path, db_url: str) -> None:
    """The command line (no versions) keeps its merge semantics."""
    with _pair(db_url) as (a, b, ref):
        _save(b, ref, {"M3": {"value": "yes"}})
        _save(a, ref, {"M3": {"value": "no"}, "M2": {"value": "yes"}})
        st = svc.get_state(b, ref)
        assert st.answers["M3"].value == "no" and st.answers["M3"].version == 2
        assert st.answers["M2"].value == "yes"
        with pytest.raises(BadInput, match="whole number"):
            _save(a, ref, {"M2": {"value": "no"}}, {"M2": -1})


def test_concurrent_stale_saves_lose_nothing(home: Path, db_url: str) -> None:
    """Six officers save the same answer from the same screen at once: exactly one
    wins, the others get a Conflict naming someone, the audit trail has one change."""
    ctxs = [open_context(db=db_url, officer=f"Officer {i}") for i in range(6)]
    try:
        ref = cases.create_case(ctxs[0], cases.NewCase(title="Crowd", provider="P", subject="S")).reference
        seen = svc.get_state(ctxs[0], ref).versions().get("M3", 0)
        results: list[object] = [None] * len(ctxs)
        go = threading.Barrier(len(ctxs))

        def run(i: int) -> None:
            go.wait()
            try:
                results[i] = _save(ctxs[i], ref, {"M3": {"value": "yes", "note": f"by {i}"}}, {"M3": seen})
            except Exception as err:  # noqa: BLE001 - collected and checked below
                results[i] = err

        threads = [threading.Thread(target=run, args=(i,)) for i in range(len(ctxs))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        wins = [r for r in results if isinstance(r, svc.ChecklistState)]
        lost = [r for r in results if isinstance(r, Conflict)]
        assert len(wins) == 1 and len(lost) == len(ctxs) - 1, results
        st = svc.get_state(ctxs[0], ref)
        winner = st.answers["M3"].answered_by
        assert st.answers["M3"].version == 1 and st.answers["M3"].note == f"by {winner.split()[-1]}"
        assert all(winner in str(e) for e in lost)
        answered = [e for e in case_events(ctxs[0], ref) if e.action == "checklist.answered"]
        assert len(answered) == 1
    finally:
        for c in ctxs:
            c.close()
