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


# How each language writes the parts of an article citation ({a}, {b}: numbers or
# letters; {word}: "and" for adjacent points, "to" for a range; {n}, {ordinal}: the
# sentence, as a number or a French ordinal word). Columns: French, German.
_ARTICLE_PARTS = {
    "article": ("article {num}", "Art. {num}"),
    "paragraphs": (", paragraphes {a} à {b}", " Abs. {a} bis {b}"),
    "paragraph": (", paragraphe {a}", " Abs. {a}"),
    "points": (", points {a}) {word} {b})", " Buchst. {a} {word} {b}"),
    "point": (", point {a})", " Buchst. {a}"),
    "and": ("et", "und"),
    "to": ("à", "bis"),
    "sentence": (", {ordinal} phrase", " Satz {n}"),
}
_ARTICLE_FORMS = {
    language: {part: forms[column] for part, forms in _ARTICLE_PARTS.items()}
    for column, language in enumerate(("fr", "de"))
}


def _article(language: str, m: re.Match[str]) -> str:
    form = _ARTICLE_FORMS[language]
    out = form["article"].format(num=m["num"])
    if m["par"]:
        out += (form["paragraphs"] if m["par2"] else form["paragraph"]).format(a=m["par"], b=m["par2"])
    if m["pt"]:
        if m["pt2"]:
            word = form["and"] if _adjacent(m["pt"], m["pt2"]) else form["to"]
            out += form["points"].format(a=m["pt"], word=word, b=m["pt2"])
        else:
            out += form["point"].format(a=m["pt"])
    if m["sent"]:
        n = _ORDINAL[m["sent"]]
        out += form["sentence"].format(n=n, ordinal=_FR_ORDINAL[n])
    return out


# The other parts, in the order they are applied: English pattern, French, German
# (None: that language leaves it as it is).
_CITATION_PARTS: list[tuple[str, str | None, str | None]] = [
    (r"\bRecitals (\d+)-(\d+)", r"considérants \1 à \2", r"Erwägungsgründe \1 bis \2"),
    (r"\bRecitals (\d+) and (\d+)", r"considérants \1 et \2", r"Erwägungsgründe \1 und \2"),
    (r"\bRecital (\d+)", r"considérant \1", r"Erwägungsgrund \1"),
    (r"\bAnnexes ([IVXL]+) and ([IVXL]+)", r"annexes \1 et \2", r"Anhänge \1 und \2"),
    (r"(?<=\d) Annex ([A-Z]+)\b", r", annexe \1", r", Anhang \1"),
    (r"\bAnnex ([A-Z]+)\b", r"annexe \1", r"Anhang \1"),
    (r"\bGuidelines C\((\d{4})\) (\d+)", r"lignes directrices C(\1) \2", r"Leitlinien C(\1) \2"),
    (r"\s*¶(\d+)-(\d+)", r", points \1 à \2", r", Rn. \1–\2"),
    (r"\s*¶(\d+)", r", point \1", r", Rn. \1"),
    (r"\bsection (\d+)", r", section \1", r", Abschnitt \1"),
    (r"(?<=[\d)]) Directive \(EU\) (\d{4}/\d+)", r", de la directive (UE) \1", None),
    (r"(?<=[\d)a-z]) Directive \(EU\) (\d{4}/\d+)", None, r" der Richtlinie (EU) \1"),
    (r"\bDirective \(EU\) (\d{4}/\d+)", r"directive (UE) \1", r"Richtlinie (EU) \1"),
    (r"\(not a legal condition\)", "(pas une condition juridique)", "(keine rechtliche Voraussetzung)"),
    (r";", " ;", None),
]
for _column, _language in enumerate(("fr", "de")):
    _RULES[_language] = [(_ARTICLE, lambda m, language=_language: _article(language, m))]
    _RULES[_language] += [
        (re.compile(pattern), forms[_column])
        for pattern, *forms in _CITATION_PARTS
        if forms[_column] is not None
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
