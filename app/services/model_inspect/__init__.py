"""Facts read from a downloaded model folder, without reading the weights.

Every fact carries the file it came from (``source``). Parameter counts come
from safetensors headers (the 8-byte little-endian header length and the JSON
header only) and from GGUF headers (key/value metadata and tensor infos only);
Git LFS pointer stubs are recognised and reported (``weights_present`` false).
The model card's YAML front matter gives the licence, datasets, base model,
languages and pipeline tag; ``config.json`` the architecture; LICENSE-like
files are identified and read with the licence screener (whole-text identification and the
clause reader: each file's flags, restrictions and unread parts).

The result is a plain JSON-ready dict (see ``inspect_folder``) whose fields
follow design.md ("model inspect --json").
"""

from __future__ import annotations

from .card import _config_facts, front_matter
from .common import (
    CARD_FIELDS,
    FLOAT_DTYPES,
    GGUF_FLOAT_TYPES,
    GGUF_INT_TYPES,
    LFS_POINTER_MAX,
    LFS_POINTER_PREFIX,
    PICKLE_SUFFIXES,
    SAFETENSORS_HEADER_LIMIT,
    SKIPPED_DIRS,
    WEIGHT_SUFFIXES,
    HeaderError,
    fact,
)
from .files import FileInfo, read_lfs_pointer
from .gguf import read_gguf
from .inspect import inspect_folder
from .licences import builtin_identify_licence, identify_licence, is_licence_file, licence_conflict
from .safetensors import TensorStats, read_safetensors_header, safetensors_stats
from .summary import format_count, summary_lines

__all__ = [
    "CARD_FIELDS",
    "FLOAT_DTYPES",
    "GGUF_FLOAT_TYPES",
    "GGUF_INT_TYPES",
    "LFS_POINTER_MAX",
    "LFS_POINTER_PREFIX",
    "PICKLE_SUFFIXES",
    "SAFETENSORS_HEADER_LIMIT",
    "SKIPPED_DIRS",
    "WEIGHT_SUFFIXES",
    "FileInfo",
    "HeaderError",
    "TensorStats",
    "_config_facts",
    "builtin_identify_licence",
    "fact",
    "format_count",
    "front_matter",
    "identify_licence",
    "inspect_folder",
    "is_licence_file",
    "licence_conflict",
    "read_gguf",
    "read_lfs_pointer",
    "read_safetensors_header",
    "safetensors_stats",
    "summary_lines",
]
