"""GGUF headers: metadata and tensor infos, never the tensor data."""

from __future__ import annotations

import math
import os
import re
import struct
from pathlib import Path
from typing import Any, BinaryIO

from .common import GGUF_INT_TYPES, HeaderError, fact
from .safetensors import TensorStats

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
            tname = r.string()
            n_dims = r.unpack("<I")
            if n_dims > 8:
                raise HeaderError("implausible tensor rank in the GGUF header")
            dims = [r.unpack("<Q") for _ in range(n_dims)]
            ttype = _ggml_type_name(r.unpack("<I"))
            r.unpack("<Q")  # offset
            is_int = ttype in GGUF_INT_TYPES
            count = math.prod(dims)
            stats.add(ttype, count, not is_int)
            stats.expert_tensor(tname, count, not is_int)
    return meta, stats


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
