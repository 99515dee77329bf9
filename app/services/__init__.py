"""Use cases: functions taking an ``AppContext`` first (see docs/dev/architecture.md).

The persistence layer raises its own errors (db/errors.py, no ``app`` import);
here the application says which of its error classes each one also is, so that
``except Conflict`` / ``except StorageError`` / ``except BadInput`` above db keep
catching them. Importing any ``app.services`` module runs this once.
"""

from __future__ import annotations

from app.domain.errors import BadInput, Conflict, StorageError
from db import errors as _db_errors

_db_errors.adopt(
    {
        _db_errors.EditConflict: Conflict,
        _db_errors.DatabaseUnreachable: StorageError,
        _db_errors.DatabaseBusy: StorageError,
        _db_errors.DatabaseDamaged: StorageError,
        _db_errors.TextNotStorable: BadInput,
    }
)
