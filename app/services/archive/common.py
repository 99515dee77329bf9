"""Small helpers shared by export and import: dates, JSON, hashing, the blob store."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import IO, Any

from app.domain.errors import BadInput, StorageError
from app.services.archive.types import CHUNK
from app.services.context import AppContext


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


def _iso(value: dt.datetime | dt.date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return (_utc(value) or value).isoformat()
    return value.isoformat()


def _parse_dt(value: Any, what: str) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise BadInput.of("archive.not_datetime", field=what)
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError as err:
        raise BadInput.of("archive.bad_datetime", field=what, value=value[:40]) from err
    return _utc(parsed)


def _parse_date(value: Any, what: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise BadInput.of("archive.not_date", field=what)
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise BadInput.of("archive.bad_date", field=what, value=value[:40]) from err


def _loads_or_none(text: str) -> Any:
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def _canonical(doc: Any) -> str:
    return json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _pretty(doc: Any) -> bytes:
    return (json.dumps(doc, sort_keys=True, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _open_blob(ctx: AppContext, sha256: str, rel: str) -> IO[bytes]:
    """Stream a blob from the evidence store (a folder, or the team database)."""
    try:
        fh: IO[bytes] = _store(ctx).open(sha256)
    except (StorageError, OSError) as err:
        raise StorageError.of(
            "archive.blob_missing", name=rel.removeprefix("data/"), sha=sha256[:12]
        ) from err
    return fh


class _Hasher:
    """SHA-256 and SHA-512 of a stream, each on a helper thread (hashlib releases
    the GIL), so the caller reads or writes the next chunk meanwhile. A chunk's
    buffer must stay unchanged until the next ``update`` (two alternating
    buffers are enough)."""

    def __init__(self, pool: ThreadPoolExecutor) -> None:
        self.pool = pool
        self.h256 = hashlib.sha256()
        self.h512 = hashlib.sha512()
        self.pending: list[Future[None]] = []
        self.size = 0

    def _wait(self) -> None:
        for f in self.pending:
            f.result()
        self.pending = []

    def update(self, chunk: Any) -> None:
        self._wait()
        self.size += len(chunk)
        if len(chunk) >= 65536:
            self.pending = [
                self.pool.submit(self.h256.update, chunk),
                self.pool.submit(self.h512.update, chunk),
            ]
        else:
            self.h256.update(chunk)
            self.h512.update(chunk)

    def digests(self) -> tuple[str, str]:
        self._wait()
        return self.h256.hexdigest(), self.h512.hexdigest()


def _tag_value(value: str) -> str:
    return " ".join(str(value).split())


def _hostile(msg_id: str, **params: Any) -> BadInput:
    """A refusal of hostile or damaged input, by message id (every template says "Refused: ")."""
    return BadInput.of(msg_id, **params)


def _why(err: BaseException) -> str:
    text = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    return text[:160]


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


def _store(ctx: AppContext) -> Any:
    from app.services.evidence import blob_store

    return blob_store(ctx)
