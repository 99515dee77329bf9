"""exemptio evidence add | list | verify | show | export | custody"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from app.cli.main import JSON, REF, arg, group, leaf, print_json, print_rows
from app.domain.errors import BadInput, CheckFailed
from app.domain.text import make_visible
from app.services import evidence
from app.services.context import AppContext

ITEM = arg("id", type=int)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    esub = group(sub, "evidence", "evidence_command", help="attach, list and verify case evidence")
    leaf(
        esub,
        "add",
        _add,
        arg("ref", help="case reference"),
        arg("paths", nargs="+", metavar="PATH"),
        arg("--description", default=""),
        arg("--source-url", default=""),
        arg("--retrieved", help="retrieval date YYYY-MM-DD (default: today when a URL is given)"),
        arg(
            "--reference-only",
            action="store_true",
            help="hash the files where they are, without copying them (for huge weight files)",
        ),
        arg(
            "--no-model-facts",
            action="store_true",
            help="do not record the facts of an attached model folder on the case",
        ),
        JSON,
        help="attach files or folders; prints the SHA-256 of each file",
    )
    leaf(
        esub,
        "show",
        _show,
        arg("id", type=int, help="the item's number (evidence list)"),
        arg("--text", action="store_true", help="print the item's text (text evidence only)"),
        JSON,
        help="one evidence item: its record, and its text when it is text",
    )
    leaf(
        esub,
        "export",
        _export,
        ITEM,
        arg("--out", required=True, help="a new file, or a folder to put it in"),
        help="copy an item's bytes out of the store (checked against its hash)",
    )
    custody = "an item's chain of custody (received, viewed, exported, verified)"
    leaf(esub, "custody", _custody, ITEM, JSON, help=custody)
    leaf(esub, "list", _list, REF, JSON, help="list a case's evidence")
    leaf(
        esub,
        "verify",
        _verify,
        arg("ref", nargs="?"),
        JSON,
        help="re-hash stored bytes (of one case, or all)",
    )


def _safe(text: str) -> str:
    """Never let a file name break a line of output (nor carry terminal escapes)."""
    return make_visible(text.replace("\n", "\\n").replace("\r", "\\r"))


def _retrieved(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        d = dt.date.fromisoformat(value)
    except ValueError as err:
        raise BadInput.of("cli.not_a_date", value=value) from err
    return dt.datetime(d.year, d.month, d.day, tzinfo=dt.UTC)


class _TerminalProgress:
    """Intake progress on stderr, only when it is a terminal: one line rewritten
    at each whole percent (a multi-GB file takes minutes)."""

    def __init__(self) -> None:
        self.last = -1

    def __call__(self, done: int, total: int, label: str) -> None:
        pct = 100 if total <= 0 else min(100, done * 100 // total)
        if pct == self.last:
            return
        self.last = pct
        name = _safe(label)[-50:]
        sys.stderr.write(f"\r{pct:3d}%  {_size(done)} of {_size(total)}  {name:<50}")
        if pct >= 100:
            sys.stderr.write("\n")
        sys.stderr.flush()


def _size(n: int) -> str:
    for unit, div in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if n >= div:
            return f"{n / div:.1f} {unit}"
    return f"{n} B"


def _add(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    progress = _TerminalProgress() if sys.stderr.isatty() else None
    res = evidence.add_paths(
        ctx,
        args.ref,
        args.paths,
        description=args.description,
        source_url=args.source_url,
        retrieved_at=_retrieved(args.retrieved),
        reference_only=args.reference_only,
        progress=progress,
    )
    facts = [] if args.no_model_facts else _record_model_facts(ctx, args.ref, args.paths)
    if args.json:
        print_json(
            {
                "added": [r.to_json() for r in res.items],
                "already_attached": [r.to_json() for r in res.duplicates],
                "skipped": res.skipped,
                "bytes_stored": res.bytes_stored,
                "already_evidence_in": res.elsewhere,
                "lfs_stubs": res.lfs_stubs,
                "warnings": res.warnings,
                "model_facts": facts,
            }
        )
        return 0
    for r in res.items:
        marker = "  (reference only)" if r.reference_only else ""
        print(f"{r.sha256}  {_safe(r.label)}{marker}")
    for r in res.duplicates:
        print(f"{r.sha256}  {_safe(r.label)}  (already attached)")
    for s in res.skipped:
        why = "" if s.endswith(")") else " (version-control or linked folder)"
        sys.stderr.write(f"exemptio: skipped {_safe(s)}{why}\n")
    for w in res.warnings:
        sys.stderr.write(f"exemptio: note: {_safe(w)}\n")
    for f in facts:
        params = f["parameters"] if f["parameters"] is not None else "unknown"
        active = f" ({f['active_parameters']} active)" if f.get("active_parameters") else ""
        sys.stderr.write(
            f"exemptio: recorded the model facts of {_safe(f['folder'])} on {args.ref}: "
            f"{params} parameters{active}, {f['architecture'] or 'architecture unknown'}, "
            f"licence {f['licence'] or 'unknown'}\n"
        )
    return 0


def _record_model_facts(ctx: AppContext, ref: str, paths: list[str]) -> list[dict[str, Any]]:
    """Inspect each attached folder (or single weight file) that is a model, and
    record its facts on the case, as the GUI's model import does."""
    from pathlib import Path

    from app.services.model_inspect import inspect_folder

    recorded = []
    for given in paths:
        p = Path(given)
        single = p.is_file() and p.name.lower().endswith((".gguf", ".safetensors"))
        if not (p.is_dir() or single):
            continue
        facts = inspect_folder(p)
        if single or evidence.is_model_folder(facts):
            recorded.append(evidence.record_model_facts(ctx, ref, facts))
    return recorded


def _show(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    rec = evidence.get_evidence(ctx, args.id)
    elsewhere = evidence.cases_holding(ctx, [rec.sha256], exclude=rec.case_reference).get(rec.sha256, [])
    text = None
    if args.text:
        if not rec.is_text:
            raise BadInput.of("cli.not_text", id=rec.id, item=rec.label, media_type=rec.media_type)
        text = evidence.evidence_text(ctx, rec.id) or evidence.read_text(ctx, rec)
        evidence.record_viewed(ctx, rec.id)
    if args.json:
        doc = rec.to_json()
        doc["also_evidence_in"] = elsewhere
        if text is not None:
            doc["text"] = text
        print_json(doc)
        return 0
    for key, value in rec.to_json().items():
        print(f"{key}: {make_visible(str(value), keep_newlines=False)}")
    print(f"also_evidence_in: {', '.join(elsewhere) or '-'}")
    if text is not None:
        print()
        print(make_visible(text))
    return 0


def _export(args: argparse.Namespace, ctx: AppContext | None) -> int:
    from pathlib import Path

    assert ctx is not None
    dest = evidence.export_item(ctx, args.id, Path(args.out))
    print(dest)
    return 0


def _custody(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    rec = evidence.get_evidence(ctx, args.id)
    events = evidence.custody(ctx, rec.id)
    if args.json:
        print_json(
            {
                "id": rec.id,
                "case": rec.case_reference,
                "name": rec.label,
                "sha256": rec.sha256,
                "events": [
                    {"at": e.ts, "actor": e.actor, "action": e.action, "details": e.after} for e in events
                ],
            }
        )
        return 0
    print(f"#{rec.id} {_safe(rec.label)} ({rec.case_reference}) sha256 {rec.sha256}")
    for e in events:
        print(f"{e.ts}\t{make_visible(e.actor, keep_newlines=False)}\t{e.action}")
    return 0


def _list(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    return print_rows(args, evidence.list_evidence(ctx, args.ref), _list_line)


def _list_line(r: Any) -> str:
    marker = "  [reference only]" if r.reference_only else ""
    return f"{r.id:>5}  {r.sha256[:12]}  {r.size:>12}  {r.media_type:<28} {_safe(r.label)}{marker}"


def _verify(args: argparse.Namespace, ctx: AppContext | None) -> int:
    assert ctx is not None
    results = evidence.verify_evidence(ctx, args.ref)
    bad = [v for v in results if not v.ok]
    if args.json:
        print_json(
            {
                "ok": not bad,
                "checked": len(results),
                "items": [
                    {
                        "id": v.id,
                        "kind": v.kind,
                        "case": v.case_reference,
                        "name": v.label,
                        "sha256": v.sha256,
                        "reference_only": v.reference_only,
                        "status": v.status,
                    }
                    for v in results
                ],
            }
        )
    else:
        for v in bad:
            num = f"#{v.id}  " if v.kind == "evidence" else ""
            print(f"{v.status.upper():8} {v.case_reference}  {num}{_safe(v.label)}  {v.sha256}")
        if not bad:
            print(f"All {len(results)} stored item(s) (evidence and issued letters) match their SHA-256.")
    if bad:
        names = ", ".join(f"{v.case_reference} {_safe(v.label)} ({v.status})" for v in bad[:5])
        more = f" and {len(bad) - 5} more" if len(bad) > 5 else ""
        raise CheckFailed(f"{len(bad)} of {len(results)} evidence item(s) failed: {names}{more}.")
    return 0
