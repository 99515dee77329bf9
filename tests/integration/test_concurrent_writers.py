"""Several processes opening cases at once on one SQLite file: unique references,
one unbroken audit chain (BEGIN IMMEDIATE serialises the read-then-write)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
from app.services.context import open_context
from app.services.cases import NewCase, create_case
ctx = open_context(officer="worker")
for i in range(int(sys.argv[1])):
    print(create_case(ctx, NewCase(title=f"t{i}", provider="P", subject="S")).reference)
ctx.close()
"""


def test_parallel_case_creation(home: Path, cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("db", "upgrade").rc == 0
    env = dict(os.environ, EXEMPTIO_HOME=str(home))
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", SCRIPT, "10"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=REPO,
        )
        for _ in range(4)
    ]
    refs: list[str] = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        refs += out.split()
    assert len(refs) == 40 and len(set(refs)) == 40
    listed = cli("case", "list", "--json").json()
    assert len(listed) == 40
    r = cli("audit", "verify")
    assert r.rc == 0, r.err
    assert "40 events" in r.out
