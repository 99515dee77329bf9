"""Which licence a text is, for M1: an ``SPDX-License-Identifier:`` line, the whole-text
alignment against the LicenseDB (:mod:`.match`: every part, variants told apart, changed copies
"with modifications"), and the reviewed profiles' titles for model licences newer than the
LicenseDB data."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from app.domain.licence import lang
from app.domain.licence.flags import HEAD_CHARS, UNKNOWN
from app.domain.licence.profiles import LicenceProfile, is_known_spdx, knowledge_base

_SPDX_LINE = re.compile(r"SPDX-License-Identifier:\s*([A-Za-z0-9.+\-() ]+?)\s*(\*/|-->|$)", re.MULTILINE)


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
    via: str  # "spdx-line" | "text" | "profile" | "name" | "none"
    note: str = ""  # plain words for the officer when the id rests on less than the whole text
    near: dict[str, Any] | None = None  # a known licence the text is named as but not shown to be
    alternatives: list[str] = field(default_factory=list)  # close variants the text fits as well


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
    parts = _mark_translations(text, parts, known)
    # an unidentified part resembling an older edition of the very licence identified beside it
    # (libpng keeps its previous licence after libpng-2.0) is no other set of terms; nor is a
    # translation of a licence identified beside it (EUPL in English, German, French ...)
    unknown = [
        p
        for p in parts
        if p.id == UNKNOWN
        and not p.translation_of
        and not (p.resembles and _family(p.resembles) in {_family(k.id) for k in known})
    ]
    prof = _profile_match(text)
    if prof is not None and not (known and not unknown and all(p.coverage >= 0.95 for p in known)):
        other = _other_edition(text, prof)
        if not other:
            return Identification(prof.id, parts, "profile")
        # named as a reviewed licence, but another edition or a translation: the reviewed
        # profile does not apply as such; say what it resembles and why it is not that licence
        return Identification(
            UNKNOWN,
            parts,
            "none",
            note=f"named as {prof.name} ({prof.id}) but {other}: treat as {prof.id} with modifications "
            "until the text is compared with the reviewed one",
            near={"id": prof.id, "relation": other, "profile_date": prof.date},
        )
    alternatives = [a for p in known for a in p.alternatives if a not in {k.id for k in known}]
    if not known:
        from app.domain.licence import match

        nm = match.named(text)
        if nm is not None:
            body = (
                "deed only: the human-readable summary; the legal code is incorporated by reference"
                if nm.deed
                else "named, body differs: the text bears the official title"
                + (" and address" if nm.by_url else "")
                + f" of {nm.name} but its wording is not the reference text"
            )
            return Identification(
                nm.id, parts, "name", note=f"{body} (line {nm.line})", near={**nm.to_dict(), "relation": body}
            )
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
    edition = _dated_otherwise(text, known[0]) if len(known) == 1 and known[0].modified else ""
    if edition:
        # a changed copy whose title states another date than the reference's: another edition
        # (CreativeML Open RAIL++-M of 2023 against the OpenRAIL-M of 2022-08-22)
        return Identification(
            UNKNOWN,
            parts,
            "text",
            note=f"close to {ids[0]} but {edition}: treat as {ids[0]} with modifications until the "
            "text is compared with the reference",
            near={"id": ids[0], "relation": edition},
            alternatives=alternatives,
        )
    added = _added_terms(text, parts)
    if len(ids) == 1 and added:
        # the reference text with terms of the licensor's own around it ("Our only modification
        # is that ... you shall display ..."): not that licence as such
        where = ", ".join(f"{a}-{b}" if a != b else str(a) for a, b in added)
        relation = f"the text of {ids[0]} with terms added at lines {where}"
        return Identification(
            UNKNOWN,
            parts,
            "text",
            note=f"{relation}: treat as {ids[0]} with modifications and read the added terms",
            near={"id": ids[0], "relation": relation, "added_lines": [list(x) for x in added]},
            alternatives=alternatives,
        )
    if len(ids) == 1:
        note = f"the text fits {', '.join(alternatives)} as well" if alternatives else ""
        return Identification(ids[0], parts, "text", note=note, alternatives=alternatives)
    joiner = " OR " if _ALTERNATIVE.search(text[:2000]) else " AND "
    terms = [f"({i})" if " AND " in i or " OR " in i else i for i in _with_exceptions(ids)]
    return Identification(joiner.join(terms), parts, "text")


def _with_exceptions(ids: list[str]) -> list[str]:
    """A licence exception found after a licence goes WITH it ("Apache-2.0 WITH Swift-exception"),
    as SPDX writes it; an exception with no licence before it stands alone."""
    from app.domain.licence import kb

    idx = kb.index()
    exceptions = {lic.spdx for lic in idx.licences if lic.exception} if idx is not None else set()
    out: list[str] = []
    for i in ids:
        if i in exceptions and out and " WITH " not in out[-1] and out[-1] not in exceptions:
            out[-1] = f"{out[-1]} WITH {i}"
        else:
            out.append(i)
    return out


_COPYRIGHT_LINE = re.compile(r"^\s*(copyright\b|\(c\)|©|all\s+rights\s+reserved|版权所有)", re.IGNORECASE)


# terms are laid on the licensee: a stretch that addresses nobody (a note on the licence text
# itself, "the Commission may update this Appendix") adds none
_ADDRESSEE = {
    "en": re.compile(r"\b(you|your|licensees?|recipients?|users?)\b", re.IGNORECASE),
    "zh": re.compile(r"您|你|被许可人|使用者|用户"),
    "fr": re.compile(r"\b(vous|votre|vos|licenci(é|e)s?|utilisateurs?)\b", re.IGNORECASE),
    "de": re.compile(r"\b(Sie|Ihr(e|en|er)?|Lizenznehmer(in)?|Nutzer(in)?)\b"),
    "it": re.compile(r"\b(voi|vostr[oaie]|licenziatari[oa]?|utent[ei])\b", re.IGNORECASE),
    "es": re.compile(r"\b(usted|ustedes|su|sus|licenciatari[oa]s?|usuari[oa]s?)\b", re.IGNORECASE),
}


def _added_terms(text: str, parts: list[Any]) -> list[tuple[int, int]]:
    """Stretches of the text outside every identified part that lay down terms of their own (an
    obligation or a prohibition laid on the licensee, in a language read), as (first, last)
    lines; copyright lines, titles and notes without a duty are no terms. Unidentified parts
    that are translations or older editions of an identified one are not added terms either."""
    lines = text.splitlines()
    known = {_family(p.id) for p in parts if p.id != UNKNOWN}
    covered: set[int] = set()
    for p in parts:
        if p.id != UNKNOWN or p.translation_of or (p.resembles and _family(p.resembles) in known):
            covered.update(range(p.first_line, p.last_line + 1))
    if not covered:
        return []
    out: list[tuple[int, int]] = []
    stretch: list[int] = []

    def close() -> None:
        if not stretch:
            return
        body = " ".join(lines[i - 1].strip() for i in stretch)
        lg = lang.detect(body) or "en"
        if (
            lg in lang.READ
            and (len(body.split()) >= 8 or (lg == "zh" and len(body) >= 16))  # zh: no spaces
            and (lang.has(lg, "oblige", body) or lang.has(lg, "prohibit", body))
            and _ADDRESSEE[lg].search(body)
        ):
            out.append((stretch[0], stretch[-1]))
        stretch.clear()

    for n, line in enumerate(lines, start=1):
        if n in covered:
            close()
        elif line.strip() and not _COPYRIGHT_LINE.match(line):
            stretch.append(n)
        elif not line.strip() and stretch and stretch[-1] < n - 1:
            close()  # two blank lines end a stretch; one continues a paragraph
    close()
    return out


_DATE_EN = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(\d{1,2}),?\s+(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b"
)
_MONTHS = "january february march april may june july august september october november december".split()
_RULE = re.compile(r"^\s*([-=*_#])\1{9,}\s*$")


def _stated_date(head: str) -> str:
    """The first date a licence's head states (\"Last modified: March 24, 2025\"), ISO, or ''."""
    m = _DATE_EN.search(head)
    if m is None:
        return ""
    if m.group(1):
        return f"{m.group(3)}-{_MONTHS.index(m.group(1).lower()) + 1:02d}-{int(m.group(2)):02d}"
    return f"{m.group(4)}-{m.group(5)}-{m.group(6)}"


_ID_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})$")


def _dated_otherwise(text: str, part: Any) -> str:
    """'dated 2023-07-26, the reference text is dated 2022-08-22' when the head of a changed copy
    (its first lines, or the lines just before the part) states a date and the reference's id
    carries another one; else ''."""
    m = _ID_DATE.search(part.id)
    if m is None:
        return ""
    lines = text.splitlines()
    head = _norm(" ".join(lines[max(0, part.first_line - 4) : part.first_line + 3]))
    stated = _stated_date(_norm(text.lstrip()[:600])) or _stated_date(head)
    reference = "-".join(m.groups())
    if not stated or stated == reference:
        return ""
    return f"dated {stated}, the reference text is dated {reference}"


def _other_edition(text: str, prof: LicenceProfile) -> str:
    """Why a text bearing a reviewed licence's title is not that licence: '' when it is, else
    "a translation (it)" or "dated 2025-03-24, the reviewed text is dated 2024-02-21"."""
    head = _norm(text.lstrip()[:3000])
    lg = lang.detect(head)
    if lg not in ("en", ""):
        return f"a translation ({lg})"
    stated = _stated_date(head[:600])
    if stated and prof.date and stated != prof.date:
        return f"dated {stated}, the reviewed text is dated {prof.date}"
    return ""


def _mark_translations(text: str, parts: list[Any], known: list[Any]) -> list[Any]:
    """Split each unidentified part at separator rules; a piece in another language than English
    whose first lines bear the short name and version of a licence identified in the same file
    is a translation of it (the EUPL in English, German, French and Italian in one file)."""
    if not known:
        return parts
    from app.domain.licence.match import Part

    lines = text.splitlines()
    out: list[Any] = []
    for p in parts:
        if p.id != UNKNOWN or p.translation_of:
            out.append(p)
            continue
        pieces: list[tuple[int, int]] = []
        start = p.first_line
        for ln in range(p.first_line, p.last_line + 1):
            if _RULE.match(lines[ln - 1]) and ln > start:
                pieces.append((start, ln - 1))
                start = ln + 1
        pieces.append((start, p.last_line))
        for a, b in pieces:
            if b < a:
                continue
            body = "\n".join(lines[a - 1 : b])
            q = (
                p
                if len(pieces) == 1
                else Part(
                    id=UNKNOWN, name="", first_line=a, last_line=b, covers=p.covers, resembles=p.resembles
                )
            )
            if len(body.split()) < 40 and len(pieces) > 1:
                continue  # a rule, a blank stretch: nothing to report
            head = re.sub(r"[^a-z0-9]", "", " ".join(x for x in lines[a - 1 : b] if x.strip())[:400].lower())
            if lang.detect(body) not in ("en", ""):
                for k in known:
                    fam, ver = _short_name(k.id)
                    if fam and fam in head and (not ver or ver in head):
                        q.translation_of = k.id
                        break
            out.append(q)
    return out


def _short_name(licence_id: str) -> tuple[str, str]:
    """("eupl", "12") for EUPL-1.2: the letters and version digits a title carries."""
    base = licence_id.removeprefix("LicenseRef-scancode-")
    m = re.match(r"(.+?)-(\d+(?:\.\d+)*)$", base)
    fam, ver = (m.group(1), m.group(2)) if m else (base, "")
    return re.sub(r"[^a-z0-9]", "", fam.lower()), re.sub(r"[^0-9]", "", ver)


def _family(licence_id: str) -> str:
    from app.domain.licence import kb

    return kb.family(licence_id)


def identify_licence(text: str) -> str:
    """SPDX id, ``LicenseRef-...`` (or an expression of them) or ``"unknown"`` for a text."""
    return identify(text).licence
