"""Licence screening: recognise a licence, read its clauses, and suggest checklist answers
(never set them) under Art. 53(2) and Guidelines C(2025) 5045 ¶79-84.

Identification aligns the whole text against the ScanCode LicenseDB (the ``licensedcode-data``
package, :mod:`app.domain.licence.match`): close variants are told apart, a changed copy is
reported with its differing lines, and a file holding several licences has each reported with
its lines (and whether it covers code or weights). ``resources/licences/*.json`` is the
officer-reviewed legal layer keyed by those ids; its profiles also recognise model licences
newer than the LicenseDB data. An ``SPDX-License-Identifier:`` line is honoured.

Clause reading (:mod:`app.domain.licence.clauses`) segments any text into sentences, list
items and definitions, resolves defined terms, and judges modality, condition and
consequence in English, Chinese, French, German, Italian and Spanish; a part in any other
language is reported as not screened, never as clean. Every finding cites ``FILE:LINE`` (the
clause's first line), the whole clause with its line range, and the definitions it used.

The output document is the one of checklist-spec.md ("Licence screening"), with added fields.
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

# --- compatible conditions ------------------------------------------------------------------
# (flag, target, pattern): conditions that open-source licences may set (attribution, notices,
# copyleft, patent retaliation). Disqualifying clauses are read by app.domain.licence.clauses.

_W = r"[^.;:]{0,120}?"  # a stretch of the same sentence
PATTERNS: tuple[tuple[str, str, str], ...] = (
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
    aliases: tuple[str, ...] = ()  # other ids of the same licence (e.g. a ScanCode key without SPDX id)
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
            aliases=tuple(str(a) for a in doc.get("aliases", ())),
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
            or licence_id in p.aliases
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

_ALTERNATIVE = re.compile(
    r"\b(choose|either|at your (option|choice)|dual[- ]licen[cs]ed|alternatively|whichever you prefer"
    r"|or, at your option)\b",
    re.IGNORECASE,
)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def _profile_match(text: str) -> LicenceProfile | None:
    """A model licence of the reviewed layer recognised by its own title (for licences newer
    than the LicenseDB data). Permissive profiles are left to whole-text matching."""
    head = _norm(text.lstrip()[:3000])[:HEAD_CHARS]
    for p in knowledge_base():
        if not p.permissive and p.matches(head):
            return p
    return None


@dataclass
class Identification:
    licence: str  # the id for M1: SPDX id / LicenseRef / expression / "unknown"
    parts: list[Any]  # app.domain.licence.match.Part
    via: str  # "spdx-line" | "text" | "profile" | "none"


def identify(text: str, name: str = "") -> Identification:
    """The licence of a text for M1 and every part found (see :func:`identify_licence`)."""
    from app.domain.licence import match

    m = _SPDX_LINE.search(text[:4000])
    parts = match.identify_parts(text, name)
    if m:
        expr = m.group(1).strip()
        if is_known_spdx(expr) or expr.startswith("LicenseRef-"):
            return Identification(expr, parts, "spdx-line")
    known = [p for p in parts if p.id != UNKNOWN]
    unknown = [p for p in parts if p.id == UNKNOWN]
    prof = _profile_match(text)
    if prof is not None and not (known and not unknown and all(p.coverage >= 0.95 for p in known)):
        return Identification(prof.id, parts, "profile")
    if not known:
        return Identification(UNKNOWN, parts, "none")
    weights = [p for p in known if p.covers == "weights"]
    if weights:
        return Identification(weights[0].id, parts, "text")
    if unknown and any(p.covers != "code" for p in unknown) and any(p.covers == "code" for p in known):
        return Identification(UNKNOWN, parts, "text")  # code licence known, the rest is not
    if unknown and sum(p.last_line - p.first_line + 1 for p in unknown) > sum(
        p.last_line - p.first_line + 1 for p in known
    ):
        return Identification(UNKNOWN, parts, "text")  # most of the text is unidentified terms
    ids = list(dict.fromkeys(p.id for p in known))
    if len(ids) == 1:
        return Identification(ids[0], parts, "text")
    joiner = " OR " if _ALTERNATIVE.search(text[:2000]) else " AND "
    return Identification(joiner.join(ids), parts, "text")


def identify_licence(text: str) -> str:
    """SPDX id, ``LicenseRef-...`` (or an expression of them) or ``"unknown"`` for a text."""
    return identify(text).licence


# --- screening -------------------------------------------------------------------------------


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


def _compatible(name: str, lines: Sequence[str]) -> list[tuple[str, Citation]]:
    hits: list[tuple[str, Citation]] = []
    seen: set[tuple[str, int]] = set()
    for i, line in enumerate(lines):
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        cur = line.strip()
        if not cur:
            continue
        window = f"{cur} {nxt}"
        for flag, _target, rx, negative in _COMPILED:
            for m in rx.finditer(window):
                if m.start() > len(cur) or (flag, i) in seen:
                    break
                if _negated(window, m.start(), m.end(), pattern_negative=negative):
                    continue
                seen.add((flag, i))
                hits.append(
                    (
                        flag,
                        Citation(
                            flag=flag, source=f"{name}:{i + 1}", quote=_excerpt(cur, m.start(), m.end())
                        ),
                    )
                )
                break
    return hits


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


def screen_texts(docs: Sequence[tuple[str, str]]) -> dict[str, Any]:
    """The screening document for ``[(name, text), ...]`` screened together."""
    from app.domain.licence import clauses as CL

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
            }
        )
        if lid != UNKNOWN and licence == UNKNOWN:
            licence = lid
            licence_ref = _line_ref(name, lines, _identification_line(text, ident))
        prof = profile(lid) if lid != UNKNOWN else None
        if prof is not None and prof.permissive:
            permissive_ids.append(lid)
        clauses, _defs = CL.read_clauses(text)
        headings.extend(c.text for c in clauses if c.kind == "heading")
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
    from app.domain.licence.clauses import _MARKER

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
