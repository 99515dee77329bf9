"""A refusal that carries its reasons as parts reaches the officer translated, reasons
included: app/ui/message_catalog.Translated is the table render() takes for that."""

from __future__ import annotations

import pytest

from app.domain.errors import BadInput
from app.domain.messages import render
from app.services.archive.types import Problem
from app.ui import i18n
from app.ui.message_catalog import TEMPLATES, Translated


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    assert i18n.install("fr") == "fr"
    yield
    i18n.install("en")


@pytest.mark.usefixtures("french")
def test_a_bag_refusal_is_french_down_to_each_reason() -> None:
    problems = [
        Problem.of("archive.why.unlisted", "data/a.txt", manifest="manifest-sha256.txt"),
        Problem.of("archive.why.oxum", "bag-info.txt", oxum="3.1", actual="4.1"),
    ]
    parts = tuple(p.as_part() for p in problems)
    err = BadInput.of("archive.bag_problems", first=parts[0], more=1, problems=parts)
    assert str(err) == (  # the CLI's English
        "Refused: data/a.txt is not listed in manifest-sha256.txt (and 1 more problems); "
        "nothing was imported."
    )
    assert render(err.msg_id, err.params, Translated()) == (
        "Refusé : data/a.txt : ne figure pas dans manifest-sha256.txt (et 1 autres problèmes) ; "
        "rien n'a été importé."
    )
    every = render("archive.file_problem", {"file": "bag", "reason": parts}, Translated())
    assert "Payload-Oxum indique 3.1, le contenu est 4.1" in every


@pytest.mark.usefixtures("french")
def test_the_translated_table_holds_every_template() -> None:
    table = Translated()
    assert len(table) == len(TEMPLATES) and set(table) == set(TEMPLATES)
    assert table["archive.zip_empty"] == "Refusé : le fichier zip est vide."
    assert table.get("no.such.id") is None


@pytest.mark.usefixtures("french")
def test_the_window_shows_the_reasons_in_french_too() -> None:
    from app.ui.messages import failure_text

    problems = [Problem.of("archive.why.oxum", "bag-info.txt", oxum="3.1", actual="4.1")]
    parts = tuple(p.as_part() for p in problems)
    err = BadInput.of("archive.file_problem", file="bag", reason=parts)
    text = failure_text(err)
    assert "Payload-Oxum indique 3.1, le contenu est 4.1" in text
    assert "Payload-Oxum says" not in text
