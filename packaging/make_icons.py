"""Render resources/icons/exemptio.svg to the PNG sizes, a Windows .ico and a macOS .icns.

    .venv/bin/python packaging/make_icons.py

Uses rsvg-convert (Debian: librsvg2-bin) when present, else Qt's QSvgRenderer offscreen.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PIL import Image

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "exemptio.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int, out: Path) -> None:
    if shutil.which("rsvg-convert"):
        cmd = ["rsvg-convert", "-w", str(size), "-h", str(size), str(SVG), "-o", str(out)]
        subprocess.run(cmd, check=True)
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    image.save(str(out))


def main() -> None:
    for size in SIZES:
        render(size, ICONS / f"exemptio-{size}.png")
    big = Image.open(ICONS / "exemptio-512.png")
    big.save(ICONS / "exemptio.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    big.save(ICONS / "exemptio.icns")
    print("wrote", ", ".join(sorted(p.name for p in ICONS.iterdir())))


if __name__ == "__main__":
    main()
