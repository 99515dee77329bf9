"""Whole-text identification: align a text, word by word, against the LicenseDB texts that
share the most shingles with it, so that close variants are told apart (0BSD is not ISC,
MIT-0 is not MIT), a changed copy is reported "with modifications" with the lines that
differ, and a file that holds several licences has each of them reported with its lines.
"""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass, field
from typing import Any

from app.domain.licence import kb

MIN_WORDS = 20  # a match shorter than this is a mention, not a licence text
MIN_COVERAGE = 0.6  # share of the reference text found in the file to report a resemblance
ID_COVERAGE = 0.8  # ... and to name the file's licence by it
ID_UNEXPLAINED = 0.1  # most words inside the match that the reference does not have
ID_MAX_CHANGES = 8  # more changed places than this: another licence built on the reference
# A changed stretch whose reference words only name a party ("the copyright holder") is the
# template filled in, not a change of terms; so are list markers and numbers.
_PARTY = frozenset(
    "the a an of its his her their and or nor copyright holder holders owner owners author authors "
    "organization organizations licensor licensors contributor contributors regents university name "
    "names company project software year years".split()
)
_MARKER = re.compile(r"^([0-9]+|[a-z]|[ivxl]{1,4})$")
TITLE_COVERAGE = 0.85  # ... or this much when the text bears the reference's own title
TITLE_UNEXPLAINED = 0.25
_TITLE_NOISE = frozenset(
    "the a of and or license licence licenses licences version v public terms agreement".split()
)
MIN_LEFTOVER = 40  # words of unexplained text worth reporting as an unidentified part
_COPYRIGHT_LINE = re.compile(r"copyright|\(c\)|©|all rights reserved|<[a-z ]+>|\[[a-z ]+\]", re.IGNORECASE)
_WEIGHTS = re.compile(r"\b(weights?|model|models|parameters|checkpoints?)\b|模型|权重|参数", re.IGNORECASE)
_CODE = re.compile(r"\b(code|source code|software|repository|scripts?)\b|代码|源代码", re.IGNORECASE)


@dataclass
class Difference:
    lines: str  # "a-b" in the file ("" when words of the reference are missing)
    text: str  # the file's words there (or the missing reference words)
    kind: str  # "added" | "changed" | "missing"

    def to_dict(self) -> dict[str, str]:
        return {"lines": self.lines, "text": self.text, "kind": self.kind}


@dataclass
class Part:
    id: str  # SPDX id, LicenseRef-scancode-<key>, or "unknown" for an unidentified part
    name: str
    first_line: int
    last_line: int
    coverage: float = 0.0  # share of the reference text present
    modified: bool = False
    resembles: str = ""  # for an unidentified part: the closest LicenseDB text, if any
    differences: list[Difference] = field(default_factory=list)
    covers: str = "unstated"  # "code" | "weights" | "unstated"
    category: str = ""
    translation_of: str = ""  # for an unidentified part: the identified licence it is a translation of
    alternatives: list[str] = field(default_factory=list)  # close variants the text fits as well
    _score: float = 0.0
    _span: tuple[int, int] = (0, 0)

    @property
    def label(self) -> str:
        if self.id == "unknown":
            return "unidentified text"
        return f"{self.id} with modifications" if self.modified else self.id

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "lines": f"{self.first_line}-{self.last_line}",
            "coverage": round(self.coverage, 3),
            "modified": self.modified,
            "differences": [d.to_dict() for d in self.differences],
            "covers": self.covers,
            **({"resembles": self.resembles} if self.resembles else {}),
            **({"translation_of": self.translation_of} if self.translation_of else {}),
            **({"alternatives": self.alternatives} if self.alternatives else {}),
        }


class _Text:
    def __init__(self, text: str) -> None:
        self.text = text
        self.toks, offs = kb.words_with_offsets(text)
        starts = [0]
        for i, ch in enumerate(text):
            if ch == "\n":
                starts.append(i + 1)
        self.line_of = [bisect.bisect_right(starts, o) for o in offs]  # 1-based
        self.lines = text.splitlines()
        self.pos: dict[int, list[int]] = {}  # sampled shingle -> where it starts (filled by identify_parts)

    def line_text(self, a: int, b: int, limit: int = 300) -> str:
        s = " ".join(x.strip() for x in self.lines[a - 1 : b] if x.strip())
        return s if len(s) <= limit else s[: limit - 1] + "…"


def _window(t: _Text, ref_shingles: set[int], length: int, blocked: list[tuple[int, int]]) -> tuple[int, int]:
    """The stretch of the text (token range) where the reference's shingles are densest: the
    alignment runs there only, so a long file with many licences stays fast."""
    hits = sorted(
        p for h in ref_shingles for p in t.pos.get(h, ()) if not any(a <= p < b for a, b in blocked)
    )
    if not hits or len(t.toks) <= length + 80:
        return 0, len(t.toks)
    best, best_start, j = 0, hits[0], 0
    for i, p in enumerate(hits):
        while hits[j] < p - length:
            j += 1
        if i - j + 1 > best:
            best, best_start = i - j + 1, hits[j]
    lo = max(0, best_start - 40)
    return lo, min(len(t.toks), lo + length + 80)


def _align(
    t: _Text, lic: kb.KbLicence, blocked: list[tuple[int, int]], idx: kb.Index | None = None
) -> Part | None:
    ref = kb.words(kb.licence_text(lic))
    if not ref:
        return None
    w0, w1 = 0, len(t.toks)
    if idx is not None and t.pos:
        w0, w1 = _window(t, set(kb._shingles(idx.ids(ref))), int(len(ref) * 1.3) + 40, blocked)
    sm = difflib.SequenceMatcher(None, ref, t.toks[w0:w1], autojunk=False)
    blocks = [difflib.Match(b.a, b.b + w0, b.size) for b in sm.get_matching_blocks() if b.size >= 3]

    def free(j: int) -> bool:
        return not any(a <= j < b for a, b in blocked)

    blocks = [b for b in blocks if free(b.b) and free(b.b + b.size - 1)]
    matched = sum(b.size for b in blocks)
    if matched < min(MIN_WORDS, len(ref)) or matched / len(ref) < MIN_COVERAGE:
        return None
    q0, q1 = blocks[0].b, blocks[-1].b + blocks[-1].size
    r0, r1 = blocks[0].a, blocks[-1].a + blocks[-1].size
    diffs: list[Difference] = []
    unexplained = 0
    prev_a, prev_b = r0, q0
    for b in blocks + [difflib.Match(r1, q1, 0)]:
        gap_ref = ref[prev_a : b.a]
        gap_q = (prev_b, b.b)
        q_words = t.toks[gap_q[0] : gap_q[1]]
        trivial = all(_MARKER.match(w) for w in gap_ref + q_words) or (
            gap_ref and all(w in _PARTY for w in gap_ref) and len(q_words) <= 10
        )
        if (gap_ref or q_words) and not trivial:
            unexplained += max(len(gap_ref), gap_q[1] - gap_q[0])
            if gap_q[1] > gap_q[0]:
                la, lb = t.line_of[gap_q[0]], t.line_of[gap_q[1] - 1]
                if not all(_COPYRIGHT_LINE.search(t.lines[i - 1]) for i in range(la, lb + 1)):
                    diffs.append(
                        Difference(
                            lines=f"{la}-{lb}",
                            text=t.line_text(la, lb),
                            kind="changed" if gap_ref else "added",
                        )
                    )
            else:
                la = t.line_of[max(prev_b - 1, 0)]
                diffs.append(Difference(lines=f"{la}-{la}", text=" ".join(gap_ref[:60]), kind="missing"))
        prev_a, prev_b = b.a + b.size, b.b + b.size
    coverage = matched / len(ref)
    known = (
        coverage >= ID_COVERAGE and unexplained <= ID_UNEXPLAINED * matched and len(diffs) <= ID_MAX_CHANGES
    ) or (
        # a revised edition under the same title: the licence, with modifications
        coverage >= TITLE_COVERAGE and unexplained <= TITLE_UNEXPLAINED * matched and _same_title(t, q0, lic)
    )
    return Part(
        id=lic.spdx if known else "unknown",
        resembles="" if known else lic.spdx,
        name=lic.name,
        first_line=t.line_of[q0],
        last_line=t.line_of[q1 - 1],
        coverage=coverage,
        modified=bool(diffs) or coverage < 0.95,
        differences=diffs[:20],
        category=lic.category,
        _score=matched
        - unexplained
        - (len(ref) - matched - _optional_tail(ref, r1))
        - (0.5 if lic.deprecated else 0),
        _span=(q0, q1),
    )


def _close_variants(best: Part, fits: list[Part]) -> list[str]:
    """Other ids whose whole text is also present over (nearly) the same lines: the officer
    sees that the text fits them as well (Python-2.0 beside Python-2.0.1)."""
    out: list[str] = []
    a0, a1 = best._span
    for p in fits:
        b0, b1 = p._span
        overlap = max(0, min(a1, b1) - max(a0, b0))
        if p.id != best.id and p.id not in out and overlap >= 0.8 * (a1 - a0):
            out.append(p.id)
    return out


def _same_title(t: _Text, q0: int, lic: kb.KbLicence) -> bool:
    """Whether the text, just before or at the start of the match, bears the title of the
    reference (its first line, with at least two words that are not "licence", "version" ...)."""
    if lic.rule:
        return False  # a rule (a notice) has no title of its own
    first = next((ln for ln in kb.licence_text(lic).splitlines() if ln.strip()), "")
    title = {w for w in kb.words(first) if w not in _TITLE_NOISE and not w[:1].isdigit()}
    if len(title) < 2 or len(first) > 100:
        return False
    head = set(t.toks[max(0, q0 - 30) : q0 + 15])
    return title <= head


def _optional_tail(ref: list[str], r1: int) -> int:
    """Words of the reference after its "END OF TERMS AND CONDITIONS" (an appendix on how to
    apply the licence, which copies often leave out) when the match stops there."""
    if r1 >= 5 and ref[r1 - 5 : r1] == ["end", "of", "terms", "and", "conditions"]:
        return len(ref) - r1
    return 0


def _covers(t: _Text, part: Part, hint: str) -> str:
    """Whether a part covers code or weights, from the nearest words announcing it (the lines
    just before it, or its own short title); else the file name's hint."""
    a = max(1, part.first_line - 6)
    before = t.line_text(a, part.first_line - 1, 10_000) if part.first_line > 1 else ""
    first = t.lines[part.first_line - 1] if part.first_line <= len(t.lines) else ""
    head = before + (" " + first if len(first.split()) <= 14 else "")
    hits = [(m.start(), "weights") for m in _WEIGHTS.finditer(head)] + [
        (m.start(), "code") for m in _CODE.finditer(head)
    ]
    return max(hits)[1] if hits else hint


def _best_part(
    t: _Text, idx: kb.Index, accepted: list[Part], absorbed: list[tuple[int, int]], rules: bool
) -> Part | None:
    """The reference (a licence text, or with ``rules`` a LicenseDB rule) that best explains
    the text left free by the parts found so far."""
    # a stretch that only resembles a licence text stays open to the rules: a notice of another
    # licence can explain it (a GPL header resembles many a GPL-based text)
    blocked = [p._span for p in accepted if not (rules and p.id == "unknown")] + absorbed
    free_toks = [tok for j, tok in enumerate(t.toks) if not any(a <= j < b for a, b in blocked)]
    if len(free_toks) < MIN_WORDS:
        return None
    cands = idx.candidates(free_toks, limit=10, rules=rules)
    best: Part | None = None
    fits: list[Part] = []  # known, near-complete copies (close variants of one licence)
    exact, best_len = False, 0
    for est, n in cands:
        lic = idx.licences[n]
        if est < 0.15 or (exact and (est < 0.9 or not 0.8 * best_len <= lic.length <= 1.25 * best_len)):
            continue  # after an exact copy, only close variants (nearly all present, of a like length)
        part = _align(t, lic, blocked, idx)
        if part is not None and part.id != "unknown" and part.coverage >= 0.95:
            fits.append(part)
        if part is not None and (
            best is None or (part.id != "unknown", part._score) > (best.id != "unknown", best._score)
        ):
            best, best_len = part, lic.length
        if best is not None and best.id != "unknown" and not best.modified and best.coverage >= 0.99:
            exact = True  # an exact copy: a closer variant would have to be longer, and scores lower
    if best is not None:
        best.alternatives = _close_variants(best, fits)
    return best


def identify_parts(text: str, name_hint: str = "") -> list[Part]:
    """The licences of a text, in file order, plus its unidentified parts."""
    idx = kb.index()
    t = _Text(text)
    if idx is None or len(t.toks) < 5:
        return []
    hint = "weights" if re.search(r"model|weight", name_hint, re.IGNORECASE) else "unstated"
    ids = idx.ids(t.toks)
    for i in range(len(ids) - kb.SHINGLE + 1):
        h = hash(tuple(ids[i : i + kb.SHINGLE]))
        if h % kb.SAMPLE == 0:
            t.pos.setdefault(h, []).append(i)
    accepted: list[Part] = []
    absorbed: list[tuple[int, int]] = []  # notices of a licence already found: explained, not reported
    # the licences' own texts first; then, in what they leave unexplained, the LicenseDB rules
    # (notices, headers, other wordings), so that a rule never displaces a whole licence text
    for rules, rounds in ((False, 4), (True, 3)):
        for _round in range(rounds):  # one licence per round; a file rarely holds more
            best = _best_part(t, idx, accepted, absorbed, rules)
            if best is None:
                break
            if rules and kb.family(best.id) in {kb.family(p.id) for p in accepted if p.id != "unknown"}:
                absorbed.append(best._span)  # "licensed under the MIT licence" beside the MIT text
                continue
            if rules and best.id == "unknown":
                break  # a rule that only resembles: the stretch stays unexplained
            if rules:
                a, b = best._span
                accepted = [
                    p
                    for p in accepted
                    if p.id != "unknown"
                    or min(b, p._span[1]) - max(a, p._span[0]) < 0.5 * (p._span[1] - p._span[0])
                ]
            accepted.append(best)
    for p in accepted:
        p.covers = _covers(t, p, hint)
    # unexplained stretches
    spans = sorted([p._span for p in accepted] + absorbed)
    gaps: list[tuple[int, int]] = []
    pos = 0
    for a, b in spans + [(len(t.toks), len(t.toks))]:
        if a - pos >= MIN_LEFTOVER:
            gaps.append((pos, a))
        pos = max(pos, b)
    for a, b in gaps:
        part = Part(id="unknown", name="", first_line=t.line_of[a], last_line=t.line_of[b - 1], _span=(a, b))
        part.covers = _covers(t, part, hint)
        accepted.append(part)
    return sorted(accepted, key=lambda p: p._span[0])


_NAME_NOISE = frozenset({"version", "v", "the", "license", "licence", "licenses", "public"})
_SPDX_WORD = re.compile(
    r"(?<![\w.-])([A-Z][A-Za-z0-9]*(?:[.-][A-Za-z0-9]+)+|MIT|ISC|Unlicense|Zlib|WTFPL)(?![\w-])"
)


def _name_key(words_: list[str]) -> tuple[str, ...]:
    return tuple(w for w in words_ if w not in _NAME_NOISE)


def referenced(text: str, limit_words: int = 600) -> list[dict[str, Any]]:
    """Licences a short notice names without containing their text ("The Artistic License 2.0
    applies", "dual-licensed under the Unlicense and MIT"): {"id", "name", "line"} in file order.
    Only for short texts: a licence text names other licences all the time."""
    idx = kb.index()
    t = _Text(text)
    if idx is None or not t.toks or len(t.toks) > limit_words:
        return []
    found: dict[str, dict[str, Any]] = {}
    by_spdx = {lic.spdx: lic for lic in idx.licences if not lic.deprecated and not lic.rule}
    for m in _SPDX_WORD.finditer(text):
        lic = by_spdx.get(m.group(1))
        if lic is not None:
            line = text.count("\n", 0, m.start()) + 1
            found.setdefault(lic.spdx, {"id": lic.spdx, "name": lic.name, "line": line})
    # an id written in words ("CC BY NC 4.0", "Apache 2.0"): the id's own words in a row, at
    # least two of them and a version number
    seq: dict[tuple[str, ...], kb.KbLicence] = {}
    for lic in by_spdx.values():
        w = tuple(kb.words(lic.spdx))
        if len(w) >= 3 and any(x.isdigit() for x in w) and not lic.spdx.startswith("LicenseRef-"):
            seq.setdefault(w, lic)
    for n in range(3, 8):
        for i in range(len(t.toks) - n + 1):
            lic = seq.get(tuple(t.toks[i : i + n]))
            if lic is not None and lic.spdx not in found:
                found[lic.spdx] = {"id": lic.spdx, "name": lic.name, "line": t.line_of[i]}
    keys = _name_key(t.toks)
    positions = [j for j, w in enumerate(t.toks) if w not in _NAME_NOISE]
    grams: dict[tuple[str, ...], int] = {}
    for n in range(2, 9):
        for i in range(len(keys) - n + 1):
            grams.setdefault(tuple(keys[i : i + n]), positions[i])
    for lic in idx.licences:
        if lic.deprecated or lic.rule or lic.spdx in found:
            continue
        key = _name_key(kb.words(lic.name))
        if len(key) >= 2 and key in grams:
            found[lic.spdx] = {"id": lic.spdx, "name": lic.name, "line": t.line_of[grams[key]]}
    return sorted(found.values(), key=lambda d: d["line"])


# --- the name layer: a licence recognised by its official title and address ------------------

_DEED = re.compile(
    r"human[- ]readable summary|not a substitute for|non pas un substitut|kein Ersatz|"
    r"\bdeed\b|résumé explicatif|allgemeinverständliche Zusammenfassung",
    re.IGNORECASE,
)
_VERSION = re.compile(r"-(\d+(?:\.\d+)*)(?:-[a-z]+)?$", re.IGNORECASE)


@dataclass
class Named:
    id: str
    name: str
    line: int  # where the official title stands
    by_url: bool  # the canonical address is given too
    deed: bool  # a Creative Commons style summary ("deed"), not the legal code
    resemblance: float  # share of the reference's sampled shingles present in the text

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "line": self.line,
            "by_url": self.by_url,
            "deed": self.deed,
            "resemblance": round(self.resemblance, 3),
        }


def _title_line(t: _Text, lic: kb.KbLicence, allowed: set[int]) -> int:
    """The line (1-based) among ``allowed`` (the first lines of the text or of a part after a
    separator rule) that carries the reference's own title and its version; 0 if none."""
    title = [w for w in kb.words(lic.title) if w]
    if len(title) > 12 or len([w for w in title if w not in _TITLE_NOISE and not w.isdigit()]) < 2:
        return 0  # a reference that opens with a sentence has no title to be named by
    m = _VERSION.search(lic.spdx)
    version = kb.words(m.group(1)) if m else []
    n = len(title)
    for i in range(len(t.toks) - n + 1):
        line = t.line_of[i]
        if line not in allowed or t.toks[i : i + n] != title:
            continue
        if len(kb.words(t.lines[line - 1])) > n + 10:
            continue  # a sentence that names the licence, not its title
        near = t.toks[i : i + n + 25]
        if not version or any(near[j : j + len(version)] == version for j in range(len(near))):
            return line
    return 0


_RULE = re.compile(r"\s*([-=*_#])\1{9,}\s*")


def _head_lines(t: _Text, per_part: int = 6) -> set[int]:
    """The first non-empty lines of the text and of each part after a separator rule: where
    a licence's title stands (a title further down is a licence the text mentions)."""
    out: set[int] = set()
    left = per_part
    for i, ln in enumerate(t.lines, start=1):
        if _RULE.fullmatch(ln):
            left = per_part
        elif ln.strip() and left > 0:
            out.add(i)
            left -= 1
    return out


def named(text: str) -> Named | None:
    """A licence the text names by its official title and version when its body is not the
    reference's (another official wording, a summary "deed"): the title must be backed by the
    licence's canonical address in the text or by a real resemblance of the bodies."""
    idx = kb.index()
    t = _Text(text)
    if idx is None or len(t.toks) < MIN_WORDS:
        return None
    found = set(kb.urls_in(text))
    by_url = {n for n, lic in enumerate(idx.licences) if found.intersection(lic.urls)}
    est = {n: e for e, n in idx.candidates(t.toks, limit=10)}
    best: Named | None = None
    allowed = _head_lines(t)
    for n in sorted(by_url | set(est)):
        lic = idx.licences[n]
        if lic.deprecated or lic.rule:
            continue
        url = n in by_url
        if not url and est.get(n, 0.0) < 0.2:
            continue
        line = _title_line(t, lic, allowed)
        if not line:
            continue
        cand = Named(lic.spdx, lic.name, line, url, bool(_DEED.search(text)), est.get(n, 0.0))
        if best is None or (cand.by_url, cand.resemblance) > (best.by_url, best.resemblance):
            best = cand
    return best
