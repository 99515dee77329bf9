"""safetensors headers: tensor counts and dtypes without reading the weights."""

from __future__ import annotations

import json
import math
import os
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .common import FLOAT_DTYPES, SAFETENSORS_HEADER_LIMIT, HeaderError
from .moe import expert_index, is_routed


@dataclass
class TensorStats:
    total: int = 0
    floating: int = 0
    non_float: int = 0
    tensors: int = 0
    by_dtype: dict[str, int] = field(default_factory=dict)
    routed_float: int = 0  # float parameters in routed mixture-of-experts tensors (see moe.py)
    max_expert: int = -1  # the highest expert index in a tensor name (-1: none)

    def expert_tensor(self, name: str, count: int, floating: bool) -> None:
        if floating and is_routed(name):
            self.routed_float += count
            idx = expert_index(name)
            if idx is not None and idx > self.max_expert:
                self.max_expert = idx

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
        self.routed_float += other.routed_float
        self.max_expert = max(self.max_expert, other.max_expert)
        for k, v in other.by_dtype.items():
            self.by_dtype[k] = self.by_dtype.get(k, 0) + v


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
        stats.expert_tensor(name, n, dtype in FLOAT_DTYPES)
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
