"""Identification by mechanism (issue 13): a licence named by its official title when the body
is another wording or a summary, a translation beside the identified licence, and a reviewed
model licence named in another edition. Short texts written for these tests."""

from __future__ import annotations

from app.domain.licence import identify, kb, match

_FILLER = (
    "The parties agree on the following terms for the work and keep them in every copy, and each "
    "party reads them before it uses, shares or changes the work in any form whatever. "
)


def test_title_and_canonical_address_name_a_summary_deed() -> None:
    text = (
        "This dataset is shared under https://creativecommons.org/licenses/by-nc-sa/4.0/deed.en\n\n"
        "Attribution-NonCommercial-ShareAlike 4.0 International\n\n"
        "This is a human-readable summary of (and not a substitute for) the license.\n"
        "You may copy and adapt the material. You must give credit. You may not use it for "
        "commercial purposes. If you adapt it, share your changes under the same terms.\n" + _FILLER
    )
    r = identify.identify(text)
    assert r.licence == "CC-BY-NC-SA-4.0"
    assert r.via == "name"
    assert r.note.startswith("deed only")
    assert r.near is not None and r.near["by_url"] and r.near["line"] == 3


def test_a_title_in_a_sentence_or_far_down_does_not_name_the_text() -> None:
    text = (
        "Project terms\n\n" + _FILLER * 3 + "\nYou may also read the text of "
        "Attribution-NonCommercial-ShareAlike 4.0 International at "
        "https://creativecommons.org/licenses/by-nc-sa/4.0/ for comparison only.\n"
    )
    assert match.named(text) is None
    assert identify.identify(text).licence == "unknown"


def test_address_normalisation() -> None:
    assert kb.norm_url("https://www.creativecommons.org/licenses/by/4.0/legalcode") == (
        "creativecommons.org/licenses/by/4.0"
    )
    assert (
        kb.norm_url("http://creativecommons.org/licenses/by/4.0/deed.fr")
        == "creativecommons.org/licenses/by/4.0"
    )


def test_translation_beside_the_identified_licence_is_not_other_terms() -> None:
    idx = kb.index()
    assert idx is not None
    lic = next(x for x in idx.licences if x.spdx == "EUPL-1.2" and not x.deprecated)
    english = kb.licence_text(lic)
    german = (
        "OPEN-SOURCE-LIZENZ FÜR DIE EUROPÄISCHE UNION v. 1.2\nEUPL © Europäische Union\n"
        + "Diese Lizenz gilt für Werke, die unter den Bedingungen der Lizenz zur Verfügung gestellt werden. "
        "Die Nutzung ist nur in der durch diese Lizenz gestatteten Form erlaubt, und die Bearbeitung "
        "unterliegt den Bedingungen der Lizenz, für deren Auslegung das Recht des Lizenzgebers gilt.\n" * 30
    )
    rule = "\n" + "-" * 40 + "\n"
    r = identify.identify(english + rule + german)
    assert r.licence == "EUPL-1.2"
    assert any(p.translation_of == "EUPL-1.2" for p in r.parts)
    # without the licence's short name the German part stays unidentified text
    r2 = identify.identify(english + rule + german.replace("EUPL © Europäische Union\n", ""))
    assert not any(p.translation_of for p in r2.parts)


def test_reviewed_model_licence_in_another_edition_is_not_silently_the_old_one() -> None:
    body = (
        "By using Gemma you agree to these terms. You may use, reproduce and distribute Gemma "
        "subject to the use restrictions. " * 12
    )
    newer = "Gemma Terms of Use\n\nLast modified: June 2, 2031\n\n" + body
    r = identify.identify(newer)
    assert r.licence == "unknown"
    assert r.near is not None and r.near["id"] == "LicenseRef-scancode-gemma-tou-2024-04-01"
    assert "dated 2031-06-02" in r.near["relation"]
    assert "with modifications" in r.note


def test_stated_date_formats() -> None:
    assert identify._stated_date("Last modified: March 4, 2025") == "2025-03-04"
    assert identify._stated_date("Version of 2013-06-21") == "2013-06-21"
    assert identify._stated_date("no date here") == ""


def test_close_variants_over_the_same_lines_are_reported_as_alternatives() -> None:
    idx = kb.index()
    assert idx is not None
    longer = next(x for x in idx.licences if x.spdx == "Python-2.0.1" and not x.deprecated)
    r = identify.identify(kb.licence_text(longer))
    # the longer variant's own lines are present, so it is the answer; the shorter one it contains
    # is shown beside it for the officer
    assert r.licence == "Python-2.0.1"
    assert "Python-2.0" in r.alternatives
    assert "Python-2.0" in r.note
