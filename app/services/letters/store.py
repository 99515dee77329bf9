"""Letters in the evidence store: content-addressed, fsynced and renamed in; re-hashed
on the way out."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any

from app.domain.errors import StorageError
from app.services.context import AppContext


def _store(ctx: AppContext) -> Any:
    from app.services import evidence

    return evidence.blob_store(ctx)


def _put_blob(ctx: AppContext, data: bytes, sha256: str) -> None:
    """Place the bytes in the evidence store (content-addressed, fsynced, renamed)."""
    store = _store(ctx)
    if store.exists(sha256):
        return
    ctx.paths.staging.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix="letter-", suffix=".pdf", dir=ctx.paths.staging)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        result = store.put(Path(tmp))
        if result.sha256 != sha256:  # pragma: no cover - would be a store bug
            raise StorageError("The evidence store returned a different hash for the issued letter.")
    finally:
        Path(tmp).unlink(missing_ok=True)


def read_stored(ctx: AppContext, sha256: str) -> bytes:
    """Bytes of a stored letter, re-hashed on the way out."""
    store = _store(ctx)
    with store.open(sha256) as fh:
        data: bytes = fh.read()
    if hashlib.sha256(data).hexdigest() != sha256:
        raise StorageError(f"The stored letter {sha256[:12]}… does not match its hash: the store is damaged.")
    return data
