"""Constants and the fact helper shared by the model inspection modules."""

from __future__ import annotations

import re
from typing import Any

SAFETENSORS_HEADER_LIMIT = 100 * 1024 * 1024
LFS_POINTER_PREFIX = b"version https://git-lfs.github.com/spec/v1"
LFS_POINTER_MAX = 1024
WEIGHT_SUFFIXES = (
    ".safetensors",
    ".gguf",
    ".bin",
    ".pt",
    ".pth",
    ".ckpt",
    ".onnx",
    ".h5",
    ".msgpack",
    ".pkl",
    ".npz",
)
PICKLE_SUFFIXES = (".bin", ".pt", ".pth", ".ckpt", ".pkl")
FLOAT_DTYPES = frozenset(
    {"F64", "F32", "F16", "BF16", "F8_E4M3", "F8_E5M2", "F8_E8M0", "F6_E2M3", "F6_E3M2", "F4"}
)
GGUF_FLOAT_TYPES = frozenset({"F32", "F16", "BF16", "F64"})
GGUF_INT_TYPES = frozenset({"I8", "I16", "I32", "I64"})
SKIPPED_DIRS = frozenset({".git", ".hg", ".svn", "__pycache__", ".cache"})
CARD_FIELDS = (
    "license",
    "license_name",
    "license_link",
    "datasets",
    "base_model",
    "language",
    "pipeline_tag",
)
_LICENCE_FILE_RE = re.compile(
    r"^(licen[cs]e|copying|notice|use[_-]?policy|acceptable[_-]use[_-]policy)([._-].*)?$|"
    r"^.*[._-]licen[cs]e(\.(md|txt|rst))?$",
    re.IGNORECASE,
)


def fact(value: Any, source: str | list[str]) -> dict[str, Any]:
    return {"value": value, "source": source}


class HeaderError(ValueError):
    """A weight or card header that cannot be read."""
