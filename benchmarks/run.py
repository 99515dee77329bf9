"""Run every benchmark and print one table of medians and ratios.

    .venv/bin/python benchmarks/run.py            # all
    .venv/bin/python benchmarks/run.py startup    # those whose name contains "startup"

Each benchmarks/bench_*.py is a script printing Markdown table rows
``| figure | ours (median) | reference (median) | ratio | goal |``; this runner
runs them one after another (never in parallel: they measure the machine).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHES = [
    "bench_startup.py",
    "bench_search.py",
    "bench_evidence.py",
    "bench_letters.py",
    "bench_checklist.py",
    "bench_archive.py",
    "bench_packaging.py",
    "bench_cli.py",
    "bench_licence.py",
]


def main(argv: list[str]) -> int:
    wanted = [a for a in argv if not a.startswith("-")]
    print("| figure | ours (median) | reference (median) | ratio | goal |")
    print("|---|---|---|---|---|")
    failed = 0
    for name in BENCHES:
        path = HERE / name
        if not path.exists() or (wanted and not any(w in name for w in wanted)):
            continue
        t0 = time.perf_counter()
        p = subprocess.run([sys.executable, str(path)], capture_output=True, text=True)
        rows = [ln for ln in p.stdout.splitlines() if ln.startswith("|")]
        for row in rows:
            print(row, flush=True)
        if p.returncode != 0:
            failed += 1
            tail = (p.stderr.strip().splitlines() or ["?"])[-1]
            print(f"| {name} FAILED: {tail} | | | | |", flush=True)
        print(f"<!-- {name}: {time.perf_counter() - t0:.1f} s -->", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
