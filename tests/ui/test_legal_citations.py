"""Legal bases in the official citation form of each language version (issue 15
item 9): every basis of the shipped checklist, in French and German, has no English
citation word left."""

from __future__ import annotations

import json
import re

import pytest

from app.resources import resource_path
from app.ui.legal import cite

ENGLISH = re.compile(r"\b(Art\.\s*\d+\(|Recitals?|Guidelines|Annex(es)?|sentence|Directive)\b|¶|\band\b")


def _bases() -> list[str]:
    path = resource_path("checklists", "ai-act-oss", "2025.07.json")
    doc = json.loads(open(path, encoding="utf-8").read())
    return [it["basis"] for it in doc["items"] if it.get("basis")]


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_every_basis_of_the_checklist_is_cited_in_the_language(lang: str) -> None:
    bases = _bases()
    assert len(bases) > 30
    left = [(b, cite(b, lang)) for b in bases if ENGLISH.search(cite(b, lang).replace("(not a legal", ""))]
    assert left == []


@pytest.mark.parametrize(
    ("text", "fr", "de"),
    [
        ("Recital 104", "considérant 104", "Erwägungsgrund 104"),
        ("Art. 53(2)", "article 53, paragraphe 2", "Art. 53 Abs. 2"),
        ("Art. 53(1)(d)", "article 53, paragraphe 1, point d)", "Art. 53 Abs. 1 Buchst. d"),
        ("Art. 53(2) second sentence", "article 53, paragraphe 2, deuxième phrase", "Art. 53 Abs. 2 Satz 2"),
        ("Recitals 102-103", "considérants 102 à 103", "Erwägungsgründe 102 bis 103"),
        (
            "Guidelines C(2025) 5045 ¶17, Annex A ¶118-125",
            "lignes directrices C(2025) 5045, point 17, annexe A, points 118 à 125",
            "Leitlinien C(2025) 5045, Rn. 17, Anhang A, Rn. 118–125",
        ),
    ],
)
def test_official_forms(text: str, fr: str, de: str) -> None:
    assert cite(text, "fr") == fr
    assert cite(text, "de") == de
    assert cite(text, "en") == text
