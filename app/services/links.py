"""Case links: typed relations between cases, confirmed by an officer.

A link reads "<case> is <type> <other case>": AIO-2026-0031 *fine-tune of*
AIO-2026-0012. Types: ``fine_tune_of``, ``quantisation_of``, ``merge_of``,
``duplicate_of`` (directed) and ``same_provider``, ``related`` (symmetric: stored
once whichever case names the other). Every link and unlink is audited on both
cases, so it shows in both timelines.

Proposals (never links until an officer confirms them):

* the model card's ``base_model`` (a string or a list) recorded by
  ``evidence.record_model_facts``, with ``base_model_relation`` (``finetune``,
  ``adapter``, ``quantized``, ``merge``) choosing the type; a case matches when its
  subject name or recorded repository id is the base model (compared without case,
  spaces or punctuation, with or without the ``org/`` part);
* evidence with the same SHA-256 in two cases: ``duplicate_of`` when weights are
  shared, else ``related``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from app.domain.errors import BadInput, NotAllowed, NotFound
from app.domain.text import check_text
from app.services import roles
from app.services.case_rows import case_row
from app.services.context import AppContext
from db.changes import record_change
from db.models import Case, CaseLink, EvidenceItem, Subject
from db.uow import unit_of_work

# type -> (how the case reads it, how the other case reads it)
LINK_TYPES: dict[str, tuple[str, str]] = {
    "fine_tune_of": ("fine-tune of", "has a fine-tune:"),
    "quantisation_of": ("quantisation of", "has a quantisation:"),
    "merge_of": ("merge of", "merged into"),
    "duplicate_of": ("duplicate of", "has a duplicate:"),
    "same_provider": ("same provider as", "same provider as"),
    "related": ("related to", "related to"),
}
SYMMETRIC = frozenset({"same_provider", "related"})
NOTE_MAX = 2_000
_RELATION_TYPES = {
    "finetune": "fine_tune_of",
    "fine-tune": "fine_tune_of",
    "adapter": "fine_tune_of",
    "quantized": "quantisation_of",
    "quantised": "quantisation_of",
    "merge": "merge_of",
}
_WEIGHTS = (".safetensors", ".gguf", ".bin", ".pt", ".pth", ".ckpt", ".onnx", ".h5", ".msgpack")


@dataclass(frozen=True)
class LinkRecord:
    link_type: str
    label: str  # as this case reads it
    other: str  # the other case's reference
    other_title: str
    outgoing: bool  # this case is the link's subject ("<this> fine-tune of <other>")
    note: str
    basis: str
    created_by: str
    created_at: dt.datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.link_type,
            "label": self.label,
            "case": self.other,
            "title": self.other_title,
            "direction": "outgoing" if self.outgoing else "incoming",
            "note": self.note,
            "basis": self.basis,
            "created_by": self.created_by,
            "created_at": self.created_at.isoformat(),
        }


@dataclass(frozen=True)
class LinkProposal:
    link_type: str
    other: str
    other_title: str
    basis: str  # why: "base_model: org/name" or "shared evidence: <sha256> (name)"

    def to_json(self) -> dict[str, Any]:
        label = LINK_TYPES[self.link_type][0]
        return {
            "type": self.link_type,
            "label": label,
            "case": self.other,
            "title": self.other_title,
            "basis": self.basis,
        }


def _check_type(link_type: str) -> str:
    t = link_type.strip().lower().replace("-", "_").replace(" ", "_")
    if t == "quantization_of":
        t = "quantisation_of"
    if t not in LINK_TYPES:
        raise BadInput.of("link.unknown_type", type=link_type, types=", ".join(LINK_TYPES))
    return t


def _existing(s: Session, a: int, b: int, link_type: str) -> CaseLink | None:
    pairs = [(a, b), (b, a)] if link_type in SYMMETRIC else [(a, b)]
    cond = or_(*[(CaseLink.case_id == x) & (CaseLink.other_case_id == y) for x, y in pairs])
    return s.execute(select(CaseLink).where(cond, CaseLink.link_type == link_type)).scalars().first()


def add_link(
    ctx: AppContext,
    reference: str,
    other: str,
    link_type: str,
    *,
    note: str = "",
    basis: str = "",
    actor: str | None = None,
) -> LinkRecord:
    """Link ``reference`` to ``other`` ("<reference> is <type> <other>"); audited on both."""
    who = (actor or ctx.require_officer()).strip() or ctx.require_officer()
    roles.require(ctx, "case.edit", actor=who)
    t = _check_type(link_type)
    check_text("Note", note, max_length=NOTE_MAX, allow_newlines=True)
    check_text("Basis", basis, max_length=300)
    with unit_of_work(ctx.engine) as s:
        a, b = case_row(s, reference), case_row(s, other)
        if a.id == b.id:
            raise BadInput.of("link.to_itself", reference=a.reference)
        if _existing(s, a.id, b.id, t) is not None:
            raise NotAllowed.of(
                "link.exists", reference=a.reference, other=b.reference, link=LINK_TYPES[t][0]
            )
        if t not in SYMMETRIC and _existing(s, b.id, a.id, t) is not None:
            raise NotAllowed.of(
                "link.both_ways", reference=a.reference, other=b.reference, link=LINK_TYPES[t][0]
            )
        link = CaseLink(
            case_id=a.id,
            other_case_id=b.id,
            link_type=t,
            note=note.strip(),
            basis=basis.strip(),
            created_by=who,
            created_at=dt.datetime.now(dt.UTC),
        )
        s.add(link)
        s.flush()
        doc = {"type": t, "case": a.reference, "other": b.reference, "note": link.note, "basis": link.basis}
        for ref in (a.reference, b.reference):
            record_change(
                s, actor=who, action="case.linked", entity=("case_link", link.id), case_ref=ref, after=doc
            )
        return _record(link, a.id, {a.id: a, b.id: b})


def remove_link(
    ctx: AppContext, reference: str, other: str, link_type: str, *, reason: str = "", actor: str | None = None
) -> None:
    who = (actor or ctx.require_officer()).strip() or ctx.require_officer()
    roles.require(ctx, "case.edit", actor=who)
    t = _check_type(link_type)
    check_text("Reason", reason, max_length=NOTE_MAX, allow_newlines=True)
    with unit_of_work(ctx.engine) as s:
        a, b = case_row(s, reference), case_row(s, other)
        link = _existing(s, a.id, b.id, t)
        if link is None:
            raise NotFound.of("link.missing", reference=a.reference, other=b.reference, link=LINK_TYPES[t][0])
        doc = {"type": t, "case": a.reference, "other": b.reference, "reason": reason.strip()}
        link_id = link.id
        s.delete(link)
        for ref in (a.reference, b.reference):
            record_change(
                s, actor=who, action="case.unlinked", entity=("case_link", link_id), case_ref=ref, before=doc
            )


def _record(link: CaseLink, this_id: int, by_id: dict[int, Case]) -> LinkRecord:
    outgoing = link.case_id == this_id
    other = by_id[link.other_case_id if outgoing else link.case_id]
    label = LINK_TYPES[link.link_type][0 if outgoing else 1]
    created = link.created_at if link.created_at.tzinfo else link.created_at.replace(tzinfo=dt.UTC)
    return LinkRecord(
        link.link_type,
        label,
        other.reference,
        other.title,
        outgoing,
        link.note,
        link.basis,
        link.created_by,
        created,
    )


def links_of(ctx: AppContext, reference: str) -> list[LinkRecord]:
    """The links of a case, both directions, oldest first."""
    with unit_of_work(ctx.engine, readonly=True) as s:
        case = case_row(s, reference)
        rows = list(
            s.execute(
                select(CaseLink)
                .where(or_(CaseLink.case_id == case.id, CaseLink.other_case_id == case.id))
                .order_by(CaseLink.id)
            ).scalars()
        )
        ids = {r.case_id for r in rows} | {r.other_case_id for r in rows}
        by_id = {c.id: c for c in s.execute(select(Case).where(Case.id.in_(ids))).scalars()} if ids else {}
        return [_record(r, case.id, by_id) for r in rows]


# --------------------------------------------------------------------------- proposals

_NON_ALNUM = re.compile(r"[\W_]+", re.UNICODE)


def model_key(name: str) -> str:
    """A model name as compared for lineage: case, spaces and punctuation ignored."""
    return _NON_ALNUM.sub("", name.casefold())


def _keys(name: str) -> set[str]:
    """Keys of a model id: the whole id and, for ``org/name``, the name alone."""
    out = {model_key(name)}
    if "/" in name:
        out.add(model_key(name.rsplit("/", 1)[-1]))
    return {k for k in out if len(k) >= 3}


def propose_links(ctx: AppContext, reference: str) -> list[LinkProposal]:
    """Links the recorded facts suggest for a case, not yet linked; an officer confirms each."""
    from app.services.evidence import recorded_model_facts

    facts = recorded_model_facts(ctx).copy()
    out: dict[tuple[str, str], LinkProposal] = {}
    with unit_of_work(ctx.engine, readonly=True) as s:
        case = case_row(s, reference)
        existing = {(lk.link_type, lk.other) for lk in links_of(ctx, reference)}
        # lineage from the model card's base_model
        mine = facts.get(case.reference) or {}
        bases = [str(b) for b in mine.get("base_model") or []]
        relation = _RELATION_TYPES.get(str(mine.get("base_model_relation") or "").lower())
        if bases:
            link_type = relation or ("merge_of" if len(bases) > 1 else "fine_tune_of")
            index = _name_index(s, facts, exclude=case.id)
            for base in bases:
                for key in _keys(base):
                    for ref, title in index.get(key, []):
                        out.setdefault(
                            (link_type, ref), LinkProposal(link_type, ref, title, f"base_model: {base}")
                        )
        # the same bytes in both cases
        mine_items = aliased(EvidenceItem)
        theirs = aliased(EvidenceItem)
        rows = s.execute(
            select(Case.reference, Case.title, theirs.sha256, theirs.display_name)
            .select_from(mine_items)
            .join(theirs, theirs.sha256 == mine_items.sha256)
            .join(Case, Case.id == theirs.case_id)
            .where(mine_items.case_id == case.id, theirs.case_id != case.id)
            .order_by(Case.reference, theirs.sha256)
        ).all()
        for ref, title, sha, name in rows:
            t = "duplicate_of" if str(name).lower().endswith(_WEIGHTS) else "related"
            if (t, ref) not in out and ("related", ref) not in out:
                out[(t, ref)] = LinkProposal(t, ref, title, f"shared evidence: {sha} ({name})")
            elif t == "duplicate_of" and ("related", ref) in out:
                del out[("related", ref)]
                out[(t, ref)] = LinkProposal(t, ref, title, f"shared evidence: {sha} ({name})")
    linked = {ref for _t, ref in existing}  # shared bytes say nothing new about linked cases
    return [
        p
        for (t, ref), p in sorted(out.items())
        if (t, ref) not in existing and not (t == "related" and ref in linked)
    ]


def _name_index(
    s: Session, facts: dict[str, dict[str, Any]], *, exclude: int
) -> dict[str, list[tuple[str, str]]]:
    """Model-name key -> the cases (reference, title) whose subject or recorded repo id it is."""
    index: dict[str, list[tuple[str, str]]] = {}
    rows = s.execute(
        select(Case.reference, Case.title, Subject.name)
        .join(Subject, Subject.id == Case.subject_id)
        .where(Case.id != exclude)
    ).all()
    for ref, title, subject in rows:
        names = [subject]
        recorded = facts.get(ref) or {}
        names += [str(recorded.get(k)) for k in ("repo_id", "name") if recorded.get(k)]
        for name in names:
            for key in _keys(name):
                entry = (ref, title)
                if entry not in index.setdefault(key, []):
                    index[key].append(entry)
    return index
