"""Legal citations in the official form of each language version.

The checklist's data cite the AI Act and the Guidelines in the English form
("Art. 53(1)(d); Recitals 104 and 107; Guidelines C(2025) 5045 ¶73-75"). Shown in
French or German they take the form of the French and German versions of
Regulation (EU) 2024/1689 and of the Commission Guidelines:

* FR: "article 53, paragraphe 1, point d) ; considérants 104 et 107 ; lignes
  directrices C(2025) 5045, points 73 à 75";
* DE: "Art. 53 Abs. 1 Buchst. d; Erwägungsgründe 104 und 107; Leitlinien
  C(2025) 5045, Rn. 73–75".

Pure Python (no Qt): :func:`cite` takes the language code.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_FR_ORDINAL = {1: "première", 2: "deuxième", 3: "troisième", 4: "quatrième"}

# Art. 53(1)(a)-(b) · Art. 52(1)-(3) · Art. 53(2) second sentence · Art. 113
_ARTICLE = re.compile(
    r"\bArt\.\s*(?P<num>\d+[a-z]?)"
    r"(?:\((?P<par>\d+)\)(?:-\((?P<par2>\d+)\))?)?"
    r"(?:\((?P<pt>[a-z])\)(?:-\((?P<pt2>[a-z])\))?)?"
    r"(?:,?\s+(?P<sent>first|second|third|fourth) sentence)?"
)
_RULES: dict[str, list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]]] = {}


def _adjacent(a: str, b: str) -> bool:
    return ord(b) - ord(a) == 1


def _fr_article(m: re.Match[str]) -> str:
    out = f"article {m['num']}"
    if m["par"]:
        out += f", paragraphes {m['par']} à {m['par2']}" if m["par2"] else f", paragraphe {m['par']}"
    if m["pt"]:
        if m["pt2"]:
            word = "et" if _adjacent(m["pt"], m["pt2"]) else "à"
            out += f", points {m['pt']}) {word} {m['pt2']})"
        else:
            out += f", point {m['pt']})"
    if m["sent"]:
        out += f", {_FR_ORDINAL[_ORDINAL[m['sent']]]} phrase"
    return out


def _de_article(m: re.Match[str]) -> str:
    out = f"Art. {m['num']}"
    if m["par"]:
        out += f" Abs. {m['par']} bis {m['par2']}" if m["par2"] else f" Abs. {m['par']}"
    if m["pt"]:
        if m["pt2"]:
            word = "und" if _adjacent(m["pt"], m["pt2"]) else "bis"
            out += f" Buchst. {m['pt']} {word} {m['pt2']}"
        else:
            out += f" Buchst. {m['pt']}"
    if m["sent"]:
        out += f" Satz {_ORDINAL[m['sent']]}"
    return out


_RULES["fr"] = [
    (_ARTICLE, _fr_article),
    (re.compile(r"\bRecitals (\d+)-(\d+)"), r"considérants \1 à \2"),
    (re.compile(r"\bRecitals (\d+) and (\d+)"), r"considérants \1 et \2"),
    (re.compile(r"\bRecital (\d+)"), r"considérant \1"),
    (re.compile(r"\bAnnexes ([IVXL]+) and ([IVXL]+)"), r"annexes \1 et \2"),
    (re.compile(r"(?<=\d) Annex ([A-Z]+)\b"), r", annexe \1"),
    (re.compile(r"\bAnnex ([A-Z]+)\b"), r"annexe \1"),
    (re.compile(r"\bGuidelines C\((\d{4})\) (\d+)"), r"lignes directrices C(\1) \2"),
    (re.compile(r"\s*¶(\d+)-(\d+)"), r", points \1 à \2"),
    (re.compile(r"\s*¶(\d+)"), r", point \1"),
    (re.compile(r"\bsection (\d+)"), r", section \1"),
    (re.compile(r"(?<=[\d)]) Directive \(EU\) (\d{4}/\d+)"), r", de la directive (UE) \1"),
    (re.compile(r"\bDirective \(EU\) (\d{4}/\d+)"), r"directive (UE) \1"),
    (re.compile(r"\(not a legal condition\)"), "(pas une condition juridique)"),
    (re.compile(r";"), " ;"),
]
_RULES["de"] = [
    (_ARTICLE, _de_article),
    (re.compile(r"\bRecitals (\d+)-(\d+)"), r"Erwägungsgründe \1 bis \2"),
    (re.compile(r"\bRecitals (\d+) and (\d+)"), r"Erwägungsgründe \1 und \2"),
    (re.compile(r"\bRecital (\d+)"), r"Erwägungsgrund \1"),
    (re.compile(r"\bAnnexes ([IVXL]+) and ([IVXL]+)"), r"Anhänge \1 und \2"),
    (re.compile(r"(?<=\d) Annex ([A-Z]+)\b"), r", Anhang \1"),
    (re.compile(r"\bAnnex ([A-Z]+)\b"), r"Anhang \1"),
    (re.compile(r"\bGuidelines C\((\d{4})\) (\d+)"), r"Leitlinien C(\1) \2"),
    (re.compile(r"\s*¶(\d+)-(\d+)"), r", Rn. \1–\2"),
    (re.compile(r"\s*¶(\d+)"), r", Rn. \1"),
    (re.compile(r"\bsection (\d+)"), r", Abschnitt \1"),
    (re.compile(r"(?<=[\d)a-z]) Directive \(EU\) (\d{4}/\d+)"), r" der Richtlinie (EU) \1"),
    (re.compile(r"\bDirective \(EU\) (\d{4}/\d+)"), r"Richtlinie (EU) \1"),
    (re.compile(r"\(not a legal condition\)"), "(keine rechtliche Voraussetzung)"),
]


def cite(text: str, language: str) -> str:
    """``text`` (English citation form) in the citation form of ``language``
    ("en", "fr", "de"); English, or any other language, is returned unchanged."""
    rules = _RULES.get(language)
    if not rules or not text:
        return text
    out = text
    for pattern, repl in rules:
        out = pattern.sub(repl, out)
    out = re.sub(r"\s+,", ",", out)
    out = re.sub(r",\s*,", ",", out)  # "¶79, ¶84" → "points 79, point 84", never ", ,"
    return re.sub(r"\s{2,}", " ", out).strip()
