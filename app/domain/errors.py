"""Errors the services raise; the CLI maps them to exit codes, the UI to dialogs."""

from __future__ import annotations


class ExemptioError(Exception):
    """Base class. ``str(err)`` is a one-line message fit for an officer."""

    exit_code = 2


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
