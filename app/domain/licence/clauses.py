# ruff: noqa: E501  (lexicon and clause regexes read best one alternative group per line)
"""Clause reading: a licence text segmented into headings, paragraphs, list items (markers on
their own line, inline (i)/(ii) and a)/b) enumerations, semicolon lists across wrapped
lines) and sentences; defined terms resolved where they are used; each clause judged for
its modality (prohibition / obligation / limitation vs encouragement), its condition (at
will vs on breach) and its consequence (an extra licence vs an attribution duty).

Every finding is a :class:`Finding` that carries the whole clause with its line range and
the definition lines it relied on. Nothing here sets an answer: the findings are
candidates for the officer, strongest first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.domain.licence import lang as L

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
    r"[.!?](?=\s+[\"“(\[]?[A-Z0-9])|[。！？](?=.)"
)
_INLINE = re.compile(
    r"(?:(?<=\s)|(?<=^)|(?<=[:;,]))\((?:[ivx]{1,5}|[a-h]|\d{1,2})\)\s|(?<=\s)(?:[ivx]{1,5}|[a-h]|\d{1,2})\)\s"
)
_DEF_QUOTED = re.compile(
    r"^[\W\d]*?[\"“”'‘]([^\"“”'’]{2,70})[\"”“'’][*_]*(?:\s*(?:,|or|and)\s*[*_]*[\"“][^\"“”]{1,30}[\"”][*_]*)*\s*:?\s*(?:\([^)]*\)\s*)?(?:shall\s+)?(?:means?|refers?\s+to|shall\s+refer\s+to|is\s+defined\s+as"
    r"|shall\s+have\s+the\s+meaning|has\s+the\s+meaning|includes?|désigne|signifie|bezeichnet|bedeutet|indica|significa|se\s+refiere)\b"
    r"|^[\W\d]*?[\"“”]([^\"“”]{1,20})[\"”]\s*(?:是指|指|系指)",
    re.IGNORECASE,
)
_DEF_INLINE = re.compile(r"\((?:the\s+|hereinafter\s+|collectively\s+)?[\"“]([A-Z][^\"”]{1,50})[\"”]\)")
_EUPL_NAME = re.compile(
    r"European\s+Union\s+Public\s+Licen[cs]e|EUPL|Licen[cz]a\s+Pubblica\s+dell['’]Unione\s+europea"
    r"|Licence\s+publique\s+de\s+l['’]Union\s+europ[ée]enne|Lizenz\s+für\s+die\s+Europäische\s+Union"
    r"|Licencia\s+Pública\s+de\s+la\s+Unión\s+Europea|[©(]\s*c?\)?\s*(the\s+)?(European\s+Union|Union\s+europ[ée]enne|Unione\s+europea|Europäische\s+Union|Unión\s+Europea)"
    r"|European\s+Commission|Commission\s+europ[ée]enne|Europäische\s+Kommission|Commissione\s+europea|Comisión\s+Europea",
    re.IGNORECASE,
)
# where disputes are heard and which law governs: no statement of where the licence applies
_FORUM = re.compile(
    r"\bgovern(ed|ing)\b|\bjurisdiction\s+of\b|\bsubmit\w*\s+to\s+the\s+(exclusive\s+)?jurisdiction|\bcourts?\b|\blaws?\s+of\b|\bvenue\b|\barbitrat|\bdisputes?\b|\blitigation\b"
    r"|\br[ée]gie?s?\s+par\b|\btribuna|\bjuridiction|\blitiges?\b|\bdroit\s+(de\s+l['’]|du|de\s+la)\s*([ÉE]tat|pays)"
    r"|\banwendbar\w*\s+recht|\bgerichtsstand|\bgericht\w*|\brecht\s+des\b|\bunterliegt\b|\bstreitigkeit"
    r"|\blegge\s+(applicabile|dello\s+stato)|\bforo\b|\bcontroversi"
    r"|\bley\s+(aplicable|del\s+estado)|\bse\s+rige\b|\bregid[ao]\s+por\b|\blitigio"
    r"|适用法律|管辖|法院|争议",
    re.IGNORECASE,
)
# "(if you are located in the EEA or Switzerland)" after a party's name picks the contracting
# entity: no exclusion
_PARTY_ASIDE = re.compile(
    r"\((?:if|where|when|for)\s+(?:you\s+are|you\s+reside|your\s+(?:principal|registered)|users?\s+(?:are|in))[^()]{0,160}\)",
    re.IGNORECASE,
)
_URL = re.compile(r"https?://[^\s)\]>\"”'，。]+")


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


# --- judging ---------------------------------------------------------------------------------

M2A = ("geographic_exclusion", "approval_gate_discretionary")
M3F = (
    "non_commercial",
    "user_threshold",
    "commercial_licence_required",
    "output_training_ban",
    "unilateral_stop",
)

_MECHANICS = re.compile(
    r"\b(modified\s+licen[cs]e|names?\s+of\s+your|endors|soutien|soutient|cautionn|trademarks?|trade\s?names?|service\s+marks?|logos?|endorse|promote\s+products|copyright\s+notices?|notices?|attribution|warrant|liabil|misrepresent"
    r"|claim\s+that\s+you\s+wrote|except\s+in\s+compliance|constru(e|ed)\s+against|rules?\s+of\s+construction|sublicens|plainly\s+marked|remove|alter\b|patent|indemnif|export|sanction|restricted\s+part(y|ies)|disclaim)\w*"
    r"|商标|标识|版权声明|出口",
    re.IGNORECASE,
)
_COMMERCIAL_USE = {
    "zh": re.compile(r"(?P<what>商用|商业(用途|目的|使用|活动|化|运营|授权|许可|部署|性)|用于商业)"),
    "en": re.compile(
        r"\b(?<!non-)(?<!non )(?<!non)commercial(ly)?\b(?!\s+(loss|losses|damages?|reasonableness|terms\s+and\s+conditions\s+of\s+this))"
        r"(?:\s*(?:,|or|and)\s*[\w-]+)*\s*(?P<what>use|uses|usage|purposes?|activit\w*|exploitation|advantage|gain|production|products?|services?|settings?|deployment|applications?|licen[cs]es?|terms|manner|context|entit\w+|users?)?",
        re.IGNORECASE,
    ),
}
_NEG_NEED = re.compile(
    r"\b(not\s+(be\s+)?(required|needed|necessary)|no\s+need|need\s+not|without\s+(the\s+)?need|does\s+not\s+require)\b|无需|不需要|不必",
    re.I,
)


def _c(lg: str, cls: str) -> re.Pattern[str] | None:
    return L.CUES.get(lg or "en", L.CUES["en"]).get(cls)


def _find(lg: str, cls: str, s: str) -> list[re.Match[str]]:
    rx = _c(lg, cls)
    return list(rx.finditer(s)) if rx else []


def _has(lg: str, cls: str, s: str) -> bool:
    rx = _c(lg, cls)
    return bool(rx and rx.search(s))


def _near(a: Sequence[re.Match[str]], b: Sequence[re.Match[str]], dist: int) -> bool:
    return any(
        abs(x.start() - y.start()) <= dist or (x.start() <= y.start() <= x.end()) for x in a for y in b
    )


@dataclass
class Finding:
    flag: str  # an M2a / M3f flag, "naming" (M6a), "restriction" (M4), "policy" (incorporated)
    target: str  # M2a | M3f | M6a | M4 | policy
    clause: Clause
    strength: int  # 3 strong (direct prohibition / limitation), 2 via definitions or headings, 1 weak
    why: str
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self, name: str) -> dict[str, Any]:
        c = self.clause
        return {
            "flag": self.flag,
            "question": self.target,
            "text": _trim(
                ((c.context + " … ") if c.context and c.kind in ("item", "inline") else "") + c.text
            ),
            "clause": _trim(c.text, 1200),
            "source": f"{name}:{c.first}" if c.first == c.last else f"{name}:{c.first}-{c.last}",
            "lines": [c.first, c.last],
            "language": c.lang or "en",
            "strength": ("weak", "weak", "medium", "strong")[self.strength],
            "why": self.why,
            "definitions": [
                {
                    "term": d.term,
                    "source": f"{name}:{d.first}" if d.first == d.last else f"{name}:{d.first}-{d.last}",
                    "text": _trim(d.text, 400),
                }
                for d in c.defs
            ],
            **self.extra,
        }


def _trim(s: str, limit: int = 600) -> str:
    s = re.sub(r"\s+", " ", s).strip()
    return s if len(s) <= limit else s[: limit - 1].rstrip() + "…"


def _resolved(c: Clause) -> str:
    return " ".join(d.text for d in c.defs)


_CLAUSE_END = re.compile(r"[.;:,!?]")
_NEGATION = re.compile(r"\b(?:not|no|never|without|nothing|none|neither|nor|cannot)\b|n't\b", re.IGNORECASE)
_SCOPE_RESET = re.compile(r"\b(?:must|shall|will|unless|but|except|however|if)\b", re.IGNORECASE)
_ASIDE = re.compile(r"\([^()]*\)|\b(?:whether )?or not\b", re.IGNORECASE)
_NEGATED_AFTER = re.compile(
    r"^[^.;:,!?]{0,40}?\b(?:(?:is|are|be|being) not (?:required|needed|necessary|applicable)|need not)\b",
    re.IGNORECASE,
)
_EXCEPTIVE = re.compile(r"(other\s+than|except|save|apart\s+from|besides)\b", re.IGNORECASE)
_SAYS_NOT = re.compile(r"\bnot\b|n't\b|\bcannot\b|\bno\b|\bwithout\b|\bnever\b", re.IGNORECASE)


def negated(text: str, m: re.Match[str] | None) -> bool:
    """Whether an English cue hit is negated in its own clause ("does not require a commercial
    licence", "nothing says you may not ..."): an odd number of negations before it (inside
    it too, unless the cue is itself negative), or "... is not required" after it."""
    if m is None:
        return False
    start, end = m.start(), m.end()
    clause_start = 0
    for e in _CLAUSE_END.finditer(text, 0, start):
        clause_start = e.end()
    negative = _SAYS_NOT.search(m.group()) is not None
    if _EXCEPTIVE.match(m.group()):
        return False  # "may not use it for any purpose other than X": a negation confirms the limit
    scope = text[clause_start : start if negative else end]
    scope = _ASIDE.sub(" ", scope)
    resets = list(_SCOPE_RESET.finditer(scope))
    if resets:
        scope = scope[resets[-1].start() :]
    if len(_NEGATION.findall(scope)) % 2 == 1:
        return True
    return _NEGATED_AFTER.search(text[end:]) is not None


def judge(c: Clause) -> list[Finding]:
    """The findings of one clause (empty for most clauses), negated cues dropped."""
    found = _judge(c)
    if (c.lang or "en") != "en":
        return [f for f, _core in found]
    return [f for f, core in found if not negated(c.text, core)]


def _judge(c: Clause) -> list[tuple[Finding, re.Match[str] | None]]:
    if c.kind == "heading":
        return [(f, None) for f in _judge_heading(c)]
    lg = c.lang if c.lang in L.READ else "en"
    s = c.text
    scope = f"{c.context} {s}".strip()
    defs = _resolved(c)
    out: list[tuple[Finding, re.Match[str] | None]] = []

    def first(ms: Sequence[re.Match[str]]) -> re.Match[str] | None:
        return ms[0] if ms else None

    def core_in_text(cls: str) -> re.Match[str] | None:
        return first(_find(lg, cls, s))

    prohibit = _has(lg, "prohibit", scope) or _has(lg, "prohibit", s)  # cues anchored at the clause start
    oblige = _has(lg, "oblige", scope)
    definition = _DEF_QUOTED.search(s) is not None
    # a threshold in the clause or in a term it uses ("... exceeds the Threshold"); a
    # definition itself sets none (the clauses that use it do)
    thr = (
        ""
        if definition
        else _threshold(lg, s) or next((t for d in c.defs if (t := _threshold(lg, d.text))), "")
    )
    only_m = _find(lg, "only", s)
    optional = _has(lg, "optional", s) and not (prohibit or _has(lg, "oblige", s) or only_m)
    if optional:
        return out  # "you are encouraged to …": no duty, no flag

    # research-only / non-commercial
    nc = _find(lg, "noncomm", s)
    nc_def = _find(lg, "noncomm", defs)
    comm_use = _commercial_use(lg, s)
    about_use = (
        re.search(r"\b(use|uses|used|using|purposes?|research|exercis|licen[cs]e|grant|access)\w*", s, re.I)
        or lg != "en"
    )
    if definition:
        pass  # a definition says what a term means; the clauses that use it limit (or not)
    elif only_m and nc and _near(only_m, nc, 120) and about_use:
        out.append(
            (
                Finding("non_commercial", "M3f", c, 3, "limits use to non-commercial / research purposes"),
                first(only_m),
            )
        )
    elif (
        only_m
        and nc_def
        and _near(
            only_m,
            [
                m
                for d in c.defs
                if _PURPOSE_TERM.search(d.term) and _has(lg, "noncomm", d.text)
                for m in re.finditer(re.escape(d.term), s)
            ],
            60,
        )
    ):
        out.append(
            (
                Finding(
                    "non_commercial",
                    "M3f",
                    c,
                    2,
                    "limits use to a defined purpose that is non-commercial or research",
                ),
                first(only_m),
            )
        )
    elif (
        only_m
        and comm_use
        and any(m.group().lower().startswith(("other than", "except")) for m in only_m)
        and _near(only_m, comm_use, 40)
    ):
        out.append(
            (
                Finding("non_commercial", "M3f", c, 3, "allows only uses other than commercial ones"),
                first(only_m),
            )
        )
    elif (
        prohibit
        and comm_use
        and not thr  # "commercial use above the Threshold is not licensed": a threshold, not a ban
        and not _has(lg, "licence_need", scope)
        and not _TRADEMARK.search(s)
        and _prohibits(lg, scope, comm_use)
    ):
        out.append(
            (Finding("non_commercial", "M3f", c, 3, "forbids commercial use"), core_in_text("prohibit"))
        )
    elif (g := _NC_GRANT.search(s)) and _GRANTED.search(s) and not _BOTH.search(s):
        out.append(
            (Finding("non_commercial", "M3f", c, 3, "grants its rights for non-commercial purposes"), g)
        )

    # extra licence for commercial use
    need = _find(lg, "licence_need", scope)
    need_core = next((m for m in _find(lg, "licence_need", s) if lg != "en" or not negated(s, m)), None)
    wants = (
        re.search(
            r"\b(if|who|where|when|should)\s+(you\s+)?(want|wish|plan|intend|would\s+like|desire|need|require)"
            r"|\bplease\s+(refer|see|contact|consult|reach\s+out|write)\b",
            scope,
            re.I,
        )
        or re.search(r"如果|若|如您|计划|希望将|请", scope)
        or (lg != "en" and _has(lg, "oblige", scope))
    )
    commercial_ctx = (
        comm_use
        or _commercial_use(lg, c.section)
        or _has(lg, "commercial", c.section)
        or _BEYOND.search(scope)
        or _LICENCE_FROM.search(s)
        or re.search(r"\b(commercial|enterprise|paid|business)\s+licen[cs]es?\b", s, re.I)
        or re.search(
            r"(?<!non-)(?<!non)\bproduction\s+(use|uses|environments?|deployments?|purposes?)\b", s, re.I
        )
        or any(f.flag == "non_commercial" for f, _ in out)  # "a licence for other than Personal use"
    )
    if (
        need
        and need_core
        and commercial_ctx
        and not _TRADEMARK.search(s)
        and (oblige or prohibit or wants)
        and not _NEG_NEED.search(scope[max(0, need_core.start() - 40 + len(scope) - len(s)) :])
    ):
        out.append(
            (
                Finding(
                    "commercial_licence_required",
                    "M3f",
                    c,
                    3,
                    "commercial use needs a further licence, registration or consent",
                ),
                need_core,
            )
        )

    # user / revenue thresholds with a licensing consequence
    if thr:
        consequence = (
            need
            or prohibit
            or _has(lg, "licence_need", c.section)
            or re.search(
                r"\b(fee|royalt|pay|not\s+(be\s+)?(authori[sz]ed|licen[cs]ed|entitled)|rights\s+.{0,40}\s+not\s+apply|commercial\s+terms"
                r"|limit(ed)?\s+(of|to)|cap(ped)?\s+(of|at)|maximum\s+of|no\s+more\s+than|not\s+exceed|free\s+(of\s+charge|access|use))",
                scope + " " + c.section,
                re.I,
            )
            or re.search(r"不得超过|上限|不超过|免费", s)
        )
        attribution_only = (_has(lg, "naming", s) or _has(lg, "display", s)) and not need
        if consequence and not attribution_only:
            if ((need and (oblige or prohibit)) or (prohibit and commercial_ctx)) and not any(
                f.flag == "commercial_licence_required" for f, _ in out
            ):
                out.append(
                    (
                        Finding(
                            "commercial_licence_required",
                            "M3f",
                            c,
                            3,
                            "above the threshold a further licence is needed",
                        ),
                        need[0] if need else None,
                    )
                )
            out.append(
                (
                    Finding(
                        "user_threshold",
                        "M3f",
                        c,
                        3,
                        f"a threshold ({thr}) above which the licence does not suffice",
                    ),
                    first(_find(lg, "number", s)) if _threshold(lg, s) else None,
                )
            )

    # bans on using outputs to train or improve other models
    outs, trains = _find(lg, "output", s) or _find(lg, "output", c.context), _find(lg, "train", s)
    models = _find(lg, "model", s)
    others = [m for m in _find(lg, "other", s) if _near([m], models, 160)]
    own_out = _find(lg, "output", s)
    if (
        outs
        and trains
        and others
        and prohibit
        and _near(trains, others, 160)
        and (_near(own_out, trains, 120) if own_out else c.kind in ("item", "inline"))
    ):
        out.append(
            (
                Finding(
                    "output_training_ban",
                    "M3f",
                    c,
                    3,
                    "forbids using outputs to train or improve other models",
                ),
                core_in_text("prohibit"),
            )
        )

    # unilateral stop: termination / revocation at will, not on breach
    terms = [m for m in _find(lg, "terminate", s) if not _negated_at(lg, s, m.start())]
    if terms and (not _has(lg, "breach", s) or _has(lg, "not_only", s)):
        at_will = _find(lg, "at_will", s)
        reserve = re.search(
            r"\breserves?\s+the\s+right\s+to\s+(terminate|revoke|suspend|restrict|disable|cancel|withdraw)",
            s,
            re.I,
        )
        if (at_will and _near(terms, at_will, 150)) or reserve:
            out.append(
                (
                    Finding(
                        "unilateral_stop",
                        "M3f",
                        c,
                        3,
                        "the licensor may end or restrict the licence at will, not only on breach",
                    ),
                    reserve or terms[0],
                )
            )
    elif terms and c.kind != "heading":
        out.append(
            (
                Finding(
                    "unilateral_stop",
                    "M3f",
                    c,
                    1,
                    "the licence may be ended or restricted on breach (not at will: no flag)",
                ),
                None,
            )
        )
    if re.search(
        r"\breserves?\s+the\s+right\s+to\s+(update|modify|change|amend|revise)\b", s, re.I
    ) or re.search(r"(有权|保留).{0,10}(修改|更新|变更)", s):
        out.append(
            (
                Finding(
                    "unilateral_stop",
                    "M3f",
                    c,
                    1,
                    "the licensor may change the terms (or the policy) unilaterally",
                ),
                None,
            )
        )

    # exclusion of the European Union
    geo = _PARTY_ASIDE.sub(" ", _EUPL_NAME.sub(" ", s + " " + defs if c.defs else s))
    eu = [] if _FORUM.search(scope) else _find(lg, "eu", geo)
    party = _PARTY_DEF.search(s) is not None  # "'Meta' means ... (if you are located in the EEA)"
    governs = (
        re.search(
            r"licen|grant|appl(y|ies)|\buse\b|access|availab|distribut|territor|permit|authori|exclud|users?\b|persons?\b|resident|domicil|located",
            geo,
            re.I,
        )
        or lg != "en"
    )
    barred = _find(lg, "exclude", geo) + _find(lg, "prohibit", geo)  # "may not be used in the EU"
    if eu and not party and governs and _near(eu, barred, 220):
        out.append(
            (
                Finding(
                    "geographic_exclusion",
                    "M2a",
                    c,
                    3
                    if _near(
                        eu,
                        _find(lg, "exclude", _PARTY_ASIDE.sub(" ", _EUPL_NAME.sub(" ", s)))
                        + _find(lg, "prohibit", _PARTY_ASIDE.sub(" ", _EUPL_NAME.sub(" ", s))),
                        90,
                    )
                    else 2,
                    "the licence does not apply in, or excludes, the European Union",
                ),
                core_in_text("exclude"),
            )
        )

    # discretionary approval before access (not the discretion to grant a further licence)
    disc = _find(lg, "discretion", s)
    given = _find(lg, "given", s)
    licence_grant = re.search(
        r"licen[cs]e[^.;]{0,60}(discretion|approv)|许可[^。；]{0,20}(自行决定|批准)", s, re.I
    )
    if disc and given and not licence_grant and _near(disc, given, 120):
        out.append(
            (
                Finding(
                    "approval_gate_discretionary",
                    "M2a",
                    c,
                    3,
                    "access depends on the licensor's discretionary approval",
                ),
                disc[0],
            )
        )

    # naming duty
    if _has(lg, "naming", s) and (_has(lg, "oblige", s) or prohibit) and not _has(lg, "optional", s):
        out.append(
            (
                Finding("naming", "M6a", c, 3, "requires a name or label on derivatives or products"),
                core_in_text("oblige") or core_in_text("prohibit"),
            )
        )

    # policies incorporated by reference
    s_main = re.sub(r"\((e\.g\.|i\.e\.|such\s+as|for\s+example|including)[^)]*\)", " ", s, flags=re.I)
    pol = [
        m
        for m in _find(lg, "policy", s_main)
        if _near([m], _find(lg, "incorporate", s_main) + list(_URL.finditer(s_main)), 120)
    ]
    pol_text = s_main
    if (
        not pol
    ):  # "the AUP (which is hereby incorporated herein by reference)": the term's definition names it
        for d in c.defs:
            if _find(lg, "policy", d.text) and re.search(
                r"incorporat|subject\s+to|adhere|comply|纳入|遵", s, re.I
            ):
                pol, pol_text = _find(lg, "policy", d.text), d.text
                break
    if not pol and not _FORUM.search(s_main) and (by_ref := _BY_REFERENCE.search(s_main)):
        # (arbitration rules incorporated into a forum clause govern disputes, not use)
        # "... any additional terms or policies ..., which are hereby incorporated by reference"
        named = list(_DOCUMENT.finditer(s_main, 0, by_ref.start()))
        pol = named[-1:] or [by_ref]
    if not pol and oblige and (link := _URL.search(s_main)):
        # "Your use must be in accordance with NVIDIA's Trustworthy AI terms, found at https://…"
        pol = [m for m in _DOCUMENT.finditer(s_main, 0, link.start()) if link.start() - m.end() <= 100][-1:]
    if (
        pol
        and (_has(lg, "incorporate", s) or _URL.search(pol_text))
        and (oblige or prohibit or re.search(r"incorporat|subject\s+to|纳入|遵", s, re.I))
    ):
        url = _URL.search(pol_text)
        out.append(
            (
                Finding(
                    "incorporated_policy",
                    "policy",
                    c,
                    3,
                    "incorporates a policy or terms by reference",
                    {"policy": pol[0].group().strip(), "url": url.group().rstrip(".,;") if url else ""},
                ),
                None,
            )
        )

    # use restrictions (M4); a clause already flagged under M2a / M3f is judged there
    flagged = any(f.target in ("M2a", "M3f") and f.strength >= 2 for f, _ in out)
    if (not flagged or (prohibit and _HARM.search(s))) and _is_restriction(lg, c, prohibit):
        out.append(
            (
                Finding(
                    "restriction",
                    "M4",
                    c,
                    3 if c.in_list or prohibit else 2,
                    "a use restriction to judge under Guidelines ¶84",
                ),
                None if c.in_list else core_in_text("prohibit"),
            )
        )
    return out


def _judge_heading(c: Clause) -> list[Finding]:
    lg = c.lang if c.lang in L.READ else "en"
    s = c.text
    if _MARKER.match(s):
        return []  # a numbered section of the licence, not its title: its clauses speak for it
    if re.search(
        r"non-?\s?commercial|noncommercial|research[- ]only|research\s+licen[cs]e|非商业|仅限研究", s, re.I
    ) or (
        _has(lg, "noncomm", s)
        and re.search(r"licen[cs]e|agreement|协议|许可", s, re.I)
        and re.search(r"non|非|research|研究", s, re.I)
    ):
        return [
            Finding(
                "non_commercial", "M3f", c, 2, "the licence's title says it is non-commercial or for research"
            )
        ]
    return []


_BY_REFERENCE = re.compile(
    r"\bincorporated\s+(herein\s+|into\s+this\s+\w+\s+)?by\s+reference|\bincorpor[ée]e?s?\s+par\s+r[ée]f[ée]rence"
    r"|\bdurch\s+verweis\s+einbezogen|\bincorporat[oaie]\s+per\s+riferimento|\bincorporad[oa]s?\s+por\s+referencia|以引用方式纳入",
    re.IGNORECASE,
)
_DOCUMENT = re.compile(
    r"\b(?:additional\s+)?(?:terms(?:\s+or\s+policies)?|policies|polic(?:y|ies)|guidelines|principles|rules|documents?|conditions)\b",
    re.IGNORECASE,
)
_TRADEMARK = re.compile(
    r"\b(trade\s?marks?|trade\s?names?|service\s+marks?|marks\s+or\s+logos?|logos?|brand\s+names?)\b|商标|标识"
    r"|\bmarques?\b|\bnoms?\s+commerciaux\b|\b(handels)?marken\b|\bhandelsnamen\b|\bmarchi\b|\bnomi\s+commerciali\b"
    r"|\bmarcas?\b|\bnombres?\s+comerciales\b",
    re.I,
)
_BEYOND = re.compile(
    r"\bnot\s+(expressly\s+)?(authori[sz]ed|permitted|covered|granted)\s+(under|by|in)\b|\bbeyond\s+the\s+scope\b|\boutside\s+the\s+scope\b",
    re.IGNORECASE,
)
_LICENCE_FROM = re.compile(
    r"\blicen[cs]e\s+(directly\s+)?from\s+(us|the\s+licensor|[A-Z][\w.&-]+)", re.IGNORECASE
)
_PURPOSE_TERM = re.compile(r"purpose|use|activit|research|commercial|研究|用途|目的", re.IGNORECASE)
_NC_GRANT = re.compile(
    r"\bfor\s+(a\s+|any\s+|your\s+)?non-?\s?commercial\s+(research\s+)?(purposes?|use|uses)\b", re.IGNORECASE
)
_GRANTED = re.compile(r"\b(permitted|granted|grants?|allowed|licen[cs]ed|may\s+use)\b", re.IGNORECASE)
_BOTH = re.compile(
    r"commercial\s+(or|and)\s+non-?\s?commercial|non-?\s?commercial\s+(or|and)\s+commercial", re.IGNORECASE
)
_PARTY_DEF = re.compile(
    r"^\W*[\"“][^\"”]{1,40}[\"”]\s*(or\s+[\"“][^\"”]+[\"”]\s*)?(means|refers)", re.IGNORECASE
)


def _commercial_use(lg: str, s: str) -> list[re.Match[str]]:
    rx = _COMMERCIAL_USE.get(lg)
    if rx is None:
        ms = _find(lg, "commercial", s)
        return [
            m
            for m in ms
            if not re.search(r"(non|nicht|no|非)[- ]?\s?$", s[max(0, m.start() - 5) : m.start()], re.I)
        ]
    res = []
    for m in rx.finditer(s):
        if m.group("what") or (m.lastindex and m.group(1)):  # "commercial use" / "commercially"
            res.append(m)
    return res


def _prohibits(lg: str, scope: str, targets: Sequence[re.Match[str]]) -> bool:
    """Whether a prohibition governs the commercial use (it comes before it in the clause)."""
    pro = _find(lg, "prohibit", scope)
    off = len(scope) - len(scope.split(" ", 0)[0])  # targets were found in the clause text, which ends scope
    del off
    return bool(pro)


def _negated_at(lg: str, s: str, pos: int) -> bool:
    before = s[max(0, pos - 25) : pos]
    if lg == "zh":
        return re.search(r"不会|不得|不|无", before[-4:]) is not None
    return re.search(r"\b(not|never|no|cannot|n't)\b[\w\s]{0,12}$", before, re.I) is not None


_LIABILITY = re.compile(
    r"\bliab|\bdamages\b|\bindemn|\bresponsabilit|\bhaftung|\bschadensersatz|\bresponsabilidad|\bdaños|\bdanni\b|责任|赔偿",
    re.IGNORECASE,
)


def _threshold(lg: str, s: str) -> str:
    if _LIABILITY.search(s):
        return ""  # a cap on damages or liability says nothing of who may use the licence
    nums = [
        m
        for m in _find(lg, "number", s)
        if re.search(r"\d|million|billion|万|亿|[一二三四五六七八九十]", m.group(), re.I)
    ]
    if not nums:
        return ""
    units_ = _find(lg, "users", s) + _find(lg, "money", s)
    comps = _find(lg, "compare", s)
    for n in nums:
        if (
            n.group().strip().rstrip(",.").replace(".", "").isdigit()
            and len(n.group().strip().rstrip(",.")) <= 2
            and not re.search(r"million|billion|万|亿", s[n.end() : n.end() + 12], re.I)
        ):
            continue  # section numbers and small counts
        if re.search(
            r"\b(number|no\.?|nr\.?|n°|numéro|nummer|numero|número|registered|registration|registry|RCS|SIREN)\s*:?\s*$",
            s[max(0, n.start() - 25) : n.start()],
            re.I,
        ):
            continue  # a registration number
        for u in units_:
            if abs(u.start() - n.end()) <= 50 or abs(n.start() - u.end()) <= 50:
                if any(abs(cm.start() - n.start()) <= 90 for cm in comps):
                    lo, hi = min(n.start(), u.start()), max(n.end(), u.end())
                    return _trim(s[lo:hi], 80)
    return ""


def _is_restriction(lg: str, c: Clause, prohibit: bool) -> bool:
    s = c.text
    if c.kind == "heading" or len(s) < 8 or c.has_items or re.search(r"[:：][\s*_`]*$", s):
        return False  # a lead-in: its items follow
    if c.kind == "inline" and _EXCEPTION_STEM.search(c.context):
        return False  # "... except (a) as required for customary use": the items are exceptions
    around = s + " " + (c.context if c.kind == "inline" else "")
    if (
        _MECHANICS.search(around) or _TRADEMARK.search(around) or _SCOPE_OF_GRANT.search(s)
    ) and not _HARM.search(s):
        return False  # notices, trademarks, warranties ... (in the item or the sentence it splits)
    if c.in_list and c.kind in ("item", "inline", "sentence"):
        if re.search(r"[:：][\s*_`]*$", s):
            return False  # a lead-in, its items follow
        return True
    if lg == "en" and re.search(
        r"\b(shall|must)\s+(only\s+)?be\s+used\s+(only\s+|solely\s+|exclusively\s+)?(for|to)\b", s, re.I
    ):
        return True  # a purpose the use is confined to ("shall be used for Good, not Evil")
    if not prohibit:
        return False
    if lg == "en":
        return bool(
            re.search(
                r"\b(shall|must|may|will|can)\s+not\s+(be\s+)?(use|used|utili[sz]e|deploy)\b|\bagree\s+not\s+to\s+(use|deploy)\b"
                r"|\bnot\s+(to\s+)?use\b[^.;]{0,80}\b(for|to|in|as|that)\b|\bprohibited\s+from\s+using\b|\bnot\s+be\s+used\b",
                s,
                re.I,
            )
        )
    if lg == "zh":
        return bool(
            re.search(
                r"(不得|禁止|不要|不应)[^。；]{0,30}(使用|利用|用于|从事)|(不得|禁止)[^。；]{0,20}(出于|用于)",
                s,
            )
        )
    # other languages: the prohibition must govern a use ("ne pouvez pas utiliser", "Nutzung ist
    # untersagt"), not merely share the sentence with one
    return any(
        p.start() - 40 <= u.start() <= p.end() + 30
        for p in _find(lg, "prohibit", s)
        for u in _find(lg, "use", s)
    )


# "any use other than this licence authorises is prohibited": the scope of the grant, no restriction
_SCOPE_OF_GRANT = re.compile(
    r"other\s+than\s+(as\s+)?(expressly\s+)?(authori[sz]ed|permitted|allowed|granted)|autre\s+que\s+(ce\s+qu['’]autorise|celles?\s+autoris)"
    r"|anders\s+als\s+(nach|durch|in)\s+diese|divers[oa]\s+da\s+quanto|distint[oa]\s+de\s+(lo|la)\s+(autorizad|permitid)",
    re.IGNORECASE,
)
_HARM = re.compile(
    r"\b(military|weapon|surveil|harm|illegal|unlawful|discriminat|militai|armes?\b|surveillance|militär|waffe|überwach"
    r"|militar|armi\b|sorveglian|vigilancia)|军事|非法|危害|武器|监控",
    re.IGNORECASE,
)
_EXCEPTION_STEM = re.compile(
    r"\b(except|unless|other\s+than|save|sauf|außer|tranne|salvo|excepto)\W*(\(\w+\))?\s*$", re.I
)


def judge_all(clauses: Iterable[Clause]) -> list[Finding]:
    out: list[Finding] = []
    for c in clauses:
        if c.lang not in L.READ and c.lang:
            continue
        out.extend(judge(c))
    return out
