"""The one message-box factory: every question, notice and error box of the GUI is made here.

Boxes open with ``open()`` (window-modal, no nested event loop), so background
callbacks and tests keep running; the answer arrives in a callback. A question's
default button is the safe one (keep, cancel), so Enter never discards or decides.
Text is plain (``Qt.PlainText``): messages quote case data.

    message_box.error(self, text)                               # OK
    message_box.notice(self, title, text, informative=detail)   # OK, information icon
    message_box.warning(self, title, text, informative=detail)  # OK, warning icon
    message_box.confirm(self, title, text, yes_text=..., no_text=..., on_yes=fn)
    message_box.choose(self, title, text, choices=[(label, fn), ...], cancel_text=..., on_cancel=fn)

The error *presenter* (what a failure says, translated) is :mod:`app.ui.messages`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypedDict, Unpack

from app.ui.qt import QAbstractButton, QCoreApplication, QMessageBox, Qt, QWidget

__all__ = ["choose", "confirm", "error", "notice", "open_boxes", "warning"]

_open: set[QMessageBox] = set()


def open_boxes() -> list[QMessageBox]:
    """The boxes open now (tests, and closing a window). A box whose parent window was
    closed (its C++ object deleted with the parent) is forgotten here."""
    import shiboken6

    for box in [b for b in _open if not shiboken6.isValid(b)]:
        _open.discard(box)
    return list(_open)


def _box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, informative: str
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(icon)
    box.setWindowTitle(title or QCoreApplication.translate("Messages", "Exemptio"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # messages quote case data
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    box.setAccessibleName(title or text)
    _open.add(box)  # parentless boxes would otherwise be garbage-collected
    box.finished.connect(lambda _r: _open.discard(box))
    box.destroyed.connect(lambda _o=None: _open.discard(box))  # deleted with its parent window
    return box


def error(parent: QWidget | None, message: str, title: str | None = None) -> QMessageBox:
    """A one-line error with OK (command-line hints of service messages left out)."""
    from app.ui.plain import for_officer

    box = _box(parent, QMessageBox.Icon.Warning, title or "", for_officer(message), "")
    box.setObjectName("errorMessage")
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(QCoreApplication.translate("TaskRunner", "Error message"))
    box.open()
    return box


class OkOptions(TypedDict, total=False):
    """The options of :func:`notice` and :func:`warning`. ``selectable``: the officer
    can select the text (a path or reference to copy)."""

    informative: str
    object_name: str
    on_closed: Callable[[], None] | None
    selectable: bool


def notice(parent: QWidget | None, title: str, text: str, **options: Unpack[OkOptions]) -> QMessageBox:
    """Something done or found, with OK (an information icon)."""
    return _ok_box(parent, QMessageBox.Icon.Information, title, text, "noticeMessage", options)


def warning(parent: QWidget | None, title: str, text: str, **options: Unpack[OkOptions]) -> QMessageBox:
    """Something went wrong or needs attention, with OK (a warning icon). Unlike
    :func:`error`, the text is shown as given (no command-line hints removed)."""
    return _ok_box(parent, QMessageBox.Icon.Warning, title, text, "warningMessage", options)


def _ok_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    object_name: str,
    options: OkOptions,
) -> QMessageBox:
    box = _box(parent, icon, title, text, options.get("informative", ""))
    box.setObjectName(options.get("object_name", object_name))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    if options.get("selectable", False):
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    on_closed = options.get("on_closed")
    if on_closed is not None:
        box.finished.connect(lambda _r: on_closed())
    box.open()
    return box


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    yes_text: str,
    no_text: str,
    on_yes: Callable[[], None],
    on_no: Callable[[], None] | None = None,
    informative: str = "",
    object_name: str = "confirmMessage",
    warn: bool = False,
) -> QMessageBox:
    """Ask; ``no_text`` (the safe answer) is the default and what Esc gives. ``warn``:
    a warning icon instead of a question mark (something would be lost)."""
    icon = QMessageBox.Icon.Warning if warn else QMessageBox.Icon.Question
    box = _box(parent, icon, title, text, informative)
    box.setObjectName(object_name)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.DestructiveRole)
    no = box.addButton(no_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    _answered(box, {yes: on_yes}, no, on_no)
    return box


def choose(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    choices: Sequence[tuple[str, Callable[[], None]]],
    cancel_text: str,
    on_cancel: Callable[[], None],
    informative: str = "",
    object_name: str = "chooseMessage",
    critical: bool = False,
) -> QMessageBox:
    """Offer ways on (none of them destructive): a button per choice, the first
    the default, and ``cancel_text`` (what Esc gives). ``critical``: a critical
    icon (nothing can go on until a choice is made) instead of a question mark."""
    icon = QMessageBox.Icon.Critical if critical else QMessageBox.Icon.Question
    box = _box(parent, icon, title, text, informative)
    box.setObjectName(object_name)
    buttons = {box.addButton(label, QMessageBox.ButtonRole.AcceptRole): fn for label, fn in choices}
    cancel = box.addButton(cancel_text, QMessageBox.ButtonRole.RejectRole)
    if buttons:
        box.setDefaultButton(next(iter(buttons)))
    _answered(box, buttons, cancel, on_cancel)
    return box


def _answered(
    box: QMessageBox,
    buttons: dict[QAbstractButton, Callable[[], None]],
    cancel: QAbstractButton,
    on_cancel: Callable[[], None] | None,
) -> None:
    """Open ``box``; when it is answered, call the clicked button's function, or
    ``on_cancel`` for ``cancel``, Esc or the window closed."""
    box.setEscapeButton(cancel)

    def answered(_r: int) -> None:
        fn = buttons.get(box.clickedButton(), on_cancel)
        if fn is not None:
            fn()

    box.finished.connect(answered)
    box.open()
