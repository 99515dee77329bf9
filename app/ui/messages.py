"""The one error presenter: what a failed operation tells the officer, in their language.

Every failure shown by the GUI goes through :func:`present_failure` (a box) or
:func:`failure_text` (a status line, a page's error label). Both start from
``app.services.boundary.describe_failure`` (the boundary the CLI uses too) and
translate the error's message id:

* an error with a message id (``BadInput.of("json.too_deep", ...)``): the English
  template of ``app/domain/messages/`` translated in the Qt context ``"messages"``,
  filled with the error's parameters (:func:`app.domain.messages.render`); without a
  translation the English text;
* an error without an id (``BadInput("...")``): its text as it is;
* a bug (anything unforeseen): "Unexpected error (TypeError). Details are in the log."
  (its message may hold data; the traceback goes to the log without SQL);
* a ``Conflict`` (someone else saved first): the conflict dialog of app/ui/conflicts.py,
  whose Reload calls ``on_reload``.

Command-line hints of service messages ("run 'exemptio ...'") are left out in a window.
The boxes themselves come from the one message-box factory, :mod:`app.ui.message_box`
(``error`` and ``confirm`` are re-exported here for older imports).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.ui.message_box import confirm, error, notice
from app.ui.qt import QCoreApplication, QWidget

if TYPE_CHECKING:
    from app.services.boundary import Failure

__all__ = ["confirm", "error", "failure_text", "notice", "present_failure", "translated"]

log = logging.getLogger("exemptio.ui.tasks")

CONTEXT = "messages"  # the Qt translation context of the message-id templates


def translated(failure: Failure) -> str:
    """The failure's text in the interface language (English when not translated)."""
    from app.domain.messages import MESSAGES, render

    template = MESSAGES.get(failure.msg_id) if failure.msg_id else None
    if template is None:
        return failure.message
    from app.ui.message_catalog import Translated

    return render(failure.msg_id, failure.params, Translated())  # nested reasons translated too


def _unexpected(name: str) -> str:
    text = QCoreApplication.translate("TaskRunner", "Unexpected error (%1). Details are in the log.")
    return str(text).replace("%1", name)


def failure_text(exc: BaseException, *, item: str | None = None) -> str:
    """One plain line for ``exc``, translated; never a traceback, SQL or a bug's message."""
    from app.services.boundary import describe_failure
    from app.ui.plain import for_officer

    failure = describe_failure(exc, item=item)
    if not failure.expected:
        return _unexpected(type(exc).__name__)
    return for_officer(translated(failure))


def present_failure(
    parent: QWidget | None,
    exc: BaseException,
    *,
    on_reload: Callable[[], None] | None = None,
    unsaved: str = "",
    title: str | None = None,
) -> str:
    """Show ``exc`` to the officer (a window-modal box, no nested event loop) and return
    the line shown. A bug is logged (traceback without SQL) and named by its type only."""
    from app.domain.errors import Conflict

    if isinstance(exc, Conflict):  # who changed what, and when; Reload · Cancel
        from app.ui.conflicts import show_conflict

        show_conflict(parent, exc, on_reload=on_reload, unsaved=unsaved)
        return failure_text(exc)
    from app.services.boundary import describe_failure, log_failure

    if not describe_failure(exc).expected:
        log_failure(log, exc, "background task failed")
    message = failure_text(exc)
    error(parent, message, title)
    return message
