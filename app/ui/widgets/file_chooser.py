"""Choosing a file or folder without a nested event loop.

The static ``QFileDialog.get…`` functions run their own modal event loop: the
background tasks' results, timers and repaints of the whole application are
handled inside it, re-entering code that is waiting for the answer. Here a
``QFileDialog`` is built, opened window-modal with :meth:`QDialog.open` and the
caller goes on in ``done`` with the chosen path(s); on Cancel nothing is called.

Each function returns the dialog (object name ``fileChooser``), which deletes
itself when closed; tests find it as the parent's child, ``selectFile`` and
``accept()`` it."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from app.ui.qt import QFileDialog, Qt, QWidget

OBJECT_NAME = "fileChooser"
_open: set[QFileDialog] = set()  # a parentless chooser would otherwise be garbage-collected


class Mode(Enum):
    OPEN = "open"  # one existing file
    OPEN_MANY = "open_many"  # one or more existing files
    SAVE = "save"  # a file to write (the dialog asks before replacing one)
    FOLDER = "folder"  # an existing folder


def choose(
    parent: QWidget | None,
    title: str,
    mode: Mode,
    done: Callable[[list[str], str], None],
    *,
    start: str = "",
    filters: str = "",
) -> QFileDialog:
    """Open the chooser; ``done(paths, chosen_filter)`` when the officer accepts with a
    choice. ``start``: a folder, or a file (its folder is shown and its name selected)."""
    dialog = QFileDialog(parent, title, start, filters)
    dialog.setObjectName(OBJECT_NAME)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if mode is Mode.SAVE:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    elif mode is Mode.FOLDER:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    elif mode is Mode.OPEN_MANY:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)

    def accepted() -> None:
        paths = [p for p in dialog.selectedFiles() if p]
        if paths:
            done(paths, dialog.selectedNameFilter())

    dialog.accepted.connect(accepted)
    _open.add(dialog)
    dialog.destroyed.connect(lambda *_: _open.discard(dialog))
    dialog.open()
    return dialog


def open_file(
    parent: QWidget | None, title: str, start: str, filters: str, done: Callable[[str], None]
) -> QFileDialog:
    """One existing file: ``done(path)``."""
    return choose(parent, title, Mode.OPEN, lambda p, _f: done(p[0]), start=start, filters=filters)


def open_files(
    parent: QWidget | None, title: str, start: str, filters: str, done: Callable[[list[str]], None]
) -> QFileDialog:
    """One or more existing files: ``done(paths)``."""
    return choose(parent, title, Mode.OPEN_MANY, lambda p, _f: done(p), start=start, filters=filters)


def save_file(
    parent: QWidget | None, title: str, start: str, filters: str, done: Callable[[str, str], None]
) -> QFileDialog:
    """A file to write: ``done(path, chosen_filter)``."""
    return choose(parent, title, Mode.SAVE, lambda p, f: done(p[0], f), start=start, filters=filters)


def open_folder(parent: QWidget | None, title: str, start: str, done: Callable[[str], None]) -> QFileDialog:
    """An existing folder: ``done(path)``."""
    return choose(parent, title, Mode.FOLDER, lambda p, _f: done(p[0]), start=start)


def current(parent: QWidget | None = None) -> QFileDialog | None:
    """The open chooser (of ``parent`` when given), for tests and screenshots."""
    for dialog in list(_open):
        if dialog.isVisible() and (parent is None or dialog.parentWidget() is parent):
            return dialog
    return None
