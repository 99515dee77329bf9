"""Errors the services raise; the CLI maps them to exit codes, the UI to dialogs.

Every error can carry a **message id and its arguments** besides its English
text, so that the UI words it in the officer's language::

    raise BadInput.of("json.too_deep", item="answers.json", limit=64)
    err.msg_id   # "json.too_deep"
    err.params   # {"item": "answers.json", "limit": 64}
    str(err)     # the English line (from MESSAGES), what the CLI prints

``MESSAGES`` (app/domain/messages/) holds the English template of each id;
the UI translates the template (Qt ``tr`` in the context ``"messages"``) and
fills in the same arguments (:func:`app.domain.messages.render`). An error
raised the old way, ``BadInput("plain English")``, has ``msg_id == ""``: the UI
then shows ``str(err)`` as it is.
"""

from __future__ import annotations

from typing import Any, TypeVar

_E = TypeVar("_E", bound="ExemptioError")


class ExemptioError(Exception):
    """Base class. ``str(err)`` is a one-line message fit for an officer."""

    exit_code = 2

    def __init__(self, message: str = "", *args: object, msg_id: str = "", **params: object) -> None:
        if not message and msg_id:
            from app.domain.messages import render

            message = render(msg_id, params)
        super().__init__(message, *args)
        self.msg_id = msg_id
        self.params: dict[str, object] = dict(params)

    @classmethod
    def of(cls: type[_E], msg_id: str, **params: Any) -> _E:
        """The error with the English text of ``msg_id`` filled with ``params``."""
        return cls(msg_id=msg_id, **params)


class BadInput(ExemptioError):
    """Bad usage or bad input: nothing was changed (exit 2)."""

    exit_code = 2


class NotFound(BadInput):
    """An unknown case reference, evidence item, letter... (exit 2)."""


class NotAllowed(BadInput):
    """A refused action: a transition, approving one's own draft... (exit 2)."""


class Conflict(ExemptioError):
    """Someone else saved the same record first (optimistic locking)."""

    exit_code = 2


class CheckFailed(ExemptioError):
    """A verification found a problem: bad signature, changed bytes (exit 1)."""

    exit_code = 1


class StorageError(ExemptioError):
    """The database or data folder cannot be used (exit 2)."""

    exit_code = 2
