# ruff: noqa: E501  (lexicon and clause regexes read best one alternative group per line)
"""Judging clauses: each clause's modality (prohibition / obligation / limitation vs
encouragement), its condition (at will vs on breach) and its consequence (an extra licence vs
an attribution duty) give its findings, in every language read. Nothing here sets an answer:
the findings are candidates for the officer, strongest first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from app.domain.licence import lang as L
from app.domain.licence.cues import (
    _BEYOND,
    _BOTH,
    _BY_REFERENCE,
    _DOCUMENT,
    _EUPL_NAME,
    _FORUM,
    _GRANTED,
    _HARM,
    _LICENCE_FROM,
    _NC_GRANT,
    _NEG_NEED,
    _PARTY_ASIDE,
    _PARTY_DEF,
    _PURPOSE_TERM,
    _TRADEMARK,
    _URL,
    Finding,
    _commercial_use,
    _is_restriction,
    _negated_at,
    _prohibits,
    _resolved,
    _threshold,
    negated,
)
from app.domain.licence.flags import M2A, M3F
from app.domain.licence.lang import find as _find
from app.domain.licence.lang import has as _has
from app.domain.licence.lang import near as _near
from app.domain.licence.segment import _DEF_QUOTED, _MARKER, Clause


def judge(c: Clause) -> list[Finding]:
    """The findings of one clause (empty for most clauses), negated cues dropped."""
    found = _judge(c)
    if (c.lang or "en") != "en":
        return [f for f, _core in found]
    return [f for f, core in found if not negated(c.text, core) or _required_without(c.text, core)]


def _required_without(text: str, core: re.Match[str] | None) -> bool:
    """A cue right after "without" ("cannot use it without prior consent"): required, not negated."""
    return (
        core is not None
        and _WITHOUT_BEFORE.search(text[max(0, core.start() - 30) : core.start()]) is not None
    )


_WITHHELD = re.compile(
    r"\bno\s+(licen[cs]es?|rights?|permissions?)\b[^.;]{0,200}?\b(is|are)\s+(hereby\s+)?granted\b[^.;]{0,300}?\b(unless|except|until|without)\b",
    re.IGNORECASE,
)
# the licensor updating, changing or ending its own product or service, not the licence granted
_MAINTAIN = re.compile(
    r"\b(update|modify|change|improve|maintain)\w*,?\s+(\w+,?\s+){0,3}(or\s+)?discontinu\w*\s+(the|its|our|any)\s+"
    r"(?!licen|agreement|rights|access|permission|use\b)",
    re.IGNORECASE,
)
# "without (the) prior consent": the consent is required, the "without" negates nothing
_WITHOUT_BEFORE = re.compile(r"\bwithout\s+(the\s+|our\s+|its\s+|their\s+)?$", re.IGNORECASE)
_GROUP = {
    **dict.fromkeys(M2A, "M2a"),
    **dict.fromkeys(M3F, "M3f"),
    "naming": "M6a",
    "incorporated_policy": "policy",
    "restriction": "M4",
}


def _judge(c: Clause) -> list[tuple[Finding, re.Match[str] | None]]:
    if c.kind == "heading":
        return [(f, None) for f in _judge_heading(c)]
    lg = c.lang if c.lang in L.READ else "en"
    s = c.text
    scope = f"{c.context} {s}".strip()
    defs = _resolved(c)
    out: list[tuple[Finding, re.Match[str] | None]] = []

    def found(
        flag: str, weight: int, why: str, core: re.Match[str] | None, extra: dict[str, Any] | None = None
    ) -> None:
        out.append((Finding(flag, _GROUP[flag], c, weight, why, extra or {}), core))

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
        found("non_commercial", 3, "limits use to non-commercial / research purposes", first(only_m))
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
        found(
            "non_commercial",
            2,
            "limits use to a defined purpose that is non-commercial or research",
            first(only_m),
        )
    elif (
        only_m
        and comm_use
        and any(m.group().lower().startswith(("other than", "except")) for m in only_m)
        and _near(only_m, comm_use, 40)
    ):
        found("non_commercial", 3, "allows only uses other than commercial ones", first(only_m))
    elif (
        prohibit
        and comm_use
        and not thr  # "commercial use above the Threshold is not licensed": a threshold, not a ban
        and not _has(lg, "licence_need", scope)
        and not _TRADEMARK.search(s)
        and _prohibits(lg, scope, comm_use)
    ):
        found("non_commercial", 3, "forbids commercial use", core_in_text("prohibit"))
    elif (g := _NC_GRANT.search(s)) and _GRANTED.search(s) and not _BOTH.search(s):
        found("non_commercial", 3, "grants its rights for non-commercial purposes", g)

    # extra licence for commercial use
    need = _find(lg, "licence_need", scope)
    need_core = next(
        (
            m
            for m in _find(lg, "licence_need", s)
            if lg != "en"
            or not negated(s, m)
            or _WITHOUT_BEFORE.search(s[max(0, m.start() - 30) : m.start()])
        ),
        None,
    )
    wants = (
        re.search(
            r"\b(if|who|where|when|should)\s+(you\s+)?(want|wish|plan|intend|would\s+like|desire|need|require)"
            r"|\bplease\s+(refer|see|contact|consult|reach\s+out|write|send|e-?mail)\b",
            scope,
            re.I,
        )
        or re.search(
            r"如果|若|如您|计划|希望将|请|(授权|许可|同意|批准)(之)?后", scope
        )  # "after written authorisation, may ..."
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
        found(
            "commercial_licence_required",
            3,
            "commercial use needs a further licence, registration or consent",
            need_core,
        )

    elif (withheld := _WITHHELD.search(s)) and not _NEG_NEED.search(s):
        # "No licence is granted ... unless you have entered into a separate agreement": no
        # right at all without a further licence, commercial use included
        further = next((m for m in _find(lg, "licence_need", s) if m.start() >= withheld.start(4)), None)
        if further is not None:
            found(
                "commercial_licence_required",
                3,
                "no licence is granted without a further agreement",
                further,
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
                found(
                    "commercial_licence_required",
                    3,
                    "above the threshold a further licence is needed",
                    need[0] if need else None,
                )
            found(
                "user_threshold",
                3,
                f"a threshold ({thr}) above which the licence does not suffice",
                first(_find(lg, "number", s)) if _threshold(lg, s) else None,
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
        and (prohibit or c.in_list)  # an item of a prohibited-use list is itself a prohibition
        and _near(trains, others, 160)
        and (_near(own_out, trains, 120) if own_out else c.kind in ("item", "inline"))
    ):
        found(
            "output_training_ban",
            3,
            "forbids using outputs to train or improve other models",
            core_in_text("prohibit"),
        )

    # unilateral stop: termination / revocation at will, not on breach
    terms = [m for m in _find(lg, "terminate", s) if not _negated_at(lg, s, m.start())]
    if lg == "en" and _MAINTAIN.search(s):  # "update, modify or discontinue the Software": its upkeep
        terms = [m for m in terms if not m.group().lower().startswith("discontinu")]
    if terms and (not _has(lg, "breach", s) or _has(lg, "not_only", s)):
        at_will = _find(lg, "at_will", s)
        reserve = re.search(
            r"\breserves?\s+the\s+right\s+to\s+(terminate|revoke|suspend|restrict|disable|cancel|withdraw)",
            s,
            re.I,
        )
        if (at_will and _near(terms, at_will, 150)) or reserve:
            found(
                "unilateral_stop",
                3,
                "the licensor may end or restrict the licence at will, not only on breach",
                reserve or terms[0],
            )
    elif terms and c.kind != "heading":
        found(
            "unilateral_stop",
            1,
            "the licence may be ended or restricted on breach (not at will: no flag)",
            None,
        )
    if re.search(
        r"\breserves?\s+the\s+right\s+to\s+(update|modify|change|amend|revise)\b", s, re.I
    ) or re.search(r"(有权|保留).{0,10}(修改|更新|变更)", s):
        found("unilateral_stop", 1, "the licensor may change the terms (or the policy) unilaterally", None)

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
        found(
            "geographic_exclusion",
            3
            if _near(
                eu,
                _find(lg, "exclude", _PARTY_ASIDE.sub(" ", _EUPL_NAME.sub(" ", s)))
                + _find(lg, "prohibit", _PARTY_ASIDE.sub(" ", _EUPL_NAME.sub(" ", s))),
                90,
            )
            else 2,
            "the licence does not apply in, or excludes, the European Union",
            core_in_text("exclude"),
        )

    # discretionary approval before access (not the discretion to grant a further licence)
    disc = _find(lg, "discretion", s)
    given = _find(lg, "given", s)
    licence_grant = re.search(
        r"licen[cs]e[^.;]{0,60}(discretion|approv)|许可[^。；]{0,20}(自行决定|批准)", s, re.I
    )
    if disc and given and not licence_grant and _near(disc, given, 120):
        found(
            "approval_gate_discretionary",
            3,
            "access depends on the licensor's discretionary approval",
            disc[0],
        )

    # naming duty
    if _has(lg, "naming", s) and (_has(lg, "oblige", s) or prohibit) and not _has(lg, "optional", s):
        found(
            "naming",
            3,
            "requires a name or label on derivatives or products",
            core_in_text("oblige") or core_in_text("prohibit"),
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
        found(
            "incorporated_policy",
            3,
            "incorporates a policy or terms by reference",
            None,
            {"policy": pol[0].group().strip(), "url": url.group().rstrip(".,;") if url else ""},
        )

    # use restrictions (M4); a clause already flagged under M2a / M3f is judged there
    flagged = any(f.target in ("M2a", "M3f") and f.strength >= 2 for f, _ in out)
    if (not flagged or (prohibit and _HARM.search(s))) and _is_restriction(lg, c, prohibit):
        found(
            "restriction",
            3 if c.in_list or prohibit else 2,
            "a use restriction to judge under Guidelines ¶84",
            None if c.in_list else core_in_text("prohibit"),
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


def judge_all(clauses: Iterable[Clause]) -> list[Finding]:
    out: list[Finding] = []
    for c in clauses:
        if c.lang not in L.READ and c.lang:
            continue
        out.extend(judge(c))
    return out
