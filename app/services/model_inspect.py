"""Facts read from a downloaded model folder, without reading the weights.

Every fact carries the file it came from (``source``). Parameter counts come
from safetensors headers (the 8-byte little-endian header length and the JSON
header only) and from GGUF headers (key/value metadata and tensor infos only);
Git LFS pointer stubs are recognised and reported (``weights_present`` false).
The model card's YAML front matter gives the licence, datasets, base model,
languages and pipeline tag; ``config.json`` the architecture; LICENSE-like
files are identified with the licence screener when it is available, else
with a small matcher of well-known licences.

The result is a plain JSON-ready dict (see ``inspect_folder``) whose fields
follow design.md ("model inspect --json").
"""

from __future__ import annotations

import json
import math
import os
import re
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import yaml

from app.domain.errors import BadInput

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


# --------------------------------------------------------------------------- files


@dataclass
class FileInfo:
    path: str  # relative, '/'-separated
    size: int
    abspath: Path
    lfs_pointer: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"path": self.path, "size": self.size}
        if self.lfs_pointer is not None:
            d["lfs_pointer"] = True
            d["lfs_size"] = self.lfs_pointer.get("size")
            d["lfs_oid"] = self.lfs_pointer.get("oid")
        return d


def _walk(root: Path) -> Iterator[FileInfo]:
    stack = [(root, "")]
    seen: set[tuple[int, int]] = set()
    while stack:
        d, rel = stack.pop()
        try:
            st = os.stat(d)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) in seen:
            continue
        seen.add((st.st_dev, st.st_ino))
        try:
            entries = sorted(os.scandir(d), key=lambda e: e.name)
        except OSError:
            continue
        subdirs = []
        for e in entries:
            name = os.fsdecode(e.name)
            relpath = f"{rel}{name}"
            try:
                if e.is_dir():
                    if e.name not in SKIPPED_DIRS:
                        subdirs.append((Path(e.path), relpath + "/"))
                    continue
                if not e.is_file():
                    continue
                size = e.stat().st_size
            except OSError:
                continue
            yield FileInfo(relpath, size, Path(e.path))
        stack.extend(reversed(subdirs))


def read_lfs_pointer(path: Path, size: int) -> dict[str, Any] | None:
    """The oid and size of a Git LFS pointer file, or None for a real file."""
    if size > LFS_POINTER_MAX:
        return None
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if not data.startswith(LFS_POINTER_PREFIX):
        return None
    out: dict[str, Any] = {}
    for line in data.decode("utf-8", "replace").splitlines():
        key, _, value = line.partition(" ")
        if key == "oid":
            out["oid"] = value.strip()
        elif key == "size":
            try:
                out["size"] = int(value.strip())
            except ValueError:
                pass
    return out


# --------------------------------------------------------------------------- safetensors


@dataclass
class TensorStats:
    total: int = 0
    floating: int = 0
    non_float: int = 0
    tensors: int = 0
    by_dtype: dict[str, int] = field(default_factory=dict)

    def add(self, dtype: str, count: int, floating: bool) -> None:
        self.total += count
        self.tensors += 1
        if floating:
            self.floating += count
        else:
            self.non_float += count
        self.by_dtype[dtype] = self.by_dtype.get(dtype, 0) + count

    def merge(self, other: TensorStats) -> None:
        self.total += other.total
        self.floating += other.floating
        self.non_float += other.non_float
        self.tensors += other.tensors
        for k, v in other.by_dtype.items():
            self.by_dtype[k] = self.by_dtype.get(k, 0) + v


class HeaderError(ValueError):
    pass


def read_safetensors_header(path: Path) -> tuple[dict[str, Any], int, int]:
    """The JSON header of a safetensors file, its length and the file size; reads no weights."""
    with open(path, "rb", buffering=0) as fh:
        size = os.fstat(fh.fileno()).st_size
        raw = fh.read(8)
        if len(raw) < 8:
            raise HeaderError("file is shorter than a safetensors header")
        (n,) = struct.unpack("<Q", raw)
        if n > SAFETENSORS_HEADER_LIMIT or n + 8 > size:
            raise HeaderError(f"header length {n} is not plausible for a {size}-byte file")
        data = fh.read(n)
    try:
        header = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise HeaderError("the header is not valid JSON") from err
    if not isinstance(header, dict):
        raise HeaderError("the header is not a JSON object")
    return header, n, size


def safetensors_stats(path: Path, rel: str, warnings: list[str]) -> TensorStats | None:
    try:
        header, header_len, size = read_safetensors_header(path)
    except (OSError, HeaderError) as err:
        warnings.append(f"{rel}: not a readable safetensors file ({err}).")
        return None
    stats = TensorStats()
    data_len = size - 8 - header_len
    max_end = 0
    counts: dict[str, int] = {}
    prod = math.prod
    for name, info in header.items():
        if name == "__metadata__" or not isinstance(info, dict):
            continue
        dtype = str(info.get("dtype", "?"))
        shape: Any = info.get("shape")
        try:
            n = prod(shape)
            if not isinstance(n, int) or n < 0 or min(shape, default=0) < 0:
                raise TypeError
        except TypeError:
            warnings.append(f"{rel}: tensor {name} has an invalid shape.")
            continue
        counts[dtype] = counts.get(dtype, 0) + n
        stats.tensors += 1
        offsets = info.get("data_offsets")
        if isinstance(offsets, list) and len(offsets) == 2 and isinstance(offsets[1], int):
            if offsets[1] > max_end:
                max_end = offsets[1]
    stats.tensors -= len(counts)  # add() below counts one per dtype again
    for dtype, n in counts.items():
        stats.add(dtype, n, dtype in FLOAT_DTYPES)
    if max_end > data_len:
        warnings.append(f"{rel}: the file is truncated (tensor data ends past the end of the file).")
    return stats


# --------------------------------------------------------------------------- GGUF

_GGUF_SCALARS = {
    0: "<B",
    1: "<b",
    2: "<H",
    3: "<h",
    4: "<I",
    5: "<i",
    6: "<f",
    7: "<?",
    10: "<Q",
    11: "<q",
    12: "<d",
}
_GGUF_STRING, _GGUF_ARRAY = 8, 9
_GGUF_SPLIT_RE = re.compile(r"-(\d{5})-of-(\d{5})\.gguf$", re.IGNORECASE)
_GGUF_ARRAY_KEEP = 64  # arrays longer than this are summarised, not kept


class _Reader:
    def __init__(self, fh: BinaryIO) -> None:
        self.fh = fh

    def take(self, n: int) -> bytes:
        b = self.fh.read(n)
        if len(b) != n:
            raise HeaderError("unexpected end of the GGUF header")
        return b

    def unpack(self, fmt: str) -> Any:
        return struct.unpack(fmt, self.take(struct.calcsize(fmt)))[0]

    def string(self) -> str:
        n = self.unpack("<Q")
        if n > 1 << 24:
            raise HeaderError("implausible string length in the GGUF header")
        return self.take(n).decode("utf-8", "replace")

    def skip(self, n: int) -> None:
        self.fh.seek(n, os.SEEK_CUR)

    def value(self, vtype: int) -> Any:
        if vtype in _GGUF_SCALARS:
            return self.unpack(_GGUF_SCALARS[vtype])
        if vtype == _GGUF_STRING:
            return self.string()
        if vtype == _GGUF_ARRAY:
            itype = self.unpack("<I")
            count = self.unpack("<Q")
            if count > 1 << 32:
                raise HeaderError("implausible array length in the GGUF header")
            if count > _GGUF_ARRAY_KEEP:
                if itype in _GGUF_SCALARS:
                    self.skip(count * struct.calcsize(_GGUF_SCALARS[itype]))
                elif itype == _GGUF_STRING:
                    for _ in range(count):
                        self.skip(self.unpack("<Q"))
                else:
                    for _ in range(count):
                        self.value(itype)
                return {"array_of": count}
            return [self.value(itype) for _ in range(count)]
        raise HeaderError(f"unknown GGUF value type {vtype}")


def _ggml_type_name(t: int) -> str:
    try:
        from gguf import GGMLQuantizationType

        return str(GGMLQuantizationType(t).name)
    except (ImportError, ValueError):
        return f"type{t}"


def read_gguf(path: Path) -> tuple[dict[str, Any], TensorStats]:
    """Metadata and tensor statistics of a GGUF file; reads no tensor data."""
    with open(path, "rb", buffering=1 << 20) as fh:
        r = _Reader(fh)
        if r.take(4) != b"GGUF":
            raise HeaderError("not a GGUF file (bad magic)")
        version = r.unpack("<I")
        if version not in (2, 3):
            raise HeaderError(f"GGUF version {version} is not supported")
        n_tensors = r.unpack("<Q")
        n_kv = r.unpack("<Q")
        if n_tensors > 1 << 24 or n_kv > 1 << 24:
            raise HeaderError("implausible counts in the GGUF header")
        meta: dict[str, Any] = {"GGUF.version": version}
        for _ in range(n_kv):
            key = r.string()
            meta[key] = r.value(r.unpack("<I"))
        stats = TensorStats()
        for _ in range(n_tensors):
            r.string()  # name
            n_dims = r.unpack("<I")
            if n_dims > 8:
                raise HeaderError("implausible tensor rank in the GGUF header")
            dims = [r.unpack("<Q") for _ in range(n_dims)]
            ttype = _ggml_type_name(r.unpack("<I"))
            r.unpack("<Q")  # offset
            is_int = ttype in GGUF_INT_TYPES
            stats.add(ttype, math.prod(dims), not is_int)
    return meta, stats


# --------------------------------------------------------------------------- model card, config


_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def front_matter(text: str) -> dict[str, Any] | None:
    """YAML front matter of a Markdown model card, or None."""
    text = text.lstrip("\ufeff")
    if not text.startswith("---"):
        return None
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return None
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            block = "\n".join(lines[1:i])
            try:
                data = yaml.load(block, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader
            except yaml.YAMLError as err:
                raise HeaderError(f"the YAML front matter cannot be read ({err.__class__.__name__})") from err
            return data if isinstance(data, dict) else {}
    return None


_CONFIG_KEYS = {
    "layers": ("num_hidden_layers", "n_layer", "num_layers", "n_layers"),
    "hidden_size": ("hidden_size", "n_embd", "d_model", "dim"),
    "vocab_size": ("vocab_size", "n_vocab", "padded_vocab_size"),
    "context_length": (
        "max_position_embeddings",
        "n_positions",
        "max_seq_len",
        "seq_length",
        "max_sequence_length",
        "n_ctx",
    ),
    "attention_heads": ("num_attention_heads", "n_head", "n_heads"),
    "experts": ("num_local_experts", "n_routed_experts", "num_experts"),
}


def _config_facts(cfg: dict[str, Any], source: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if isinstance(cfg.get("architectures"), list):
        out["architectures"] = fact([str(a) for a in cfg["architectures"]], source)
    if isinstance(cfg.get("model_type"), str):
        out["model_type"] = fact(cfg["model_type"], source)
    nested = [cfg]
    for sub in ("text_config", "llm_config", "language_config"):
        if isinstance(cfg.get(sub), dict):
            nested.append(cfg[sub])
    for fact_name, keys in _CONFIG_KEYS.items():
        for d in nested:
            hit = next(
                (d[k] for k in keys if isinstance(d.get(k), int) and not isinstance(d.get(k), bool)), None
            )
            if hit is not None:
                out[fact_name] = fact(hit, source)
                break
    for key in ("torch_dtype", "dtype"):
        if isinstance(cfg.get(key), str):
            out["torch_dtype"] = fact(cfg[key], source)
            break
    return out


_GGUF_ARCH_KEYS = {
    "layers": "block_count",
    "hidden_size": "embedding_length",
    "context_length": "context_length",
    "attention_heads": "attention.head_count",
    "experts": "expert_count",
}


def _gguf_arch_facts(meta: dict[str, Any], source: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    arch = meta.get("general.architecture")
    if isinstance(arch, str):
        out["model_type"] = fact(arch, source)
        for fact_name, suffix in _GGUF_ARCH_KEYS.items():
            v = meta.get(f"{arch}.{suffix}")
            if isinstance(v, int):
                out[fact_name] = fact(v, source)
        vocab = meta.get(f"{arch}.vocab_size")
        tokens = meta.get("tokenizer.ggml.tokens")
        if isinstance(vocab, int):
            out["vocab_size"] = fact(vocab, source)
        elif isinstance(tokens, dict) and "array_of" in tokens:
            out["vocab_size"] = fact(tokens["array_of"], source)
        elif isinstance(tokens, list):
            out["vocab_size"] = fact(len(tokens), source)
    return out


# --------------------------------------------------------------------------- licences

_KNOWN_LICENCES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Apache-2.0", ("apache license", "version 2.0")),
    ("MIT", ("permission is hereby granted, free of charge",)),
    ("BSD-3-Clause", ("redistribution and use in source and binary forms", "neither the name")),
    ("BSD-2-Clause", ("redistribution and use in source and binary forms",)),
    ("AGPL-3.0", ("gnu affero general public license", "version 3")),
    ("LGPL-3.0", ("gnu lesser general public license", "version 3")),
    ("LGPL-2.1", ("gnu lesser general public license", "version 2.1")),
    ("GPL-3.0", ("gnu general public license", "version 3")),
    ("GPL-2.0", ("gnu general public license", "version 2")),
    ("MPL-2.0", ("mozilla public license", "2.0")),
    ("EUPL-1.2", ("european union public licence", "v. 1.2")),
    ("CC-BY-NC-SA-4.0", ("attribution-noncommercial-sharealike 4.0",)),
    ("CC-BY-NC-4.0", ("attribution-noncommercial 4.0",)),
    ("CC-BY-SA-4.0", ("attribution-sharealike 4.0",)),
    ("CC-BY-4.0", ("creative commons attribution 4.0",)),
    ("CC0-1.0", ("cc0 1.0 universal",)),
    ("Unlicense", ("this is free and unencumbered software released into the public domain",)),
    ("OpenRAIL-M", ("responsible ai license", "openrail")),
    ("OpenRAIL", ("responsible ai license",)),
    ("Llama-3.1-Community", ("llama 3.1 community license",)),
    ("Llama-3-Community", ("meta llama 3 community license",)),
    ("Llama-2-Community", ("llama 2 community license",)),
    ("Gemma-Terms", ("gemma terms of use",)),
    ("Qwen-License", ("qwen license agreement",)),
)


def identify_licence(text: str) -> str | None:
    """The licence a text is, by the screener if present, else by key phrases."""
    try:
        import importlib

        licence_screen = importlib.import_module("app.domain.licence_screen")  # checklist area
        ident = getattr(licence_screen, "identify_licence", None)
        if ident is not None:
            found = ident(text)
            if found and str(found).lower() not in ("unknown", "none", ""):
                return str(found)
    except ImportError:
        pass
    return builtin_identify_licence(text)


def builtin_identify_licence(text: str) -> str | None:
    """A small matcher of well-known licences (used when the screener is absent)."""
    low = " ".join(text.lower().split())
    for spdx, needles in _KNOWN_LICENCES:
        if all(n in low for n in needles):
            return spdx
    return None


def is_licence_file(name: str) -> bool:
    return bool(_LICENCE_FILE_RE.match(name))


# --------------------------------------------------------------------------- the inspection


def inspect_folder(folder: str | os.PathLike[str]) -> dict[str, Any]:
    """Inspect a model folder; returns the ``model inspect --json`` document."""
    root = Path(folder)
    if not root.exists():
        raise BadInput(f"{os.fsdecode(root)} does not exist.")
    if not root.is_dir():
        raise BadInput(f"{os.fsdecode(root)} is not a folder: give the model's folder.")
    if not os.access(root, os.R_OK | os.X_OK):
        raise BadInput(f"The folder {os.fsdecode(root)} cannot be read (permission denied).")
    warnings: list[str] = []
    files = list(_walk(root))
    by_path = {f.path: f for f in files}
    for f in files:
        if f.size <= LFS_POINTER_MAX:
            f.lfs_pointer = read_lfs_pointer(f.abspath, f.size)

    doc: dict[str, Any] = {
        "folder": os.fsdecode(root.resolve()),
        "name": None,
        "licence": {"model_card": {}, "files": [], "gguf": None},
        "parameters": None,
        "dtypes": None,
        "architecture": {},
        "datasets": None,
        "base_model": None,
        "languages": None,
        "pipeline_tag": None,
        "files": [f.to_json() for f in files],
        "weights_present": False,
        "warnings": warnings,
    }

    # -- model card -----------------------------------------------------------
    card = next(
        (by_path[n] for n in ("README.md", "readme.md", "README.MD", "MODEL_CARD.md") if n in by_path), None
    )
    card_text = ""
    if card is not None and card.lfs_pointer is None:
        try:
            card_text = card.abspath.read_text("utf-8", errors="replace")
            fm = front_matter(card_text)
        except (OSError, HeaderError) as err:
            warnings.append(f"{card.path}: {err}.")
            fm = None
        if fm is None:
            warnings.append(f"{card.path}: the model card has no YAML front matter (no licence metadata).")
        else:
            for key in CARD_FIELDS:
                if key in fm and fm[key] not in (None, "", []):
                    value = fm[key]
                    if key in ("license", "license_name", "license_link", "pipeline_tag"):
                        value = value if isinstance(value, str) else str(value)
                    if key in ("license", "license_name", "license_link"):
                        doc["licence"]["model_card"][key] = fact(value, card.path)
                    elif key == "language":
                        doc["languages"] = fact(value if isinstance(value, list) else [value], card.path)
                    elif key in ("datasets", "base_model"):
                        doc[key] = fact(value if isinstance(value, list) else [value], card.path)
                    else:
                        doc[key] = fact(value, card.path)
            if isinstance(fm.get("model_name"), str):
                doc["name"] = fact(fm["model_name"], card.path)
    elif card is None:
        warnings.append("No model card (README.md) in the folder.")

    # -- config.json ----------------------------------------------------------
    cfg_file = by_path.get("config.json")
    if cfg_file is not None and cfg_file.lfs_pointer is None:
        try:
            cfg = json.loads(cfg_file.abspath.read_bytes())
            if isinstance(cfg, dict):
                doc["architecture"].update(_config_facts(cfg, cfg_file.path))
            else:
                warnings.append("config.json is not a JSON object.")
        except (OSError, ValueError) as err:
            warnings.append(f"config.json cannot be read ({err.__class__.__name__}).")

    # -- weights ----------------------------------------------------------------
    weights = [f for f in files if f.path.lower().endswith(WEIGHT_SUFFIXES)]
    real_weights = [f for f in weights if f.lfs_pointer is None]
    stubs = [f for f in weights if f.lfs_pointer is not None]
    if stubs:
        warnings.append(
            f"{len(stubs)} weight file(s) are Git LFS pointer stubs, not the weights "
            f"(e.g. {stubs[0].path}): download them with 'git lfs pull' to count parameters."
        )
    if not weights:
        warnings.append("No weight files (safetensors, GGUF, PyTorch...) in the folder.")
    doc["weights_present"] = bool(weights) and not stubs
    pickles = [f.path for f in real_weights if f.path.lower().endswith(PICKLE_SUFFIXES)]
    if pickles:
        warnings.append(
            f"{len(pickles)} file(s) are in a pickle-based format (e.g. {pickles[0]}): they were "
            "not opened, since loading them can run code; parameters are not counted from them."
        )
    params = _parameters(root, files, by_path, warnings, doc)
    if params is not None:
        doc["parameters"], doc["dtypes"] = params

    # -- licence files --------------------------------------------------------------
    for f in files:
        name = f.path.rsplit("/", 1)[-1]
        if not is_licence_file(name) or f.lfs_pointer is not None or f.size > 2 * 1024 * 1024:
            continue
        try:
            text = f.abspath.read_text("utf-8", errors="replace")
        except OSError:
            continue
        doc["licence"]["files"].append({"path": f.path, "licence": identify_licence(text), "size": f.size})
    if card_text and not doc["licence"]["model_card"] and not doc["licence"]["files"]:
        found = identify_licence(card_text)
        if found:
            doc["licence"]["model_card"]["text_mentions"] = fact(found, card.path if card else "")

    conflict = licence_conflict(doc["licence"])
    if conflict:
        warnings.append(conflict)
    doc["proposed_subject"] = _proposal(doc, root)
    return doc


_MAIN_LICENCE_FILE_RE = re.compile(
    r"^(licen[cs]e|copying)([._-].*)?$|^.*[._-]licen[cs]e(\.(md|txt|rst))?$", re.I
)


def _licence_names(licence_id: str) -> set[str]:
    """The lower-case names a licence goes by: its id and, from the knowledge base, family and tag."""
    low = licence_id.lower()
    names = {low, re.sub(r"-(only|or-later)$", "", low)}
    try:
        from app.domain import licence_screen

        prof = licence_screen.profile(licence_id)
    except (ImportError, ValueError):
        prof = None
    if prof is not None:
        names.update({prof.family.lower(), prof.hf_tag.lower()})
    return names - {"other", ""}


def _known_tags() -> set[str]:
    try:
        from app.domain import licence_screen

        profiles = licence_screen.knowledge_base()
    except (ImportError, ValueError):
        return set()
    return {n for p in profiles for n in (p.family.lower(), p.hf_tag.lower(), p.id.lower())} - {"other", ""}


def licence_conflict(lic: dict[str, Any]) -> str | None:
    """A warning when the model card's licence contradicts what every licence file reads as.

    The card tag (``license``, or ``license_name`` when it is ``other``) must be a licence we
    know; only LICENSE/COPYING files count (not NOTICE or use policies).
    """
    card = lic["model_card"]
    tag = ""
    if "license" in card and isinstance(card["license"]["value"], str):
        tag = card["license"]["value"]
        if tag.lower() == "other" and "license_name" in card:
            tag = str(card["license_name"]["value"])
    elif "license_name" in card:
        tag = str(card["license_name"]["value"])
    tag = tag.strip().lower()
    if not tag or tag == "other" or tag not in _known_tags():
        return None
    named = [
        f for f in lic["files"] if f["licence"] and _MAIN_LICENCE_FILE_RE.match(f["path"].rsplit("/", 1)[-1])
    ]
    if not named or any(tag in _licence_names(f["licence"]) for f in named):
        return None
    first = named[0]
    return (
        f"The model card gives the licence '{tag}' but {first['path']} reads as {first['licence']}: "
        "check which licence applies."
    )


def _parameters(
    root: Path,
    files: list[FileInfo],
    by_path: dict[str, FileInfo],
    warnings: list[str],
    doc: dict[str, Any],
) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """Parameter count of the main weight set, and all sets found."""
    sets: list[dict[str, Any]] = []
    gguf_splits: dict[str, dict[str, Any]] = {}
    in_index: set[str] = set()
    for f in files:
        if not f.path.endswith(".safetensors.index.json") or f.lfs_pointer is not None:
            continue
        base = f.path.rsplit("/", 1)[0] + "/" if "/" in f.path else ""
        try:
            idx = json.loads(f.abspath.read_bytes())
            weight_map = idx.get("weight_map", {})
            shards = sorted({str(v) for v in weight_map.values()})
        except (OSError, ValueError, AttributeError) as err:
            warnings.append(f"{f.path}: the shard index cannot be read ({err.__class__.__name__}).")
            continue
        stats = TensorStats()
        sources = [f.path]
        complete = True
        for shard in shards:
            sp = base + shard
            in_index.add(sp)
            sf = by_path.get(sp)
            if sf is None:
                warnings.append(f"{f.path}: shard {shard} is missing from the folder.")
                complete = False
                continue
            if sf.lfs_pointer is not None:
                complete = False
                continue
            st = safetensors_stats(sf.abspath, sf.path, warnings)
            if st is None:
                complete = False
                continue
            stats.merge(st)
            sources.append(sf.path)
        total_size = (
            idx.get("metadata", {}).get("total_size") if isinstance(idx.get("metadata"), dict) else None
        )
        sets.append(
            {
                "kind": "safetensors index",
                "stats": stats,
                "sources": sources,
                "complete": complete,
                "index_total_size": total_size,
            }
        )
    for f in files:
        if f.lfs_pointer is not None or f.path in in_index:
            continue
        low = f.path.lower()
        if low.endswith(".safetensors"):
            one = safetensors_stats(f.abspath, f.path, warnings)
            if one is not None and one.tensors:
                sets.append({"kind": "safetensors", "stats": one, "sources": [f.path], "complete": True})
        elif low.endswith(".gguf"):
            try:
                meta, gst = read_gguf(f.abspath)
            except (OSError, HeaderError, UnicodeDecodeError) as err:
                warnings.append(f"{f.path}: not a readable GGUF file ({err}).")
                continue
            split = _GGUF_SPLIT_RE.search(f.path)
            if split is not None:  # model-00001-of-00003.gguf: one set of several files
                key = f.path[: split.start()]
                group = gguf_splits.get(key)
                if group is None:
                    group = {
                        "kind": "gguf",
                        "stats": TensorStats(),
                        "sources": [],
                        "complete": False,
                        "meta": meta,
                        "parts": int(split.group(2)),
                    }
                    gguf_splits[key] = group
                    sets.append(group)
                group["stats"].merge(gst)
                group["sources"].append(f.path)
                group["complete"] = len(group["sources"]) == group["parts"]
                if split.group(1) == "00001":
                    group["meta"] = meta
                continue
            sets.append({"kind": "gguf", "stats": gst, "sources": [f.path], "complete": True, "meta": meta})
    if not sets:
        return None

    # The main set: a complete root-level set, preferring sharded indexes, then the largest.
    def rank(s: dict[str, Any]) -> tuple[int, int, int, int]:
        top = "/" not in s["sources"][0]
        return (int(s["complete"]), int(top), int(s["kind"] != "gguf"), s["stats"].total)

    ordered = sorted(sets, key=rank, reverse=True)
    main = ordered[0]
    mst: TensorStats = main["stats"]
    if main["kind"] == "gguf":
        meta = main["meta"]
        src = main["sources"][0]
        arch_facts = _gguf_arch_facts(meta, src)
        for k, v in arch_facts.items():
            doc["architecture"].setdefault(k, v)
        if isinstance(meta.get("general.license"), str):
            doc["licence"]["gguf"] = fact(meta["general.license"], src)
        if isinstance(meta.get("general.name"), str) and doc["name"] is None:
            doc["name"] = fact(meta["general.name"], src)
    if len({s["stats"].total for s in sets}) > 1:
        warnings.append(
            f"The folder holds {len(sets)} different weight sets; the count given is of "
            f"{main['sources'][0]} (all sets are listed under parameters.sets)."
        )
    if not main["complete"]:
        warnings.append("The parameter count is incomplete: some shards are missing or are LFS stubs.")
    parameters = {
        "total": mst.total if main["complete"] else None,
        "counted": mst.total,
        "float": mst.floating,
        "non_float": mst.non_float,
        "tensors": mst.tensors,
        "method": main["kind"],
        "complete": main["complete"],
        "source": main["sources"],
        "sets": [
            {
                "kind": s["kind"],
                "source": s["sources"],
                "total": s["stats"].total,
                "complete": s["complete"],
            }
            for s in ordered
        ],
    }
    if main.get("index_total_size") is not None:
        parameters["index_total_size"] = main["index_total_size"]
    dtypes = {"value": dict(sorted(mst.by_dtype.items(), key=lambda kv: -kv[1])), "source": main["sources"]}
    return parameters, dtypes


def _proposal(doc: dict[str, Any], root: Path) -> dict[str, Any]:
    name = doc["name"]["value"] if doc.get("name") else None
    if not name:
        name = root.resolve().name
    arch = doc["architecture"]
    architecture = ""
    if "architectures" in arch and arch["architectures"]["value"]:
        architecture = arch["architectures"]["value"][0]
    elif "model_type" in arch:
        architecture = arch["model_type"]["value"]
    lic = doc["licence"]
    licence = ""
    card = lic["model_card"]
    if "license" in card:
        licence = card["license"]["value"]
        if licence.lower() == "other" and "license_name" in card:
            licence = f"other ({card['license_name']['value']})"
    elif "license_name" in card:
        licence = card["license_name"]["value"]
    elif lic.get("gguf"):
        licence = lic["gguf"]["value"]
    else:
        named = [f["licence"] for f in lic["files"] if f["licence"]]
        if named:
            licence = named[0]
    # the parameters of a model are its float weights; integer/boolean buffers (position ids,
    # masks) are no parameters. None while the count is incomplete.
    p = doc.get("parameters")
    params = p["float"] if p and p["complete"] else None
    return {"name": name, "parameters": params, "architecture": architecture, "licence": licence}


def format_count(n: int | None) -> str:
    """12345678 -> '12.3 M' (plain, for officers)."""
    if n is None:
        return "unknown"
    for unit, div in (("T", 10**12), ("B", 10**9), ("M", 10**6), ("K", 10**3)):
        if n >= div:
            return f"{n / div:.1f} {unit}".replace(".0 ", " ")
    return str(n)


def summary_lines(doc: dict[str, Any]) -> list[str]:
    """Human-readable lines of an inspection (for the CLI and the GUI)."""
    lines = [f"Folder: {doc['folder']}"]
    prop = doc["proposed_subject"]
    lines.append(f"Name: {prop['name']}")
    p = doc.get("parameters")
    if p:
        src = ", ".join(p["source"][:3]) + (" …" if len(p["source"]) > 3 else "")
        count = p["float"] if p["complete"] else None
        exact = count if count is not None else "incomplete"
        lines.append(
            f"Parameters: {format_count(count)} ({exact} float; "
            f"non-float buffers {p['non_float']}) from {src}"
        )
    else:
        lines.append("Parameters: unknown (no readable safetensors or GGUF weights)")
    if doc.get("dtypes"):
        lines.append(
            "Data types: " + ", ".join(f"{k} ({format_count(v)})" for k, v in doc["dtypes"]["value"].items())
        )
    arch = doc["architecture"]
    if arch:
        parts = [f"{k}={v['value']}" for k, v in arch.items()]
        lines.append("Architecture: " + "; ".join(parts))
    lic = doc["licence"]
    for k, v in lic["model_card"].items():
        lines.append(f"Licence ({k}, {v['source']}): {v['value']}")
    if lic.get("gguf"):
        lines.append(f"Licence (GGUF metadata, {lic['gguf']['source']}): {lic['gguf']['value']}")
    for f in lic["files"]:
        lines.append(f"Licence file {f['path']}: {f['licence'] or 'not recognised'}")
    for key, label in (("datasets", "Datasets"), ("base_model", "Base model"), ("languages", "Languages")):
        if doc.get(key):
            lines.append(f"{label}: {', '.join(str(x) for x in doc[key]['value'])}")
    if doc.get("pipeline_tag"):
        lines.append(f"Pipeline tag: {doc['pipeline_tag']['value']}")
    lines.append(f"Weights present: {'yes' if doc['weights_present'] else 'no'}")
    lines.append(f"Files: {len(doc['files'])}")
    for w in doc["warnings"]:
        lines.append(f"Warning: {w}")
    return lines
