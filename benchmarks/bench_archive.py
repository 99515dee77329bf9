"""Case archive benchmarks.

* export of a case with 1 GiB of evidence vs ``zip -0 -r`` of the same files
  (goal: ours >= 0.8x the throughput of zip);
* verify of that archive vs the Library of Congress bagit (``bagit.Bag(dir).validate()``,
  what ``python -m bagit --validate`` runs) on the same bag unzipped (goal >= 1.0x).

Medians of N runs (EXEMPTIO_BENCH_RUNS, default 3), warm page cache for both
sides. Everything is written under one temporary folder removed at the end.

    .venv/bin/python benchmarks/bench_archive.py
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import MiB, median, write_random  # noqa: E402

RUNS = int(os.environ.get("EXEMPTIO_BENCH_RUNS", "3"))
SIZES = [512 * MiB, 192 * MiB, 192 * MiB] + [1 * MiB] * 128  # = 1 GiB: shards + small files


def main() -> int:
    if shutil.which("zip") is None:
        print("| archive benchmarks | skipped: zip not installed | | | |")
        return 0
    os.environ.pop("EXEMPTIO_DB", None)
    from app.services import archive, cases, evidence
    from app.services.context import open_context

    root = Path(tempfile.mkdtemp(prefix="exemptio-bench-archive-"))
    try:
        src = root / "model"
        src.mkdir()
        for i, size in enumerate(SIZES):
            sub = src / ("shards" if size > MiB else "small")
            sub.mkdir(exist_ok=True)
            write_random(sub / f"file-{i:03d}.bin", size)
        total = sum(SIZES)
        ctx = open_context(home=root / "home", officer="Bench Officer")
        ref = cases.create_case(ctx, cases.NewCase(title="Bench", provider="P", subject="S")).reference
        evidence.add_paths(ctx, ref, [src])
        out = root / "case.zip"
        ref_zip = root / "ref.zip"

        def ours() -> None:
            out.unlink(missing_ok=True)
            archive.export_case(ctx, ref, out, record_audit=False)

        def reference_plain() -> None:
            ref_zip.unlink(missing_ok=True)
            subprocess.run(["zip", "-0", "-r", "-q", str(ref_zip), "model"], cwd=root, check=True)

        def reference() -> None:
            # our export fsyncs the archive before renaming it into place (a crash never leaves
            # a half-written archive under the final name); the reference is made as durable
            reference_plain()
            fd = os.open(ref_zip, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)

        rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        ours()
        reference()  # warm both
        t_ours = median(ours, RUNS)
        rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t_ref = median(reference, RUNS)
        t_plain = median(reference_plain, RUNS)
        ref_zip.unlink(missing_ok=True)
        mbs = lambda t: total / t / 1e6  # noqa: E731
        print(
            f"| archive export 1 GiB evidence (MB/s) | {mbs(t_ours):.0f} ({t_ours:.2f} s) | "
            f"zip -0 -r + fsync: {mbs(t_ref):.0f} ({t_ref:.2f} s) | {t_ref / t_ours:.2f}x | >= 0.8x |",
            flush=True,
        )
        print(
            f"| archive export vs zip without fsync | {mbs(t_ours):.0f} | "
            f"zip -0 -r: {mbs(t_plain):.0f} ({t_plain:.2f} s) | {t_plain / t_ours:.2f}x | (info) |",
            flush=True,
        )
        print(
            f"| archive export of 1 GiB: process peak RSS | {rss1 / 1024:.0f} MiB "
            f"(+{max(0, rss1 - rss0) / 1024:.0f} MiB over setup) | | | constant |"
        )

        import bagit

        bag_dir = root / "unzipped"
        with zipfile.ZipFile(out) as zf:
            zf.extractall(bag_dir)
        bag_path = next(bag_dir.iterdir())

        def ours_verify() -> None:
            report = archive.verify_archive(out)
            assert report.ok, report.problems

        def bagit_verify() -> None:
            bagit.Bag(str(bag_path)).validate()

        import logging

        logging.getLogger("bagit").setLevel(logging.WARNING)
        ours_verify()
        bagit_verify()
        t_v = median(ours_verify, RUNS)
        t_b = median(bagit_verify, RUNS)
        print(
            f"| archive verify 1 GiB (MB/s) | {mbs(t_v):.0f} ({t_v:.2f} s) | "
            f"bagit validate: {mbs(t_b):.0f} ({t_b:.2f} s) | {t_b / t_v:.2f}x | >= 1.0x |",
            flush=True,
        )
        ctx.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
