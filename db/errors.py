"""Errors of the persistence layer (no ``app`` import: db stands on its own).

Each error has a one-line message fit for an officer (``str(err)``), an exit
code, a ``kind`` (``conflict``, ``storage`` or ``bad_input``), and a message id
with its arguments (``msg_id``/``params``) so that a translated UI can word it
in the officer's language.

The application decides which of its own error classes each of these also is:
``app/services/__init__.py`` calls :func:`adopt` once (``EditConflict`` is then
also an ``app.domain.errors.Conflict``, ``DatabaseUnreachable`` a
``StorageError``...), so ``except Conflict`` above this layer keeps working
while db imports nothing from ``app``.

:func:`scrub_sql` removes SQL statements, their parameters and row details
from an error text (SQLAlchemy's ``[SQL: ...]``/``[parameters: ...]``,
PostgreSQL's ``DETAIL:`` lines): used for every message, log line and problem
report that may hold a database error.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_ADOPTED: dict[type[PersistenceError], type[PersistenceError]] = {}


class PersistenceError(Exception):
    """Base class; ``str(err)`` is one plain line."""

    exit_code = 2
    kind = "storage"

    def __new__(cls, *args: Any, **kwargs: Any) -> PersistenceError:
        return Exception.__new__(_ADOPTED.get(cls, cls))

    def __init__(self, message: str = "", *, msg_id: str = "", **params: object) -> None:
        super().__init__(message)
        self.msg_id = msg_id
        self.params: dict[str, object] = dict(params)

    def __reduce__(self) -> tuple[Any, ...]:  # picklable although its class was adopted
        cls = getattr(type(self), "_adopted_from", type(self))
        return (_rebuild, (cls, self.args, dict(self.__dict__)))


def _rebuild(cls: type[PersistenceError], args: tuple[Any, ...], state: dict[str, Any]) -> PersistenceError:
    obj = cls.__new__(cls)
    obj.args = args
    obj.__dict__.update(state)
    return obj


class EditConflict(PersistenceError):
    """Someone else saved the record first. ``changed_by``/``action``/``changed_at``
    describe their change (from the audit trail); the UI offers "Reload"."""

    kind = "conflict"

    def __init__(
        self,
        message: str,
        *,
        case_ref: str = "",
        entity: str = "",
        changed_by: str = "",
        action: str = "",
        changed_at: str = "",
        their_change: Any = None,
        msg_id: str = "record.changed",
    ) -> None:
        super().__init__(
            message,
            msg_id=msg_id,
            entity=entity,
            case_ref=case_ref,
            changed_by=changed_by,
            action=action,
            changed_at=changed_at,
        )
        self.case_ref = case_ref
        self.entity = entity
        self.changed_by = changed_by
        self.action = action
        self.changed_at = changed_at
        self.their_change = their_change  # the audit event's "after" (what they saved), if known
        self.reload = True
        self.questions: tuple[str, ...] = ()  # checklist answers: the question ids found changed


class DatabaseUnreachable(PersistenceError):
    """The team database server cannot be reached; nothing was saved."""


class DatabaseBusy(PersistenceError):
    """The team database kept its write lock too long; nothing was saved."""


class DatabaseDamaged(PersistenceError):
    """The database file is empty, damaged or fails its integrity check."""


class TextNotStorable(PersistenceError):
    """A text the database cannot hold (e.g. NUL on PostgreSQL); nothing was saved."""

    kind = "bad_input"


def adopt(mapping: Mapping[type[PersistenceError], type[Exception]]) -> None:
    """Make every future instance of each key also an instance of its value
    (a subclass of both is made once; raise sites stay ``raise EditConflict(...)``)."""
    for db_cls, app_cls in mapping.items():
        current = _ADOPTED.get(db_cls)
        if current is not None and issubclass(current, app_cls):
            continue
        _ADOPTED[db_cls] = type(
            db_cls.__name__,
            (db_cls, app_cls),
            {
                "__module__": db_cls.__module__,
                "__qualname__": db_cls.__qualname__,
                "__doc__": db_cls.__doc__,
                "_adopted_from": db_cls,
            },
        )


_SQL_BLOCK = re.compile(
    r"\[SQL: .*?(?=\n\[parameters: |\n\[SQL parameters hidden|\n\(Background on this error|\Z)", re.S
)
_PARAMS_BLOCK = re.compile(r"\[parameters: .*?(?=\n\(Background on this error|\Z)", re.S)
_DETAIL_LINE = re.compile(r"^(\s*)(DETAIL|HINT|CONTEXT|QUERY|WHERE|LINE \d+):.*$", re.M)
_FAILING_ROW = re.compile(r"Failing row contains \(.*?\)(?=\.?\s*$)", re.M | re.S)


def scrub_sql(text: str) -> str:
    """``text`` without SQL statements, SQL parameters and PostgreSQL row details."""
    if "[SQL" not in text and "[parameters" not in text and ":" not in text:
        return text
    text = _SQL_BLOCK.sub("[SQL: not shown]", text)
    text = _PARAMS_BLOCK.sub("[parameters: not shown]", text)
    text = _FAILING_ROW.sub("Failing row contains (not shown)", text)
    return _DETAIL_LINE.sub(r"\1\2: (not shown)", text)
