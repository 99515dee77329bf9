"""Seeded byte-mutation fuzz over archives (issues 16 and 19), bounded by count, not time.

Each mutated archive goes through ``archive verify`` and ``archive import`` in the CLI
(in-process): the only outcomes allowed are exit 0, 1 or 2, with no traceback and at most
one line on stderr; a refused import changes nothing in the database, the evidence store
or the staging folder. Mutations: bytes flipped, deleted from the middle (the zipfile
EINVAL crash), inserted, the file cut short, and zeroed runs.
"""

from __future__ import annotations

import os
import random
from pathlib import Path
from typing import Any

from app.domain.errors import ExemptioError
from app.services import archive
from tests.integration.archive_support import tree
from tests.integration.test_archive_hostile import _snapshot, small_zip  # noqa: F401 - fixture
from tests.integration.test_archive_hostile import victim as victim  # noqa: F401 - fixture

RUNS = int(os.environ.get("EXEMPTIO_FUZZ_RUNS", "120"))  # mutated archives, each verified and imported
SEED = 20261202


def mutate(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 3)):
        if not out:
            break
        op = rng.choice(["flip", "delete", "insert", "truncate", "zero"])
        pos = rng.randrange(len(out))
        if op == "flip":
            out[pos] ^= rng.randint(1, 255)
        elif op == "delete":
            del out[pos : pos + rng.randint(1, 64)]
        elif op == "insert":
            out[pos:pos] = rng.randbytes(rng.randint(1, 64))
        elif op == "truncate":
            del out[pos:]
        else:
            out[pos : pos + rng.randint(1, 256)] = bytes(min(len(out) - pos, 256))
    return bytes(out)


def test_mutated_archives_give_exit_0_1_or_2_and_change_nothing_on_refusal(
    small_zip: Path,  # noqa: F811 - fixture
    victim: Any,  # noqa: F811 - fixture
    tmp_path: Path,
    cli: Any,
) -> None:
    rng = random.Random(SEED)
    raw = small_zip.read_bytes()
    home = str(victim.paths.home)
    seen = {"verify": set(), "import": set()}  # type: dict[str, set[int]]
    for n in range(RUNS):
        bad = tmp_path / f"m{n}.zip"
        bad.write_bytes(mutate(raw, rng))
        try:  # the service itself (the GUI calls it) raises only its own refusals
            archive.verify_archive(bad)
        except ExemptioError as err:
            assert "\n" not in str(err), err
        v = cli("archive", "verify", str(bad))
        assert v.rc in (0, 1, 2), (n, v)
        assert "Traceback" not in v.err + v.out and "unexpected error" not in v.err, (n, v.err)
        before = _snapshot(victim, tmp_path)
        r = cli("archive", "import", str(bad), "--as-new", "--home", home, "--officer", "Victim Officer")
        assert r.rc in (0, 2), (n, r)
        assert "Traceback" not in r.err and "unexpected error" not in r.err, (n, r.err)
        if r.rc != 0:
            assert r.err.count("\n") == 1, (n, r.err)
            assert _snapshot(victim, tmp_path) == before, n
        # one verification path: import accepts exactly what verify accepts
        assert (v.rc == 0) == (r.rc == 0), (n, v, r)
        assert tree(victim.paths.staging) == set()
        seen["verify"].add(v.rc)
        seen["import"].add(r.rc)
        bad.unlink()
    print(f"archive fuzz: {RUNS} mutated archives, exit codes {seen}")
    assert seen["verify"] >= {1, 2} and 2 in seen["import"], seen  # the mutations did reach the checks
