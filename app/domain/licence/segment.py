# ruff: noqa: E501  (lexicon and clause regexes read best one alternative group per line)
"""Segmentation of a licence text: headings, paragraphs, list items (markers on their own line,
inline (i)/(ii) and a)/b) enumerations, "Label: ..." paragraphs and semicolon lists across
wrapped lines) and sentences, each a :class:`Clause` with its line range, the lead-in of its
list and the definitions it uses (defined terms resolved, singular or plural).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.domain.licence import lang as L
from app.domain.licence.lang import has as _has

# --- segmentation ----------------------------------------------------------------------------

_MARKER = re.compile(
    r"^\s*(?:[-*•·▪●○◦‣]|\(?\d{1,3}[.)](?!\d)|\d{1,2}(?:\.\d{1,2})+\.?|\(?[a-zA-Z][.)](?=\s)|\([a-zA-Z]{1,2}\)"
    r"|\(?[ivxlcIVXLC]{1,6}[.)](?=\s)|[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十百\d]+[条章节]"
    r"|\d{1,3}[．、]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[①-⑳])\s*"
)
_MD_HEADING = re.compile(r"^\s*(#{1,6}\s+|\*\*[^*]+\*\*\s*$|={3,}|-{3,}$)")
_TERMINAL = re.compile(r"[.;:,。；：，!?！？)]\s*$")
_SENT_END = re.compile(
    r"(?<!\b[A-Z])(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bInc)(?<!\bLtd)(?<!\bNo)(?<!\bCo)(?<!\bvs)(?<!\bv)(?<!\bSec)(?<!\bSect)(?<!\bU\.S)(?<!\bArt)"
    r"(?<!\bMio)(?<!\bMrd)(?<!\bNr)(?<!\bAbs)(?<!\bbzw)(?<!\bvgl)(?<!\bca)(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bSt)(?<!\bincl)(?<!\bapprox)(?<!\bCorp)(?<!\bmill)(?<!\bMln)(?<!\bmln)"
    r"[.!?](?=\s+[\"“(\[]?[A-Z0-9])|[。！？](?=.)"
)
_INLINE = re.compile(
    r"(?:(?<=\s)|(?<=^)|(?<=[:;,]))\((?:[ivx]{1,5}|[a-h]|\d{1,2})\)\s|(?:(?<=\s)|(?<=^))(?:[ivx]{1,5}|[a-h]|\d{1,2})\)\s"
)
_DEF_QUOTED = re.compile(
    r"^[\W\d]*?[\"“”'‘]([^\"“”'’]{2,70})[\"”“'’][*_]*(?:\s*(?:,|or|and)\s*[*_]*[\"“][^\"“”]{1,30}[\"”][*_]*)*\s*:?\s*(?:\([^)]*\)\s*)?(?:shall\s+)?(?:means?|refers?\s+to|shall\s+refer\s+to|is\s+defined\s+as"
    r"|shall\s+have\s+the\s+meaning|has\s+the\s+meaning|includes?|désigne|signifie|bezeichnet|bedeutet|indica|significa|se\s+refiere)\b"
    r"|^[\W\d]*?[\"“”]([^\"“”]{1,20})[\"”]\s*(?:是指|指|系指)",
    re.IGNORECASE,
)
_DEF_INLINE = re.compile(r"\((?:the\s+|hereinafter\s+|collectively\s+)?[\"“]([A-Z][^\"”]{1,50})[\"”]\)")


@dataclass
class Clause:
    text: str
    first: int  # 1-based lines
    last: int
    kind: str  # heading | item | para | sentence | inline
    lang: str = ""
    context: str = ""  # the lead-in of a list ("You agree not to use the Model:")
    section: str = ""  # the nearest heading
    in_list: bool = False  # under a restriction lead-in
    has_items: bool = False  # a sentence whose inline items are clauses of their own
    defs: list[Definition] = field(default_factory=list)

    @property
    def lines(self) -> str:
        return f"{self.first}-{self.last}"


@dataclass
class Definition:
    term: str
    text: str
    first: int
    last: int


@dataclass
class Unit:
    kind: str
    text: str
    first: int
    last: int
    line_starts: list[tuple[int, int]]  # (offset in text, line number)
    indent: int = 0  # leading blanks of the first line (a tab counts 4)

    def line_at(self, off: int) -> int:
        ln = self.first
        for o, n in self.line_starts:
            if o <= off:
                ln = n
            else:
                break
        return ln


def _is_heading(line: str, prev_blank: bool, prev_terminal: bool) -> bool:
    s = line.strip()
    if _MARKER.match(line) and (not prev_blank or line[:1].isspace()) and not _MD_HEADING.match(line):
        return False  # an item of a list, however short
    if _MD_HEADING.match(line):
        return True
    if not s or len(s) > 80:
        return False
    if _TERMINAL.search(s):
        # "4. ADDITIONAL COMMERCIAL TERMS." is a heading; "and the like." is not
        letters = [c for c in s if c.isalpha()]
        if not (
            s.endswith(".")
            and len(s.split()) <= 7
            and letters
            and sum(c.isupper() for c in letters) / len(letters) > 0.8
        ):
            return False
    words = s.split()
    if len(words) > 9:
        return False
    if not (prev_blank or prev_terminal):
        return False
    letters = [c for c in s if c.isalpha()]
    upper = letters and sum(c.isupper() for c in letters) / len(letters) > 0.7
    marker = _MARKER.match(s)
    titled = sum(w[:1].isupper() for w in words) >= max(1, len(words) - 2)
    cjk = re.search(r"[\u4e00-\u9fff]", s) is not None and len(s) <= 20
    return bool(upper or (marker and len(words) <= 6) or titled or cjk)


def units(text: str) -> list[Unit]:
    """Headings, paragraphs and list items, with their lines; wrapped lines joined."""
    out: list[Unit] = []
    cur: Unit | None = None
    prev_blank, prev_terminal = True, True
    raw_lines = text.splitlines()
    for n, raw in enumerate(raw_lines, start=1):
        prev_terminal = prev_terminal or bool(out and out[-1].kind == "heading" and out[-1].last == n - 1)
        line = raw.replace("\u00a0", " ").replace("\u3000", " ").rstrip()
        s = line.strip()
        if not s or re.fullmatch(r"[=\-_*~]{3,}", s):
            cur = None
            prev_blank, prev_terminal = True, True
            continue
        nxt = raw_lines[n].strip() if n < len(raw_lines) else ""
        wraps_on = bool(re.match(r"[a-zà-öø-ÿ]", nxt)) and not _MARKER.match(nxt)  # a hard-wrapped sentence
        if not wraps_on and _is_heading(line, prev_blank, prev_terminal):
            out.append(Unit("heading", s.strip("#* "), n, n, [(0, n)]))
            cur = None
        elif _MARKER.match(line) or cur is None or re.search(r"[:;：；][\s*_]*$", cur.text):
            # a line after one ending with ':' or ';' starts an item (of an unmarked list)
            kind = "item" if _MARKER.match(line) or cur is not None else "para"
            ind = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())
            cur = Unit(kind, s, n, n, [(0, n)], ind)
            out.append(cur)
        else:
            sep = "" if re.search(r"[\u4e00-\u9fff]$", cur.text) else " "
            cur.line_starts.append((len(cur.text) + len(sep), n))
            cur.text = cur.text + sep + s
            cur.last = n
        prev_blank = False
        prev_terminal = bool(_TERMINAL.search(s))
    return out


def _split(unit: Unit, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in pattern.finditer(unit.text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(unit.text)))
    out = []
    for a, b in spans:
        seg = unit.text[a:b]
        if seg.strip():
            out.append((a + len(seg) - len(seg.lstrip()), b))
    return out


_LABELLED = re.compile(r"^[*_\s]*[A-Z][^:.;!?]{1,60}[*_]*:[*_]*\s+\S")
_SEMI = re.compile(r"[;；](?:\s*(?:and|or|et|ou|und|oder|e|o|y|以及|或)\b)?")


def read_clauses(text: str) -> tuple[list[Clause], dict[str, Definition]]:
    """Clauses in reading order and the definitions found (term -> definition)."""
    clauses: list[Clause] = []
    section = ""
    lead = ""
    lead_restrictive = False
    list_active = False
    defs: dict[str, Definition] = {}
    led: list[tuple[int, str, bool, str]] = []  # the lead-ins whose items have begun
    item_leads: list[
        tuple[int, str, bool, str]
    ] = []  # nested lead-ins: (indent, text, restrictive, marker style)
    base_lead, base_restrictive = "", False
    for u in units(text):
        lg = L.detect(u.text) or (clauses[-1].lang if clauses else "")
        if u.kind == "item":
            style = _style(u.text)
            popped = []
            while item_leads and (
                item_leads[-1][0] > u.indent or (item_leads[-1][0] == u.indent and item_leads[-1][3] == style)
            ):
                popped.append(item_leads.pop())  # back to an outer level of the list
            if popped and _fragment(u.text):
                # an item that cannot stand alone ("2. To train other models") still continues
                # the lead-in it completes: one nested deeper than the item, or a sibling whose
                # items have not begun (the numbering of a translated list is often broken)
                keep = next(
                    (x for x in popped if x[2] and (x[0] > u.indent or not any(x is y for y in led))),
                    None,
                )
                if keep is not None:
                    item_leads.append(keep)
            if item_leads:
                led.append(item_leads[-1])
            lead = item_leads[-1][1] if item_leads else base_lead
            lead_restrictive = base_restrictive or any(x[2] for x in item_leads)
        if u.kind == "heading":
            item_leads.clear()
            section = u.text
            clauses.append(Clause(u.text, u.first, u.last, "heading", lg, section=section))
            restrictive = _restriction_head(u.text, lg)
            lead, lead_restrictive, list_active = (u.text, True, True) if restrictive else ("", False, False)
            base_lead, base_restrictive = lead, lead_restrictive
            continue
        if (
            u.kind == "para"
            and list_active
            and lead_restrictive
            and _LABELLED.match(u.text)
            and re.search(r"[:：][\s*_`)\]]*$", lead)
            and not _restriction_head(u.text[: u.text.find(":")], lg)
        ):
            u.kind = "item"  # "Fraud and deception: ..." after "the following prohibited uses:"
        if u.kind == "para":
            if list_active and not lead_restrictive:
                list_active = False
            elif list_active and lead_restrictive and not u.text.rstrip().endswith((":", "：")):
                # a paragraph after a restriction list ends it, unless it is a wrapped
                # semicolon item of an unmarked list
                if not re.search(r"[;；]\s*(and|or)?\s*$", u.text):
                    list_active = False
        ends_lead = re.search(r"([:：]|\bto)[\s*_`)\]]*$", u.text) is not None  # "...use:**" in Markdown too
        sentences = _split(u, _SENT_END)
        mk = _MARKER.match(u.text) if u.kind == "item" else None
        if mk and len(sentences) > 1 and sentences[0][1] <= mk.end():
            sentences = [(0, sentences[1][1])] + sentences[2:]  # "1." is a marker, not a sentence
        for a, b in sentences:
            part = u.text[a:b].strip()
            kind = "item" if u.kind == "item" and a == 0 else "sentence"
            first, last = u.line_at(a), u.line_at(max(a, b - 1))
            ctx = lead if (list_active and (u.kind == "item" or lead_restrictive)) else ""
            c = Clause(
                part,
                first,
                last,
                kind,
                L.detect(part) or lg,
                context=ctx,
                section=section,
                in_list=bool(ctx) and lead_restrictive and u.kind == "item",
            )
            clauses.append(c)
            d = _definition(part, first, last)
            for item in d:
                defs.setdefault(item.term, item)
            # inline enumerations and semicolon lists inside the sentence
            subs = _inline_items(part) or _lead_items(part, c.lang)
            if len(subs) >= 2:
                c.has_items = True
                stem = part[: subs[0][0]].strip()
                for sa, sb in subs:
                    st = part[sa:sb].strip(" ;,")
                    if len(st) < 3:
                        continue
                    off = a + (u.text[a:].find(part) if part in u.text[a:] else 0)
                    clauses.append(
                        Clause(
                            st,
                            u.line_at(off + sa),
                            u.line_at(off + max(sa, sb - 1)),
                            "inline",
                            c.lang,
                            context=(ctx + " " + stem).strip(),
                            section=section,
                            in_list=c.in_list or _restriction_head(stem, c.lang),
                        )
                    )
            elif list_active and lead_restrictive and u.kind == "para" and _SEMI.search(part):
                for sa, sb in _split(Unit(u.kind, part, first, last, []), _SEMI):
                    st = part[sa:sb].strip(" ;")
                    if len(st) >= 3:
                        off = u.text.find(st)
                        clauses.append(
                            Clause(
                                st,
                                u.line_at(max(off, 0)),
                                u.line_at(max(off, 0) + len(st) - 1),
                                "inline",
                                c.lang,
                                context=ctx,
                                section=section,
                                in_list=True,
                            )
                        )
        if ends_lead:
            if u.kind == "item":
                item_leads.append(
                    (
                        u.indent,
                        u.text,
                        (list_active and lead_restrictive) or _restriction_head(u.text, lg),
                        _style(u.text),
                    )
                )
            else:
                item_leads.clear()
                base_lead, base_restrictive = u.text, _restriction_head(u.text, lg)
            lead = u.text
            lead_restrictive = item_leads[-1][2] if u.kind == "item" else base_restrictive
            list_active = True
        elif u.kind == "para" and not list_active:
            lead, lead_restrictive = "", False
            base_lead, base_restrictive = "", False
            item_leads.clear()
    # resolve the defined terms where they are used
    if defs:
        terms = sorted(defs, key=len, reverse=True)
        rx = re.compile("|".join(r"(?<![\w\"“])" + _term_rx(t) + r"(?![\w\"”])" for t in terms))
        for c in clauses:
            used = {_term_key(m.group()) for m in rx.finditer(c.text + " " + c.context)}
            c.defs = [
                defs[t]
                for t in terms
                if _term_key(t) in used and not (defs[t].first <= c.first <= defs[t].last)
            ]
    return clauses, defs


def _term_key(term: str) -> str:
    """A defined term and its plural or singular are one term ("Excluded Jurisdictions")."""
    t = term.lower()
    return t[:-1] if t.endswith("s") and len(t) > 3 else t


def _term_rx(term: str) -> str:
    base = re.escape(term[:-1] if term.endswith("s") and len(term) > 3 else term)
    return base + r"s?"


def _style(s: str) -> str:
    """The kind of list marker an item starts with: 1. / a) / iv. / - / 一、"""
    m = _MARKER.match(s)
    if not m:
        return ""
    raw = m.group().strip()
    close = raw[-1:] if raw[-1:] in ".)）、．" else ""
    k = raw.strip("().）（、．")
    if re.fullmatch(r"第?[一二三四五六七八九十百]+[条章节]?", k):
        return "一"
    if re.fullmatch(r"[①-⑳]", k):
        return "①"
    if k.isdigit() or re.fullmatch(r"\d+(\.\d+)+", k):
        return ("1" if "." not in k else f"1.{k.count('.')}") + close
    if re.fullmatch(r"[ivxlc]+", k):
        return "i" + close
    if re.fullmatch(r"[IVXLC]+", k):
        return "I" + close
    if re.fullmatch(r"[a-z]{1,2}", k):
        return "a" + close
    if re.fullmatch(r"[A-Z]{1,2}", k):
        return "A" + close
    return k[:1]


def _inline_items(s: str) -> list[tuple[int, int]]:
    marks = list(_INLINE.finditer(s))
    if len(marks) < 2:
        return []
    spans = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(s)
        spans.append((m.end(), end))
    return spans


def _lead_items(s: str, lg: str) -> list[tuple[int, int]]:
    """A restriction lead-in and its items in one sentence: "Prohibited uses include: a; b; c"."""
    m = re.search(r"[:：]\s*", s)
    if not m or not _restriction_head(s[: m.start()], lg) or not _SEMI.search(s, m.end()):
        return []
    spans, start = [], m.end()
    for sm in _SEMI.finditer(s, m.end()):
        spans.append((start, sm.start()))
        start = sm.end()
    spans.append((start, len(s)))
    return [(a + len(s[a:b]) - len(s[a:b].lstrip()), b) for a, b in spans if s[a:b].strip()]


def _definition(s: str, first: int, last: int) -> list[Definition]:
    out = []
    m = _DEF_QUOTED.search(s)
    if m:
        term = (m.group(1) or m.group(2) or "").strip()
        if term:
            out.append(Definition(term, s, first, last))
    for m2 in _DEF_INLINE.finditer(s):
        out.append(Definition(m2.group(1).strip(), s, first, last))
    return out


_RESTRICT_HEAD = {
    "en": re.compile(
        r"\b(prohibited|restricted|forbidden)\s+(uses?|activities)\b|\buse\s+restrictions?\b|\blicen[cs]e\s+restrictions?\b|^\W*\d*\W*restrictions?\b"
        r"|\b(agree|will|shall|must|may)\s+not\s+(to\s+)?(use|permit|allow|access|deploy|distribute)|\bnot\s+(be\s+)?used\s*(to|for|in|:|$)|\bnot\s+to\s+use\b|\bmay\s+not\s+use\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(r"不得|禁止|限制"),
    "fr": re.compile(
        r"\b(utilisations?\s+interdites|restrictions?\s+d['’]utilisation|ne\s+pas\s+utiliser|vous\s+n'utiliserez\s+pas)\b|^\W*\d*\W*restrictions?\b",
        re.I,
    ),
    "de": re.compile(
        r"\b(verbotene\s+nutzung\w*|nutzungsbeschränkungen|nicht\s+(zu\s+)?(nutzen|verwenden))\b|^\W*\d*\W*beschränkungen\b",
        re.I,
    ),
    "it": re.compile(
        r"\b(usi\s+vietati|restrizioni\s+d['’]uso|non\s+utilizzare)\b|^\W*\d*\W*restrizioni\b", re.I
    ),
    "es": re.compile(
        r"\b(usos\s+prohibidos|restricciones\s+de\s+uso|no\s+utilizar)\b|^\W*\d*\W*restricciones\b", re.I
    ),
}


def _restriction_head(s: str, lg: str) -> bool:
    """A heading or lead-in whose items are restrictions: named so ("Prohibited uses"), or a
    prohibition of use in any language read ("No debe utilizar … en los siguientes casos:")."""
    rx = _RESTRICT_HEAD.get(lg or "en")
    if rx and rx.search(s):
        return True
    if re.search(r"[:：][\s*_`)\]]*$", s) is None or lg not in L.READ:
        return False
    last = _SENT_END.split(s)[-1]  # the sentence that announces the list
    return _has(lg, "prohibit", last) and _has(lg, "use", last)


_FRAGMENT_OPENER = re.compile(
    r"(to|for|in|on|by|with|as|from|into|against|para|en|con|por|como|contra|al|pour|à|dans|avec|par|afin"
    r"|zur|zum|für|um|mit|bei|gegen|als|per|nel|nella|come|contro|\w+ing)\b",
    re.IGNORECASE,
)


def _fragment(item: str) -> bool:
    """Whether a list item is a fragment completing a lead-in, not a clause of its own: it
    opens in lower case, with a preposition or an -ing form."""
    m = _MARKER.match(item)
    rest = re.sub(r"^[\s*_`]+", "", item[m.end() :] if m else item)
    return bool(re.match(r"[a-zà-öø-ÿ]", rest) or _FRAGMENT_OPENER.match(rest))
