"""Checklist use cases: load definitions, save answers, compute and store outcomes.

- Definitions are ``resources/checklists/<id>/<version>.json``, validated against
  ``resources/checklists/schema.json`` at load; a broken file raises
  :class:`DefinitionError` (the app stops with that message rather than half-work).
- A case records the checklist id and version it is assessed with. Its answers are
  always read and decided with that version, so a newer version never rewrites an
  old determination. A case without answers may switch to another version.
- Saving merges into the saved answers; every changed answer appends a
  ``checklist.answered`` audit event (before/after) in the same transaction, and
  the outcome is recomputed and stored on the case.
- Optimistic locking (team mode): every saved answer carries a ``version``
  (:attr:`SavedAnswer.version`). A screen passes the versions its edits were based
  on (``expected_versions``, 0 = "there was no answer"); when another officer
  saved one of those answers meanwhile, :class:`db.conflicts.EditConflict` names
  who and when, and nothing is saved. Without versions (the CLI) saving merges.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.domain import decision
from app.domain.checklist import (
    Answer,
    ChecklistDefinition,
    DefinitionError,
    asked_ids,
    is_overlay_name,
    overlay_path,
    parse_definition,
    validate_answer,
    with_language,
)
from app.domain.errors import BadInput, NotAllowed, NotFound
from app.resources import resource_path
from app.services import roles
from app.services.context import AppContext
from db import audit
from db.conflicts import changed_conflict
from db.models import Case, ChecklistAnswer, EvidenceItem, Subject
from db.uow import unit_of_work

DEFAULT_CHECKLIST = "ai-act-oss"
LOCKED_STATUSES = ("decided", "closed")


# --- definitions --------------------------------------------------------------------------


def checklists_root(ctx: AppContext | None = None) -> Path:
    """Where definitions live: ``ctx.extras['checklists_dir']``, else EXEMPTIO_CHECKLIST_DIR,
    else the bundled ``resources/checklists``."""
    if ctx is not None and ctx.extras.get("checklists_dir"):
        return Path(str(ctx.extras["checklists_dir"]))
    env = os.environ.get("EXEMPTIO_CHECKLIST_DIR")
    return Path(env) if env else resource_path("checklists")


@functools.lru_cache(maxsize=4)
def _schema(root: str) -> dict[str, Any]:
    path = Path(root) / "schema.json"
    if not path.exists():
        path = resource_path("checklists", "schema.json")
    try:
        return dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError) as err:
        raise DefinitionError(f"The checklist schema {path} cannot be read: {err}") from None


def validate_definition_doc(doc: Any, origin: str, root: Path | None = None) -> ChecklistDefinition:
    """JSON Schema check, then the semantic checks of the domain."""
    import jsonschema

    schema = _schema(str(root or resource_path("checklists")))
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    if errors:
        err = errors[0]
        where = "/".join(str(p) for p in err.absolute_path) or "(top level)"
        more = f" (and {len(errors) - 1} more problem(s))" if len(errors) > 1 else ""
        raise DefinitionError(f"Checklist definition {origin} is invalid at {where}: {err.message}{more}")
    return parse_definition(doc, origin=origin)


@functools.lru_cache(maxsize=16)
def _load_file(path_str: str, mtime: float) -> ChecklistDefinition:
    path = Path(path_str)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise DefinitionError(f"Checklist definition {path} cannot be read: {err.strerror}") from None
    except ValueError as err:
        raise DefinitionError(f"Checklist definition {path} is not valid JSON: {err}") from None
    defn = validate_definition_doc(doc, str(path), path.parent.parent)
    if defn.version != path.stem or defn.id != path.parent.name:
        raise DefinitionError(
            f"Checklist definition {path} says it is {defn.id} {defn.version}; "
            "its folder and file name must match."
        )
    return defn


@functools.lru_cache(maxsize=16)
def _load_translated(path_str: str, mtime: float, language: str, overlay_mtime: float) -> ChecklistDefinition:
    path = Path(path_str)
    return with_language(_load_file(path_str, mtime), path, language)


def load_definition(
    checklist_id: str = DEFAULT_CHECKLIST,
    version: str | None = None,
    *,
    ctx: AppContext | None = None,
    language: str | None = None,
) -> ChecklistDefinition:
    """The definition (JSON Schema + semantic checks); with ``language`` (``fr``, ``de``)
    its display texts come from ``<version>.<language>.json`` when that overlay exists,
    English otherwise. Id, version and logic are the same in every language."""
    root = checklists_root(ctx)
    if version is None:
        version = latest_version(checklist_id, ctx=ctx)
    path = root / checklist_id / f"{version}.json"
    if not path.is_file():
        known = ", ".join(available_versions(checklist_id, ctx=ctx)) or "none"
        raise BadInput(f"Unknown checklist {checklist_id} version {version} (known versions: {known}).")
    if language and language != "en":
        ov = overlay_path(path, language)
        if ov.is_file():
            return _load_translated(str(path), path.stat().st_mtime, language, ov.stat().st_mtime)
    return _load_file(str(path), path.stat().st_mtime)


def available_versions(checklist_id: str = DEFAULT_CHECKLIST, *, ctx: AppContext | None = None) -> list[str]:
    folder = checklists_root(ctx) / checklist_id
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.json") if not is_overlay_name(p.stem))


def latest_version(checklist_id: str = DEFAULT_CHECKLIST, *, ctx: AppContext | None = None) -> str:
    versions = available_versions(checklist_id, ctx=ctx)
    if not versions:
        raise BadInput(f"Unknown checklist {checklist_id}.")
    return versions[-1]


def check_all_definitions(ctx: AppContext | None = None) -> list[ChecklistDefinition]:
    """Load every bundled definition; raises DefinitionError on the first broken one.
    The app calls this at start so a broken definition stops it with a clear message."""
    root = checklists_root(ctx)
    out = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        for v in available_versions(folder.name, ctx=ctx):
            out.append(load_definition(folder.name, v, ctx=ctx))
    return out


_LICENCE_LIKE = re.compile(
    r"(licen[cs]e|copying|notice|use[_ -]?policy|acceptable[_ -]?use|terms|prohibited|rail)", re.IGNORECASE
)


def is_licence_like(rec: Any) -> bool:
    """A text evidence item the licence screening reads (by name, type and size)."""
    from app.domain import licence_screen
    from app.services import evidence as ev

    return bool(
        _LICENCE_LIKE.search(rec.display_name)
        and ev.is_text_type(rec.media_type)
        and rec.size <= licence_screen.MAX_BYTES
    )


def screen_case_licences(ctx: AppContext, reference: str) -> dict[str, Any] | None:
    """Screen the case's licence and policy evidence together (None when there is none).
    Reading them is recorded as custody (``evidence.viewed``, how "licence screening");
    citations name the evidence items, e.g. ``LICENSE:22``."""
    from app.domain import licence_screen
    from app.services import evidence as ev

    recs = [r for r in ev.list_evidence(ctx, reference) if is_licence_like(r)]
    if not recs:
        return None
    docs = []
    for r in recs:
        docs.append((r.label, ev.read_text(ctx, r, limit=licence_screen.MAX_BYTES)))
        ev.record_viewed(ctx, r.id, how="licence screening")
    return licence_screen.screen_texts(docs)


def check_licence_id(qid: str, value: Any) -> None:
    """An SPDX id (or expression) known to the SPDX data of license-expression, or a
    LicenseRef-...: catches typos such as 'Apache2' before they reach a letter."""
    from app.domain import licence_screen

    if not isinstance(value, str) or value == "unknown":
        return
    for symbol in re.split(r"\s+(?:AND|OR|WITH)\s+", value.strip("() ")):
        symbol = symbol.strip("() ")
        if symbol.startswith("LicenseRef-") or licence_screen.is_known_spdx(symbol):
            continue
        raise BadInput(
            f"{qid}: '{symbol}' is not an SPDX licence id (e.g. Apache-2.0, MIT); "
            "write LicenseRef-<name> for a licence without one."
        )


def check_resources(ctx: AppContext | None = None) -> None:
    """Every checklist definition and the licence knowledge base load cleanly, or
    DefinitionError names the broken file (called once at start by the app)."""
    from app.domain import licence_screen

    check_all_definitions(ctx)
    licence_screen.knowledge_base()


# --- state --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SavedAnswer:
    question_id: str
    value: Any
    evidence: tuple[str, ...]
    note: str
    answered_by: str
    answered_at: dt.datetime
    version: int = 1  # optimistic locking: pass it back as expected_versions[question_id]

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "evidence": list(self.evidence),
            "note": self.note,
            "answered_by": self.answered_by,
            "answered_at": self.answered_at.isoformat(),
            "version": self.version,
        }


@dataclass(frozen=True)
class EvidenceRef:
    sha256: str
    name: str
    description: str


@dataclass(frozen=True)
class ChecklistState:
    reference: str
    status: str
    subject_kind: str
    checklist_id: str
    version: str
    answers: dict[str, SavedAnswer]
    outcome: dict[str, Any]
    stored_outcome: dict[str, Any] | None
    asked: list[str]
    evidence: list[EvidenceRef] = field(default_factory=list)
    # facts recorded on the case subject (model inspection): name, version, parameters, architecture, licence
    subject: dict[str, Any] = field(default_factory=dict)
    changed: tuple[str, ...] = ()  # set by save_answers: the question ids whose answer changed

    def versions(self) -> dict[str, int]:
        """{question id: version} of the saved answers (for ``expected_versions``)."""
        return {k: a.version for k, a in self.answers.items()}

    def plain_answers(self) -> dict[str, dict[str, Any]]:
        return {
            k: {"value": a.value, "evidence": list(a.evidence), "note": a.note}
            for k, a in self.answers.items()
        }


def _case(s: Session, reference: str) -> Case:
    case = s.execute(select(Case).where(Case.reference == reference.strip())).scalar_one_or_none()
    if case is None:
        raise NotFound(f"No case with reference '{reference}'.")
    return case


def _aware(t: dt.datetime) -> dt.datetime:
    return t if t.tzinfo else t.replace(tzinfo=dt.UTC)


def _saved(s: Session, case_id: int) -> dict[str, SavedAnswer]:
    rows = s.execute(select(ChecklistAnswer).where(ChecklistAnswer.case_id == case_id)).scalars()
    out = {}
    for r in rows:
        out[r.question_id] = SavedAnswer(
            question_id=r.question_id,
            value=json.loads(r.value_json),
            evidence=tuple(json.loads(r.evidence_json or "[]")),
            note=r.note,
            answered_by=r.answered_by,
            answered_at=_aware(r.answered_at),
            version=int(r.version or 1),
        )
    return out


def _evidence(s: Session, case_id: int) -> list[EvidenceRef]:
    rows = s.execute(
        select(
            EvidenceItem.sha256, EvidenceItem.display_name, EvidenceItem.folder_path, EvidenceItem.description
        )
        .where(EvidenceItem.case_id == case_id)
        .order_by(EvidenceItem.id)
    ).all()
    seen: dict[str, EvidenceRef] = {}
    for sha, name, folder, desc in rows:
        if sha not in seen:
            shown = f"{folder}/{name}" if folder and not folder.endswith(name) else (folder or name)
            seen[sha] = EvidenceRef(sha256=sha, name=shown or name, description=desc or "")
    return list(seen.values())


def get_state(ctx: AppContext, reference: str) -> ChecklistState:
    """The case's answers, its checklist version and the outcome computed with that version."""
    with unit_of_work(ctx.engine, readonly=True) as s:
        case = _case(s, reference)
        answers = _saved(s, case.id)
        evidence = _evidence(s, case.id)
        ref, status, cid, ver, stored = (
            case.reference,
            case.status,
            case.checklist_id,
            case.checklist_version,
            case.outcome_json,
        )
        subj = s.get(Subject, case.subject_id)
        kind = subj.kind if subj else "model"
        subject = (
            {
                "name": subj.name,
                "version": subj.version,
                "parameters": subj.parameters,
                "architecture": subj.architecture,
                "licence": subj.licence,
            }
            if subj
            else {}
        )
    defn = load_definition(cid, ver, ctx=ctx)
    plain = {k: {"value": a.value} for k, a in answers.items()}
    return ChecklistState(
        reference=ref,
        status=status,
        subject_kind=kind,
        checklist_id=cid,
        version=ver,
        answers=answers,
        outcome=decision.decide(defn, plain),
        stored_outcome=json.loads(stored) if stored else None,
        asked=asked_ids(defn, plain),
        evidence=evidence,
        subject=subject,
    )


def definition_for_case(ctx: AppContext, reference: str) -> ChecklistDefinition:
    st = get_state(ctx, reference)
    return load_definition(st.checklist_id, st.version, ctx=ctx)


def parse_answers_document(doc: Any) -> tuple[str, str, dict[str, Any]]:
    """``{"checklist": ID, "version": V, "answers": {...}}`` → (id, version, answers)."""
    if not isinstance(doc, Mapping):
        raise BadInput(
            'The answers file must be a JSON object {"checklist": ..., "version": ..., "answers": {...}}.'
        )
    extra = set(doc) - {"checklist", "version", "answers"}
    if extra:
        raise BadInput(f"The answers file has an unknown field {sorted(extra)[0]!r}.")
    cid, ver, answers = doc.get("checklist"), doc.get("version"), doc.get("answers")
    if not isinstance(cid, str) or not isinstance(ver, str):
        raise BadInput('The answers file must name its "checklist" id and "version".')
    if not isinstance(answers, Mapping):
        raise BadInput('The answers file needs an "answers" object {QUESTION_ID: {"value": ...}}.')
    return cid, ver, dict(answers)


def save_answers(
    ctx: AppContext,
    reference: str,
    answers: Mapping[str, Any],
    *,
    checklist_id: str,
    version: str,
    actor: str | None = None,
    expected_versions: Mapping[str, int] | None = None,
) -> ChecklistState:
    """Validate every answer, then merge them into the case in one transaction.
    Any bad answer raises BadInput and nothing is changed.

    ``expected_versions`` ({question id: version the officer's screen showed}, 0 for
    "no answer yet"): when one of those answers was saved by someone else meanwhile,
    :class:`db.conflicts.EditConflict` (a Conflict) names who and when; nothing is saved."""
    who = actor or ctx.require_officer()
    roles.require(ctx, "checklist.answer", actor=who)  # team mode: auditors are read-only
    defn = load_definition(checklist_id, version, ctx=ctx)
    validated: dict[str, Answer] = {}
    for qid, raw in answers.items():
        validated[str(qid)] = validate_answer(defn, str(qid), raw)
        if defn.item(str(qid)).kind == "licence":
            check_licence_id(str(qid), validated[str(qid)].value)
    expected = _expected(expected_versions)
    try:
        changed, ref = _merge(ctx, reference, defn, validated, who, expected)
    except (StaleDataError, IntegrityError):
        # Two first answers to one question at the same instant (the unique constraint).
        with unit_of_work(ctx.engine, readonly=True) as s:
            case = _case(s, reference)
            raise changed_conflict(s, f"The checklist of case {case.reference}", case.reference) from None
    return dataclasses.replace(get_state(ctx, ref), changed=tuple(changed))


def _expected(expected_versions: Mapping[str, int] | None) -> dict[str, int] | None:
    if expected_versions is None:
        return None
    out: dict[str, int] = {}
    for qid, v in expected_versions.items():
        if isinstance(v, bool) or not isinstance(v, int) or v < 0:
            raise BadInput(f"{qid}: the expected answer version must be a whole number (0 = no answer).")
        out[str(qid)] = v
    return out


def _check_versions(
    s: Session, case: Case, saved: Mapping[str, SavedAnswer], expected: Mapping[str, int]
) -> None:
    """Raise EditConflict when an answer the screen showed was saved by someone else since."""
    stale = [q for q, v in expected.items() if (saved[q].version if q in saved else 0) != v]
    if not stale:
        return
    qid = stale[0]
    have, had = (saved[qid].version if qid in saved else 0), expected[qid]
    if had == 0:
        detail = " (you saw it unanswered)"
    elif have == 0:
        detail = " (it has no saved answer now)"
    else:
        detail = f" (version {have}, you had {had})"
    others = f" and {len(stale) - 1} more answer(s)" if len(stale) > 1 else ""
    err = changed_conflict(
        s,
        f"The answer to {qid}{others} in case {case.reference}",
        case.reference,
        detail,
        entity_id=f"{case.reference}:{qid}",
    )
    err.questions = tuple(stale)
    raise err


def _merge(
    ctx: AppContext,
    reference: str,
    defn: ChecklistDefinition,
    validated: dict[str, Answer],
    who: str,
    expected: Mapping[str, int] | None = None,
) -> tuple[list[str], str]:
    """The write transaction of :func:`save_answers`: (changed question ids, case reference)."""
    with unit_of_work(ctx.engine) as s:
        case = _case(s, reference)
        if case.status in LOCKED_STATUSES:
            raise NotAllowed(
                f"Case {case.reference} is {case.status}: reopen it before changing its checklist answers."
            )
        # Letters area: an approved or issued letter freezes the answers it rests on.
        from app.services.letters.locks import letters_lock_reason

        if (why := letters_lock_reason(s, case.id)) is not None:
            raise NotAllowed(why)
        saved = _saved(s, case.id)
        if expected:
            _check_versions(s, case, saved, expected)
        if (case.checklist_id, case.checklist_version) != (defn.id, defn.version):
            if saved:
                raise BadInput(
                    f"Case {case.reference} is assessed with checklist {case.checklist_id} "
                    f"{case.checklist_version}; answers for {defn.id} {defn.version} cannot be merged."
                )
            before_v = {"checklist": case.checklist_id, "version": case.checklist_version}
            case.checklist_id, case.checklist_version = defn.id, defn.version
            audit.append(
                s,
                actor=who,
                action="checklist.version_set",
                entity_type="case",
                entity_id=case.reference,
                case_ref=case.reference,
                before=before_v,
                after={"checklist": defn.id, "version": defn.version},
            )
        cited = {h for a in validated.values() for h in a.evidence}
        if cited:
            have = set(
                s.execute(
                    select(EvidenceItem.sha256).where(
                        EvidenceItem.case_id == case.id, EvidenceItem.sha256.in_(sorted(cited))
                    )
                ).scalars()
            )
            unknown = sorted(cited - have)
            if unknown:
                qid = next(q for q, a in validated.items() if unknown[0] in a.evidence)
                raise BadInput(
                    f"{qid}: evidence {unknown[0][:12]}… is not evidence of case {case.reference}."
                )
        now = dt.datetime.now(dt.UTC)
        rows = {
            r.question_id: r
            for r in s.execute(select(ChecklistAnswer).where(ChecklistAnswer.case_id == case.id)).scalars()
        }
        changed: list[str] = []
        for qid in defn.ids:  # definition order: a stable audit order
            if qid not in validated:
                continue
            new = validated[qid]
            old = saved.get(qid)
            before: dict[str, Any] | None = (
                {"value": old.value, "evidence": list(old.evidence), "note": old.note} if old else None
            )
            after = new.to_dict()
            if before == after:
                continue
            row = rows.get(qid)
            if row is None:
                row = ChecklistAnswer(case_id=case.id, question_id=qid)
                s.add(row)
            row.value_json = json.dumps(new.value, ensure_ascii=False, sort_keys=True)
            row.evidence_json = json.dumps(list(new.evidence))
            row.note = new.note
            row.answered_by = who
            row.answered_at = now
            audit.append(
                s,
                actor=who,
                action="checklist.answered",
                entity_type="checklist_answer",
                entity_id=f"{case.reference}:{qid}",
                case_ref=case.reference,
                before=before,
                after=after,
            )
            changed.append(qid)
        if changed or not case.outcome_json:
            s.flush()
            _store_outcome(s, case, defn, who, now)
        return changed, case.reference


def _store_outcome(s: Session, case: Case, defn: ChecklistDefinition, who: str, now: dt.datetime) -> None:
    plain = {k: {"value": a.value} for k, a in _saved(s, case.id).items()}
    doc = decision.decide(defn, plain)
    label = decision.outcome_label(doc)
    new_json = json.dumps(doc, ensure_ascii=False, sort_keys=True)
    if new_json == case.outcome_json:
        return
    old_label = case.outcome_label
    case.outcome_json = new_json
    case.outcome_label = label
    case.updated_at = now
    if old_label != label:
        audit.append(
            s,
            actor=who,
            action="checklist.outcome",
            entity_type="case",
            entity_id=case.reference,
            case_ref=case.reference,
            before={"outcome": old_label or None},
            after={"outcome": label or None},
        )


def save_answer(
    ctx: AppContext,
    reference: str,
    question_id: str,
    answer: Mapping[str, Any],
    *,
    checklist_id: str,
    version: str,
    actor: str | None = None,
    expected_version: int | None = None,
) -> ChecklistState:
    """One answer (the wizard saves page by page); ``expected_version`` as in
    :func:`save_answers` (0 = the screen showed no answer)."""
    return save_answers(
        ctx,
        reference,
        {question_id: answer},
        checklist_id=checklist_id,
        version=version,
        actor=actor,
        expected_versions=None if expected_version is None else {question_id: expected_version},
    )


def outcome(ctx: AppContext, reference: str) -> dict[str, Any]:
    """The outcome document of the case, decided with the case's own checklist version."""
    return get_state(ctx, reference).outcome
