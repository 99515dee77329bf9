"""Translation overlays (``<version>.<lang>.json``) laid over a definition, and reading a
definition file with its overlay."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from app.domain.checklist.model import (
    ChecklistDefinition,
    DefinitionError,
    Item,
    Section,
)
from app.domain.checklist.parse import parse_definition

# --- translation overlays -------------------------------------------------------------
#
# ``<version>.<lang>.json`` next to ``<version>.json`` carries the display texts of one
# language: the definition's title, section titles and, per question, the question,
# help, option and flag labels. Ids, kinds, thresholds, legal bases and skip logic are
# never in an overlay, so a translated definition decides exactly as the English one.
# Whatever an overlay leaves out stays in English.

OVERLAY_LANGUAGES = ("fr", "de")
_OVERLAY_TOP = {"id", "version", "language", "title", "sections", "items"}
_OVERLAY_ITEM = {"question", "help", "option_labels", "flag_labels"}
_OVERLAY_NAME_RE = re.compile(r"\.[a-z]{2}$")


def is_overlay_name(stem: str) -> bool:
    """``2025.07.fr`` is an overlay's file stem; ``2025.07`` is a definition's."""
    return bool(_OVERLAY_NAME_RE.search(stem))


def overlay_path(path: Path, language: str) -> Path:
    """``.../2025.07.json`` + ``fr`` → ``.../2025.07.fr.json``."""
    return path.with_name(f"{path.stem}.{language}.json")


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise DefinitionError(f"{where} must be a non-empty text.")
    return value


def _unknown_field(keys: Iterable[Any], allowed: set[str]) -> tuple[str, str] | None:
    """The first (sorted) of ``keys`` that is not ``allowed``, and the allowed ones as a
    list for the refusal; None when every key is allowed."""
    extra = set(keys) - allowed
    return (sorted(extra)[0], ", ".join(sorted(allowed))) if extra else None


def _labels(value: Any, known: Sequence[str], where: str) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise DefinitionError(f"{where} must be an object of labels.")
    for key in value:
        if key not in known:
            raise DefinitionError(
                f"{where} has a label for unknown value '{key}' (known: {', '.join(known)})."
            )
    return {str(k): _text(v, f"{where}['{k}']") for k, v in value.items()}


def apply_overlay(
    defn: ChecklistDefinition, overlay: Any, *, origin: str = "translation overlay"
) -> ChecklistDefinition:
    """The definition with the overlay's display texts; id, version and logic unchanged.

    An overlay naming an unknown question, section, field or value, or made for
    another definition, raises DefinitionError naming the overlay and the problem."""
    if not isinstance(overlay, Mapping):
        raise DefinitionError(f"{origin} must be a JSON object.")
    if extra := _unknown_field(overlay, _OVERLAY_TOP):
        raise DefinitionError(f"{origin}: unknown field '{extra[0]}' (allowed: {extra[1]}).")
    if overlay.get("id") != defn.id or overlay.get("version") != defn.version:
        raise DefinitionError(
            f"{origin} is for {overlay.get('id')} {overlay.get('version')}, not {defn.id} {defn.version}."
        )
    title = _text(overlay["title"], f"{origin}: title") if "title" in overlay else defn.title
    sec = overlay.get("sections", {})
    if not isinstance(sec, Mapping):
        raise DefinitionError(f"{origin}: 'sections' must be an object {{section id: title}}.")
    section_ids = [s.id for s in defn.sections]
    for sid in sec:
        if sid not in section_ids:
            raise DefinitionError(f"{origin}: unknown section id '{sid}'.")
    sections = tuple(
        Section(
            s.id,
            _text(sec[s.id], f"{origin}: section {s.id}") if s.id in sec else s.title,
        )
        for s in defn.sections
    )
    raw_items = overlay.get("items", {})
    if not isinstance(raw_items, Mapping):
        raise DefinitionError(f"{origin}: 'items' must be an object {{question id: texts}}.")
    for iid in raw_items:
        if not defn.has(str(iid)):
            raise DefinitionError(f"{origin}: unknown question id '{iid}' (not in {defn.id} {defn.version}).")
    items: list[Item] = []
    for it in defn.items:
        tr = raw_items.get(it.id)
        if tr is None:
            items.append(it)
            continue
        where = f"{origin}: question {it.id}"
        if not isinstance(tr, Mapping):
            raise DefinitionError(f"{where} must be an object of texts.")
        if bad := _unknown_field(tr, _OVERLAY_ITEM):
            raise DefinitionError(f"{where}: field '{bad[0]}' cannot be translated (allowed: {bad[1]}).")
        changes: dict[str, Any] = {}
        for key in ("question", "help"):
            if key in tr:
                changes[key] = _text(tr[key], f"{where} {key}")
        if "option_labels" in tr:
            changes["option_labels"] = {
                **it.option_labels,
                **_labels(tr["option_labels"], it.options, f"{where} option_labels"),
            }
        if "flag_labels" in tr:
            changes["flag_labels"] = {
                **it.flag_labels,
                **_labels(tr["flag_labels"], it.flags, f"{where} flag_labels"),
            }
        items.append(dataclasses.replace(it, **changes))
    return dataclasses.replace(defn, title=title, sections=sections, items=tuple(items))


def read_json_file(path: Path, what: str = "Checklist definition") -> Any:
    """The JSON document of a definition (or overlay) file; DefinitionError naming
    ``what`` and the file when it cannot be read or is not JSON."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise DefinitionError(f"{what} {path} cannot be read: {err.strerror}") from None
    except ValueError as err:
        raise DefinitionError(f"{what} {path} is not valid JSON: {err}") from None


def read_overlay(path: Path) -> Any:
    return read_json_file(path, "Translation overlay")


def load_definition(path: str | Path, language: str | None = None) -> ChecklistDefinition:
    """Read and parse a definition file (semantic checks only: the JSON Schema check is
    in ``app.services.checklist``), then lay the ``language`` overlay over it when one
    exists. English, ``None`` or a language without an overlay give the English texts."""
    p = Path(path)
    defn = parse_definition(read_json_file(p), origin=str(p))
    return with_language(defn, p, language)


def with_language(defn: ChecklistDefinition, path: Path, language: str | None) -> ChecklistDefinition:
    """``defn`` (loaded from ``path``) with its ``language`` overlay, if there is one."""
    if not language or language == "en":
        return defn
    ov = overlay_path(path, language)
    if not ov.is_file():
        return defn
    return apply_overlay(defn, read_overlay(ov), origin=f"Translation overlay {ov}")
