"""Reading JSON that comes from outside (answer files, archives, model folders):
size, depth, count and type limits, one clear refusal naming the item.

``parse_json(data, item=...)`` is ``json.loads`` that never raises anything but
``BadInput`` (exit 2, message id ``json.*``): not UTF-8, not JSON, ``NaN`` or
``Infinity``, a key given twice, more than ``limits.max_bytes``, nested deeper
than ``limits.max_depth``, more than ``limits.max_values`` values, a text longer
than ``limits.max_string``. The file reader is ``app.services.jsonfile.read_json``
(this module does no file IO).

``expect(value, type, item=..., path=...)`` checks one value's type with the same
kind of message (``$.answers.M1`` must be an object, not a list).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any, TypeVar

from app.domain.errors import BadInput

_T = TypeVar("_T")


@dataclass(frozen=True)
class JsonLimits:
    max_bytes: int = 16 * 1024 * 1024
    max_depth: int = 64
    max_values: int = 500_000
    max_string: int = 1_000_000


DEFAULT_LIMITS = JsonLimits()

_TYPE_NAMES = {
    dict: "an object",
    list: "a list",
    str: "a text",
    int: "a whole number",
    float: "a number",
    bool: "true or false",
    type(None): "null",
}


def type_name(value: object) -> str:
    if isinstance(value, bool):
        return "true or false"
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def _no_constants(name: str) -> Any:
    raise BadInput.of("json.bad_number", item="", path=name)


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _Duplicate(key)
        out[key] = value
    return out


class _Duplicate(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def parse_json(data: bytes | str, *, item: str, limits: JsonLimits = DEFAULT_LIMITS) -> Any:
    """The JSON document in ``data``, checked against ``limits``; ``BadInput`` otherwise."""
    size = len(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
    if size > limits.max_bytes:
        raise BadInput.of("json.too_large", item=item, size=f"{size:,}", limit=f"{limits.max_bytes:,}")
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise BadInput.of("json.not_utf8", item=item) from err
    else:
        text = data.removeprefix("\ufeff")
    _check_depth(text, item, limits.max_depth)
    try:
        doc = json.loads(text, parse_constant=_no_constants, object_pairs_hook=_pairs)
    except _Duplicate as dup:
        raise BadInput.of("json.duplicate_key", item=item, key=json.dumps(dup.key)) from None
    except BadInput as err:
        raise BadInput.of("json.bad_number", item=item, path=err.params.get("path", "a value")) from None
    except json.JSONDecodeError as err:
        raise BadInput.of(
            "json.not_json", item=item, reason=err.msg, line=err.lineno, column=err.colno
        ) from None
    except RecursionError:
        raise BadInput.of("json.too_deep", item=item, limit=limits.max_depth) from None
    except (ValueError, OverflowError) as err:  # e.g. an integer with too many digits
        raise BadInput.of("json.not_json", item=item, reason=str(err)[:120], line="?", column="?") from None
    _check_values(doc, item, limits)
    return doc


_ESCAPE = re.compile(r"\\.", re.S)
_STRING = re.compile(r'"[^"]*"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


def _check_depth(text: str, item: str, max_depth: int) -> None:
    """Refuse nesting deeper than ``max_depth`` before the parser recurses into it.

    Escapes, then strings, then everything but brackets are removed (regular
    expressions, in C); the Python loop sees the brackets only."""
    if text.count("[") + text.count("{") <= max_depth:
        return
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", _ESCAPE.sub("", text)))
    depth = 0
    for ch in brackets:
        if ch in "[{":
            depth += 1
            if depth > max_depth:
                raise BadInput.of("json.too_deep", item=item, limit=max_depth)
        else:
            depth -= 1


def _check_string(text: str, item: str, path: str, limits: JsonLimits) -> None:
    """A string value or an object key at ``path``: no longer than ``limits.max_string``."""
    if len(text) > limits.max_string:
        raise BadInput.of(
            "json.string_too_long", item=item, length=f"{len(text):,}", path=path, limit=limits.max_string
        )


def _check_values(doc: Any, item: str, limits: JsonLimits) -> None:
    count = 0
    stack: list[tuple[Any, str]] = [(doc, "$")]
    while stack:
        value, path = stack.pop()
        count += 1
        if count > limits.max_values:
            raise BadInput.of("json.too_many", item=item, limit=f"{limits.max_values:,}")
        if isinstance(value, str):
            _check_string(value, item, path, limits)
        elif isinstance(value, float) and not math.isfinite(value):
            raise BadInput.of("json.bad_number", item=item, path=path)
        elif isinstance(value, dict):
            for key, sub in value.items():
                _check_string(key, item, path, limits)
                stack.append((sub, f"{path}.{key}"))
        elif isinstance(value, list):
            stack.extend((sub, f"{path}[{i}]") for i, sub in enumerate(value))


def expect(value: Any, expected: type[_T] | tuple[type, ...], *, item: str, path: str) -> _T:
    """``value`` when it is of ``expected`` type (``bool`` is not a number), else ``BadInput``."""
    types = expected if isinstance(expected, tuple) else (expected,)
    ok = isinstance(value, types) and not (isinstance(value, bool) and bool not in types)
    if not ok:
        wanted = " or ".join(_TYPE_NAMES.get(t, t.__name__) for t in types)
        raise BadInput.of("json.wrong_type", item=item, path=path, expected=wanted, found=type_name(value))
    return value
