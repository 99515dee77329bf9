"""Model folders: the case subject an inspection suggests, applied to the case."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.domain.errors import BadInput
from app.services import roles
from app.services.case_rows import case_row, no_such_case
from app.services.context import AppContext
from db.changes import record_change
from db.models import Case, Subject
from db.uow import unit_of_work

from .media import WEIGHT_SUFFIXES

# --------------------------------------------------------------------------- model folders


@dataclass(frozen=True)
class SubjectProposal:
    name: str
    parameters: int | None
    architecture: str
    licence: str


def propose_subject(facts: dict[str, Any]) -> SubjectProposal:
    """The case subject an inspected model folder suggests (see model_inspect)."""
    prop = facts.get("proposed_subject") or {}
    return SubjectProposal(
        name=str(prop.get("name") or ""),
        parameters=prop.get("parameters"),
        architecture=str(prop.get("architecture") or ""),
        licence=str(prop.get("licence") or ""),
    )


def apply_subject(
    ctx: AppContext,
    reference: str,
    proposal: SubjectProposal,
    *,
    actor: str | None = None,
) -> None:
    """Set the case subject's name, parameter count, architecture and licence (audited)."""
    who = actor or ctx.require_officer()
    roles.require(ctx, "case.edit", actor=who)  # team mode: auditors are read-only
    name = proposal.name.strip()
    if not name:
        raise BadInput.of("subject.name_empty")
    if proposal.parameters is not None and proposal.parameters < 0:
        raise BadInput.of("subject.negative_parameters")

    with unit_of_work(ctx.engine) as s:
        case = case_row(s, reference)
        subj = s.get(Subject, case.subject_id)
        assert subj is not None
        before = {
            "name": subj.name,
            "parameters": subj.parameters,
            "architecture": subj.architecture,
            "licence": subj.licence,
        }
        subj.name = name[:300]
        subj.parameters = proposal.parameters
        subj.architecture = proposal.architecture.strip()[:200]
        subj.licence = proposal.licence.strip()[:200]
        case.updated_at = dt.datetime.now(dt.UTC)
        record_change(
            s,
            actor=who,
            action="case.subject_updated",
            case=case,
            reindex=True,
            before=before,
            after={
                "name": subj.name,
                "parameters": subj.parameters,
                "architecture": subj.architecture,
                "licence": subj.licence,
            },
        )


def subject_of(ctx: AppContext, reference: str) -> SubjectProposal:
    with unit_of_work(ctx.engine, readonly=True) as s:
        row = s.execute(
            select(Subject)
            .join(Case, Case.subject_id == Subject.id)
            .where(Case.reference == reference.strip())
        ).scalar_one_or_none()
        if row is None:
            raise no_such_case(reference)
        return SubjectProposal(row.name, row.parameters, row.architecture, row.licence)


# What of an inspection is recorded on the case (audited, so archives and link
# proposals can read it back): the identity, the counts and the lineage.
FACT_KEYS = ("name", "repo_id", "revision", "parameters", "active_parameters", "architecture", "licence")


def is_model_folder(facts: dict[str, Any]) -> bool:
    """An inspected folder that is a model: weights (or their stubs), or a config.json."""
    names = {f["path"].rsplit("/", 1)[-1] for f in facts.get("files", [])}
    return (
        bool(facts.get("parameters"))
        or "config.json" in names
        or any(n.lower().endswith(WEIGHT_SUFFIXES) for n in names)
    )


def facts_summary(facts: dict[str, Any]) -> dict[str, Any]:
    """The part of a ``model inspect`` document recorded on a case."""
    prop = facts.get("proposed_subject") or {}
    hf = facts.get("hf_cache") or {}
    base = facts.get("base_model") or {}
    relation = facts.get("base_model_relation") or {}
    return {
        "name": prop.get("name") or "",
        "repo_id": hf.get("repo_id") or "",
        "revision": hf.get("revision") or "",
        "parameters": prop.get("parameters"),
        "active_parameters": prop.get("active_parameters"),
        "architecture": prop.get("architecture") or "",
        "licence": prop.get("licence") or "",
        "base_model": [str(b) for b in base.get("value") or []][:20],
        "base_model_relation": str(relation.get("value") or ""),
        "folder": str(facts.get("folder") or ""),
        "warnings": [str(w) for w in facts.get("warnings") or []][:20],
    }


def record_model_facts(
    ctx: AppContext, reference: str, facts: dict[str, Any], *, actor: str | None = None
) -> dict[str, Any]:
    """Record an inspected model folder's facts on the case: the subject's parameter
    count, architecture and licence (the name the officer gave is kept), and the whole
    summary, lineage included, in the audit trail (``case.model_facts``)."""
    who = actor or ctx.require_officer()
    roles.require(ctx, "case.edit", actor=who)
    summary = facts_summary(facts)

    with unit_of_work(ctx.engine) as s:
        case = case_row(s, reference)
        subj = s.get(Subject, case.subject_id)
        assert subj is not None
        before = {"parameters": subj.parameters, "architecture": subj.architecture, "licence": subj.licence}
        if summary["parameters"] is not None:
            subj.parameters = int(summary["parameters"])
        if summary["architecture"]:
            subj.architecture = summary["architecture"][:200]
        if summary["licence"]:
            subj.licence = summary["licence"][:200]
        case.updated_at = dt.datetime.now(dt.UTC)
        record_change(
            s, actor=who, action="case.model_facts", case=case, reindex=True, before=before, after=summary
        )
    return summary


def recorded_model_facts(ctx: AppContext, reference: str | None = None) -> dict[str, dict[str, Any]]:
    """Case reference -> the model facts last recorded on it (``record_model_facts``)."""
    from db.models import AuditEvent

    with unit_of_work(ctx.engine, readonly=True) as s:
        q = select(AuditEvent.case_ref, AuditEvent.after_json).where(AuditEvent.action == "case.model_facts")
        if reference is not None:
            q = q.where(AuditEvent.case_ref == reference.strip())
        out: dict[str, dict[str, Any]] = {}
        for ref, after in s.execute(q.order_by(AuditEvent.id)):
            try:
                doc = json.loads(after)
            except ValueError:
                continue
            if isinstance(doc, dict):
                out[ref] = doc
    return out
