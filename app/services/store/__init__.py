"""Content-addressed evidence store: bytes kept by SHA-256, never altered.

Layout (under ``ctx.paths.evidence``)::

    evidence/ab/cd/abcd…(64 hex)     stored blobs, read-only (0o444)
    evidence/.tmp/put-*.part          files being written (flock-held while alive)
    evidence/.tmp/intake-*.journal    hashes an unfinished intake placed (flock-held)

A blob is copied inside the kernel (``copy_file_range``) in large steps into a
temporary file in the same file system while a second thread hashes the copy
as it lands, then fsynced, renamed into place with ``os.replace`` and its
folder fsynced. A reader therefore only ever sees complete files, and a blob's
name is the hash of exactly its bytes. Identical bytes are stored once.

Crash safety: every intake first writes the hashes it is about to place into a
journal (fsynced *before* the rename), and holds an exclusive ``flock`` on the
journal and on its temporary files while it runs. :meth:`FolderBlobStore.recover`
(run once per process before the first intake) removes temporary files nobody
holds and, for journals nobody holds, the blobs no database row refers to.

The store is a :class:`FolderBlobStore` (also named ``BlobStore``); the team-mode back end keeps blobs in the
database's ``blob_chunks`` table (``database.DbBlobStore``), and ``factory.store_for``
picks the store a context uses (a shared folder, the database or the local folder).

One module per responsibility: ``types`` (results, ``Cancelled``, the protocol, error
messages), ``copying`` (copy while hashing), ``folder`` (the folder store, journals,
recovery), ``database`` (the team store, SQLAlchemy) and ``factory`` (``store_for``).
This package re-exports the SQLAlchemy-free names; ``DbBlobStore`` and ``store_for``
are imported from their modules (so ``Cancelled`` never loads SQLAlchemy).
"""

from __future__ import annotations

from app.services.store.copying import copy_and_hash, hash_stream
from app.services.store.folder import BlobStore, FolderBlobStore, IntakeJournal, read_journal, verify_file
from app.services.store.types import (
    CHUNK_SIZE,
    TMP_DIR,
    ByteProgress,
    CancelCheck,
    Cancelled,
    PutResult,
    SourceStat,
    is_sha256,
)

__all__ = [
    "CHUNK_SIZE",
    "TMP_DIR",
    "BlobStore",
    "ByteProgress",
    "CancelCheck",
    "Cancelled",
    "FolderBlobStore",
    "IntakeJournal",
    "PutResult",
    "SourceStat",
    "copy_and_hash",
    "hash_stream",
    "is_sha256",
    "read_journal",
    "verify_file",
]
