"""Suggested answers (never set) from what a text shows, completed by the reviewed profile of
a recognised licence, and for every suggestion the lines it rests on."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from app.domain.checklist import JUDGEMENTS
from app.domain.licence.compatible import _quote
from app.domain.licence.flags import M2A, M3F, UNKNOWN
from app.domain.licence.identify import _SPDX_LINE, Identification
from app.domain.licence.profiles import profile


def _line_ref(name: str, lines: Sequence[str], line: int) -> dict[str, Any]:
    """One line of one screened text, for naming where a suggestion came from."""
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    return {"file": name, "line": line, "text": _quote(text, 120)}


def _identification_line(text: str, ident: Identification) -> int:
    """The line a licence was recognised on: its SPDX line, the first line of its part, else
    the text's first non-blank line."""
    if ident.via == "spdx-line":
        m = _SPDX_LINE.search(text[:4000])
        if m:
            return text[: m.start()].count("\n") + 1
    for p in ident.parts:
        if p.id == ident.licence:
            return int(p.first_line)
    for i, line in enumerate(text.splitlines(), 1):
        if line.strip():
            return i
    return 1


def _suggested_from(
    suggested: Mapping[str, Any],
    licence_ref: dict[str, Any] | None,
    flag_refs: Mapping[str, list[dict[str, Any]]],
    restriction_refs: list[dict[str, Any]],
    *,
    m2a: Sequence[str],
    m3f: Sequence[str],
    naming: bool,
) -> dict[str, list[dict[str, Any]]]:
    """For every suggested answer, the lines of the screened texts it rests on
    (``[{"file", "line", "text"}, ...]``, strongest first): the clauses found in a text, or
    the line where the licence whose profile gave the answer was recognised."""
    by_licence = [licence_ref] if licence_ref is not None else []

    def found(flags: Sequence[str]) -> list[dict[str, Any]]:
        refs = [r for f in flags for r in flag_refs.get(f, [])[:1]]
        return refs or by_licence

    out: dict[str, list[dict[str, Any]]] = {}
    for k in suggested:
        if k in ("M2", "M2a") and m2a:
            out[k] = found(m2a)
        elif k in ("M3", "M3f") and m3f:
            out[k] = found(m3f)
        elif k == "M4" and restriction_refs:
            out[k] = list(restriction_refs)
        elif k == "M6a" and naming:
            out[k] = found(["naming"])
        else:
            out[k] = list(by_licence)
    return out


def _strip_marker(s: str) -> str:
    from app.domain.licence.segment import _MARKER

    return _MARKER.sub("", s, count=1) if _MARKER.match(s) else s


_ORDER = {f: i for i, f in enumerate(M2A + M3F + ("naming", "incorporated_policy", "restriction"))}


def _suggest(
    licence: str,
    m2a: list[str],
    m3f: list[str],
    naming: bool,
    restrictions: list[dict[str, Any]],
    partly_unread: bool = False,
) -> dict[str, Any]:
    """Suggested answers: what the text shows, completed by the knowledge base for a
    recognised licence. A "no" found in the text always wins over a "yes" from the profile;
    a text with parts the screener could not read, or a changed copy of the licence, never
    gets a "yes" from it."""
    prof = profile(licence) if licence != UNKNOWN and " " not in licence else None
    kb = {k: s.value for k, s in (prof.suggestions.items() if prof else [])}
    if partly_unread:
        kb = {k: v for k, v in kb.items() if v != "yes"}
    out: dict[str, Any] = {}
    if licence != UNKNOWN:
        out["M1"] = licence
    kb_m2a = [f for f in kb.get("M2a", []) if f in M2A] if isinstance(kb.get("M2a"), list) else []
    kb_m3f = [f for f in kb.get("M3f", []) if f in M3F] if isinstance(kb.get("M3f"), list) else []
    all_m2a = [f for f in M2A if f in m2a or f in kb_m2a]
    all_m3f = [f for f in M3F if f in m3f or f in kb_m3f]
    if all_m2a:
        out["M2"], out["M2a"] = "no", all_m2a
    elif prof is not None and "M2" in kb:
        out["M2"] = kb["M2"]
        out["M2a"] = []
    if all_m3f:
        out["M3"], out["M3f"] = "no", all_m3f
    elif prof is not None and "M3" in kb:
        out["M3"] = kb["M3"]
        out["M3f"] = []
    if restrictions:
        out["M4"] = [
            {"text": r["text"], "source": r["source"], **{j: UNKNOWN for j in JUDGEMENTS}}
            for r in restrictions
        ]
    elif prof is not None and "M4" in kb:
        out["M4"] = kb["M4"]
    for k in ("M5", "M6"):
        if prof is not None and k in kb:
            out[k] = kb[k]
    if naming:
        out["M6a"] = "yes"
    elif prof is not None and "M6a" in kb:
        out["M6a"] = kb["M6a"]
    if prof is not None and "M7" in kb:
        out["M7"] = kb["M7"]
    return out
