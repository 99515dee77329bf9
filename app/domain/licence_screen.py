"""Licence screening: recognise a licence, scan licence and policy texts for the
clauses that matter under Art. 53(2) and Guidelines C(2025) 5045 ¶79-84, and
suggest checklist answers (never set them).

Identification uses the licence knowledge base (``resources/licences/*.json``),
whose ids are checked against the SPDX / ScanCode LicenseDB data shipped by the
maintained ``license-expression`` package; an ``SPDX-License-Identifier:`` line
is honoured when present. Clause scanning works on any text, known or not, and
every flag cites ``FILE:LINE`` and the quoted line.

The output document is the one of checklist-spec.md ("Licence screening").
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.checklist import JUDGEMENTS, DefinitionError
from app.domain.errors import BadInput

UNKNOWN = "unknown"
MAX_BYTES = 5 * 1024 * 1024
HEAD_CHARS = 1500  # a licence names itself at its start; later mentions are cross-references

M2A = ("geographic_exclusion", "approval_gate_discretionary")
M3F = (
    "non_commercial",
    "user_threshold",
    "commercial_licence_required",
    "output_training_ban",
    "unilateral_stop",
)
COMPATIBLE = ("attribution", "notice", "copyleft", "patent_retaliation")

# --- clause patterns ------------------------------------------------------------------------
# (flag, target, pattern). Targets: M2a / M3f flags, "M6a" (naming), "compatible", "policy"
# (an incorporated policy). Patterns run case-insensitively on a line joined with the next
# one (clauses wrap), and count for the line where the match starts.

_W = r"[^.;:]{0,120}?"  # a stretch of the same sentence
PATTERNS: tuple[tuple[str, str, str], ...] = (
    # access
    (
        "geographic_exclusion",
        "M2a",
        r"\b(not (being )?(granted|available|licensed|permitted)|excluded|prohibited|may not|shall not|cannot)\b"  # noqa: E501
        + _W
        + r"\b(domiciled|principal place of business|resident|residing|located|established)\b"
        + _W
        + r"\b(the )?(European Union|EU|EEA)\b",
    ),
    (
        "geographic_exclusion",
        "M2a",
        r"\b(domiciled|principal place of business|resident|residing|located|established)\b"
        + _W
        + r"\b(the )?(European Union|EU|EEA)\b"
        + _W
        + r"\b(not (being )?(granted|available|licensed|permitted)|excluded|prohibited|may not|shall not)\b",
    ),
    (
        "geographic_exclusion",
        "M2a",
        r"\b(not (being )?(granted|available|licensed|permitted)|excluded)\b"
        + _W
        + r"\bin (the )?(European Union|EU|EEA)\b",
    ),
    (
        "approval_gate_discretionary",
        "M2a",
        r"(access|download)" + _W + r"(subject to (our|its) (prior )?approval|at (our|its) (sole )?discretion"
        r"|may (approve|deny|reject) (your|any) (request|application))",
    ),
    # use
    ("non_commercial", "M3f", r"\bnon-?commercial (purposes? |use )?only\b"),
    (
        "non_commercial",
        "M3f",
        r"\b(only|solely) (use|for)" + _W + r"\b(research|non-?commercial|evaluation) purposes?\b",
    ),
    (
        "non_commercial",
        "M3f",
        r"\bfor (research|evaluation|academic)( or (evaluation|research|non-?commercial))? purposes only\b",
    ),
    ("non_commercial", "M3f", r"\bnot (be )?(used )?for (any )?commercial (use|purposes?)\b"),
    ("non_commercial", "M3f", r"\bshall (only|solely) use" + _W + r"\bresearch purposes\b"),
    ("user_threshold", "M3f", r"\bmonthly active users\b|\bMAUs?\b"),
    (
        "user_threshold",
        "M3f",
        r"\b(annual|yearly) (gross )?revenues?\b"
        + _W
        + r"(less than|in excess of|exceeds?|more than|above|under|below|of)\s*(US\s?)?(\$|USD|EUR|€)",
    ),
    (
        "user_threshold",
        "M3f",
        r"\b(more|greater) than [0-9][0-9,.]*\s*(million|billion)?\s*(daily |monthly )?(active )?users\b",
    ),
    (
        "commercial_licence_required",
        "M3f",
        r"\b(must|shall|need to|required to) (request|obtain|purchase|acquire)"
        + _W
        + r"\blicen[cs]e\b"
        + _W
        + r"\b(from|directly from) (us|meta|mistral|stability|the licensor|alibaba|google|tii)\b",
    ),
    ("commercial_licence_required", "M3f", r"\b(commercial|enterprise) licen[cs]e\b"),
    ("commercial_licence_required", "M3f", r"\bif you are commercially using\b"),
    (
        "output_training_ban",
        "M3f",
        r"\b(will not|shall not|must not|may not|can ?not|not to|agree not to)\b"
        + _W
        + r"\b(outputs?|results|generations?)\b"
        + _W
        + r"\b(to )?(improve|train|develop|fine-?tune)\b"
        + _W
        + r"\b(any )?(other|another|competing)\b",
    ),
    ("output_training_ban", "M3f", r"\bto (improve|train) any other (large language )?model"),
    ("unilateral_stop", "M3f", r"\breserves? the right to (restrict|suspend|terminate|revoke|disable)\b"),
    ("unilateral_stop", "M3f", r"\bremotely or otherwise\b"),
    (
        "unilateral_stop",
        "M3f",
        r"\breserves? the right to (update|modify|change|amend) (this|these|the)"
        + _W
        + r"\b(policy|terms|agreement|licen[cs]e)\b",
    ),
    ("unilateral_stop", "M3f", r"(?<!ir)(?<!non-)\brevocable\b"),
    (
        "unilateral_stop",
        "M3f",
        r"\b(terminate|suspend|revoke)"
        + _W
        + r"\b(at any time|for any reason|in (its|our) sole discretion)\b",
    ),
    # naming
    ("naming", "M6a", r"[\"“']?\b(built with|powered by|improved using)\b"),
    ("naming", "M6a", r"\bat the (beginning|start) of (any such|the|its)" + _W + r"\bname\b"),
    # compatible conditions
    (
        "attribution",
        "compatible",
        r"\battribution notices?\b|\bretain (all|the)" + _W + r"\b(copyright|attribution)\b"
        r"|\babove copyright notice\b|\bgive (any other|all|any third party) recipients\b",
    ),
    ("notice", "compatible", r"[\"“]?notice[\"”]? (text )?file\b"),
    (
        "copyleft",
        "compatible",
        r"\bunder the (same|terms of this) licen[cs]e\b|\bshare-?alike\b|\bcopyleft\b"
        r"|\bcorresponding source\b|\blarger work\b",
    ),
    (
        "patent_retaliation",
        "compatible",
        r"\binstitute (patent )?litigation\b|\bcommence a lawsuit\b"
        r"|\bpatent infringement claim\b|\binitiate[sd]? (a )?patent\b",
    ),
    # incorporated policy
    ("incorporated_policy", "policy", r"\bincorporated (herein )?by reference\b"),
)


def _says_not(pattern: str) -> bool:
    """Whether a pattern's own words carry a negation ("may not use…"): then only words
    before the match can negate it; otherwise a negation inside the match counts too."""
    words = re.sub(r"\(\?<?[!=][^)]*\)", "", pattern).replace("\\b", " ")
    return re.search(r"\bnot\b|can \?not", words) is not None


_COMPILED = tuple((f, t, re.compile(p, re.IGNORECASE), _says_not(p)) for f, t, p in PATTERNS)

# --- negation ---------------------------------------------------------------------------------
# "This licence does not require a separate commercial licence" is no restriction. A clause hit
# is negated when the words of its own clause before it (or inside it, for patterns that are not
# themselves negative) hold an odd number of negations ("may not … without" cancels out), or
# when the clause goes on "… is not required". A clause ends at . ; : , ! ? and an obligation
# word (must, shall, will, unless, but, except, however) starts a new scope.
_CLAUSE_END = re.compile(r"[.;:,!?]")
_NEGATION = re.compile(r"\b(?:not|no|never|without|nothing|none|neither|nor|cannot)\b|n't\b", re.IGNORECASE)
_SCOPE_RESET = re.compile(r"\b(?:must|shall|will|unless|but|except|however|if)\b", re.IGNORECASE)
_ASIDE = re.compile(r"\([^()]*\)|\b(?:whether )?or not\b", re.IGNORECASE)
_NEGATED_AFTER = re.compile(
    r"^[^.;:,!?]{0,40}?\b(?:(?:is|are|be|being) not (?:required|needed|necessary|applicable)|need not)\b",
    re.IGNORECASE,
)


def _negated(text: str, start: int, end: int, *, pattern_negative: bool) -> bool:
    """Whether the clause hit text[start:end] is negated in its own sentence."""
    clause_start = 0
    for m in _CLAUSE_END.finditer(text, 0, start):
        clause_start = m.end()
    scope = text[clause_start : start if pattern_negative else end]
    scope = _ASIDE.sub(" ", scope)  # "(whether or not created by us)" negates nothing
    resets = list(_SCOPE_RESET.finditer(scope))
    if resets:
        scope = scope[resets[-1].start() :]
    if len(_NEGATION.findall(scope)) % 2 == 1:
        return True
    return _NEGATED_AFTER.search(text[end:]) is not None


_RESTRICTION_HEAD = re.compile(
    r"(you agree (that )?(you )?(will )?not to use|you (will|shall|must|may) not use|may not use nor allow"
    r"|agree you will not use|prohibited uses?\b|use restrictions\b|restricted uses\b|you must not use any of)",  # noqa: E501
    re.IGNORECASE,
)
_ITEM = re.compile(
    r"^(\s*)(?:[-*•]|\(?[0-9]{1,3}[.)]|\(?[a-z][.)]|\([a-z]\)|\(?[ivxlc]{1,5}[.)])\s+(.*\S)\s*$"
)
_HEADING = re.compile(
    r"^\s*(#{1,6}\s|\*\*[^*]+\*\*\s*$|section\s+[ivx0-9]+\b|attachment\s+[a-z]\b|[A-Z][A-Z &,:-]{6,}$)",
    re.IGNORECASE,
)
_SPDX_LINE = re.compile(r"SPDX-License-Identifier:\s*([A-Za-z0-9.+\-() ]+?)\s*(\*/|-->|$)", re.MULTILINE)


@dataclass(frozen=True)
class Citation:
    flag: str
    source: str  # FILE:LINE
    quote: str

    def to_dict(self) -> dict[str, str]:
        return {"flag": self.flag, "source": self.source, "quote": self.quote}


@dataclass(frozen=True)
class Suggestion:
    value: Any
    why: str
    marker: str
    source: str


@dataclass(frozen=True)
class LicenceProfile:
    family: str
    id: str
    name: str
    hf_tag: str
    permissive: bool
    priority: int
    identify: tuple[str, ...]
    identify_all: tuple[str, ...]
    text_url: str
    clauses: tuple[Mapping[str, Any], ...]
    compatible_conditions: tuple[str, ...]
    suggestions: Mapping[str, Suggestion]
    effect: str
    effect_marker: str
    notes: str = ""
    policy_url: str = ""
    date: str = ""
    _patterns: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)
    _patterns_all: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)

    def matches(self, text: str) -> bool:
        return any(p.search(text) for p in self._patterns) and all(p.search(text) for p in self._patterns_all)


# --- knowledge base ------------------------------------------------------------------------


def kb_root() -> Path:
    from app.resources import resource_path

    return resource_path("licences")


@functools.lru_cache(maxsize=1)
def _spdx_keys() -> frozenset[str]:
    """SPDX ids and ScanCode LicenseRef ids from the license-expression package data."""
    import license_expression

    keys: set[str] = set()
    for entry in license_expression.get_license_index():
        if entry.get("spdx_license_key"):
            keys.add(str(entry["spdx_license_key"]))
        keys.update(str(k) for k in entry.get("other_spdx_license_keys") or [])
    return frozenset(keys)


def is_known_spdx(licence_id: str) -> bool:
    return licence_id in _spdx_keys()


def _check_id(lid: str, origin: str) -> None:
    if lid.startswith("LicenseRef-") and not lid.startswith("LicenseRef-scancode-"):
        if not re.fullmatch(r"LicenseRef-[A-Za-z0-9.\-]+", lid):
            raise DefinitionError(f"{origin}: '{lid}' is not a valid LicenseRef id.")
        return
    if not is_known_spdx(lid):
        raise DefinitionError(
            f"{origin}: '{lid}' is not an SPDX or ScanCode licence id known to license-expression."
        )


_SUGGESTABLE = ("M1", "M2", "M2a", "M3", "M3f", "M4", "M5", "M6", "M6a", "M7")


def _profile(doc: Mapping[str, Any], origin: str) -> LicenceProfile:
    try:
        lid = str(doc["id"])
        _check_id(lid, origin)
        sugg: dict[str, Suggestion] = {}
        for k, v in dict(doc.get("suggestions", {})).items():
            if k not in _SUGGESTABLE:
                raise DefinitionError(f"{origin}: suggestion for unknown question {k}.")
            if v.get("marker") not in ("[V]", "[S]", "[I]"):
                raise DefinitionError(f"{origin}: suggestion {k} needs a marker [V], [S] or [I].")
            sugg[k] = Suggestion(
                value=v["value"], why=str(v["why"]), marker=str(v["marker"]), source=str(v["source"])
            )
        for c in doc.get("clauses", []):
            if c.get("marker") not in ("[V]", "[S]", "[I]") or not c.get("source"):
                raise DefinitionError(f"{origin}: clause {c.get('ref')} needs a source and a marker.")
        identify = tuple(str(p) for p in doc["identify"])
        identify_all = tuple(str(p) for p in doc.get("identify_all", ()))
        return LicenceProfile(
            family=str(doc["family"]),
            id=lid,
            name=str(doc["name"]),
            hf_tag=str(doc.get("hf_tag", "")),
            permissive=bool(doc["permissive"]),
            priority=int(doc.get("priority", 10)),
            identify=identify,
            identify_all=identify_all,
            text_url=str(doc.get("text_url", "")),
            clauses=tuple(doc.get("clauses", [])),
            compatible_conditions=tuple(doc.get("compatible_conditions", [])),
            suggestions=sugg,
            effect=str(doc.get("effect", "")),
            effect_marker=str(doc.get("effect_marker", "")),
            notes=str(doc.get("notes", "")),
            policy_url=str(doc.get("policy_url", "")),
            date=str(doc.get("date", "")),
            _patterns=tuple(re.compile(p, re.IGNORECASE) for p in identify),
            _patterns_all=tuple(re.compile(p, re.IGNORECASE) for p in identify_all),
        )
    except DefinitionError:
        raise
    except (KeyError, TypeError, ValueError, re.error) as err:
        raise DefinitionError(f"Licence profile {origin} is broken ({type(err).__name__}: {err}).") from None


@functools.lru_cache(maxsize=4)
def _load_kb(root: str) -> tuple[LicenceProfile, ...]:
    profiles = []
    seen: set[str] = set()
    for path in sorted(Path(root).glob("*.json")):
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise DefinitionError(f"Licence profile {path} cannot be read: {err}") from None
        prof = _profile(doc, str(path))
        if prof.id in seen:
            raise DefinitionError(
                f"Licence profile {path}: id {prof.id} appears twice in the knowledge base."
            )
        seen.add(prof.id)
        profiles.append(prof)
    return tuple(sorted(profiles, key=lambda p: -p.priority))


def knowledge_base(root: Path | None = None) -> tuple[LicenceProfile, ...]:
    """All licence profiles, most specific first."""
    return _load_kb(str(root or kb_root()))


def profile(licence_id: str) -> LicenceProfile | None:
    for p in knowledge_base():
        if (
            p.id == licence_id
            or p.family == licence_id
            or (p.hf_tag and p.hf_tag == licence_id and p.hf_tag != "other")
        ):
            return p
    return None


def suggestions_for(licence_id: str) -> dict[str, Suggestion]:
    """Suggested answers for M2-M7 when M1 is this licence (suggestions, not answers)."""
    p = profile(licence_id)
    return dict(p.suggestions) if p else {}


# --- identification --------------------------------------------------------------------------


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def identify_licence(text: str) -> str:
    """SPDX id, ``LicenseRef-...`` or ``"unknown"`` for a licence text."""
    m = _SPDX_LINE.search(text[:4000])
    if m:
        expr = m.group(1).strip()
        if is_known_spdx(expr) or expr.startswith("LicenseRef-"):
            return expr
    head = _norm(text.lstrip()[:3000])[:HEAD_CHARS]
    for p in knowledge_base():
        if p.matches(head):
            return p.id
    return UNKNOWN


# --- scanning --------------------------------------------------------------------------------


def _quote(line: str, limit: int = 240) -> str:
    s = re.sub(r"\s+", " ", line).strip()
    s = re.sub(r"^[#>*\s]+|\*\*", "", s)
    return s if len(s) <= limit else s[: limit - 1].rstrip() + "…"


def _excerpt(line: str, start: int, end: int, limit: int = 240) -> str:
    """The line, or the part of a long line around the match, with ellipses."""
    s = line.strip()
    if len(s) <= limit:
        return _quote(s, limit)
    end = min(end, len(s))
    lo = max(0, min(start - 60, end - limit + 20))
    hi = min(len(s), lo + limit)
    part = s[lo:hi].strip()
    return ("…" if lo > 0 else "") + _quote(part, limit) + ("…" if hi < len(s) else "")


def _scan_lines(name: str, lines: Sequence[str]) -> list[tuple[str, str, Citation]]:
    hits: list[tuple[str, str, Citation]] = []
    seen: set[tuple[str, int]] = set()
    for i, line in enumerate(lines):
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        cur = line.strip()
        if not cur:
            continue
        window = f"{cur} {nxt}"
        for flag, target, rx, negative in _COMPILED:
            for m in rx.finditer(window):
                if m.start() > len(cur):
                    break  # found on the next line: counted there
                if (flag, i) in seen:
                    break
                if _negated(window, m.start(), m.end(), pattern_negative=negative):
                    continue  # "does not require a commercial licence": look for a real hit
                seen.add((flag, i))
                quote = _excerpt(cur, m.start(), m.end())
                hits.append((flag, target, Citation(flag=flag, source=f"{name}:{i + 1}", quote=quote)))
                break
    return hits


def _restrictions(name: str, lines: Sequence[str]) -> list[dict[str, str]]:
    """List items following a 'you agree not to use…' / 'Prohibited uses' heading."""
    out: list[dict[str, str]] = []
    active = False
    last: dict[str, str] | None = None
    blank_since_item = False
    for i, raw in enumerate(lines):
        line = raw.rstrip()
        if not line.strip():
            blank_since_item = True
            continue
        item = _ITEM.match(line)
        if _RESTRICTION_HEAD.search(line) and not item:
            active, last, blank_since_item = True, None, False
            continue
        if not active:
            continue
        if item:
            text = item.group(2).strip()
            if _RESTRICTION_HEAD.search(text) and text.endswith(":"):
                last = None
                continue
            if text.endswith(":"):  # a heading for the sub-items below it
                last = None
                blank_since_item = False
                continue
            last = {"text": _quote(text, 400), "source": f"{name}:{i + 1}"}
            out.append(last)
            blank_since_item = False
            continue
        if _HEADING.match(line) or blank_since_item:
            active, last = False, None
            continue
        if last is not None:  # a wrapped continuation of the item
            last["text"] = _quote(f"{last['text']} {line.strip()}", 400)
    return out


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


def screen_texts(docs: Sequence[tuple[str, str]]) -> dict[str, Any]:
    """The screening document for ``[(name, text), ...]`` screened together."""
    licence = UNKNOWN
    permissive_ids: list[str] = []
    citations: list[Citation] = []
    m2a: list[str] = []
    m3f: list[str] = []
    naming = False
    compatible: list[str] = []
    restrictions: list[dict[str, str]] = []
    for name, text in docs:
        lid = identify_licence(text)
        if lid != UNKNOWN and licence == UNKNOWN:
            licence = lid
        prof = profile(lid) if lid != UNKNOWN else None
        if prof is not None and prof.permissive:
            permissive_ids.append(lid)
        lines = text.splitlines()
        for flag, target, cit in _scan_lines(name, lines):
            if target == "M2a" and flag not in m2a:
                m2a.append(flag)
            elif target == "M3f" and flag not in m3f:
                m3f.append(flag)
            elif target == "M6a":
                naming = True
            elif target == "compatible" and flag not in compatible:
                compatible.append(flag)
            citations.append(cit)
        restrictions.extend(_restrictions(name, lines))
    m2a = [f for f in M2A if f in m2a]
    m3f = [f for f in M3F if f in m3f]
    compatible = [c for c in COMPATIBLE if c in compatible]
    if licence == UNKNOWN:
        known = [identify_licence(t) for _, t in docs]
        licence = next((k for k in known if k != UNKNOWN), UNKNOWN)
    return {
        "licence": licence,
        "flags": {"M2a": m2a, "M3f": m3f, "M6a": naming},
        "restrictions": restrictions,
        "compatible_conditions": compatible,
        "suggested": _suggest(licence, m2a, m3f, naming, restrictions),
        "citations": [c.to_dict() for c in citations],
    }


def _suggest(
    licence: str, m2a: list[str], m3f: list[str], naming: bool, restrictions: list[dict[str, str]]
) -> dict[str, Any]:
    """Suggested answers: what the text shows, completed by the knowledge base for a
    recognised licence. A "no" found in the text always wins over a "yes" from the profile."""
    prof = profile(licence) if licence != UNKNOWN else None
    kb = {k: s.value for k, s in (prof.suggestions.items() if prof else [])}
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
