"""exemptio checklist show REF [--json] | answer REF --file answers.json | outcome REF [--json]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.main import add_common, print_json
from app.domain import compute, decision
from app.domain.checklist import format_value
from app.services import checklist as svc
from app.services.context import AppContext


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("checklist", help="the exemption checklist of a case")
    csub = p.add_subparsers(dest="checklist_command", required=True)

    show = csub.add_parser("show", help="questions asked, answers given and the outcome")
    show.add_argument("ref")
    show.add_argument("--all", action="store_true", help="also list the questions not asked")
    show.add_argument("--json", action="store_true")
    add_common(show)
    show.set_defaults(func=_show)

    ans = csub.add_parser("answer", help="merge answers from a JSON file into the case")
    ans.add_argument("ref")
    ans.add_argument("--file", required=True, help='{"checklist": ID, "version": V, "answers": {...}}')
    ans.add_argument("--json", action="store_true")
    add_common(ans)
    ans.set_defaults(func=_answer)

    out = csub.add_parser("outcome", help="the outcome document")
    out.add_argument("ref")
    out.add_argument("--json", action="store_true")
    add_common(out)
    out.set_defaults(func=_outcome)


def _need(ctx: AppContext | None) -> AppContext:
    assert ctx is not None
    return ctx


def _show(args: argparse.Namespace, ctx: AppContext | None) -> int:
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
    st = svc.get_state(_need(ctx), args.ref)
    if args.json:
        print_json(st.outcome)
        return 0
    sys.stdout.write(f"{st.reference}: checklist {st.checklist_id} {st.version}\n")
    _print_outcome(st.outcome)
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
