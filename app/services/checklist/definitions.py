"""Checklist definitions: where they are, the JSON Schema check, loading (cached by file
time, with translation overlays), the versions shipped, and the start-up check."""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path
from typing import Any

from app.domain.checklist import (
    ChecklistDefinition,
    DefinitionError,
    is_overlay_name,
    overlay_path,
    parse_definition,
    read_json_file,
    with_language,
)
from app.domain.errors import BadInput
from app.resources import resource_path
from app.services.context import AppContext

DEFAULT_CHECKLIST = "ai-act-oss"
LOCKED_STATUSES = ("decided", "closed")


# --- definitions --------------------------------------------------------------------------


def checklists_root(ctx: AppContext | None = None) -> Path:
    """Where definitions live: ``ctx.extras['checklists_dir']``, else EXEMPTIO_CHECKLIST_DIR,
    else the bundled ``resources/checklists``."""
    if ctx is not None and ctx.extras.get("checklists_dir"):
        return Path(str(ctx.extras["checklists_dir"]))
    env = os.environ.get("EXEMPTIO_CHECKLIST_DIR")
    return Path(env) if env else resource_path("checklists")


@functools.lru_cache(maxsize=4)
def _schema(root: str) -> dict[str, Any]:
    path = Path(root) / "schema.json"
    if not path.exists():
        path = resource_path("checklists", "schema.json")
    try:
        return dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError) as err:
        raise DefinitionError.of("checklist.schema_unreadable", path=str(path), reason=str(err)) from None


def validate_definition_doc(doc: Any, origin: str, root: Path | None = None) -> ChecklistDefinition:
    """JSON Schema check, then the semantic checks of the domain."""
    import jsonschema

    schema = _schema(str(root or resource_path("checklists")))
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    if errors:
        err = errors[0]
        where = "/".join(str(p) for p in err.absolute_path) or "(top level)"
        more = len(errors) - 1
        msg_id = "checklist.definition_invalid_more" if more else "checklist.definition_invalid"
        raise DefinitionError.of(msg_id, origin=origin, where=where, problem=err.message, more=more)
    return parse_definition(doc, origin=origin)


@functools.lru_cache(maxsize=16)
def _load_file(path_str: str, mtime: float) -> ChecklistDefinition:
    path = Path(path_str)
    defn = validate_definition_doc(read_json_file(path), str(path), path.parent.parent)
    if defn.version != path.stem or defn.id != path.parent.name:
        raise DefinitionError.of(
            "checklist.definition_misplaced", path=str(path), checklist=defn.id, version=defn.version
        )
    return defn


@functools.lru_cache(maxsize=16)
def _load_translated(path_str: str, mtime: float, language: str, overlay_mtime: float) -> ChecklistDefinition:
    path = Path(path_str)
    return with_language(_load_file(path_str, mtime), path, language)


def load_definition(
    checklist_id: str = DEFAULT_CHECKLIST,
    version: str | None = None,
    *,
    ctx: AppContext | None = None,
    language: str | None = None,
) -> ChecklistDefinition:
    """The definition (JSON Schema + semantic checks); with ``language`` (``fr``, ``de``)
    its display texts come from ``<version>.<language>.json`` when that overlay exists,
    English otherwise. Id, version and logic are the same in every language."""
    root = checklists_root(ctx)
    if version is None:
        version = latest_version(checklist_id, ctx=ctx)
    path = root / checklist_id / f"{version}.json"
    if not path.is_file():
        known = ", ".join(available_versions(checklist_id, ctx=ctx)) or "none"
        raise BadInput.of("checklist.unknown_version", checklist=checklist_id, version=version, known=known)
    if language and language != "en":
        ov = overlay_path(path, language)
        if ov.is_file():
            return _load_translated(str(path), path.stat().st_mtime, language, ov.stat().st_mtime)
    return _load_file(str(path), path.stat().st_mtime)


def available_versions(checklist_id: str = DEFAULT_CHECKLIST, *, ctx: AppContext | None = None) -> list[str]:
    folder = checklists_root(ctx) / checklist_id
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.json") if not is_overlay_name(p.stem))


def latest_version(checklist_id: str = DEFAULT_CHECKLIST, *, ctx: AppContext | None = None) -> str:
    versions = available_versions(checklist_id, ctx=ctx)
    if not versions:
        raise BadInput.of("checklist.unknown", checklist=checklist_id)
    return versions[-1]


def check_all_definitions(ctx: AppContext | None = None) -> list[ChecklistDefinition]:
    """Load every bundled definition; raises DefinitionError on the first broken one.
    The app calls this at start so a broken definition stops it with a clear message."""
    root = checklists_root(ctx)
    out = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        for v in available_versions(folder.name, ctx=ctx):
            out.append(load_definition(folder.name, v, ctx=ctx))
    return out


def check_resources(ctx: AppContext | None = None) -> None:
    """Every checklist definition and the licence knowledge base load cleanly, or
    DefinitionError names the broken file (called once at start by the app)."""
    from app.domain import licence_screen

    check_all_definitions(ctx)
    licence_screen.knowledge_base()
