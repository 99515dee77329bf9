"""The letter PDF: blocks of ai-act-open-source.md §7.1, legal-nature blocks,
languages, embedded fonts covering EU names, metadata, determinism."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest

from app.domain.errors import BadInput
from app.resources import resource_path
from app.services.letters.render import (
    EvidenceEntry,
    LetterContent,
    Signatory,
    format_flop,
    render_letter,
)

NAMES = ["ŚMISZEK Krzysztof", "GONÇALVES", "GREGOROVÁ Markéta", "Ελληνικά", "български", "Ő ű"]
OUTCOME = {
    "checklist": "ai-act-oss",
    "version": "2025.07",
    "compute": {
        "flop": 3.8e25,
        "method": "6PD",
        "low": 2.66e25,
        "high": 4.94e25,
        "band": "systemic_presumed",
    },
    "track_m": {
        "outcome": "not_exempt_systemic_risk",
        "grounds": ["systemic_risk_compute", "licence_use:user_threshold", "licence_access"],
        "missing": [],
        "obligations": ["53(1)(a)", "53(1)(b)", "53(1)(c)", "53(1)(d)", "54", "55"],
        "findings": ["breach_53_1_d"],
        "deadline": "2027-08-02",
    },
    "track_s": None,
    "trace": [
        {"rule": "compute", "items": ["A2a"], "basis": "Guidelines Annex A"},
        {
            "rule": "systemic_risk_compute",
            "items": ["A2a"],
            "basis": "Art. 51(2); Art. 53(2) second sentence",
        },
        {"rule": "licence_use", "items": ["M3", "M3f"], "basis": "Art. 53(2); Guidelines ¶80, ¶83"},
    ],
}


def content(**kw) -> LetterContent:  # type: ignore[no-untyped-def]
    base = dict(
        reference="AIO-2026-0007",
        case_title="Llama 3.1 405B claim",
        opened_on="2026-11-02",
        provider_name="Meta Platforms Ireland Ltd",
        provider_representative=f"{NAMES[0]}; {NAMES[1]}",
        provider_address=f"Merrion Road\nDublin 4\n{NAMES[2]} {NAMES[3]} {NAMES[4]} {NAMES[5]}",
        provider_country="Ireland",
        subject_name="Llama",
        subject_version="3.1 405B",
        licence="LicenseRef-Llama-3.1",
        registry_reference="Ares(2026)7654321",
        outcome=OUTCOME,
        evidence=[
            EvidenceEntry("LICENSE", "a1" * 32, 7012, "Licence text"),
            EvidenceEntry("USE_POLICY.md", "b2" * 32, 4410),
        ],
        answers={
            "M3": {"value": "no", "note": "§2: 700 million monthly active users"},
            "A2a": {"value": {"P": 4.05e11, "D": 1.56e13}},
        },
        drafted_on="2026-11-20",
    )
    base.update(kw)
    return LetterContent(**base)  # type: ignore[arg-type]


def _pdf(tmp_path: Path, c: LetterContent, *, draft: bool = True, name: str = "l.pdf") -> tuple[Path, str]:
    r = render_letter(
        c, draft=draft, date=dt.date(2026, 11, 26), signatory=Signatory(NAMES[0], "Head of Unit")
    )
    p = tmp_path / name
    p.write_bytes(r.pdf)
    text = subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True, check=True).stdout
    return p, text


def test_every_font_is_embedded_and_names_come_back(tmp_path) -> None:  # type: ignore[no-untyped-def]
    p, text = _pdf(tmp_path, content())
    for name in NAMES:
        assert name in text, name
    fonts = subprocess.run(["pdffonts", str(p)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert len(rows) >= 4
    for row in rows:
        cols = row.split()
        emb, sub = cols[-5], cols[-4]
        assert (emb, sub) == ("yes", "yes"), row
        assert "Noto" in cols[0]
    assert "Helvetica" not in fonts


def test_blocks_of_the_letter(tmp_path) -> None:  # type: ignore[no-untyped-def]
    _, text = _pdf(tmp_path, content(legal_nature="letter_to_provider"), draft=False)
    flat = " ".join(text.split())
    for needle in [
        "EUROPEAN COMMISSION",
        "Directorate-General for Communications Networks",
        "AI Office",
        "Brussels, 26.11.2026",
        "Our ref. AIO-2026-0007",
        "Registry ref. Ares(2026)7654321",
        "Meta Platforms Ireland Ltd",
        "For the attention of: ŚMISZEK Krzysztof",
        "IRELAND",
        "Subject: Assessment of the applicability of Articles 53(2) and 54(6)",
        "1. Procedure",
        "2. Legal framework",
        "3. Facts",
        "4. Assessment",
        "5. Conclusion",
        "6. Obligations that continue to apply",
        "Nature of this letter",
        "Confidentiality",
        "Systemic risk (training compute)",
        "extra permission is required above a number of users",
        "Officer's note on M3: §2: 700 million monthly active users",
        "Art. 53(1)(c) – policy to comply with Union copyright law",
        "Art. 55",
        "has not been established (open item A5)",
        "Article 53(1)(d)",
        "Yours faithfully,",
        "Head of Unit",
        "Annex I – Evidence relied on",
        "a1" * 32,
        "Annex II – Compute worksheet",
        "6 × parameters × training tokens",
        "Page 1 of",
        "Commission européenne/Europese Commissie",
    ]:
        assert needle in flat, needle
    assert "DRAFT" not in text and "Right to be heard" not in flat and "Means of redress" not in flat


@pytest.mark.parametrize(
    ("nature", "present", "absent"),
    [
        (
            "draft_decision",
            ["Right to be heard", "within 14 days", "Article 41 of the Charter"],
            ["Means of redress", "Nature of this letter"],
        ),
        (
            "commission_decision",
            # the officer signs a draft for adoption by the College: the signed PDF says so
            [
                "DRAFT COMMISSION DECISION",
                "FOR ADOPTION BY THE COMMISSION",
                "Means of redress",
                "Article 263",
                "Draft prepared for adoption by the Commission (not adopted)",
            ],
            ["Right to be heard", "Dear Sir or Madam"],
        ),
        (
            "internal_assessment",
            ["INTERNAL ASSESSMENT", "Note to the file", "produces no legal effects"],
            ["Right to be heard", "Means of redress", "For the attention of"],
        ),
    ],
)
def test_legal_nature_drives_blocks(tmp_path, nature, present, absent) -> None:  # type: ignore[no-untyped-def]
    _, text = _pdf(tmp_path, content(legal_nature=nature), draft=False)
    flat = " ".join(text.split())
    for needle in present:
        assert needle in flat, needle
    for needle in absent:
        assert needle not in flat, needle
    assert "Confidentiality" in flat


@pytest.mark.parametrize(
    ("lang", "needles"),
    [
        (
            "fr",
            [
                "COMMISSION EUROPÉENNE",
                "Bruxelles, le 26.11.2026",
                "Objet :",
                "Madame, Monsieur,",
                "Cadre juridique",
                "Confidentialité",
                "PROJET",
                "Page 1 sur",
            ],
        ),
        (
            "de",
            [
                "EUROPÄISCHE KOMMISSION",
                "Brüssel, den 26.11.2026",
                "Betreff:",
                "Sehr geehrte Damen und Herren,",
                "Rechtlicher Rahmen",
                "Vertraulichkeit",
                "ENTWURF",
                "Seite 1 von",
            ],
        ),
    ],
)
def test_languages(tmp_path, lang, needles) -> None:  # type: ignore[no-untyped-def]
    _, text = _pdf(tmp_path, content(language=lang))
    flat = " ".join(text.split())
    for needle in needles:
        assert needle in flat, needle
    assert "Dear Sir" not in flat and "Legal framework" not in flat


def test_language_files_have_the_same_keys() -> None:
    def keys(d: dict, prefix: str = "") -> set[str]:  # type: ignore[type-arg]
        out = set()
        for k, v in d.items():
            out.add(prefix + k)
            if isinstance(v, dict):
                out |= keys(v, prefix + k + ".")
        return out

    en = keys(json.loads(resource_path("letters", "en.json").read_text("utf-8")))
    for lang in ("fr", "de"):
        assert keys(json.loads(resource_path("letters", f"{lang}.json").read_text("utf-8"))) == en, lang


def test_draft_watermark_metadata_and_determinism(tmp_path) -> None:  # type: ignore[no-untyped-def]
    c = content()
    a = render_letter(c, draft=True, date=dt.date(2026, 11, 20))
    b = render_letter(c, draft=True, date=dt.date(2026, 11, 20))
    assert a.sha256 == b.sha256 and a.pdf == b.pdf  # approvals bind to this hash
    final = render_letter(c, draft=False, date=dt.date(2026, 11, 26), signatory=Signatory("X", "Y"))
    assert final.sha256 != a.sha256
    p = tmp_path / "d.pdf"
    p.write_bytes(a.pdf)
    info = subprocess.run(["pdfinfo", "-custom", str(p)], capture_output=True, text=True).stdout
    assert "checklist=ai-act-oss 2025.07" in info and "template=aio-determination-letter 1.3" in info
    assert "ExemptioChecklist" in info and "ExemptioTemplate" in info
    text = subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True).stdout
    assert "DRAFT" in text and "Name and function of the signatory are added" in text
    assert 0 <= final.signature_page == final.pages - 1
    x1, y1, x2, y2 = final.signature_box
    assert x2 - x1 >= 250 and y2 - y1 >= 80 and y1 >= 50


def test_outcomes_without_grounds_and_systems(tmp_path) -> None:  # type: ignore[no-untyped-def]
    partial = dict(
        OUTCOME,
        track_m={
            "outcome": "partially_exempt",
            "grounds": [],
            "missing": [],
            "obligations": ["53(1)(c)", "53(1)(d)"],
            "findings": [],
            "deadline": "2025-08-02",
        },
    )
    _, text = _pdf(tmp_path, content(outcome=partial, evidence=[]), draft=False)
    flat = " ".join(text.split())
    assert "partially exempt" in flat and "does not apply (exempt)" in flat
    assert "No evidence item was recorded" in flat
    system = dict(
        OUTCOME,
        compute={},
        track_m=None,
        track_s={"outcome": "excluded_art_2_12", "grounds": [], "missing": []},
        trace=[],
    )
    _, text = _pdf(tmp_path, content(outcome=system, subject_kind="system"), draft=False, name="s.pdf")
    flat = " ".join(text.split())
    assert "Article 2(12) of Regulation (EU) 2024/1689" in flat and "excluded from the AI Act" in flat


def test_bad_content_is_refused() -> None:
    with pytest.raises(BadInput, match="language"):
        render_letter(content(language="it"), draft=True, date=dt.date(2026, 1, 1))
    with pytest.raises(BadInput, match="Legal nature"):
        render_letter(content(legal_nature="verdict"), draft=True, date=dt.date(2026, 1, 1))
    with pytest.raises(BadInput, match="no checklist outcome"):
        render_letter(content(outcome={}), draft=True, date=dt.date(2026, 1, 1))


def test_flop_format() -> None:
    assert format_flop(3.8e25) == "3.8 × 10<super>25</super>"
    assert format_flop(7.2e23) == "7.2 × 10<super>23</super>"
    assert format_flop(None) == "–"


def test_shipped_fonts_suit_pyhanko_stamps() -> None:
    from fontTools.ttLib import TTFont

    for f in sorted(resource_path("fonts").glob("*.ttf")):
        font = TTFont(str(f))
        assert font["head"].unitsPerEm == 1000, f.name
        assert "fvar" not in font, f.name  # static, not variable
        cmap = font.getBestCmap()
        assert all(ord(ch) in cmap for ch in "".join(NAMES) if not ch.isspace()), f.name
    assert (resource_path("fonts") / "OFL.txt").read_text().count("SIL OPEN FONT LICENSE") >= 1


DEADLINES = {
    # A5 (first placing on the EU market) -> the sentence in each language
    "2024-04-18": {
        "en": "before 2 August 2025: the provider must comply by 2 August 2027 (Article 111(3)).",
        "fr": "au plus tard le 2 août 2027 (article 111, paragraphe 3).",
        "de": "bis zum 2. August 2027 erfüllen (Artikel 111 Absatz 3).",
    },
    "2025-08-02": {
        "en": "the obligations apply from the placing on the market; Chapter V applies since 2 August 2025 "
        "(Article 113(b)).",
        "fr": "les obligations s'appliquent dès sa mise sur le marché ; le chapitre V est applicable depuis "
        "le 2 août 2025 (article 113, point b)).",
        "de": "Die Pflichten gelten ab dem Inverkehrbringen; Kapitel V gilt seit dem 2. August 2025 "
        "(Artikel 113 Buchstabe b).",
    },
    "": {
        "en": "The date of first placing on the EU market has not been established (open item A5).",
        "fr": "La date de la première mise sur le marché de l'Union n'a pas été établie (point ouvert A5).",
        "de": "Der Zeitpunkt des erstmaligen Inverkehrbringens in der Union wurde nicht festgestellt "
        "(offener Punkt A5).",
    },
}


@pytest.mark.parametrize("language", ["en", "fr", "de"])
def test_compliance_deadline_follows_the_placing_on_the_market(tmp_path, language) -> None:  # type: ignore[no-untyped-def]
    """Art. 111(3) (comply by 2 August 2027) only for models placed on the market before
    2 August 2025; later models from their placing on the market (Art. 113(b)); unknown A5
    is an open item with no deadline. The outcome's deadline field is unchanged."""
    for a5, wording in DEADLINES.items():
        answers = dict(content().answers)
        if a5:
            answers["A5"] = {"value": a5}
        c = content(language=language, answers=answers)
        assert c.outcome["track_m"]["deadline"] == "2027-08-02"
        _, text = _pdf(tmp_path, c, name=f"{language}-{a5 or 'unknown'}.pdf")
        flat = " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())
        assert wording[language] in flat, (a5, language, flat[flat.find("A5") - 300 : flat.find("A5") + 300])
        others = [w[language] for k, w in DEADLINES.items() if k != a5]
        assert not any(o in flat for o in others)
        # the old sentence applied Art. 111(3) to every model
        assert "Article 111(3) and Article 113" not in flat and "02.08.2025 (Art" not in flat


def test_control_and_bidi_characters_are_visible_in_the_letter(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Case data from outside (an imported archive) cannot make the letter read otherwise."""
    _, text = _pdf(
        tmp_path,
        content(subject_name="Model \u202eTPMEXE\u202c", provider_name="Evil\x1b[31m Ltd\x07"),
    )
    assert "\u202e" not in text and "\x1b" not in text and "\x07" not in text
    assert "[U+202E]" in text and "[U+001B]" in text and "[U+0007]" in text
    assert "\u202c" not in text  # page headers and document properties too
