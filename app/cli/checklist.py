"""exemptio checklist show REF [--json] | answer REF --file answers.json | outcome REF [--json]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.main import JSON, REF, arg, group, leaf, print_json
from app.domain import compute, decision
from app.domain.checklist import format_value
from app.services import checklist as svc
from app.services.context import AppContext


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    csub = group(sub, "checklist", "checklist_command", help="the exemption checklist of a case")
    show_all = arg("--all", action="store_true", help="also list the questions not asked")
    leaf(csub, "show", _show, REF, show_all, JSON, help="questions asked, answers given and the outcome")
    answers = arg("--file", required=True, help='{"checklist": ID, "version": V, "answers": {...}}')
    leaf(csub, "answer", _answer, REF, answers, JSON, help="merge answers from a JSON file into the case")
    leaf(csub, "outcome", _outcome, REF, JSON, help="the outcome document")
    to = arg("--to", required=True, metavar="VERSION", help="e.g. the newest version")
    leaf(
        csub,
        "migrate",
        _migrate,
        REF,
        to,
        JSON,
        help="move an open case to another checklist version; lists what must be answered again",
    )
    screen = "screen the case's licence evidence: suggested answers with FILE:LINE"
    leaf(csub, "screen", _screen, REF, JSON, help=screen)
    only = arg("--only", nargs="+", metavar="QUESTION", help="accept only these question ids")
    accept = "save the licence screening's suggested answers (all, or --only)"
    leaf(csub, "accept", _accept, REF, only, JSON, help=accept)


def _need(ctx: AppContext | None) -> AppContext:
    assert ctx is not None
    return ctx


def _show(args: argparse.Namespace, ctx: AppContext | None) -> int:
    from app.services.checklist.migrate import answers_without_evidence

    c = _need(ctx)
    st = svc.get_state(c, args.ref)
    defn = svc.load_definition(st.checklist_id, st.version, ctx=c)
    questions: list[dict[str, Any]] = []
    for it in defn.items:
        asked = it.id in st.asked
        if not asked and not args.all and it.id not in st.answers:
            continue
        a = st.answers.get(it.id)
        questions.append(
            {
                "id": it.id,
                "section": defn.section_title(it.section),
                "track": it.track,
                "question": it.question,
                "kind": it.kind,
                "basis": it.basis,
                "asked": asked,
                "answer": a.to_dict() if a else None,
            }
        )
    if args.json:
        print_json(
            {
                "reference": st.reference,
                "checklist": st.checklist_id,
                "version": st.version,
                "answers_without_evidence": answers_without_evidence(st),
                "questions": questions,
                "outcome": st.outcome,
            }
        )
        return 0
    w = sys.stdout.write
    w(f"{st.reference}: checklist {st.checklist_id} {st.version}\n")
    section = ""
    for q in questions:
        if q["section"] != section:
            section = q["section"]
            w(f"\n{section}\n")
        a = q["answer"]
        shown = format_value(defn.item(q["id"]), a["value"]) if a else "—"
        flag = "" if q["asked"] else "  (not asked with these answers)"
        w(f"  {q['id']:<4} {shown:<24} {q['question']}{flag}\n")
        if a and a["evidence"]:
            w(f"       evidence: {', '.join(h[:12] for h in a['evidence'])}\n")
    w("\n")
    _print_outcome(st.outcome)
    return 0


def _answer(args: argparse.Namespace, ctx: AppContext | None) -> int:
    c = _need(ctx)
    from app.services.jsonfile import read_json  # size, depth, count and type limits

    doc = read_json(Path(args.file))
    cid, ver, answers = svc.parse_answers_document(doc)
    st = svc.save_answers(c, args.ref, answers, checklist_id=cid, version=ver, actor=c.require_officer())
    if args.json:
        print_json({"reference": st.reference, "changed": list(st.changed), "outcome": st.outcome})
        return 0
    n = len(st.changed)
    sys.stdout.write(
        f"{st.reference}: {n} answer(s) changed, {len(answers) - n} unchanged; "
        f"outcome {decision.outcome_label(st.outcome) or 'not yet determined'}\n"
    )
    return 0


def _outcome(args: argparse.Namespace, ctx: AppContext | None) -> int:
    from app.services.checklist.migrate import answers_without_evidence

    st = svc.get_state(_need(ctx), args.ref)
    uncited = answers_without_evidence(st)
    if args.json:  # the outcome document as specified; `checklist show --json` lists the uncited answers
        print_json(st.outcome)
        return 0
    sys.stdout.write(f"{st.reference}: checklist {st.checklist_id} {st.version}\n")
    _print_outcome(st.outcome)
    if uncited:
        sys.stdout.write(f"Answers citing no evidence ({len(uncited)}): {', '.join(uncited)}\n")
    return 0


def _migrate(args: argparse.Namespace, ctx: AppContext | None) -> int:
    from app.services.checklist import migrate as checklist_migrate

    res = checklist_migrate.migrate(_need(ctx), args.ref, args.to)
    if args.json:
        print_json(res.to_json())
        return 0
    sys.stdout.write(
        f"{res.reference}: checklist {res.from_version} -> {res.to_version}; "
        f"{len(res.carried)} answer(s) carried, {len(res.to_answer)} to answer again\n"
    )
    for qid, why in res.to_answer.items():
        sys.stdout.write(f"  answer again: {qid} ({why})\n")
    _print_outcome(res.outcome)
    return 0


def _screen(args: argparse.Namespace, ctx: AppContext | None) -> int:
    from app.domain.errors import BadInput

    c = _need(ctx)
    ref = svc.get_state(c, args.ref).reference
    doc = svc.screen_case_licences(c, ref)
    if doc is None:
        raise BadInput.of("cli.nothing_to_screen", reference=ref)
    if args.json:
        print_json(doc)
        return 0
    sys.stdout.write(f"{ref}: licence {doc.get('licence') or 'not identified'}\n")
    for qid, value in (doc.get("suggested") or {}).items():
        sys.stdout.write(f"  suggested {qid}: {value}\n")
    for cit in doc.get("citations") or []:
        sys.stdout.write(f"  {cit.get('source')}: {cit.get('flag')}\n")
    if doc.get("suggested"):
        sys.stdout.write(f"Accept with: exemptio checklist accept {ref} [--only QUESTION...]\n")
    return 0


def _accept(args: argparse.Namespace, ctx: AppContext | None) -> int:
    from app.services.checklist import migrate as checklist_migrate

    answers, st = checklist_migrate.accept_screening(_need(ctx), args.ref, args.only)
    if args.json:
        print_json(
            {
                "reference": st.reference,
                "accepted": answers,
                "changed": list(st.changed),
                "outcome": st.outcome,
            }
        )
        return 0
    sys.stdout.write(
        f"{st.reference}: accepted {', '.join(answers)}; "
        f"outcome {decision.outcome_label(st.outcome) or 'not yet determined'}\n"
    )
    return 0


def _print_outcome(doc: dict[str, Any]) -> None:
    w = sys.stdout.write
    c = doc["compute"]
    if c["flop"] is not None:
        w(
            f"Compute: {compute.format_flop(c['flop'])} FLOP ({c['method']}); range "
            f"{compute.format_flop(c['low'])} to {compute.format_flop(c['high'])}; "
            f"{c['band'].replace('_', ' ')}\n"
        )
    else:
        w("Compute: unknown\n")
    for key, title in (("track_m", "Model (Art. 53(2), 54(6))"), ("track_s", "System (Art. 2(12))")):
        t = doc.get(key)
        if t is None:
            continue
        w(f"{title}: {decision.OUTCOME_LABELS.get(t['outcome'], t['outcome'])}\n")
        if t.get("grounds"):
            w(f"  grounds: {', '.join(t['grounds'])}\n")
        if t.get("missing"):
            w(f"  missing: {', '.join(t['missing'])}\n")
        if t.get("obligations"):
            w(f"  obligations: Art. {', '.join(t['obligations'])}\n")
        if t.get("findings"):
            w(f"  findings: {', '.join(t['findings'])}\n")
        if t.get("deadline"):
            w(f"  deadline: {t['deadline']}\n")
    if doc.get("track_m") is None and doc.get("track_s") is None:
        w("Outcome: not yet determined (answer A1: model, system or both)\n")
