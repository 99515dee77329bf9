"""CLI start-up: ``exemptio --version`` and ``exemptio case list --limit 1`` on a
database of 100,000 cases, against ``python -c "import sqlite3"`` in the same run.

Each figure is the median wall time of RUNS process runs (Popen to exit), the
three commands alternating so that a busy machine slows all of them alike. The
database is benchmarks/bigdb.py's (already at the newest schema, so no
migration runs). Goal (issue 17): ≤ 300 ms and ≤ 4× the reference.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import bigdb  # noqa: E402

RUNS = 15


def wall(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, env=env, cwd=REPO)
    elapsed = time.perf_counter() - t0
    if p.returncode != 0:
        raise SystemExit(f"{cmd[2:]} failed ({p.returncode}): {p.stderr.decode(errors='replace')[-300:]}")
    return elapsed


def main() -> int:
    home = bigdb.build()
    env = dict(os.environ, EXEMPTIO_HOME=str(home))
    env.pop("EXEMPTIO_DB", None)
    # Bytecode cached, as an installed application (or the bundle) has it: this machine sets
    # PYTHONDONTWRITEBYTECODE, which would recompile every module on every run. The cache
    # goes to a temporary folder, not into the source tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="exemptio-bench-pycache-")
    py = sys.executable
    commands = {
        "ref": [py, "-c", "import sqlite3"],
        "version": [py, "-m", "app", "--version"],
        "list": [py, "-m", "app", "case", "list", "--limit", "1"],
    }
    times: dict[str, list[float]] = {k: [] for k in commands}
    try:
        for cmd in commands.values():  # warm the page cache and the bytecode
            wall(cmd, env)
        for _ in range(RUNS):
            for key, cmd in commands.items():
                times[key].append(wall(cmd, env))
    finally:
        shutil.rmtree(env["PYTHONPYCACHEPREFIX"], ignore_errors=True)
    ref = statistics.median(times["ref"]) * 1000
    for key, label in (
        ("version", "`exemptio --version`"),
        ("list", "`exemptio case list --limit 1`, 100,000 cases"),
    ):
        ours = statistics.median(times[key]) * 1000
        print(
            f'| CLI start: {label} | {ours:.0f} ms | `python -c "import sqlite3"` {ref:.0f} ms '
            f"| {ours / ref:.2f}× | ≤ 300 ms and ≤ 4× |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
