"""About Exemptio (version, legal basis, data folder, database, licences of the bundled
components) and "Report a problem…" (a zip of logs and versions, no case data).

``bundled_components()`` is Qt-free: it walks Exemptio's runtime requirements in
``importlib.metadata`` (so it lists exactly what a pip install or the PyInstaller
bundle carries) and reads each licence from the package metadata.
"""

from __future__ import annotations

import datetime as dt
import html
import importlib.metadata as md
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import __version__
from app.domain.errors import ExemptioError
from app.logging_setup import log_file
from app.resources import resource_path
from app.services.context import AppContext
from app.ui import message_box
from app.ui.op import QueryOp
from app.ui.plain import safe_url
from app.ui.qt import (
    QApplication,
    QDesktopServices,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QIcon,
    QLabel,
    QPushButton,
    Qt,
    QTabWidget,
    QTextBrowser,
    QUrl,
    QVBoxLayout,
    QWidget,
    qVersion,
)

log = logging.getLogger("exemptio.ui.about")

# Runtime requirements when Exemptio's own metadata is not installed (a checkout run).
ROOT_REQUIREMENTS = (
    "PySide6-Essentials",
    "PySide6-Pdf",
    "SQLAlchemy",
    "alembic",
    "reportlab",
    "pyHanko[opentype,pkcs11]",
    "pyhanko-certvalidator",
    "cryptography",
    "platformdirs",
    "bagit",
    "safetensors",
    "numpy",
    "gguf",
    "psycopg[binary]",
    "jsonschema",
    "PyYAML",
    "license-expression",
    "qrcode",
)

# Where the source of the LGPL components is (the LGPL asks us to say).
SOURCE_LINKS = {
    "pyside6-essentials": "https://code.qt.io/cgit/pyside/pyside-setup.git/",
    "pyside6-pdf": "https://code.qt.io/cgit/pyside/pyside-setup.git/",
    "shiboken6": "https://code.qt.io/cgit/pyside/pyside-setup.git/",
    "psycopg": "https://github.com/psycopg/psycopg",
    "psycopg-binary": "https://github.com/psycopg/psycopg",
}

QT_SOURCE = "https://download.qt.io/official_releases/qt/"

_CLASSIFIER_LICENCES = {
    "MIT License": "MIT",
    "BSD License": "BSD",
    "Apache Software License": "Apache-2.0",
    "Python Software Foundation License": "PSF-2.0",
    "Mozilla Public License 2.0 (MPL 2.0)": "MPL-2.0",
    "ISC License (ISCL)": "ISC",
}


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    homepage: str = ""


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _parse_requirement(req: str) -> tuple[str, set[str], str]:
    """'pyHanko[opentype]~=0.38; extra == "x"' -> ('pyHanko', {'opentype'}, 'extra == "x"')."""
    spec, _, marker = req.partition(";")
    m = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?", spec)
    if not m:
        return "", set(), ""
    extras = {e.strip() for e in (m.group(2) or "").split(",") if e.strip()}
    return m.group(1), extras, marker.strip()


def _licence_of(meta: Any) -> str:
    expr = meta.get("License-Expression")
    if expr:
        return str(expr)
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 60 and "see" not in text.lower():
        return text
    for c in meta.get_all("Classifier") or []:
        if c.startswith("License :: "):
            last = c.split(" :: ")[-1]
            if last != "OSI Approved":
                return str(_CLASSIFIER_LICENCES.get(last, last))
    if text:
        return text.split("(")[0].split(",")[0].strip()
    return QApplication.translate("AboutDialog", "see the package")


def _homepage(meta: Any) -> str:
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "source code", "repository"):
            return str(url).strip()
    return str(meta.get("Home-page") or "")


def bundled_components() -> list[Component]:
    """Every distribution Exemptio needs at run time, with its licence (sorted by name)."""
    try:
        roots = [r for r in (md.requires("exemptio") or []) if "extra ==" not in r]
    except md.PackageNotFoundError:
        roots = list(ROOT_REQUIREMENTS)
    seen: dict[str, Component] = {}
    todo: list[tuple[str, set[str]]] = []
    for r in roots:
        name, extras, _marker = _parse_requirement(r)
        if name:
            todo.append((name, extras))
    while todo:
        name, extras = todo.pop()
        key = _norm(name)
        if key in seen:
            continue
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            continue  # an optional or platform-specific requirement that is not installed
        meta = dist.metadata
        seen[key] = Component(str(meta["Name"]), dist.version, _licence_of(meta), _homepage(meta))
        for req in dist.requires or []:
            child, child_extras, marker = _parse_requirement(req)
            if not child:
                continue
            wanted = re.findall(r"extra\s*==\s*['\"]([^'\"]+)['\"]", marker)
            if wanted and not any(e in extras for e in wanted):
                continue
            todo.append((child, child_extras))
    return sorted(seen.values(), key=lambda c: c.name.lower())


def _fonts() -> list[tuple[str, str]]:
    fonts = sorted({p.stem.split("-")[0] for p in resource_path("fonts").glob("*.ttf")})
    return [(f, "OFL-1.1") for f in fonts]


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("About Exemptio"))
        self.setAccessibleName(self.tr("About Exemptio"))
        self.resize(680, 560)

        logo = QLabel()
        logo.setPixmap(QIcon(str(resource_path("icons", "exemptio.svg"))).pixmap(72, 72))
        logo.setAccessibleName(self.tr("Exemptio logo"))
        title = QLabel(f"<b style='font-size:16pt'>Exemptio</b> &nbsp; {html.escape(__version__)}")
        title.setAccessibleName(self.tr("Exemptio version %1").replace("%1", __version__))
        tagline = QLabel(
            self.tr(
                "Assessing open-source exemption claims under the AI Act: Articles 2(12), 53(2) "
                "and 54(6) of Regulation (EU) 2024/1689."
            )
        )
        tagline.setWordWrap(True)
        head_text = QVBoxLayout()
        head_text.addWidget(title)
        head_text.addWidget(tagline)
        head = QHBoxLayout()
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(head_text, 1)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("About sections"))
        self.details = QTextBrowser()
        self.details.setOpenExternalLinks(False)
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(self._open_link)
        self.details.setHtml(self._details_html())
        self.details.setAccessibleName(self.tr("Installation details"))
        self.licences = QTextBrowser()
        self.licences.setOpenLinks(False)
        self.licences.anchorClicked.connect(self._open_link)
        self.licences.setHtml(self.licences_html())
        self.licences.setAccessibleName(self.tr("Licences of the bundled components"))
        self.tabs.addTab(self.details, self.tr("&Installation"))
        self.tabs.addTab(self.licences, self.tr("&Licences"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.open_folder = QPushButton(self.tr("Open &data folder"))
        self.open_folder.clicked.connect(self._open_data_folder)
        self.copy_button = QPushButton(self.tr("&Copy version details"))
        self.copy_button.clicked.connect(self.copy_details)
        self.report_button = QPushButton(self.tr("&Report a problem…"))
        self.report_button.clicked.connect(lambda: report_problem(self, ctx))
        for b, name in (
            (self.open_folder, self.tr("Open the data folder")),
            (self.copy_button, self.tr("Copy version details")),
            (self.report_button, self.tr("Report a problem")),
        ):
            b.setAccessibleName(name)
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)

        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(buttons)

    # -- content ---------------------------------------------------------------------------------
    def version_details(self) -> dict[str, str]:
        import platform
        import sys

        return {
            "Exemptio": __version__,
            "Qt": qVersion(),
            "PySide6": _dist_version("PySide6_Essentials"),
            "Python": sys.version.split()[0],
            "Platform": platform.platform(),
            "Data folder": str(self.ctx.paths.home),
            "Database": safe_url(self.ctx.db_url),
            "Log file": str(log_file(self.ctx.paths)),
        }

    def _details_html(self) -> str:
        rows = []
        labels = {
            "Exemptio": self.tr("Exemptio"),
            "Qt": self.tr("Qt"),
            "PySide6": self.tr("PySide6"),
            "Python": self.tr("Python"),
            "Platform": self.tr("Platform"),
            "Data folder": self.tr("Data folder"),
            "Database": self.tr("Database"),
            "Log file": self.tr("Log file"),
        }
        for key, value in self.version_details().items():
            rows.append(
                f"<tr><td style='padding-right:12px'><b>{html.escape(labels[key])}</b></td>"
                f"<td>{html.escape(value)}</td></tr>"
            )
        note = self.tr(
            "Exemptio is free software under the European Union Public Licence (EUPL-1.2). "
            "It works offline; it contacts a timestamp authority only when one is configured."
        )
        return f"<table>{''.join(rows)}</table><p>{html.escape(note)}</p>"

    def licences_html(self) -> str:
        comps = bundled_components()
        qt_notice = self.tr(
            "Exemptio uses the Qt toolkit %1 through PySide6, both licensed under the GNU Lesser "
            "General Public License version 3 (LGPL-3.0). The Qt and PySide6 libraries are shipped "
            "as separate shared libraries in the application folder; you may replace them with "
            "your own builds. Their source code is available from the Qt Project."
        ).replace("%1", qVersion())
        # tr() outside f-strings: pyside6-lupdate does not look inside them.
        t_qt, t_fonts, t_components = (
            self.tr("Qt and PySide6 (LGPL-3.0)"),
            self.tr("Fonts"),
            self.tr("Components"),
        )
        t_component, t_version, t_licence = self.tr("Component"), self.tr("Version"), self.tr("Licence")
        parts = [
            f"<h3>{html.escape(t_qt)}</h3>",
            f"<p>{html.escape(qt_notice)}</p>",
            "<p>"
            f"<a href='{QT_SOURCE}'>{QT_SOURCE}</a><br>"
            f"<a href='{SOURCE_LINKS['pyside6-essentials']}'>{SOURCE_LINKS['pyside6-essentials']}</a><br>"
            "<a href='https://www.gnu.org/licenses/lgpl-3.0.html'>https://www.gnu.org/licenses/lgpl-3.0.html</a>"
            "</p>",
            f"<h3>{html.escape(t_fonts)}</h3><p>",
        ]
        for family, lic in _fonts():
            parts.append(
                html.escape(
                    self.tr("%1 fonts: SIL Open Font License 1.1 (%2)")
                    .replace("%1", family)
                    .replace("%2", lic)
                )
                + "<br>"
            )
        parts.append(
            "<a href='https://openfontlicense.org'>https://openfontlicense.org</a></p>"
            f"<h3>{html.escape(t_components)}</h3>"
            "<table cellspacing='0' cellpadding='2'>"
            f"<tr><th align='left'>{html.escape(t_component)}</th>"
            f"<th align='left'>{html.escape(t_version)}</th>"
            f"<th align='left'>{html.escape(t_licence)}</th></tr>"
        )
        for c in comps:
            name = html.escape(c.name)
            link = SOURCE_LINKS.get(_norm(c.name)) or c.homepage
            if link.startswith(("https://", "http://")):
                name = f"<a href='{html.escape(link, quote=True)}'>{name}</a>"
            parts.append(
                f"<tr><td>{name}</td><td>{html.escape(c.version)}</td><td>{html.escape(c.licence)}</td></tr>"
            )
        parts.append("</table>")
        return "".join(parts)

    # -- actions -----------------------------------------------------------------------------------
    def copy_details(self) -> str:
        text = "\n".join(f"{k}: {v}" for k, v in self.version_details().items())
        QApplication.clipboard().setText(text)
        return text

    def _open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.home)))

    def _open_link(self, url: Any) -> None:
        QDesktopServices.openUrl(url)  # only on the officer's click


def show_about(parent: QWidget | None, ctx: AppContext) -> AboutDialog:
    dlg = AboutDialog(ctx, parent)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dlg.open()
    return dlg


def default_report_name(now: dt.datetime | None = None) -> str:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M")
    return f"exemptio-problem-report-{stamp}.zip"


def report_problem(parent: QWidget | None, ctx: AppContext, path: str | Path | None = None) -> None:
    """Ask where to save the report, then write it in the background and say where it is.

    ``path`` skips the file dialog (tests, scripted use)."""
    if path is None:
        start = Path.home() / default_report_name()
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            QApplication.translate("Report", "Save the problem report"),
            str(start),
            QApplication.translate("Report", "Zip archive (*.zip)"),
        )
        if not chosen:
            return
        path = chosen
    target = Path(path)
    from app.services.problem_report import write_report

    runner = None
    widget = parent
    while widget is not None and runner is None:  # the main window's runner, from a dialog too
        runner = getattr(widget, "runner", None)
        widget = widget.parentWidget()

    def work(_progress: Any) -> Any:
        return write_report(ctx, target)

    def done(result: Any) -> None:
        log.info("problem report written (%d files)", len(result.files))
        message_box.notice(
            parent,
            QApplication.translate("Report", "Problem report saved"),
            QApplication.translate("Report", "The report was saved as %1.").replace("%1", str(result.path)),
            informative=QApplication.translate(
                "Report",
                "It holds the application logs and version details, and no case data. "
                "Send it to the Exemptio support contact of your unit.",
            ),
            object_name="problemReportSaved",
            selectable=True,
        )

    def failed(err: BaseException) -> None:
        message = str(err) if isinstance(err, ExemptioError) else f"{type(err).__name__}: {err}"
        if not isinstance(err, ExemptioError):
            log.error("problem report failed: %s", message)
        message_box.warning(
            parent,
            QApplication.translate("Report", "Problem report not saved"),
            message,
            object_name="problemReportFailed",
        )

    if runner is None:
        try:
            done(work(None))
        except Exception as err:  # noqa: BLE001 - shown to the officer in one line
            failed(err)
        return
    QueryOp(parent, work, runner=runner).success(done).failure(failed).label(
        QApplication.translate("Report", "Writing the problem report…")
    ).run()


def _dist_version(name: str) -> str:
    try:
        return md.version(name)
    except md.PackageNotFoundError:
        return ""


def components_json() -> str:
    """The component list as JSON (for scripts and the packaging docs)."""
    return json.dumps([c.__dict__ for c in bundled_components()], indent=2)
