"""Seeded byte-mutation fuzzing of inputs read from outside (issue 19), bounded by count,
not time: answer JSON (`checklist answer --file`) and PDFs (`letter verify`). Every run ends
with exit 0, 1 or 2 and one plain line at most on stderr (never a traceback or "unexpected
error"), and a refused answer file changes nothing in the database."""

from __future__ import annotations

import hashlib
import io
import json
import random
import sqlite3
from pathlib import Path

import pytest

from tests.helpers.answers import LLAMA3_8B, answers_document

RUNS_JSON = 400
RUNS_PDF = 200


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One of: flip bytes, delete a span, duplicate a span, truncate, insert random bytes."""
    b = bytearray(data)
    kind = rng.randrange(5)
    if not b:
        return bytes(rng.randbytes(8))
    i = rng.randrange(len(b))
    if kind == 0:
        for _ in range(rng.randint(1, 8)):
            b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
    elif kind == 1:
        del b[i : i + rng.randint(1, 64)]
    elif kind == 2:
        span = b[i : i + rng.randint(1, 64)]
        b[i:i] = span * rng.randint(1, 50)
    elif kind == 3:
        del b[i:]
    else:
        b[i:i] = rng.randbytes(rng.randint(1, 32))
    return bytes(b)


def _db_digest(home: Path) -> str:
    con = sqlite3.connect(home / "exemptio.db")
    try:
        rows = [
            con.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
            for t in ("checklist_answers", "audit_events")
        ]
    finally:
        con.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def _plain_failure(r) -> None:  # type: ignore[no-untyped-def]
    assert r.rc in (0, 1, 2), (r.rc, r.err)
    assert "Traceback" not in r.err and "unexpected error" not in r.err, r.err
    assert r.err.count("\n") <= 1, r.err


def test_mutated_answer_files(cli, home: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    r = cli("case", "new", "--title", "T", "--provider", "P", "--subject", "S", "--officer", "Anna Officer")
    assert r.rc == 0, r.err
    ref = r.out.strip()
    seed = json.dumps(answers_document(LLAMA3_8B), ensure_ascii=False, indent=1).encode()
    rng = random.Random(20261202)
    f = tmp_path / "answers.json"
    outcomes = {0: 0, 1: 0, 2: 0}
    for _ in range(RUNS_JSON):
        data = seed
        for _ in range(rng.randint(1, 3)):
            data = mutate(data, rng)
        f.write_bytes(data)
        before = _db_digest(home)
        r = cli("checklist", "answer", ref, "--file", str(f), "--officer", "Anna Officer")
        _plain_failure(r)
        outcomes[r.rc] += 1
        if r.rc != 0:
            assert _db_digest(home) == before, r.err
    assert outcomes[2] > RUNS_JSON // 2, outcomes  # most mutations are refused


def _pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, initialFontName="Helvetica")
    c.drawString(72, 720, "Determination letter (fuzz seed)")
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("seed", [1, 2])
def test_mutated_pdfs_given_to_letter_verify(cli, home: Path, tmp_path: Path, seed: int) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    base = _pdf()
    f = tmp_path / "letter.pdf"
    for _ in range(RUNS_PDF // 2):
        f.write_bytes(mutate(base, rng))
        r = cli("letter", "verify", str(f))
        _plain_failure(r)
        assert r.rc in (1, 2)  # an unsigned or broken PDF is never a valid letter
