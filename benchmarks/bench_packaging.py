"""Packaging benchmarks.

* start-up of the PyInstaller bundle (dist/exemptio, build it with packaging/build.sh)
  vs the same command from the virtual environment (``python -m app``), for
  ``--version``, ``case list --json`` on 21 demo cases, and an offscreen GUI start
  (``gui --exit-when-ready``). Goal: the bundle within 1.5x of the venv.
* the problem report's case-data scrubber (a word trie) vs the obvious loop of
  ``str.replace`` over every sensitive string, 20,000 titles against a 2 MB log.
  Goal: >= 10x.

Medians of EXEMPTIO_BENCH_RUNS (default 5) runs.

    .venv/bin/python benchmarks/bench_packaging.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._common import median  # noqa: E402

RUNS = int(os.environ.get("EXEMPTIO_BENCH_RUNS", "5"))
BUNDLE = ROOT / "dist" / "exemptio" / ("exemptio.exe" if sys.platform == "win32" else "exemptio")


def _row(figure: str, ours: float, ref: float, goal: str, unit: str = "s") -> None:
    ratio = ref / ours if "faster" in goal or ">=" in goal else ours / ref
    print(f"| {figure} | {ours:.3f} {unit} | {ref:.3f} {unit} | {ratio:.2f}x | {goal} |", flush=True)


def bench_startup(home: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EXEMPTIO_")}
    env.pop("DISPLAY", None)
    env.update(EXEMPTIO_HOME=str(home), QT_QPA_PLATFORM="offscreen")

    def run(cmd: list[str]) -> None:
        p = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=home.parent)
        if p.returncode != 0:
            raise SystemExit(f"{cmd}: {p.stderr.strip()}")

    venv = [sys.executable, "-m", "app"]
    run([*venv, "demo", "--officer", "Bench Officer"])  # 21 demo cases
    if not BUNDLE.exists():
        print("| bundle start-up | not measured: run packaging/build.sh first | | | |")
        raise SystemExit("no bundle: run packaging/build.sh first")
    for label, args in (
        ("bundle `--version` (s)", ["--version"]),
        ("bundle `case list --json`, 21 cases (s)", ["case", "list", "--json"]),
        ("bundle GUI start offscreen to a usable window (s)", ["gui", "--exit-when-ready"]),
    ):
        run([str(BUNDLE), *args])  # warm the page cache for both
        run([*venv, *args])
        ours = median(lambda a=args: run([str(BUNDLE), *a]), RUNS)  # type: ignore[misc]
        ref = median(lambda a=args: run([*venv, *a]), RUNS)  # type: ignore[misc]
        _row(label + " vs `python -m app`", ours, ref, "<= 1.5x")


def bench_scrub() -> None:
    from app.services.problem_report import PLACEHOLDER, scrub

    titles = [f"Confidential model review number {i} for provider {i * 7}" for i in range(20_000)]
    lines = [f"2026-11-26T10:00:00.000Z INFO    exemptio.cli [pid 1] step {i} done" for i in range(30_000)]
    lines[12_345] += f" quoting {titles[4_321]}"
    log = "\n".join(lines)

    def naive() -> str:
        text = log
        for s in titles:
            text = text.replace(s, PLACEHOLDER)
        return text

    assert scrub(log, titles)[0] == naive()
    ours = median(lambda: scrub(log, titles), RUNS)
    ref = median(naive, 2)
    _row("problem report scrub, 20,000 titles x 2 MB log vs str.replace loop", ours, ref, ">= 10x faster")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        bench_startup(Path(tmp) / "home")
    bench_scrub()


if __name__ == "__main__":
    main()
