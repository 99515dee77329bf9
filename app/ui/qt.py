"""The one place that imports PySide6 (qutebrowser's ``qt/`` idea).

Everything under ``app/ui`` imports Qt names from here::

    from app.ui.qt import QWidget, Signal, Qt, QTimer

Every name of QtCore, QtGui and QtWidgets is available. Names are resolved
lazily on first use (PEP 562 ``__getattr__``) instead of ``import *``, which
would build every Qt type object at start-up (~0.1 s). Heavier modules
(QtPdf, QtPdfWidgets, QtSvg, QtTest, QtPrintSupport) are imported only when
one of their names is first used::

    from app.ui.qt import QPdfDocument, QPdfView   # loads QtPdf on demand

Workarounds for Qt quirks belong here too.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Property, QObject, Qt, Signal, Slot

# Explicit names for readers and type checkers (also covered by the * imports).
__all__ = ["Property", "QObject", "Qt", "QtCore", "QtGui", "QtWidgets", "Signal", "Slot"]

_LAZY_MODULES = (
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtPrintSupport",
    "PySide6.QtTest",
    "PySide6.QtNetwork",
)


def __getattr__(name: str) -> Any:
    """Resolve names of the optional Qt modules lazily (PEP 562)."""
    if name.startswith("__"):  # __path__, __wrapped__…: asked by the import system, never Qt names
        raise AttributeError(f"module 'app.ui.qt' has no attribute {name!r}")
    if "PySide6." + name in _LAZY_MODULES:  # e.g. ``from app.ui.qt import QtTest``
        return importlib.import_module("PySide6." + name)
    for mod in (QtCore, QtGui, QtWidgets):
        value = getattr(mod, name, None)
        if value is not None:
            globals()[name] = value
            return value
    for modname in _LAZY_MODULES:
        try:
            mod = importlib.import_module(modname)
        except ImportError:
            continue
        if hasattr(mod, name):
            value = getattr(mod, name)
            globals()[name] = value
            return value
    raise AttributeError(f"module 'app.ui.qt' has no attribute {name!r}")


def shortcut_text(seq: QtGui.QKeySequence | str) -> str:
    """A key sequence as the platform shows it (for tooltips and the palette)."""
    ks = seq if isinstance(seq, QtGui.QKeySequence) else QtGui.QKeySequence(seq)
    return ks.toString(QtGui.QKeySequence.SequenceFormat.NativeText)
