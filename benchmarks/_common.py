"""What the benchmark scripts share: the median of repeated runs, random test files,
and the canonical answer sets (``tests/helpers/answers.py``, the one source for tests
and benchmarks). Each bench script puts the repository on ``sys.path`` first."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from tests.helpers.answers import LLAMA3_8B, OPEN_MODEL

__all__ = ["LLAMA3_8B", "MiB", "OPEN_MODEL", "median", "write_random"]

MiB = 1 << 20


def median(fn: Callable[[], object], runs: int) -> float:
    """The median wall time of ``runs`` calls of ``fn``, in seconds."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def write_random(path: Path, size: int, *, block: int = 4 * MiB) -> None:
    """``size`` random bytes at ``path``: one random block, rotated by a byte each time
    it is written whole (so no two blocks are alike)."""
    data = os.urandom(block)
    with path.open("wb") as fh:
        left = size
        while left:
            n = min(left, len(data))
            fh.write(data[:n])
            left -= n
            data = data[1:] + data[:1] if n == len(data) else data
