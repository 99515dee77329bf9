# ruff: noqa: E501  (lexicon and clause regexes read best one alternative group per line)
"""What a clause's judgement is made of: the :class:`Finding` it yields, negation in English
clauses, and the cues beyond the per-language lexicons of :mod:`.lang` (trademark and
mechanics clauses, forum clauses, EU names that are no territory, thresholds, restriction
tests).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.domain.licence.compatible import _negated
from app.domain.licence.flags import M2A, M3F
from app.domain.licence.lang import find as _find
from app.domain.licence.segment import Clause

__all__ = ["M2A", "M3F", "Finding", "negated"]

_EUPL_NAME = re.compile(
    r"European\s+Union\s+Public\s+Licen[cs]e|EUPL|Licen[cz]a\s+Pubblica\s+dell['’]Unione\s+europea"
    r"|Licence\s+publique\s+de\s+l['’]Union\s+europ[ée]enne|Lizenz\s+für\s+die\s+Europäische\s+Union"
    r"|Licencia\s+Pública\s+de\s+la\s+Unión\s+Europea|[©(]\s*c?\)?\s*(the\s+)?(European\s+Union|Union\s+europ[ée]enne|Unione\s+europea|Europäische\s+Union|Unión\s+Europea)"
    r"|European\s+Commission|Commission\s+europ[ée]enne|Europäische\s+Kommission|Commissione\s+europea|Comisión\s+Europea"
    r"|\bEU\s+AI\s+Act\b|\b(EU|European\s+Union)\s+(Artificial\s+Intelligence\s+Act|law|legislation|regulations?|directives?)\b"
    r"|\bRegulation\s+\((EU|EC)\)\s*(No\.?\s*)?\d{3,4}/\d+|\bGDPR\b",  # a law's name, not a territory
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
        r"(?:\s*(?:,|or|and)\s*[\w-]+)*\s*(?P<what>use|uses|usage|purposes?|activit\w*|exploitation|advantage|gain|production|products?|services?|settings?|deployment|applications?|licen[cs]es?|terms|manner|context|entit\w+|users?|objectives?|aims?|ends?|goals?|reasons?|interests?)?",
        re.IGNORECASE,
    ),
}
_NEG_NEED = re.compile(
    r"\b(not\s+(be\s+)?(required|needed|necessary)|no\s+need|need\s+not|without\s+(the\s+)?need|does\s+not\s+require)\b|无需|不需要|不必",
    re.I,
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


_EXCEPTIVE = re.compile(r"(other\s+than|except|save|apart\s+from|besides)\b", re.IGNORECASE)
_SAYS_NOT = re.compile(r"\bnot\b|n't\b|\bcannot\b|\bno\b|\bwithout\b|\bnever\b", re.IGNORECASE)


def negated(text: str, m: re.Match[str] | None) -> bool:
    """Whether an English cue hit is negated in its own clause ("does not require a commercial
    licence", "nothing says you may not ..."): an odd number of negations before it (inside
    it too, unless the cue is itself negative), or "... is not required" after it."""
    if m is None:
        return False
    if _EXCEPTIVE.match(m.group()):
        return False  # "may not use it for any purpose other than X": a negation confirms the limit
    negative = _SAYS_NOT.search(m.group()) is not None
    return _negated(text, m.start(), m.end(), pattern_negative=negative)


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
        r"\b(shall|must|(is|are)\s+(only\s+|solely\s+)?to)\s+(only\s+)?be\s+used\s+(only\s+|solely\s+|exclusively\s+)?(for|to)\b",
        s,
        re.I,
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
