"""Refresh the interface translations: pyside6-lupdate (extract, keeping what is
already translated) then pyside6-lrelease (compile .ts -> .qm).

Before extracting, the error-message templates of ``app/domain/messages/`` are
written to ``app/ui/message_catalog.py`` (``QT_TRANSLATE_NOOP("messages", ...)``
entries), so that lupdate sees every template in the Qt context ``"messages"``
that :mod:`app.ui.messages` translates them in.

    .venv/bin/python scripts/update_translations.py          # extract + compile
    .venv/bin/python scripts/update_translations.py --compile # compile only

Translate the new (``type="unfinished"``) entries of
``resources/translations/exemptio_<lang>.ts`` with Qt Linguist
(``pyside6-linguist``) or any XML editor, then run this again.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "resources" / "translations"
LANGUAGES = ("fr", "de")
CATALOG = REPO / "app" / "ui" / "message_catalog.py"


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        sys.exit(f"update_translations: {name} not found (it ships with PySide6-Essentials)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(REPO)) for p in (REPO / "app" / "ui").rglob("*.py"))


def catalog_source() -> str:
    """The text of app/ui/message_catalog.py for the current app/domain/messages/."""
    sys.path.insert(0, str(REPO))
    from app.domain.messages import MESSAGES

    lines = [
        '"""The error-message templates marked for translation: GENERATED, do not edit.',
        "",
        "scripts/update_translations.py writes this file from app/domain/messages/ so that",
        'pyside6-lupdate extracts every template in the Qt context "messages", the context',
        "app/ui/messages.py translates them in (tests/unit/test_message_catalog.py checks",
        'that it is in step with the templates)."""',
        "",
        "# ruff: noqa: E501",
        "from __future__ import annotations",
        "",
        "from collections.abc import Iterator, Mapping",
        "",
        "from app.ui.qt import QT_TRANSLATE_NOOP, QCoreApplication",
        "",
        "# fmt: off",
        "TEMPLATES: dict[str, str] = {",
    ]
    for msg_id, template in MESSAGES.items():
        text = json.dumps(template, ensure_ascii=False)
        lines.append(f'    {json.dumps(msg_id)}: QT_TRANSLATE_NOOP("messages", {text}),')
    lines += ["}", "# fmt: on", "", "", *TRANSLATED, ""]
    return "\n".join(lines)


TRANSLATED = (  # the table app.domain.messages.render takes, so that nested parts are translated too
    "class Translated(Mapping[str, str]):",
    '    """Every template in the interface language, looked up when a message (or a reason',
    '    part inside it) is rendered: ``render(msg_id, params, Translated())``."""',
    "",
    "    def __getitem__(self, msg_id: str) -> str:",
    "        template = TEMPLATES[msg_id]",
    "        return str(QCoreApplication.translate(CONTEXT, template))",
    "",
    "    def __iter__(self) -> Iterator[str]:",
    "        return iter(TEMPLATES)",
    "",
    "    def __len__(self) -> int:",
    "        return len(TEMPLATES)",
    "",
    "",
    'CONTEXT = "messages"',
)


def lupdate(ts: Path, lang: str, **run: Any) -> None:
    """Extract every marked string of the sources into ``ts`` (kept translations stay)."""
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *sources(),
            "-target-language",
            lang,
            "-ts",
            str(ts),
        ],
        cwd=REPO,
        check=True,
        **run,
    )


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--compile", action="store_true", help="only compile the .ts files")
    args = p.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    if not args.compile:
        CATALOG.write_text(catalog_source(), encoding="utf-8")
    for lang in LANGUAGES:
        ts = OUT / f"exemptio_{lang}.ts"
        if not args.compile:
            lupdate(ts, lang)
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=REPO, check=True
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
