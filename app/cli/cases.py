"""exemptio case new | list | show | move | assign | edit | due | clock | history | timeline"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from app.cli.main import (
    JSON,
    LIMIT,
    REASON,
    REF,
    arg,
    group,
    lazy_import,
    leaf,
    one_of,
    print_json,
    print_rows,
)
from app.domain.decision import OUTCOME_LABELS
from app.domain.errors import BadInput
from app.domain.text import make_visible
from app.services import case_read
from app.services.case_filter import SUBJECT_KINDS
from app.services.context import AppContext
from db.fastread import SORT_SQL
from db.search import terms

# Loaded on first use: `case list` on SQLite reads with sqlite3 (case_read) and never
# needs SQLAlchemy (issue 17: a fast CLI). tests/unit/test_cli_fast.py checks the choices.
cases = lazy_import("app.services.cases")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    csub = group(sub, "case", "case_command", help="open, list and show cases")
    leaf(
        csub,
        "new",
        _new,
        arg("--title", required=True),
        arg("--provider", required=True),
        arg("--subject", required=True, help="the AI model or system"),
        arg("--subject-version", default=""),
        arg("--kind", choices=SUBJECT_KINDS, default="model"),
        arg("--due", help="due date YYYY-MM-DD (default: 60 days)"),
        arg("--notes", default=""),
        JSON,
        help="open a case; prints its reference",
    )
    leaf(
        csub,
        "list",
        _list,
        add_filter_args,
        LIMIT,
        arg("--offset", type=int, default=0),
        JSON,
        help="list cases (filters, search, sort)",
        epilog='Search: every word must occur; "two words" in quotes is a phrase. A search that starts '
        "with - is written --search=-licence (otherwise it is taken for an option).",
    )
    leaf(csub, "show", _show, REF, JSON, help="show one case")
    leaf(csub, "move", _move, REF, arg("status"), REASON, help="move a case to another lifecycle state")
    leaf(csub, "assign", _assign, REF, arg("assignee"), REASON, help="assign a case to an officer")
    notes = one_of(arg("--notes"), arg("--notes-file", help="read the notes from a UTF-8 text file"))
    leaf(csub, "edit", _edit, REF, arg("--title"), notes, help="change a case's title or notes")
    why = "why the due date changes (kept in the audit trail)"
    due = (REF, arg("date", help="YYYY-MM-DD"), arg("--reason", required=True, help=why))
    leaf(csub, "due", _due, *due, help="change a case's due date")
    leaf(
        csub,
        "clock",
        _clock,
        REF,
        arg("action", choices=("stop", "resume")),
        arg("--reason", default="", help="why the clock stops (e.g. waiting for the provider)"),
        help="stop or resume a case's deadline clock",
    )
    leaf(csub, "history", _history, REF, JSON, help="a case's assignment history")
    leaf(
        csub,
        "link",
        _link,
        REF,
        arg("other"),
        arg(
            "--type",
            required=True,
            help="fine_tune_of, quantisation_of, merge_of, same_provider, duplicate_of, related",
        ),
        arg("--note", default=""),
        arg("--basis", default="", help="why (a proposal's basis, kept with the link)"),
        help="link two cases: REF is TYPE OTHER (e.g. AIO-2026-0031 fine_tune_of AIO-2026-0012)",
    )
    unlink = (REF, arg("other"), arg("--type", required=True), REASON)
    leaf(csub, "unlink", _unlink, *unlink, help="remove a link between two cases")
    proposals = "also list proposed links (base model, shared evidence)"
    leaf(
        csub,
        "links",
        _links,
        REF,
        arg("--proposals", action="store_true", help=proposals),
        JSON,
        help="a case's links, and the links its facts suggest (--proposals)",
    )
    order = (REF, arg("--newest-first", action="store_true"), LIMIT, JSON)
    leaf(csub, "timeline", _timeline, *order, help="everything that happened to a case (its audit events)")


def add_filter_args(p: argparse.ArgumentParser) -> None:
    """The case filters and sort of ``case list`` (and ``register export``)."""
    p.add_argument("--status")
    p.add_argument("--search", help='words that must all occur; "a phrase" in quotes')
    p.add_argument("--sha256", help="cases holding evidence with this SHA-256 (or its first 8+ digits)")
    p.add_argument("--assigned", help="officer name")
    p.add_argument("--unassigned", action="store_true")
    p.add_argument("--overdue", action="store_true")
    p.add_argument("--due-within", type=int, metavar="DAYS", help="open cases due within DAYS days")
    p.add_argument("--due-this-week", action="store_true", help="same as --due-within 7")
    p.add_argument("--clock-stopped", action="store_true")
    p.add_argument("--outcome", choices=tuple(OUTCOME_LABELS))
    p.add_argument("--sort", default="reference", choices=tuple(SORT_SQL))
    order = p.add_mutually_exclusive_group()
    order.add_argument("--ascending", action="store_true")
    order.add_argument("--descending", action="store_true", help="(the default of case list)")


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise BadInput.of("cli.not_a_date", value=value) from err


def _new(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    rec = cases.create_case(
        ctx,
        cases.NewCase(
            title=args.title,
            provider=args.provider,
            subject=args.subject,
            subject_kind=args.kind,
            subject_version=args.subject_version,
            officer=args.officer_opt,
            notes=args.notes,
            due_date=_date(args.due),
        ),
    )
    if args.json:
        print_json(cases.case_to_json(rec))
    else:
        print(rec.reference)
    return 0


def _v(value: object) -> str:
    """A stored text as one visible line (no control, bidi or line-break characters raw)."""
    return make_visible(str(value), keep_newlines=False)


def list_filter(args: argparse.Namespace) -> case_read.CaseFilter:
    """The case filter of ``case list`` (and ``register export``) options."""
    search = args.search
    if search is not None and not terms(search):
        raise BadInput(f"The search {search!r} has no words to look for. {cases.EMPTY_SEARCH_HINT}")
    if args.assigned is not None and args.unassigned:
        raise BadInput.of("cli.assigned_or_unassigned")
    within = args.due_within
    if args.due_this_week:
        if within is not None:
            raise BadInput.of("cli.due_within_or_week")
        within = 7
    if within is not None and within < 0:
        raise BadInput.of("cli.due_within_negative")
    return case_read.CaseFilter(
        status=args.status,
        search=search or "",
        assigned="" if args.unassigned else args.assigned,
        overdue=args.overdue,
        due_within_days=within,
        outcome=args.outcome,
        clock_stopped=args.clock_stopped,
        sha256=cases.sha256_query(args.sha256) if args.sha256 else "",
    )


def _list(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    f = list_filter(args)
    if args.limit is not None and args.limit < 0 or args.offset < 0:
        raise BadInput.of("cli.limit_negative")
    rows = case_read.list_cases(
        ctx, f, sort=args.sort, descending=not args.ascending, offset=args.offset, limit=args.limit
    )
    # a lambda: naming cases.case_to_json would load app.services.cases (SQLAlchemy) for text output
    return print_rows(args, rows, _list_line, lambda r: cases.case_to_json(r))


def _list_line(r: Any) -> str:
    due = r.due_date.isoformat() if r.due_date else "-"
    cells = (r.reference, r.status, due, r.title, r.provider, r.subject, r.assigned_officer or "-")
    return "\t".join(_v(c) for c in cells)


def _show(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    from app.services import links

    rec = cases.get_case(ctx, args.ref)
    doc = cases.case_to_json(rec)
    case_links = links.links_of(ctx, rec.reference)
    doc["links"] = [lk.to_json() for lk in case_links]
    if args.json:
        print_json(doc)
        return 0
    for key, value in doc.items():
        if key != "links":
            print(f"{key}: {make_visible(str(value))}")
    for lk in case_links:
        print(f"link: {lk.label} {lk.other} ({_v(lk.other_title)})")
    return 0


def _link(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    from app.services import links

    lk = links.add_link(ctx, args.ref, args.other, args.type, note=args.note, basis=args.basis)
    print(f"{args.ref.strip()} {lk.label} {lk.other}")
    return 0


def _unlink(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    from app.services import links

    links.remove_link(ctx, args.ref, args.other, args.type, reason=cases.check_reason(args.reason))
    print(f"{args.ref.strip()}: link to {args.other.strip()} removed")
    return 0


def _links(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    from app.services import links

    ref = cases.get_case(ctx, args.ref).reference
    current = links.links_of(ctx, ref)
    proposals = links.propose_links(ctx, ref) if args.proposals else []
    if args.json:
        doc: dict[str, Any] = {"case": ref, "links": [lk.to_json() for lk in current]}
        if args.proposals:
            doc["proposals"] = [p.to_json() for p in proposals]
        print_json(doc)
        return 0
    for lk in current:
        print(f"{lk.label}\t{lk.other}\t{_v(lk.other_title)}\tby {_v(lk.created_by)}")
    for p in proposals:
        print(
            f"proposed: {links.LINK_TYPES[p.link_type][0]}\t{p.other}\t{_v(p.other_title)}\t{_v(p.basis)}"
            f"\t(confirm: exemptio case link {ref} {p.other} --type {p.link_type})"
        )
    if not current and not proposals:
        print(f"{ref} has no links" + ("" if args.proposals else " (--proposals lists suggested ones)"))
    return 0


def _move(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    rec = cases.transition(ctx, args.ref, args.status, reason=cases.check_reason(args.reason))
    print(f"{rec.reference}: {rec.status}")
    return 0


def _assign(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    rec = cases.assign(ctx, args.ref, args.assignee, reason=cases.check_reason(args.reason))
    print(f"{rec.reference}: assigned to {_v(rec.assigned_officer)}")
    return 0


def _edit(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    changes: dict[str, Any] = {}
    if args.title is not None:
        changes["title"] = args.title
    if args.notes is not None:
        changes["notes"] = args.notes
    if args.notes_file is not None:
        try:
            changes["notes"] = Path(args.notes_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise BadInput.of("cli.notes_unreadable", path=args.notes_file, reason=str(err)) from err
    if not changes:
        raise BadInput.of("cli.nothing_to_change")
    rec = cases.update_case(ctx, args.ref, **changes)
    print(f"{rec.reference}: {', '.join(sorted(changes))} changed")
    return 0


def _due(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    rec = cases.update_case(ctx, args.ref, due_date=_date(args.date), reason=args.reason)
    print(f"{rec.reference}: due {rec.due_date.isoformat() if rec.due_date else '-'}")
    return 0


def _clock(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    if args.action == "stop":
        rec = cases.stop_clock(ctx, args.ref, reason=cases.check_reason(args.reason))
        print(f"{rec.reference}: clock stopped ({cases.days_remaining(rec)} days left when it resumes)")
    else:
        rec = cases.resume_clock(ctx, args.ref)
        print(f"{rec.reference}: clock running, due {rec.due_date.isoformat() if rec.due_date else '-'}")
    return 0


def _history(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    return print_rows(args, cases.assignment_history(ctx, args.ref), _history_line, dict)


def _history_line(h: dict[str, Any]) -> str:
    reason = f"\t{_v(h['reason'])}" if h["reason"] else ""
    return f"{h['at']}\t{_v(h['officer'] or 'nobody')}\tby {_v(h['by'])}{reason}"


def _timeline(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    from app.services import audit as audit_service

    rec = cases.get_case(ctx, args.ref)
    events = audit_service.case_events(ctx, rec.reference, newest_first=args.newest_first, limit=args.limit)
    return print_rows(args, events, _timeline_line, _event_doc)


def _event_doc(e: Any) -> dict[str, Any]:
    entity = f"{e.entity_type}:{e.entity_id}"
    return {
        "id": e.id,
        "at": e.ts,
        "actor": e.actor,
        "action": e.action,
        "entity": entity,
        "before": e.before,
        "after": e.after,
    }


def _timeline_line(e: Any) -> str:
    after = json.dumps(e.after, ensure_ascii=False, sort_keys=True) if e.after else ""
    return f"{e.ts}\t{_v(e.actor)}\t{e.action}\t{_v(after[:200])}"
