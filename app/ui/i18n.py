"""Interface language: our .qm catalogues plus Qt's own (qtbase_*.qm)."""

from __future__ import annotations

from pathlib import Path

from app.resources import resource_path
from app.ui.qt import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SUPPORTED = ("en", "fr", "de")

_installed: list[QTranslator] = []
_current = ["en"]


def current_language() -> str:
    """The interface language in effect (what :func:`install` last returned)."""
    return _current[0]


def translations_dir() -> Path:
    return Path(str(resource_path("translations")))


def choose_language(setting: str = "") -> str:
    """The settings' UI language, else the system locale's, else English."""
    if setting in SUPPORTED:
        return setting
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED:
            return code
    return "en"


def install(language: str) -> str:
    """Install translators for ``language`` (replacing earlier ones); returns
    the language in effect."""
    from app.ui.qt import QLocale

    _current[0] = "en"
    app = QCoreApplication.instance()
    if app is None:
        return "en"
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    # Numbers, month names and decimal separators follow the interface language.
    QLocale.setDefault(QLocale("en_GB"))
    if language == "en":
        return "en"
    ours = QTranslator(app)
    if not ours.load(f"exemptio_{language}", str(translations_dir())):
        return "en"
    QLocale.setDefault(QLocale({"fr": "fr_FR", "de": "de_DE"}.get(language, language)))
    app.installTranslator(ours)
    _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    _current[0] = language
    return language
