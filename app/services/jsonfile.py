"""Read a JSON file from outside with the limits of app.domain.jsonread.

``read_json(path)`` refuses (``BadInput``, exit 2, the file named) a file that
cannot be read, is larger than the limit (checked before reading it), is not
UTF-8 or not JSON, or is nested, sized or typed beyond the limits. Use it for
every JSON document the application reads from outside: answer files, archive
members (``parse_json`` on the bytes), model-folder configs, settings.
"""

from __future__ import annotations

from os import PathLike
from pathlib import Path
from typing import Any

from app.domain.errors import BadInput
from app.domain.jsonread import DEFAULT_LIMITS, JsonLimits, parse_json
from app.services.boundary import reading


def read_json(
    path: str | PathLike[str], *, limits: JsonLimits = DEFAULT_LIMITS, item: str | None = None
) -> Any:
    """The document in the file ``path`` (``item`` names it in messages; the path by default)."""
    p = Path(path)
    name = item or str(p)
    with reading(name):
        with p.open("rb") as fh:
            data = fh.read(limits.max_bytes + 1)
    if len(data) > limits.max_bytes:
        raise BadInput.of(
            "json.too_large", item=name, size=f"more than {limits.max_bytes:,}", limit=f"{limits.max_bytes:,}"
        )
    return parse_json(data, item=name, limits=limits)
