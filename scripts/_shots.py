"""What the screenshot scripts share: the repository on ``sys.path``, the output folder
docs/screenshots/, and a throw-away data folder with a Qt application (offscreen unless
QT_QPA_PLATFORM says otherwise, Noto Sans 10). A script imports it as ``_shots`` (Python
puts the script's own folder, scripts/, on ``sys.path``)."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
OUT = REPO / "docs" / "screenshots"


@contextmanager
def throwaway(*, home: bool = False) -> Iterator[tuple[Path, Any]]:
    """A new temporary folder (removed afterwards) and the QApplication. With ``home``,
    EXEMPTIO_HOME is the folder's ``home`` (for contexts opened without ``home=``)."""
    tmp = Path(tempfile.mkdtemp(prefix="exemptio-shot-"))
    os.environ.pop("EXEMPTIO_DB", None)
    if home:
        os.environ["EXEMPTIO_HOME"] = str(tmp / "home")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.ui.qt import QApplication, QFont

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setFont(QFont("Noto Sans", 10))
    try:
        yield tmp, app
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
