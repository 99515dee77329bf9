"""A large Exemptio database for the workspace benchmarks, built quickly.

100,000 cases (with providers, subjects, officers and their full-text rows) and
10,000 text evidence items (``evidence_texts`` + ``case_search`` rows), written
with bulk ``executemany`` inserts into a database whose schema comes from the
real migrations. Cached under ``benchmarks/.cache/`` (keyed by the sizes and
the migration files), so only the first run pays the ~20 s.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import shutil
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CACHE = HERE / ".cache"

WORDS = (
    "licence weights architecture open source model system provider documentation training data "
    "compute threshold systemic risk monetised access restriction attribution notice copyleft patent "
    "research commercial users monthly active gated approval request repository inference fine-tuning "
    "tokenizer dataset evaluation benchmark safety policy acceptable use redistribution derivative "
    "parameters transformer mixture experts multimodal speech vision translation embedding classifier"
).split()
NAMES = (
    "ŚMISZEK Ewa",
    "GONÇALVES Bruno",
    "MÜLLER Jörg",
    "NÍ BHRIAIN Aoife",
    "DUBOIS Chloé",
    "KOWALCZYK Paweł",
    "ØSTERGAARD Mette",
    "PAPADOPOULOU Eleni",
    "VAN DEN BERG Pieter",
    "ROSSI Giulia",
    "HORVÁTH Zsófia",
    "NOVÁK Tomáš",
)
STATUSES = ("draft", "intake", "assessment", "review", "decided", "closed")
OUTCOMES = ("", "partially_exempt", "not_exempt", "not_exempt_systemic_risk", "not_gpai", "undetermined")


def _fingerprint(cases: int, evidence: int) -> str:
    h = hashlib.sha256(f"{cases}-{evidence}-v2".encode())
    for p in sorted((REPO / "migrations").rglob("*.py")) + [REPO / "db" / "models.py", Path(__file__)]:
        h.update(p.read_bytes())
    return h.hexdigest()[:12]


def build(cases: int = 100_000, evidence: int = 10_000) -> Path:
    """Return the path of a data folder (EXEMPTIO_HOME) holding the big database."""
    home = CACHE / f"home-{cases}-{evidence}-{_fingerprint(cases, evidence)}"
    db = home / "exemptio.db"
    if db.exists():
        return home
    CACHE.mkdir(parents=True, exist_ok=True)
    (CACHE / ".gitignore").write_text("*\n")
    tmp = home.with_name(home.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    sys.path.insert(0, str(REPO))
    from app.services.context import open_context

    ctx = open_context(home=tmp)  # schema from the real migrations
    ctx.close()
    con = sqlite3.connect(tmp / "exemptio.db", isolation_level=None)
    con.execute("PRAGMA synchronous = OFF")
    con.execute("PRAGMA journal_mode = WAL")
    rng = random.Random(20261126)
    now = dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.UTC)
    today = now.date()
    con.execute("BEGIN")
    con.executemany(
        "INSERT INTO officers (id, name, unit, email, role, created_at) VALUES (?,?,?,?,?,?)",
        [(i + 1, n, "AI Office", "", "officer", str(now)) for i, n in enumerate(NAMES)],
    )
    n_prov = max(cases // 20, 1)
    con.executemany(
        "INSERT INTO providers (id, name, representative, address, country) VALUES (?,?,?,?,?)",
        [(i + 1, f"Provider {i + 1} {rng.choice(WORDS).title()} Labs", "", "", "") for i in range(n_prov)],
    )
    subj_rows, case_rows, search_rows = [], [], []
    for i in range(1, cases + 1):
        prov = rng.randint(1, n_prov)
        name = f"{rng.choice(WORDS).title()}-{rng.randint(1, 99)}B"
        subj_rows.append((i, prov, name, f"{rng.randint(1, 4)}.{rng.randint(0, 9)}", "model", None, "", ""))
        status = rng.choice(STATUSES)
        officer = rng.randint(1, len(NAMES)) if rng.random() > 0.1 else None
        due = today + dt.timedelta(days=rng.randint(-60, 120))
        stopped = str(now - dt.timedelta(days=rng.randint(1, 20))) if rng.random() < 0.05 else None
        title = " ".join(rng.choice(WORDS) for _ in range(6)).capitalize()
        notes = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 25)))
        outcome = rng.choice(OUTCOMES) if status in ("decided", "closed") else ""
        created = now - dt.timedelta(days=rng.randint(1, 700))
        decided = str(created + dt.timedelta(days=30)) if status in ("decided", "closed") else None
        ref = f"AIO-{2025 + (i % 2)}-{i:06d}"
        case_rows.append(
            (
                i,
                ref,
                title,
                status,
                prov,
                i,
                officer,
                notes,
                str(due),
                stopped,
                "ai-act-oss",
                "2025.07",
                "",
                outcome,
                decided,
                "",
                str(created),
                str(created),
                1,
            )
        )
        body = " ".join([NAMES[officer - 1] if officer else "", ref, title, f"Provider {prov}", name, notes])
        search_rows.append((i << 24, i, "case", body))  # rowid = case_id << 24 | slot (db.search)
    con.executemany(
        "INSERT INTO subjects (id, provider_id, name, version, kind, parameters, architecture, "
        "licence) VALUES (?,?,?,?,?,?,?,?)",
        subj_rows,
    )
    con.executemany(
        "INSERT INTO cases (id, reference, title, status, provider_id, subject_id, assigned_officer_id, "
        "notes, "
        "due_date, clock_stopped_at, checklist_id, checklist_version, outcome_json, outcome_label, "
        "decided_at, origin, created_at, updated_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        case_rows,
    )
    blob_rows, item_rows, text_rows = [], [], []
    slots: dict[int, int] = {}
    for e in range(1, evidence + 1):
        case_id = rng.randint(1, cases)
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(80, 400)))
        if e % 50 == 0:
            text += " Gonçalves Śmiszek Müller"  # diacritics inside evidence text
        sha = hashlib.sha256(f"{e}".encode()).hexdigest()
        blob_rows.append((sha, len(text), 1, str(now)))
        item_rows.append(
            (
                e,
                case_id,
                sha,
                f"doc{e}.txt",
                f"doc{e}.txt",
                "",
                len(text),
                "text/plain",
                "",
                None,
                "",
                0,
                "",
                "benchmark",
                str(now),
            )
        )
        text_rows.append((e, case_id, text))
        slots[case_id] = slot = slots.get(case_id, 0) + 1
        search_rows.append(((case_id << 24) + slot, case_id, f"evidence:{e}", text))
    con.executemany(
        "INSERT INTO evidence_blobs (sha256, size, stored, created_at) VALUES (?,?,?,?)", blob_rows
    )
    con.executemany(
        "INSERT INTO evidence_items (id, case_id, sha256, original_name, display_name, folder_path, size, "
        "media_type, source_url, retrieved_at, description, reference_only, reference_path, added_by, "
        "added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        item_rows,
    )
    con.executemany("INSERT INTO evidence_texts (evidence_id, case_id, text) VALUES (?,?,?)", text_rows)
    con.executemany("INSERT INTO case_search (rowid, case_id, source, body) VALUES (?,?,?,?)", search_rows)
    con.execute(
        "INSERT OR REPLACE INTO case_sequences (year, last_seq) VALUES (2025, ?), (2026, ?)", (cases, cases)
    )
    con.execute("COMMIT")
    con.execute("INSERT INTO case_search(case_search) VALUES ('optimize')")
    con.execute("ANALYZE")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    shutil.rmtree(home, ignore_errors=True)
    os.replace(tmp, home)
    return home


if __name__ == "__main__":
    print(build())
