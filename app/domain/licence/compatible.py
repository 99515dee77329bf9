"""Conditions that open-source licences may set (attribution, notices, copyleft, patent
retaliation), found line by line with their negation honoured, each a :class:`Citation`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# --- compatible conditions ------------------------------------------------------------------
# (flag, target, pattern): conditions that open-source licences may set (attribution, notices,
# copyleft, patent retaliation). Disqualifying clauses are read by app.domain.licence.judge.

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


@dataclass(frozen=True)
class Citation:
    flag: str
    source: str  # FILE:LINE
    quote: str

    def to_dict(self) -> dict[str, str]:
        return {"flag": self.flag, "source": self.source, "quote": self.quote}


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
