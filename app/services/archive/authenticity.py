"""case.json against the hash-chained audit trail; issued letters still intact."""

from __future__ import annotations

import json
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from app.domain.errors import BadInput
from app.domain.messages import Part, part
from app.services.archive.audit_trail import _audit_events
from app.services.archive.bag_reader import _Bag
from app.services.archive.common import _loads_or_none, _why
from app.services.archive.reconstruct import (
    case_fields_problem,
    evidence_problem,
    genesis_problem,
    letter_fields_problem,
    links_problem,
)
from app.services.archive.types import Limits, Problem
from app.services.archive.zipsafety import _OPEN_ERRORS


def _d(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _contradiction(
    doc: dict[str, Any], events: list[dict[str, Any]], info: dict[str, str], provenance: dict[str, Any] | None
) -> str | None:
    """The first place where case.json contradicts the hash-chained audit trail or bag-info.txt.

    The BagIt manifests only prove that the files are complete; anyone can recompute them
    after editing case.json. The audit trail is hash-chained, so case.json must agree with
    what it records: the reference, the status changes, the assignment, the checklist
    answers, and each letter's drafter, approver, issuer and hashes.
    """
    case = _d(doc.get("case"))
    ref = str(case.get("reference", ""))
    ext = info.get("External-Identifier")
    if ext is not None and ext.strip() != ref:
        return f"case.json gives the reference {ref[:40]}, bag-info.txt External-Identifier {ext[:40]}"
    problem = genesis_problem(events)
    if problem:
        return problem
    # -- reference: one the trail (or a recorded import under a new reference) knows
    refs = {str(e.get("case_ref")) for e in events}
    for t in _d(provenance).get("transfers", []) or []:
        for ie in _d(t).get("import_events", []) or []:  # imported under a new reference
            after = _d(_loads_or_none(str(_d(ie).get("after_json") or "")))
            refs.add(str(after.get("reference", "")))
    if ref not in refs:
        return f"case.json gives the reference {ref[:40]}, which the audit trail never records"
    # -- status: the chain of transitions, and the final one
    status: str | None = None
    for e in events:
        if e["action"] == "case.created" and status is None:
            status = _d(e["after"]).get("status", "draft")
        elif e["action"] == "case.transition":
            before = _d(e["before"]).get("status")
            if status is not None and before is not None and before != status:
                return f"audit event {e['id']} moves the case from {before}, but it was {status}"
            status = _d(e["after"]).get("status")
    if status is not None and case.get("status", "draft") != status:
        return f"case.json gives the status {str(case.get('status'))[:20]}, the audit trail {status}"
    # -- assignment
    assigned: Any = ...
    for e in events:
        if e["action"] == "case.created" and assigned is ...:
            assigned = _d(e["after"]).get("assigned_officer")
        elif e["action"] == "case.assigned":
            assigned = _d(e["after"]).get("assigned_officer")
    if assigned is not ...:
        have = _d(doc.get("assigned_officer")).get("name") or None
        if (assigned or None) != have:
            return (
                f"case.json assigns the case to {str(have or 'nobody')[:60]}, "
                f"the audit trail to {str(assigned or 'nobody')[:60]}"
            )
    # -- checklist answers
    answered: dict[str, dict[str, Any]] = {}
    for e in events:
        if e["action"] == "checklist.answered" and e.get("entity_type") == "checklist_answer":
            answered[str(e["entity_id"]).rpartition(":")[2]] = e
    answers = {
        str(a.get("question_id")): a
        for a in _d(doc.get("checklist")).get("answers", [])
        if isinstance(a, dict)
    }
    for qid in sorted(set(answered) | set(answers)):
        ev, ans = answered.get(qid), answers.get(qid)
        after = _d(ev["after"]) if ev else {}
        if ans is None:
            if ev is not None and ev["after"] is not None:
                return f"the answer to {qid[:20]} is in the audit trail but not in case.json"
            continue
        if ev is None:
            return f"case.json answers {qid[:20]}, which the audit trail never records"
        if (
            ans.get("value") != after.get("value")
            or list(ans.get("evidence") or []) != list(after.get("evidence") or [])
            or (ans.get("note") or "") != (after.get("note") or "")
        ):
            return f"case.json's answer to {qid[:20]} differs from the one the audit trail records"
        if ans.get("answered_by") != ev["actor"]:
            return (
                f"case.json says {str(ans.get('answered_by'))[:60]} answered {qid[:20]}, "
                f"the audit trail {ev['actor']}"
            )
    # -- letters: the n-th letter.drafted is the n-th letter
    drafted = [e for e in events if e["action"] == "letter.drafted"]
    letters = [lt for lt in doc.get("letters", []) if isinstance(lt, dict)]
    if len(letters) != len(drafted):
        return f"case.json lists {len(letters)} letter(s), the audit trail records {len(drafted)} drafted"
    for n, (lt, d) in enumerate(zip(letters, drafted, strict=True), start=1):
        key = (d.get("chain"), str(d["entity_id"]))
        mine = [
            e
            for e in events
            if e.get("entity_type") == "letter" and (e.get("chain"), str(e["entity_id"])) == key
        ]
        problem = _letter_contradiction(n, lt, d, mine) or letter_fields_problem(n, lt, mine)
        if problem:
            return problem
    return (
        case_fields_problem(doc, events)
        or outcome_problem(doc)
        or evidence_problem(doc, events)
        or links_problem(doc, events)
    )


def _first_difference(have: Any, want: Any, path: str) -> tuple[str, Any, Any] | None:
    """The first place (a dotted path) where two JSON values differ."""
    if isinstance(have, dict) and isinstance(want, dict):
        for key in sorted(set(have) | set(want), key=str):
            found = _first_difference(have.get(key), want.get(key), f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(have, list) and isinstance(want, list) and len(have) == len(want):
        for i, (h, w) in enumerate(zip(have, want, strict=True)):
            found = _first_difference(h, w, f"{path}[{i}]")
            if found:
                return found
        return None
    return None if have == want else (path, have, want)


def _brief(value: Any) -> str:
    if value is None or value == "":
        return "empty"
    text = json.dumps(value, ensure_ascii=False, sort_keys=True) if not isinstance(value, str) else value
    return f"'{text[:60]}…'" if len(text) > 60 else f"'{text}'"


def outcome_problem(doc: dict[str, Any]) -> str | None:
    """case.json's outcome against the outcome the decision engine derives from the archived
    answers, with the case's own checklist id and version (as the app computes it)."""
    from app.domain import decision
    from app.services import checklist

    case, cl = _d(doc.get("case")), _d(doc.get("checklist"))
    answers = [
        a for a in cl.get("answers") or [] if isinstance(a, dict) and isinstance(a.get("question_id"), str)
    ]
    have = case.get("outcome")
    if not answers and have is None:
        return None  # nothing answered yet: no outcome to derive
    cid, version = str(cl.get("id") or ""), str(cl.get("version") or "")
    try:
        defn = checklist.load_definition(cid, version)
    except BadInput:
        return (
            f"case.json gives checklist {cid[:40]} version {version[:20]}, which this Exemptio does not "
            "have, so the outcome cannot be derived from the answers"
        )
    derived = decision.decide(defn, {str(a["question_id"]): {"value": a.get("value")} for a in answers})
    want = json.loads(json.dumps(derived, ensure_ascii=False))
    engine = f"the decision engine (checklist {cid[:40]} {version[:20]}) derives from the archived answers"
    label = decision.outcome_label(derived)
    if str(case.get("outcome_label") or "") != label:
        have_label = _brief(case.get("outcome_label"))
        return f"case.outcome_label is {have_label} in case.json, but {engine} {_brief(label)}"
    found = _first_difference(have, want, "case.outcome")
    if found:
        where, got, expected = found
        return f"{where} is {_brief(got)} in case.json, but {engine} {_brief(expected)}"
    return None


def _letter_contradiction(
    n: int, lt: dict[str, Any], drafted: dict[str, Any], events: list[dict[str, Any]]
) -> str | None:
    def differs(field: str, recorded: Any) -> str | None:
        have = lt.get(field) or None
        if have != (recorded or None):
            return (
                f"letter {n} {field} is {str(have)[:64] if have else 'empty'} in case.json, "
                f"{str(recorded)[:64] if recorded else 'empty'} in the audit trail"
            )
        return None

    approved = [e for e in events if e["action"] == "letter.approved"]
    issued = [e for e in events if e["action"] == "letter.issued"]
    state, current = "draft", None
    for e in events:
        after = _d(e["after"])
        if e["action"] != "letter.drafted" and isinstance(after.get("state"), str):
            state = after["state"]
        if "current_sha256" in after:
            current = after["current_sha256"]
    checks = [
        differs("drafted_by", drafted["actor"]),
        differs("draft_sha256", _d(drafted["after"]).get("draft_sha256")),
        differs("approved_by", approved[-1]["actor"] if approved else None),
        differs("issued_by", issued[-1]["actor"] if issued else None),
        differs("issued_sha256", _d(issued[-1]["after"]).get("issued_sha256") if issued else None),
        differs("state", state),
        differs("current_sha256", current)
        if any("current_sha256" in _d(e["after"]) for e in events)
        else None,
    ]
    if issued:
        after = _d(issued[-1]["after"])
        checks.append(differs("unsigned_sha256", after.get("unsigned_sha256")))
        checks.append(differs("signer", after.get("signer")))
    for problem in checks:
        if problem:
            return problem
    if lt.get("approved_by") and lt.get("approved_by") == lt.get("drafted_by"):
        return f"letter {n} was approved by its own drafter (four eyes)"
    return None


def _letter_pdf_problem(data: bytes, n: int, kind: str) -> Part | None:
    """An issued letter must still be a signed PDF whose signatures are intact and cover it all."""
    from app.services.letters.verify import verify_bytes

    try:
        report = verify_bytes(data, name=f"letter {n} ({kind} PDF)")
    except BadInput as err:  # not a PDF at all
        why: object = str(err).rstrip(".")
    else:
        if report.integrity and report.whole_file:
            return None
        why = report.problems[0] if report.problems else part("archive.why.signature_fails")
    msg_id = "archive.why.issued_not_intact" if kind == "issued" else "archive.why.current_not_intact"
    return part(msg_id, n=n, kind=kind, reason=why)


_CASE_ERRORS: tuple[type[BaseException], ...] = (
    ValueError,
    TypeError,
    AttributeError,
    KeyError,
    *_OPEN_ERRORS,
)


def _authenticity_problems(p: Path, bag: _Bag) -> list[Problem]:
    """case.json against the audit trail and bag-info.txt; issued letters still signed intact."""
    case_entry = bag.payload.get("data/case.json")
    audit_entry = bag.payload.get("data/audit.jsonl")
    if case_entry is None or case_entry.error or audit_entry is None:
        return [Problem.of("archive.why.missing", "data/case.json")] if case_entry is None else []
    problems: list[Problem] = []
    try:
        with zipfile.ZipFile(p) as zf:
            if case_entry.info.file_size > Limits().max_tag_bytes:
                return [Problem.of("archive.why.too_large", "data/case.json")]
            doc = json.loads(zf.read(case_entry.info))
            with zf.open(audit_entry.info) as fh, tempfile.SpooledTemporaryFile(max_size=8 << 20) as spool:
                shutil.copyfileobj(fh, spool)
                events = _audit_events(spool)
            provenance = _loads_or_none(bag.tags.get("provenance.json", b"").decode("utf-8", "replace"))
            if not isinstance(doc, dict):
                return [Problem.of("archive.why.not_a_case", "data/case.json")]
            problem = _contradiction(
                doc, events, bag.info, provenance if isinstance(provenance, dict) else None
            )
            if problem:
                problems.append(Problem.of("archive.why.contradicts", "data/case.json", problem=problem))
            for n, lt in enumerate(doc.get("letters", []), start=1):
                for kind in ("issued", "current"):
                    rel = lt.get(f"{kind}_file") if isinstance(lt, dict) else None
                    entry = bag.payload.get(rel) if isinstance(rel, str) else None
                    if entry is None or entry.error:
                        continue
                    why = _letter_pdf_problem(zf.read(entry.info), n, kind)
                    if why:
                        problems.append(Problem(str(rel), str(why), why))
    except _CASE_ERRORS as err:
        problems.append(Problem.of("archive.why.unreadable", "data/case.json", reason=_why(err)))
    return problems
