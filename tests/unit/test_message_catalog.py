"""app/ui/message_catalog.py (what pyside6-lupdate reads for the context "messages")
is generated from app/domain/messages/ and must be in step with it."""

from __future__ import annotations

import sys
from pathlib import Path

from app.domain.messages import MESSAGES

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
from update_translations import CATALOG, catalog_source  # noqa: E402


def test_the_catalogue_is_generated_from_the_templates() -> None:
    assert CATALOG.read_text(encoding="utf-8") == catalog_source(), (
        "app/ui/message_catalog.py is out of date: run .venv/bin/python scripts/update_translations.py, "
        "translate the new entries of context 'messages' and compile"
    )


def test_the_catalogue_holds_every_template_as_it_is() -> None:
    from app.ui.message_catalog import TEMPLATES

    assert TEMPLATES == MESSAGES
