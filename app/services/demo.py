"""Demo data: about twenty FICTIONAL cases covering every state, deadline
situation and outcome. Everything goes through the case services (so it is
audited like real work); only the dates are moved into the past afterwards,
in one audited step, so that the dashboard shows months of history.

Every provider, subject, officer and note says it is fictional.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.domain.errors import BadInput
from app.domain.lifecycle import Status
from app.services import cases, roles
from app.services.context import AppContext
from db import audit
from db.models import AuditEvent, Case
from db.repositories import OfficerRepository
from db.uow import unit_of_work

DEMO_ACTOR = "Exemptio demo (fictional)"
OFFICERS = ("ŚMISZEK Ewa", "GONÇALVES Bruno", "MÜLLER Jörg", "NÍ BHRIAIN Aoife")

# The path through the lifecycle to reach each state.
_PATH = {
    Status.DRAFT: [],
    Status.INTAKE: [Status.INTAKE],
    Status.ASSESSMENT: [Status.INTAKE, Status.ASSESSMENT],
    Status.REVIEW: [Status.INTAKE, Status.ASSESSMENT, Status.REVIEW],
    Status.DECIDED: [Status.INTAKE, Status.ASSESSMENT, Status.REVIEW, Status.DECIDED],
    Status.CLOSED: [Status.INTAKE, Status.ASSESSMENT, Status.REVIEW, Status.DECIDED, Status.CLOSED],
}


@dataclass(frozen=True)
class DemoCase:
    title: str
    provider: str
    subject: str
    version: str
    kind: str
    status: Status
    officer: str | None
    due_in_days: int  # relative to today (negative = in the past)
    created_days_ago: int
    outcome: str = ""
    clock_stopped_days_ago: int | None = None
    reopened: bool = False
    sent_back: bool = False
    notes: str = ""
    letter: str = ""  # "issued" (walked to review, then the letter issued decides it), "approved", "drafted"


D = DemoCase
CASES: tuple[DemoCase, ...] = (
    D(
        "Fictional Llama-style licence case: community licence with user threshold",
        "Fictional Lamaworks Platforms Ltd",
        "Lamina 3 8B (fictional)",
        "3.0",
        "model",
        Status.ASSESSMENT,
        OFFICERS[0],
        24,
        36,
        notes="Fictional demo case. Licence caps monthly active users; check Art. 53(2) conditions.",
    ),
    D(
        "Fictional Mistral-style Apache-2.0 release",
        "Fictional Brise Logicielle SAS",
        "Brise 7B Instruct (fictional)",
        "0.3",
        "model",
        Status.DECIDED,
        OFFICERS[1],
        -20,
        140,
        outcome="partially_exempt",
        letter="issued",
        notes="Fictional demo case. Weights, architecture and usage information public.",
    ),
    D(
        "Fictional open-weights model above the systemic-risk threshold",
        "Fictional Quanta Forge GmbH",
        "Forge-XL 400B (fictional)",
        "1.0",
        "model",
        Status.DECIDED,
        OFFICERS[2],
        -45,
        180,
        outcome="not_exempt_systemic_risk",
        notes="Fictional demo case. Training compute estimated at 3.8e25 FLOP (6PD).",
    ),
    D(
        "Fictional research model, weights on request only",
        "Fictional Nordlys Research AB",
        "Aurora-2 13B (fictional)",
        "2.1",
        "model",
        Status.CLOSED,
        OFFICERS[3],
        -80,
        230,
        outcome="not_exempt",
        notes="Fictional demo case. Weights gated by discretionary approval (licence_access).",
    ),
    D(
        "Fictional chatbot system built on an open model",
        "Fictional Helpdesk Robotics BV",
        "HelpBot Assistant (fictional)",
        "5.2",
        "system",
        Status.REVIEW,
        OFFICERS[0],
        5,
        50,
        notes="Fictional demo case. Art. 50 transparency duties to be checked.",
    ),
    D(
        "Fictional speech model with non-commercial clause",
        "Fictional Sonora Labs S.r.l.",
        "Sonora ASR Large (fictional)",
        "1.4",
        "model",
        Status.INTAKE,
        OFFICERS[1],
        -6,
        70,
        notes="Fictional demo case. Overdue: waiting on intake documents.",
    ),
    D(
        "Fictional small classifier, not general-purpose",
        "Fictional Tinta Analytics Lda",
        "Tinta Sentiment Mini (fictional)",
        "0.9",
        "model",
        Status.DECIDED,
        OFFICERS[2],
        -10,
        120,
        outcome="not_gpai",
        notes="Fictional demo case. Narrow task model; Art. 3(63) not met.",
    ),
    D(
        "Fictional multimodal model, compute unknown",
        "Fictional Prism Vision Oy",
        "Prism-V 34B (fictional)",
        "1.1",
        "model",
        Status.REVIEW,
        OFFICERS[3],
        2,
        55,
        outcome="undetermined",
        letter="approved",
        notes="Fictional demo case. Provider has not disclosed training compute.",
    ),
    D(
        "Fictional medical triage system",
        "Fictional Clinica Digital S.L.",
        "TriageAssist (fictional)",
        "3.0",
        "system",
        Status.DECIDED,
        OFFICERS[0],
        -30,
        160,
        outcome="not_excluded_high_risk",
        notes="Fictional demo case. Annex III high-risk use; Art. 2(12) exclusion does not apply.",
    ),
    D(
        "Fictional open-source code review system",
        "Fictional Kodeks Software sp. z o.o.",
        "Kodeks Review (fictional)",
        "2.0",
        "system",
        Status.CLOSED,
        OFFICERS[1],
        -100,
        260,
        outcome="excluded_art_2_12",
        notes="Fictional demo case. Free and open-source licence (MIT).",
    ),
    D(
        "Fictional emotion recognition system at work",
        "Fictional Mood Metrics Inc.",
        "MoodCam Enterprise (fictional)",
        "1.0",
        "system",
        Status.DECIDED,
        OFFICERS[2],
        -60,
        200,
        outcome="art5_applies",
        notes="Fictional demo case. Art. 5(1)(f) prohibition in the workplace.",
    ),
    D(
        "Fictional synthetic voice generator",
        "Fictional Echo Studio Ltd",
        "EchoVoice (fictional)",
        "2.3",
        "system",
        Status.CLOSED,
        OFFICERS[3],
        -120,
        300,
        outcome="art50_applies",
        notes="Fictional demo case. Deep-fake labelling under Art. 50(4).",
    ),
    D(
        "Fictional paid recommender system offered from outside the EU",
        "Fictional Faraway Models Pty Ltd",
        "Outback Recommender (fictional)",
        "1.0",
        "system",
        Status.DECIDED,
        OFFICERS[0],
        -25,
        110,
        outcome="act_applies",
        notes="Fictional demo case. Monetised system: the Art. 2(12) exclusion does not apply.",
    ),
    D(
        "Fictional translation model, clock stopped for provider reply",
        "Fictional Babel Bridges SARL",
        "Babel-MT 3B (fictional)",
        "4.0",
        "model",
        Status.ASSESSMENT,
        OFFICERS[1],
        12,
        45,
        clock_stopped_days_ago=9,
        notes="Fictional demo case. Request for information sent; clock stopped.",
    ),
    D(
        "Fictional weather foundation model",
        "Fictional Cumulus Earth AG",
        "Cumulus-1 (fictional)",
        "1.0",
        "model",
        Status.ASSESSMENT,
        OFFICERS[2],
        3,
        58,
        notes="Fictional demo case. Due this week.",
    ),
    D(
        "Fictional legal drafting model, reopened after new facts",
        "Fictional Lex Machina Europa SE",
        "LexDraft 70B (fictional)",
        "1.2",
        "model",
        Status.ASSESSMENT,
        OFFICERS[3],
        -3,
        150,
        outcome="partially_exempt",  # decided once, before it was reopened
        reopened=True,
        letter="drafted",
        notes="Fictional demo case. Reopened: provider changed the licence.",
    ),
    D(
        "Fictional image generator, sent back from review",
        "Fictional Pixelgarten GmbH",
        "Garten Diffusion XL (fictional)",
        "2.0",
        "model",
        Status.ASSESSMENT,
        OFFICERS[0],
        18,
        65,
        sent_back=True,
        notes="Fictional demo case. Reviewer asked for the M4 restriction analysis.",
    ),
    D(
        "Fictional agricultural vision system",
        "Fictional Agro Sensa Kft.",
        "AgroSense (fictional)",
        "0.8",
        "system",
        Status.DRAFT,
        None,
        40,
        2,
        notes="Fictional demo case. Not yet assigned.",
    ),
    D(
        "Fictional tokenizer-free language model",
        "Fictional Byte Level Labs ApS",
        "ByteLM 1B (fictional)",
        "0.1",
        "model",
        Status.DRAFT,
        OFFICERS[1],
        55,
        1,
        notes="Fictional demo case. Draft opened from a complaint.",
    ),
    D(
        "Fictional embedding model, waiting for documents",
        "Fictional Vektor Systems a.s.",
        "Vektor-Embed (fictional)",
        "2.0",
        "model",
        Status.INTAKE,
        OFFICERS[2],
        6,
        30,
        clock_stopped_days_ago=4,
        notes="Fictional demo case. Clock stopped; Annex XII documents asked for.",
    ),
    D(
        "Fictional robotics control model",
        "Fictional Servo Dynamics NV",
        "ServoNet 2 (fictional)",
        "2.0",
        "model",
        Status.REVIEW,
        OFFICERS[3],
        -2,
        75,
        notes="Fictional demo case. Overdue in review.",
    ),
)


def _yes() -> dict[str, Any]:
    return {"value": "yes"}


_M_OPEN: dict[str, Any] = {
    "A1": {"value": "model"},
    "A2": {"value": 5e23},
    "A3": _yes(),
    "A4": {"value": "no"},
    "A5": {"value": "2025-09-01"},
    "M1": {"value": "Apache-2.0"},
    "M2": _yes(),
    "M2a": {"value": []},
    "M3": _yes(),
    "M3f": {"value": []},
    "M4": {"value": []},
    "M5": _yes(),
    "M6": _yes(),
    "M7": {"value": []},
    "M8": _yes(),
    "M9": _yes(),
    "M10": {"value": ["modalities", "capabilities_limitations", "integration_means", "configuration"]},
    "K1": _yes(),
    "K2": _yes(),
}
_S_OPEN: dict[str, Any] = {
    "A1": {"value": "system"},
    "S1": _yes(),
    "S2": {"value": "no"},
    "S3": {"value": "no"},
    "S4": {"value": "no"},
    "S5": {"value": "no"},
}


def _with(base: dict[str, Any], **values: Any) -> dict[str, Any]:
    out = dict(base)
    out.update({k: {"value": v} for k, v in values.items()})
    return out


# Checklist answers (fictional facts) that lead the decision engine to each outcome.
ANSWERS: dict[str, dict[str, Any]] = {
    "partially_exempt": _M_OPEN,
    "not_exempt": _with(_M_OPEN, M3="no", M3f=["user_threshold"]),
    "not_exempt_systemic_risk": _with(_M_OPEN, A2=3.8e25),
    "not_gpai": _with(_M_OPEN, A3="no"),
    "undetermined": {k: v for k, v in _M_OPEN.items() if k not in ("A2", "M8", "M9")},
    "excluded_art_2_12": _S_OPEN,
    "act_applies": _with(_S_OPEN, S5="yes"),
    "not_excluded_high_risk": _with(_S_OPEN, S2="yes"),
    "art5_applies": _with(_S_OPEN, S3="yes"),
    "art50_applies": _with(_S_OPEN, S4="yes"),
}


def _reason(step: Status) -> str:
    """A decision without a letter needs a recorded reason."""
    if step == Status.DECIDED:
        return "Fictional: decision recorded for the demo (no letter issued)."
    return ""


def _record_outcome(ctx: AppContext, ref: str, outcome: str) -> None:
    """Answer the checklist so that the engine decides ``outcome``; without the
    checklist service, record the label directly."""
    try:
        from app.services import checklist
    except ImportError:
        cases.set_outcome_label(ctx, ref, outcome, actor=DEMO_ACTOR)
        return
    checklist.save_answers(
        ctx,
        ref,
        ANSWERS[outcome],
        checklist_id=checklist.DEFAULT_CHECKLIST,
        version=checklist.latest_version(ctx=ctx),
        actor=DEMO_ACTOR,
    )
    got = cases.get_case(ctx, ref).outcome_label
    if got != outcome:  # the checklist changed under the demo: keep the demo coherent
        cases.set_outcome_label(ctx, ref, outcome, actor=DEMO_ACTOR)


def _demo_refs(s: Session) -> Select[str]:
    """References of the cases the demo opened (by the audit trail, not by name:
    a real provider may well be called "Fictional ...")."""
    return select(AuditEvent.case_ref).where(
        AuditEvent.action == "case.created", AuditEvent.actor == DEMO_ACTOR
    )


def has_demo_data(ctx: AppContext) -> int:
    """How many cases the demo opened on this database."""
    with unit_of_work(ctx.engine, readonly=True) as s:
        return int(
            s.execute(
                select(func.count()).select_from(Case).where(Case.reference.in_(_demo_refs(s)))
            ).scalar_one()
        )


def real_cases(ctx: AppContext) -> int:
    """How many cases on this database the demo did not open."""
    with unit_of_work(ctx.engine, readonly=True) as s:
        return int(
            s.execute(
                select(func.count()).select_from(Case).where(Case.reference.not_in(_demo_refs(s)))
            ).scalar_one()
        )


def _record_officers(ctx: AppContext, actor: str) -> None:
    """The fictional officers the demo assigns cases to (recorded once, audited)."""
    with unit_of_work(ctx.engine) as s:
        repo = OfficerRepository(s)
        from app.services.demo_letters import DEMO_REVIEWER

        added = [name for name in (*OFFICERS, DEMO_REVIEWER) if repo.by_name(name) is None]
        for name in added:
            repo.get_or_create(name).role = "reviewer" if name == DEMO_REVIEWER else "officer"
        if added:
            audit.append(
                s,
                actor=DEMO_ACTOR,
                action="officer.added",
                entity_type="officer",
                entity_id="demo",
                after={"officers": added, "reviewer": DEMO_REVIEWER, "requested_by": actor},
            )


def seed(ctx: AppContext, *, today: dt.date | None = None) -> list[str]:
    """Create the demo cases; returns their references. Only a writer (not an
    auditor) may seed, and only a database without real cases: the demo never
    mixes fictional cases into real work. Refuses when the demo data is already
    there (nothing is added twice)."""
    who = ctx.require_officer()
    roles.require(ctx, "case.create", actor=who)
    existing = has_demo_data(ctx)
    if existing:
        raise BadInput(f"The demo data is already there ({existing} fictional cases); nothing was added.")
    real = real_cases(ctx)
    if real:
        raise BadInput(
            f"This database holds {real} real case{'s' if real != 1 else ''}: the demo goes only into a "
            "database without real cases. Try it on its own database, e.g. --db demo.db; nothing was added."
        )
    _record_officers(ctx, who)
    today = today or dt.datetime.now(dt.UTC).date()
    refs: list[str] = []
    backdates: list[tuple[str, DemoCase]] = []
    for d in CASES:
        rec = cases.create_case(
            ctx,
            cases.NewCase(
                title=d.title,
                provider=d.provider,
                subject=d.subject,
                subject_kind=d.kind,
                subject_version=d.version,
                officer=d.officer,
                notes=d.notes,
                due_date=today + dt.timedelta(days=d.due_in_days),
            ),
            actor=DEMO_ACTOR,
        )
        ref = rec.reference
        if d.outcome:
            _record_outcome(ctx, ref, d.outcome)
        steps = _PATH[d.status]
        if d.letter == "issued":  # issuing the letter records the decision
            steps = steps[: steps.index(Status.REVIEW) + 1]
        for step in steps:
            cases.transition(ctx, ref, step.value, actor=DEMO_ACTOR, reason=_reason(step))
        if d.sent_back:
            cases.transition(ctx, ref, Status.REVIEW.value, actor=DEMO_ACTOR)
            cases.transition(
                ctx,
                ref,
                Status.ASSESSMENT.value,
                actor=DEMO_ACTOR,
                reason="Fictional: the M4 restriction analysis is missing.",
            )
        if d.reopened:
            for step in (Status.REVIEW, Status.DECIDED):
                cases.transition(ctx, ref, step.value, actor=DEMO_ACTOR, reason=_reason(step))
            cases.transition(
                ctx,
                ref,
                Status.ASSESSMENT.value,
                actor=DEMO_ACTOR,
                reason="Fictional: the provider changed the licence after the decision.",
            )
        if d.officer and d.officer != OFFICERS[0] and d.created_days_ago > 100:
            # Some history: first assigned to someone else, then reassigned.
            cases.assign(ctx, ref, OFFICERS[0], actor=DEMO_ACTOR, reason="Fictional: first assignment")
            cases.assign(ctx, ref, d.officer, actor=DEMO_ACTOR, reason="Fictional: workload balancing")
        if d.clock_stopped_days_ago is not None:
            cases.stop_clock(ctx, ref, actor=DEMO_ACTOR, reason="Fictional: waiting for the provider's reply")
        refs.append(ref)
        backdates.append((ref, d))
    from app.services import demo_evidence, demo_letters

    demo_evidence.add(ctx, refs, DEMO_ACTOR)
    by_letter = {d.letter: ref for ref, d in zip(refs, CASES, strict=True) if d.letter}
    demo_letters.add(
        ctx, issued=by_letter["issued"], approved=by_letter["approved"], drafted=by_letter["drafted"]
    )
    _backdate(ctx, backdates, today)
    return refs


def _backdate(ctx: AppContext, items: list[tuple[str, DemoCase]], today: dt.date) -> None:
    """Move creation, decision and clock-stop times into the past (audited)."""
    noon = dt.time(12, 0, tzinfo=dt.UTC)
    with unit_of_work(ctx.engine) as s:
        changed = []
        for ref, d in items:
            case = s.execute(select(Case).where(Case.reference == ref)).scalar_one()
            created = dt.datetime.combine(today - dt.timedelta(days=d.created_days_ago), noon)
            case.created_at = created
            if case.decided_at is not None:
                span = max(min(60, d.created_days_ago - 5), 1)
                case.decided_at = created + dt.timedelta(days=span)
            if d.clock_stopped_days_ago is not None:
                case.clock_stopped_at = dt.datetime.combine(
                    today - dt.timedelta(days=d.clock_stopped_days_ago), noon
                )
            changed.append(ref)
        s.flush()
        audit.append(
            s,
            actor=DEMO_ACTOR,
            action="demo.backdated",
            entity_type="demo",
            entity_id="demo",
            after={"cases": changed, "note": "Fictional demo data: dates moved into the past."},
        )
