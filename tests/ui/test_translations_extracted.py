"""Every string the code marks for translation is in the shipped catalogues, translated.

Re-extracts app/ui with pyside6-lupdate into a copy of each shipped .ts file:
a new tr() string that nobody translated shows up as an unfinished entry."""

from __future__ import annotations

import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
from update_translations import LANGUAGES, OUT, lupdate  # noqa: E402


@pytest.mark.parametrize("lang", LANGUAGES)
def test_code_strings_are_all_translated(lang: str, tmp_path: Path) -> None:
    ts = tmp_path / f"exemptio_{lang}.ts"
    shutil.copy(OUT / f"exemptio_{lang}.ts", ts)
    lupdate(ts, lang, capture_output=True)
    missing = [
        (ctx.findtext("name"), msg.findtext("source"))
        for ctx in ET.parse(ts).getroot().iter("context")
        for msg in ctx.iter("message")
        if (msg.find("translation") is None)
        or msg.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        or not (msg.findtext("translation") or msg.find("translation").find("numerusform") is not None)  # type: ignore[union-attr]
    ]
    assert missing == [], f"{len(missing)} untranslated ({lang}): {missing[:10]}"


def test_no_tr_call_inside_an_f_string() -> None:
    """pyside6-lupdate does not look inside f-strings: a tr('…') there is never
    extracted, so it stays English in every language ("Question 23 of 27")."""
    import re
    from pathlib import Path

    pattern = re.compile(r"""f["'][^"']*\{[^}]*\b(?:self\.)?tr\(\s*["']""")
    root = Path(__file__).resolve().parents[2] / "app" / "ui"
    hits = [
        f"{p.relative_to(root)}:{n}"
        for p in sorted(root.rglob("*.py"))
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert hits == []
