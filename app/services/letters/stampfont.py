"""Build resources/fonts/NotoSans-Stamp.ttf: Noto Sans Regular cut down to
Latin (with Extended-A/B), Greek, Cyrillic and common punctuation, without
OpenType layout tables.

pyHanko subsets the stamp font with fontTools on every signature; on the full
Noto Sans (~500 KB, many scripts) that costs ~250 ms, on this cut ~70 ms.
Signing falls back to the full font when a stamp needs a character outside
the cut (sign.stamp_font_for). Redistributing a subset is allowed by the OFL.

    .venv/bin/python -m app.services.letters.stampfont
"""

from __future__ import annotations

from pathlib import Path

from app.resources import resource_path

RANGES = (
    (0x20, 0x7F),  # Basic Latin
    (0xA0, 0x250),  # Latin-1 Supplement, Latin Extended-A and -B
    (0x370, 0x400),  # Greek
    (0x400, 0x500),  # Cyrillic
    (0x2010, 0x2050),  # General Punctuation
)
EXTRA = (0x20AC, 0x2116, 0x2122)  # € № ™
STAMP_FONT_FILE = "NotoSans-Stamp.ttf"


def codepoints() -> list[int]:
    out = [c for lo, hi in RANGES for c in range(lo, hi)]
    return out + list(EXTRA)


def build(source: Path | None = None, target: Path | None = None) -> Path:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    src = source or resource_path("fonts", "NotoSans-Regular.ttf")
    dst = target or resource_path("fonts", STAMP_FONT_FILE)
    opts = subset.Options()
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.notdef_outline = True
    opts.drop_tables += ["GSUB", "GPOS", "GDEF"]
    font = TTFont(str(src))
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=codepoints())
    sub.subset(font)
    font.save(str(dst))
    return dst


if __name__ == "__main__":
    print(build())
