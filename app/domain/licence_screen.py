"""Licence screening: recognise a licence, read its clauses, and suggest checklist answers
(never set them) under Art. 53(2) and Guidelines C(2025) 5045 ¶79-84.

Identification aligns the whole text against the ScanCode LicenseDB (the ``licensedcode-data``
package, :mod:`app.domain.licence.match`): close variants are told apart, a changed copy is
reported with its differing lines, and a file holding several licences has each reported with
its lines (and whether it covers code or weights). ``resources/licences/*.json`` is the
officer-reviewed legal layer keyed by those ids; its profiles also recognise model licences
newer than the LicenseDB data. An ``SPDX-License-Identifier:`` line is honoured.

Clause reading (:mod:`app.domain.licence.segment`, judged by :mod:`app.domain.licence.judge`)
segments any text into sentences, list items and definitions, resolves defined terms, and
judges modality, condition and consequence in English, Chinese, French, German, Italian and
Spanish; a part in any other language is reported as not screened, never as clean. Every
finding cites ``FILE:LINE`` (the clause's first line), the whole clause with its line range,
and the definitions it used.

The output document is the one of checklist-spec.md ("Licence screening"), with added fields.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.errors import BadInput
from app.domain.licence.compatible import _COMPILED as _COMPILED  # the patterns, for bench_checklist
from app.domain.licence.compatible import (
    PATTERNS,
    Citation,
    _compatible,
    _quote,
)
from app.domain.licence.flags import COMPATIBLE, HEAD_CHARS, M2A, M3F, UNKNOWN
from app.domain.licence.identify import Identification, identify, identify_licence
from app.domain.licence.profiles import (
    LicenceProfile,
    Suggestion,
    is_known_spdx,
    kb_root,
    knowledge_base,
    profile,
    suggestions_for,
)
from app.domain.licence.suggest import (
    _ORDER,
    _identification_line,
    _line_ref,
    _strip_marker,
    _suggest,
    _suggested_from,
)

__all__ = [
    "COMPATIBLE",
    "HEAD_CHARS",
    "M2A",
    "M3F",
    "MAX_BYTES",
    "PATTERNS",
    "UNKNOWN",
    "Citation",
    "Identification",
    "LicenceProfile",
    "Suggestion",
    "identify",
    "identify_licence",
    "is_known_spdx",
    "kb_root",
    "knowledge_base",
    "profile",
    "screen_files",
    "screen_texts",
    "suggestions_for",
]

MAX_BYTES = 5 * 1024 * 1024


@dataclass
class _Doc:
    name: str
    text: str


def _read(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError as err:
        raise BadInput(f"Cannot read {path}: {err.strerror or err}.") from None
    if not path.is_file():
        raise BadInput(f"{path} is not a file.")
    if size > MAX_BYTES:
        raise BadInput(f"{path} is larger than 5 MB: it is not a licence text.")
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        raise BadInput(f"{path} is a binary file, not a licence text.")
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def screen_files(paths: Iterable[str | Path]) -> dict[str, Any]:
    """Screen files together (a licence and the policy it incorporates)."""
    paths = list(paths)
    docs = []
    for p in paths:
        path = Path(p)
        docs.append((path.name, _read(path)))
    if not docs:
        raise BadInput("Give at least one licence or policy file to screen.")
    names = [n for n, _ in docs]
    if len(set(names)) != len(names):  # same base name in two folders: cite the full path
        docs = [(str(Path(p)), t) for p, (_, t) in zip(paths, docs, strict=False)]
    return screen_texts(docs)


def _languages(name: str, clauses: Sequence[Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Runs of one language ({"language", "source", "lines"}) and the runs not screened."""
    from app.domain.licence import lang as L

    runs: list[list[Any]] = []  # [language, first line, last line, words]
    for c in clauses:
        lg = c.lang or (runs[-1][0] if runs else "en")
        n = len(c.text.split()) + len(re.findall(r"[\u3400-\u9fff]", c.text)) // 2
        if runs and runs[-1][0] == lg:
            runs[-1][2] = c.last
            runs[-1][3] += n
        else:
            runs.append([lg, c.first, c.last, n])
    merged: list[list[Any]] = []
    for r in runs:  # a short run inside another language (a name, a link, a title) is no part
        if merged and (merged[-1][0] == r[0] or r[3] < 12):
            merged[-1][2] = r[2]
            merged[-1][3] += r[3]
        elif merged and merged[-1][3] < 12 and len(merged) == 1:
            merged[-1] = [r[0], merged[-1][1], r[2], merged[-1][3] + r[3]]
        else:
            merged.append(r)
    langs = [
        {"language": lg, "name": L.NAMES.get(lg, lg), "source": f"{name}:{a}-{b}", "lines": [a, b]}
        for lg, a, b, _n in merged
    ]
    not_screened = [x for x in langs if x["language"] not in L.READ]
    return langs, not_screened


_POLICY_WORD = re.compile(
    r"polic(y|ies)|politique|pol[ií]tica|richtlinie|guidelines|政策|规范", re.IGNORECASE
)


def _policy_title(clauses: Sequence[Any]) -> Any:
    """The title clause of a text that is itself a use policy ("Llama 2 Acceptable Use Policy"):
    one of its first three clauses, short, naming a policy in the language it is in."""
    from app.domain.licence import lang as L

    for c in clauses[:3]:
        lg = c.lang if c.lang in L.READ else "en"
        if len(c.text) <= 120 and L.has(lg, "policy", c.text) and _POLICY_WORD.search(c.text):
            return c  # a policy, not terms of use (those are a licence)
    return None


def screen_texts(docs: Sequence[tuple[str, str]]) -> dict[str, Any]:
    """The screening document for ``[(name, text), ...]`` screened together."""
    from app.domain.licence import judge as CL
    from app.domain.licence import segment as SEG

    licence = UNKNOWN
    permissive_ids: list[str] = []
    citations: list[Citation] = []
    m2a: list[str] = []
    m3f: list[str] = []
    naming = False
    compatible: list[str] = []
    restrictions: list[dict[str, Any]] = []
    candidates: list[dict[str, Any]] = []
    policies: list[dict[str, Any]] = []
    identified: list[dict[str, Any]] = []
    languages: list[dict[str, Any]] = []
    not_screened: list[dict[str, Any]] = []
    headings: list[str] = []
    licence_ref: dict[str, Any] | None = None  # where the licence of M1 was recognised
    flag_refs: dict[str, list[dict[str, Any]]] = {}  # flag -> the lines it was found on
    restriction_refs: list[dict[str, Any]] = []
    policy_texts: list[dict[str, Any]] = []  # screened texts that are themselves use policies
    for name, text in docs:
        ident = identify(text, name)
        lid = ident.licence
        lines = text.splitlines()
        from app.domain.licence import match

        named = match.referenced(text) if not any(p.id != UNKNOWN for p in ident.parts) else []
        identified.append(
            {
                "file": name,
                "licence": lid,
                "via": ident.via,
                "parts": [p.to_dict() for p in ident.parts],
                "referenced": [{**r, "source": f"{name}:{r['line']}"} for r in named],
                **({"note": ident.note} if ident.note else {}),
                **({"near": ident.near} if ident.near else {}),
                **({"alternatives": ident.alternatives} if ident.alternatives else {}),
            }
        )
        if lid != UNKNOWN and licence == UNKNOWN:
            licence = lid
            licence_ref = _line_ref(name, lines, _identification_line(text, ident))
        prof = profile(lid) if lid != UNKNOWN else None
        if prof is not None and prof.permissive:
            permissive_ids.append(lid)
        clauses, _defs = SEG.read_clauses(text)
        headings.extend(c.text for c in clauses if c.kind == "heading")
        title = _policy_title(clauses)
        if title is not None:
            policy_texts.append(
                {"file": name, "title": _quote(title.text, 200), "source": f"{name}:{title.first}"}
            )
        langs, skipped = _languages(name, clauses)
        languages.extend({"file": name, **x} for x in langs)
        not_screened.extend({"file": name, **x} for x in skipped)
        findings = CL.judge_all(clauses)
        for f in findings:
            d = f.to_dict(name)
            candidates.append(d)
            if f.target == "M2a" and f.strength >= 2 and f.flag not in m2a:
                m2a.append(f.flag)
            elif f.target == "M3f" and f.strength >= 2 and f.flag not in m3f:
                m3f.append(f.flag)
            elif f.target == "M6a":
                naming = True
            elif f.target == "M4":
                restriction_refs.append(_line_ref(name, lines, f.clause.first))
                restrictions.append(
                    {
                        "text": _quote(_strip_marker(f.clause.text), 400),
                        "source": d["source"],
                        "lines": d["lines"],
                        "context": _quote(f.clause.context, 300),
                    }
                )
            elif f.target == "policy":
                policies.append(
                    {"name": d["policy"], "url": d["url"], "source": d["source"], "attached": False}
                )
            if f.target != "M4" and (f.target != "M3f" or f.strength >= 2):
                c = f.clause
                citations.append(Citation(flag=f.flag, source=f"{name}:{c.first}", quote=_quote(c.text, 600)))
                if f.target in ("M2a", "M3f", "M6a") and (f.target == "M6a" or f.strength >= 2):
                    flag_refs.setdefault(f.flag, []).append(_line_ref(name, lines, c.first))
        # a notice that puts the work under a licence it names but does not contain ("the model
        # weights are licensed under CC BY-NC 4.0") carries that licence's terms: read the named
        # licence's reference text and cite each finding to the line that names it
        for ref in named:
            for f in _referenced_findings(ref["id"]):
                src = f"{name}:{ref['line']}"
                quote = _quote(f"names {ref['id']}, whose text reads: {f.clause.text}", 600)
                if f.target == "M2a" and f.strength >= 2 and f.flag not in m2a:
                    m2a.append(f.flag)
                elif f.target == "M3f" and f.strength >= 2 and f.flag not in m3f:
                    m3f.append(f.flag)
                elif f.target == "M4":
                    restriction_refs.append(_line_ref(name, lines, ref["line"]))
                    restrictions.append(
                        {
                            "text": _quote(_strip_marker(f.clause.text), 400),
                            "source": src,
                            "lines": [ref["line"]] * 2,
                            "context": f"named licence {ref['id']}",
                        }
                    )
                    continue
                else:
                    continue
                if f.strength >= 2:
                    citations.append(Citation(flag=f.flag, source=src, quote=quote))
                    flag_refs.setdefault(f.flag, []).append(_line_ref(name, lines, ref["line"]))
        for flag, cit in _compatible(name, text.splitlines()):
            if flag not in compatible:
                compatible.append(flag)
            citations.append(cit)
    # a changed copy of a known licence gets no "yes" from that licence's profile: the changes
    # may be exactly what matters (a "non-commercial" inserted into BSD-3-Clause)
    modified = any(p["modified"] and p["id"] == licence for ident in identified for p in ident["parts"])
    # a policy is attached when one of the screened texts carries it (its title as a heading)
    norm_heads = [re.sub(r"[^a-z\u4e00-\u9fff]+", " ", h.lower()).strip() for h in headings]
    for pol in policies:
        key = re.sub(r"[^a-z\u4e00-\u9fff]+", " ", pol["name"].lower()).strip()
        pol["attached"] = bool(key) and any(key in h for h in norm_heads)
    candidates.sort(
        key=lambda d: (-("weak", "medium", "strong").index(d["strength"]), _ORDER.get(d["flag"], 99))
    )
    m2a = [f for f in M2A if f in m2a]
    m3f = [f for f in M3F if f in m3f]
    compatible = [c for c in COMPATIBLE if c in compatible]
    missing = [p for p in policies if not p["attached"]]
    known_ids = {p["id"] for ident in identified for p in ident["parts"]} | {i["licence"] for i in identified}
    named_missing = [r for ident in identified for r in ident["referenced"] if r["id"] not in known_ids]
    suggested = _suggest(licence, m2a, m3f, naming, restrictions, bool(not_screened) or modified)
    return {
        "licence": licence,
        "flags": {"M2a": m2a, "M3f": m3f, "M6a": naming},
        "restrictions": restrictions,
        "compatible_conditions": compatible,
        "suggested": suggested,
        "citations": [c.to_dict() for c in citations],
        "suggested_from": _suggested_from(
            suggested, licence_ref, flag_refs, restriction_refs, m2a=m2a, m3f=m3f, naming=naming
        ),
        "identification": identified,
        "languages": languages,
        "not_screened": not_screened,
        "candidates": candidates,
        "policies": policies,
        "policy_texts": policy_texts,
        "complete": not missing and not not_screened and not named_missing,
        "incomplete_because": (
            [
                f"the policy '{p['name']}' cited at {p['source']} is not among the screened texts"
                for p in missing
            ]
            + [f"{x['source']} is in {x['name']} and was not screened" for x in not_screened]
            + [
                f"{r['source']} names {r['id']}, whose text is not among the screened texts"
                for r in named_missing
            ]
        ),
    }


@functools.lru_cache(maxsize=64)
def _referenced_findings(licence_id: str) -> tuple[Any, ...]:
    """The clause findings of a named licence's LicenseDB reference text (none when the
    knowledge base does not hold it)."""
    from app.domain.licence import judge as CL
    from app.domain.licence import kb
    from app.domain.licence import segment as SEG

    idx = kb.index()
    if idx is None:
        return ()
    lic = next((x for x in idx.licences if x.spdx == licence_id and not x.rule and not x.deprecated), None)
    if lic is None:
        return ()
    clauses, _defs = SEG.read_clauses(kb.licence_text(lic))
    return tuple(CL.judge_all(clauses))
