"""Refresh the interface translations: pyside6-lupdate (extract, keeping what is
already translated) then pyside6-lrelease (compile .ts -> .qm).

    .venv/bin/python scripts/update_translations.py          # extract + compile
    .venv/bin/python scripts/update_translations.py --compile # compile only

Translate the new (``type="unfinished"``) entries of
``resources/translations/exemptio_<lang>.ts`` with Qt Linguist
(``pyside6-linguist``) or any XML editor, then run this again.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "resources" / "translations"
LANGUAGES = ("fr", "de")


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        sys.exit(f"update_translations: {name} not found (it ships with PySide6-Essentials)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(REPO)) for p in (REPO / "app" / "ui").rglob("*.py"))


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--compile", action="store_true", help="only compile the .ts files")
    args = p.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = OUT / f"exemptio_{lang}.ts"
        if not args.compile:
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
            )
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=REPO, check=True
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
