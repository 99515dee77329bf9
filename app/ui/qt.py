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

Start-up cost: resolving a Qt class builds its Python enums (PySide6 6.x), and
the ``Qt`` namespace alone has 94 enums with ~1,200 members (~11 ms). The code
that runs before the first page of the case list is painted (application,
main_window's progressive part, case_list, models/case_table, models/delegates,
tasks, labels, i18n) therefore never touches ``Qt``, ``QStyle``, ``QKeySequence``
or the dialog classes; it uses the plain ints below, and everything else resolves
them after the first paint (``tests/unit/test_perf_startup.py`` checks this).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Property, QObject, Signal, Slot

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

# Explicit names for readers and type checkers (also covered by the * imports).
__all__ = ["Property", "QObject", "Qt", "QtCore", "QtGui", "QtWidgets", "Signal", "Slot"]

# Plain-int values of Qt enums for the code before the first paint (a test checks
# them against PySide6). Model roles and alignment flags are ints in Qt's API.
DISPLAY_ROLE = 0  # Qt.ItemDataRole.DisplayRole
FONT_ROLE = 6  # Qt.ItemDataRole.FontRole
TEXT_ALIGNMENT_ROLE = 7  # Qt.ItemDataRole.TextAlignmentRole
BACKGROUND_ROLE = 8  # Qt.ItemDataRole.BackgroundRole
FOREGROUND_ROLE = 9  # Qt.ItemDataRole.ForegroundRole
TOOLTIP_ROLE = 3  # Qt.ItemDataRole.ToolTipRole
ACCESSIBLE_TEXT_ROLE = 11  # Qt.ItemDataRole.AccessibleTextRole
USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole
ALIGN_RIGHT_VCENTER = 0x0002 | 0x0080  # Qt.AlignRight | Qt.AlignVCenter
ALIGN_CENTER = 0x0004 | 0x0080  # Qt.AlignHCenter | Qt.AlignVCenter

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


def deleted(obj: Any) -> bool:
    """The C++ object behind ``obj`` is gone (its window was closed): a late callback
    must then leave it alone."""
    try:
        obj.objectName()
    except RuntimeError:
        return True
    return False


def read_only_flags(index: QtCore.QModelIndex | QtCore.QPersistentModelIndex) -> QtCore.Qt.ItemFlag:
    """``flags()`` of a flat, read-only list or table: rows that can be selected."""
    flag = QtCore.Qt.ItemFlag
    if not index.isValid():
        return flag.NoItemFlags
    return flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemNeverHasChildren


def shortcut_text(seq: QtGui.QKeySequence | str) -> str:
    """A key sequence as the platform shows it (for tooltips and the palette)."""
    ks = seq if isinstance(seq, QtGui.QKeySequence) else QtGui.QKeySequence(seq)
    return ks.toString(QtGui.QKeySequence.SequenceFormat.NativeText)
