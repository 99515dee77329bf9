"""Which evidence store a context uses: a shared folder, the team database, or the local folder."""

from __future__ import annotations

from pathlib import Path

from app.services.context import AppContext
from app.services.store.database import DbBlobStore
from app.services.store.folder import FolderBlobStore
from db.engine import is_sqlite


def store_for(ctx: AppContext) -> FolderBlobStore | DbBlobStore:
    """The evidence store this context uses.

    ``Settings.shared_blob_folder`` set: a folder store on that (shared) path.
    A PostgreSQL database: the database store (team default). Otherwise the
    folder under the data folder (single-user default).
    """
    shared = ctx.settings.shared_blob_folder.strip()
    if shared:
        return FolderBlobStore(Path(shared).expanduser())
    if not is_sqlite(ctx.db_url):
        return DbBlobStore(ctx.engine, ctx.paths.home / "blob-cache")
    return FolderBlobStore(ctx.paths.evidence)
