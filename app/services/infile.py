"""Reading an input file the officer named (a key, a certificate, a letter to verify):
every failure is one plain sentence (``BadInput``), never a traceback."""

from __future__ import annotations

from pathlib import Path

from app.domain.errors import BadInput


def read_input(path: Path, what: str, folder: str, *, limit: int | None = None) -> bytes:
    """The bytes of ``path``. ``what`` names it in the messages ("The key file"); ``folder``
    is the message when ``path`` is a folder. With ``limit`` at most ``limit + 1`` bytes are
    read, so the caller can refuse a file larger than ``limit`` without reading it all."""
    try:
        if limit is None:
            return path.read_bytes()
        with path.open("rb") as f:
            return f.read(limit + 1)
    except FileNotFoundError:
        raise BadInput(f"{what} {path} does not exist.") from None
    except IsADirectoryError:
        raise BadInput(folder) from None
    except OSError as err:
        raise BadInput(f"{what} {path} cannot be read: {err.strerror}.") from None
