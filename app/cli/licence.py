"""exemptio licence screen FILE... [--json] | licence info ID [--json] | licence list [--json]"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.main import JSON, arg, group, leaf, print_json
from app.domain import licence_screen
from app.domain.errors import NotFound
from app.services.context import AppContext


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    about = "screen licence texts; the licence knowledge base"
    lsub = group(sub, "licence", "licence_command", aliases=["license"], help=about)
    files = arg("files", nargs="+", metavar="FILE", help="a licence and the policies it incorporates")
    screen = "suggest checklist answers from licence and policy texts"
    leaf(lsub, "screen", _screen, files, JSON, needs_db=False, help=screen)
    licence = arg("licence", help="SPDX id, LicenseRef-... or family (e.g. llama3.1)")
    info = "what the knowledge base knows about a licence"
    leaf(lsub, "info", _info, licence, JSON, needs_db=False, help=info)
    leaf(lsub, "list", _list, JSON, needs_db=False, help="licences in the knowledge base")


def _screen(args: argparse.Namespace, ctx: AppContext | None) -> int:
    doc = licence_screen.screen_files(args.files)
    if args.json:
        print_json(doc)
        return 0
    out = sys.stdout.write
    out(f"Licence: {doc['licence']}\n")
    prof = licence_screen.profile(doc["licence"]) if doc["licence"] != "unknown" else None
    if prof:
        out(f"  {prof.name}: {prof.effect} {prof.effect_marker}\n")
    for ident in doc.get("identification", []):
        for part in ident["parts"]:
            label = part["id"] if part["id"] != "unknown" else "unidentified text"
            if part["id"] != "unknown" and part["modified"]:
                label += " with modifications"
            if part.get("resembles"):
                label += f" (resembles {part['resembles']})"
            covers = f", covers {part['covers']}" if part["covers"] != "unstated" else ""
            out(f"  {ident['file']}:{part['lines']}: {label}{covers}\n")
            for d in part["differences"][:5]:
                out(f"      differs at line {d['lines']}: {d['text']}\n")
    flags = doc["flags"]
    for ident in doc.get("identification", []):
        for r in ident.get("referenced", []):
            out(f"  {r['source']}: names {r['id']} ({r['name']}) without its text\n")
    for part in doc.get("not_screened", []):
        out(f"Not screened: {part['source']} is in {part['name']}.\n")
    if not (flags["M2a"] or flags["M3f"] or flags["M6a"] or doc["restrictions"]):
        if doc.get("not_screened"):
            out("No disqualifying clause found in the parts that were read; the rest was not screened.\n")
        else:
            out("No disqualifying clause found.\n")
    shown = {"incorporated_policy": "incorporated policy"}
    for c in doc["citations"]:
        if c["flag"] in ("attribution", "notice", "copyleft", "patent_retaliation"):
            continue
        label = shown.get(c["flag"], c["flag"])
        out(f"  {label:<28} {c['source']}: {c['quote']}\n")
    if doc["restrictions"]:
        out(f"Use restrictions to judge under Guidelines ¶84 (M4): {len(doc['restrictions'])}\n")
        for r in doc["restrictions"]:
            out(f"  - {r['text']} [{r['source']}]\n")
    for pol in doc.get("policies", []):
        if not pol["attached"]:
            where = f" ({pol['url']})" if pol["url"] else ""
            out(f"Policy to attach as evidence: {pol['name']}{where}, cited at {pol['source']}\n")
    if doc.get("complete") is False:
        out("The assessment is incomplete until the texts above are screened too.\n")
    if doc["compatible_conditions"]:
        out(f"Compatible conditions: {', '.join(doc['compatible_conditions'])}\n")
    if doc["suggested"]:
        out("Suggested answers (to confirm in the checklist):\n")
        for k, v in doc["suggested"].items():
            shown_v = f"{len(v)} restriction(s)" if k == "M4" else v
            out(f"  {k}: {shown_v}\n")
    return 0


def _profile_doc(p: licence_screen.LicenceProfile) -> dict[str, Any]:
    return {
        "id": p.id,
        "family": p.family,
        "name": p.name,
        "hf_tag": p.hf_tag,
        "permissive": p.permissive,
        "text_url": p.text_url,
        "policy_url": p.policy_url or None,
        "effect": p.effect,
        "effect_marker": p.effect_marker,
        "clauses": list(p.clauses),
        "suggestions": {
            k: {"value": s.value, "why": s.why, "marker": s.marker, "source": s.source}
            for k, s in p.suggestions.items()
        },
        "notes": p.notes,
    }


def _info(args: argparse.Namespace, ctx: AppContext | None) -> int:
    p = licence_screen.profile(args.licence)
    if p is None:
        raise NotFound.of("cli.no_licence_entry", licence=args.licence)
    doc = _profile_doc(p)
    if args.json:
        print_json(doc)
        return 0
    out = sys.stdout.write
    out(f"{p.name}  ({p.id}; Hugging Face tag {p.hf_tag or '-'})\n{p.effect} {p.effect_marker}\n")
    for c in p.clauses:
        out(f"  {c['ref']}: {c['summary']} {c['marker']}\n")
    for k, s in p.suggestions.items():
        value = f"{len(s.value)} restriction(s)" if k == "M4" else s.value
        out(f"  suggests {k} = {value}  {s.marker} {s.why}\n")
    return 0


def _list(args: argparse.Namespace, ctx: AppContext | None) -> int:
    kb = sorted(licence_screen.knowledge_base(), key=lambda p: p.family)
    if args.json:
        print_json([{"id": p.id, "family": p.family, "name": p.name, "hf_tag": p.hf_tag} for p in kb])
        return 0
    for p in kb:
        sys.stdout.write(f"{p.family:<22} {p.id:<48} {p.name}\n")
    return 0
