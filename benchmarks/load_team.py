"""Team-mode load test: N officer processes on one database for a while.

    .venv/bin/python benchmarks/load_team.py                    # 20 officers, 120 s, local PG test server
    .venv/bin/python benchmarks/load_team.py --duration 60 --officers 20
    .venv/bin/python benchmarks/load_team.py --server sqlite    # the same load on one SQLite file

Each officer process loops: open a case, update one of a few shared "hot"
cases (a counter in its notes, read-modify-write with the version it read,
retry on Conflict), move one of its own cases along the lifecycle, answer a
checklist question, and approve/issue letters when the letters service
provides it. At the end it checks:

* 0 lost updates: every hot case's counter == the increments the officers
  report == its ``case.updated`` audit events;
* every reported create/transition has exactly one audit event;
* 0 unhandled errors; ``audit verify`` passes (ids contiguous, hashes link);

and prints throughput and latency medians/p95 per operation.

Team mode (issue 14) on PostgreSQL: every officer connects with their own login
(``exemptio_load_NN``, made on the server when missing: the server role needs
CREATEROLE, as ``.ci/pg.sh`` gives it) and signs with their own key (a test
certificate naming them, registered by the head of unit). The owner maps the
head (``db team-setup``), the head maps the officers. A worker drafts and issues
its letters as itself; the approval is made by its colleague's login and key (the
colleague "sits beside it": a second context in the same process). On SQLite
(single-user mode, role grants rest on the head's signature) letters are skipped.

The PostgreSQL server URL comes from --server, EXEMPTIO_TEST_PG_URL or
``bash .ci/pg.sh url``; a fresh database is created on it (and dropped
unless --keep).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
import uuid
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks._common import OPEN_MODEL  # noqa: E402  (complete answers: a letter can be drafted)

HOT_CASES = 8
LIFECYCLE = ["intake", "assessment", "review", "decided", "closed"]
OPS = ("create", "update", "hot answer", "transition", "answer", "draft", "approve", "issue")
HOT_QUESTION = "A1"  # its note is a counter every officer increments (optimistic lock per answer)


def _server_url(arg: str | None) -> str:
    if arg:
        return arg
    env = os.environ.get("EXEMPTIO_TEST_PG_URL")
    if env:
        return env
    out = subprocess.run(["bash", str(REPO / ".ci/pg.sh"), "url"], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def _create_database(server: str) -> tuple[str, str]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"exemptio_load_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'"))
    admin.dispose()
    return make_url(server).set(database=name).render_as_string(hide_password=False), name


def _drop_database(server: str, name: str) -> None:
    from sqlalchemy import create_engine, text

    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _letters_api() -> Any:
    try:
        from app.services.letters import service, sign
    except ImportError:
        return None
    needed = ("draft_letter", "approve_letter", "issue_letter")
    if not all(hasattr(service, n) for n in needed) or not hasattr(sign, "load_pkcs12_signer"):
        return None
    return service


def _officer_name(k: int) -> str:
    return f"Officer {k:02d}"


def _login(k: int) -> str:
    return f"exemptio_load_{k:02d}"


HEAD_LOGIN = "exemptio_load_head"


def _url_as(url: str, login: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(username=login).render_as_string(hide_password=False)


def _officer_keys(pki: Any, folder: Path, n: int) -> list[tuple[Path, Path]]:
    """One (PKCS#12, PEM certificate) per officer, naming them, under the test root."""
    import datetime as dt

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    from tests.unit.letter_testpki import PASSPHRASE, _ee, _ku

    now = dt.datetime.now(dt.UTC)
    out = []
    for k in range(n):
        key, cert = _ee(
            pki.root_key,
            pki.root_cert,
            _officer_name(k),
            ku=_ku(True),
            not_before=now - dt.timedelta(days=1),
            not_after=now + dt.timedelta(days=30),
        )
        p12 = folder / f"officer{k:02d}.p12"
        p12.write_bytes(
            pkcs12.serialize_key_and_certificates(
                b"officer", key, cert, [pki.root_cert], serialization.BestAvailableEncryption(PASSPHRASE)
            )
        )
        pem = folder / f"officer{k:02d}.pem"
        pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        out.append((p12, pem))
    return out


def _team_logins(url: str, n: int, pems: list[Path]) -> None:
    """Make the logins (when missing), map the head as the owner, then the officers
    (reviewers, with their certificates) as the head."""
    from sqlalchemy import create_engine, text

    from app.services import officer_certs, roles, team_identity
    from app.services.context import open_context

    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        for login in [HEAD_LOGIN, *(_login(k) for k in range(n))]:
            c.execute(
                text(
                    f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{login}') "
                    f"THEN CREATE ROLE {login} LOGIN; END IF; END $$"
                )
            )
    admin.dispose()
    owner = open_context(db=url)
    try:
        team_identity.setup_head(owner, "Load Head", HEAD_LOGIN)
    finally:
        owner.close()
    head = open_context(db=_url_as(url, HEAD_LOGIN))
    try:
        for k in range(n):
            roles.set_officer(head, _officer_name(k), "reviewer", login=_login(k))
            officer_certs.add_certificate(head, _officer_name(k), str(pems[k]))
    finally:
        head.close()


def _checklist_api() -> Any:
    try:
        from app.services import checklist
    except ImportError:
        return None
    return checklist if hasattr(checklist, "save_answer") else None


def worker(
    k: int,
    n: int,
    url: str,
    home: str,
    hot: list[str],
    keys: list[str],
    start_at: float,
    stop_at: float,
    q: Any,
) -> None:
    from app.domain.errors import Conflict, ExemptioError, NotAllowed
    from app.services import cases
    from app.services.context import open_context

    os.environ["EXEMPTIO_HOME"] = home
    rng = random.Random(k)
    name = _officer_name(k)
    counts: Counter[str] = Counter()
    increments: Counter[str] = Counter()
    answer_increments: Counter[str] = Counter()
    lat: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    expected_refusals: Counter[str] = Counter()
    mine: dict[str, int] = {}  # my case -> index in LIFECYCLE of the next step
    checklist = _checklist_api()
    ck_version = checklist.latest_version() if checklist else ""
    letters = _letters_api() if checklist else None
    signer = colleague_signer = None
    team = not url.startswith("sqlite")
    if letters is not None and keys:
        from app.services.letters import sign
        from tests.unit.letter_testpki import PASSPHRASE

        signer = sign.load_pkcs12_signer(keys[k], PASSPHRASE)
        colleague_signer = sign.load_pkcs12_signer(keys[(k + 1) % n], PASSPHRASE)
    lettered: set[str] = set()
    # Team mode: my own login (the acting officer is the login); my colleague's login
    # approves my drafts (every officer is a reviewer: four eyes).
    ctx = open_context(db=_url_as(url, _login(k)) if team else url, officer=name)
    colleague_ctx = open_context(db=_url_as(url, _login((k + 1) % n))) if team and signer else None
    while time.time() < start_at:
        time.sleep(0.01)

    def until_saved(save: Any, conflict: str) -> None:
        """``save()`` again after each Conflict (counted as ``conflict``) until it succeeds."""
        while True:
            try:
                save()
                return
            except Conflict:
                counts[conflict] += 1

    def timed(op: str, fn: Any) -> Any:
        t0 = time.perf_counter()
        out = fn()
        lat[op].append(time.perf_counter() - t0)
        counts[op] += 1
        return out

    try:
        while time.time() < stop_at:
            r = rng.random()
            try:
                if r < 0.15 or not mine:
                    rec = timed(
                        "create",
                        lambda: cases.create_case(
                            ctx, cases.NewCase(title=f"Load {k}", provider=f"Provider {k % 5}", subject="M")
                        ),
                    )
                    mine[rec.reference] = 0
                elif 0.48 <= r < 0.60 and checklist is not None:
                    ref = rng.choice(hot)
                    t0 = time.perf_counter()

                    def save_hot_answer(ref: str = ref) -> None:  # the officer's screen: reload, save
                        seen = checklist.get_state(ctx, ref).answers.get(HOT_QUESTION)
                        count = int(seen.note) if seen is not None else 0
                        checklist.save_answers(
                            ctx,
                            ref,
                            {HOT_QUESTION: {"value": "model", "note": str(count + 1)}},
                            checklist_id=checklist.DEFAULT_CHECKLIST,
                            version=ck_version,
                            expected_versions={HOT_QUESTION: seen.version if seen is not None else 0},
                        )

                    until_saved(save_hot_answer, "answer conflict")
                    lat["hot answer"].append(time.perf_counter() - t0)
                    counts["hot answer"] += 1
                    answer_increments[ref] += 1
                elif r < 0.60:
                    ref = rng.choice(hot)
                    t0 = time.perf_counter()

                    def save_notes(ref: str = ref) -> None:  # the officer reloads and saves
                        cur = cases.get_case(ctx, ref)
                        cases.update_case(
                            ctx, ref, notes=str(int(cur.notes) + 1), expected_version=cur.version
                        )

                    until_saved(save_notes, "conflict")
                    lat["update"].append(time.perf_counter() - t0)
                    counts["update"] += 1
                    increments[ref] += 1
                elif r < 0.80:
                    open_refs = [x for x, i in mine.items() if i < len(LIFECYCLE)]
                    if not open_refs:
                        continue
                    ref = rng.choice(open_refs)
                    step = mine[ref]
                    timed(
                        "transition", lambda ref=ref, step=step: cases.transition(ctx, ref, LIFECYCLE[step])
                    )
                    mine[ref] = step + 1
                elif r < 0.86 and letters is not None and signer is not None:
                    # in review: issuing the letter records the decision (review → decided)
                    cand = [x for x, i in mine.items() if i == 3 and x not in lettered]
                    if not cand:
                        continue
                    ref = rng.choice(cand)
                    lettered.add(ref)
                    timed(
                        "answer",
                        lambda ref=ref: checklist.save_answers(
                            ctx,
                            ref,
                            OPEN_MODEL,
                            checklist_id=checklist.DEFAULT_CHECKLIST,
                            version=ck_version,
                        ),
                    )
                    timed("draft", lambda ref=ref: letters.draft_letter(ctx, ref))
                    timed(
                        "approve",
                        lambda ref=ref: letters.approve_letter(colleague_ctx, ref, signer=colleague_signer),
                    )
                    timed("issue", lambda ref=ref: letters.issue_letter(ctx, ref, signer, tsa_url=""))
                    mine[ref] = 4  # decided by the issue (its case.transition is counted with "issue")
                elif checklist is not None:
                    cand = [x for x, i in mine.items() if i < 4 and x not in lettered]  # not decided yet
                    if not cand:
                        continue
                    ref = rng.choice(cand)
                    timed(
                        "answer",
                        lambda ref=ref: checklist.save_answer(
                            ctx,
                            ref,
                            "A3",
                            {"value": rng.choice(["yes", "no"])},
                            checklist_id=checklist.DEFAULT_CHECKLIST,
                            version=ck_version,
                        ),
                    )
            except NotAllowed as err:
                expected_refusals[str(err)[:80]] += 1
            except ExemptioError as err:
                errors.append(f"{type(err).__name__}: {err}")
            except Exception as err:  # noqa: BLE001
                errors.append(f"{type(err).__name__}: {err}\n{traceback.format_exc(limit=3)}")
    finally:
        ctx.close()
        if colleague_ctx is not None:
            colleague_ctx.close()
    q.put(
        {
            "k": k,
            "counts": dict(counts),
            "increments": dict(increments),
            "answer_increments": dict(answer_increments),
            "lat": {op: v for op, v in lat.items()},
            "errors": errors,
            "refusals": dict(expected_refusals),
        }
    )


def _pct(v: list[float], p: float) -> float:
    if not v:
        return float("nan")
    s = sorted(v)
    return s[min(len(s) - 1, int(p * len(s)))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--officers", type=int, default=20)
    ap.add_argument("--duration", type=float, default=120.0, help="seconds (default 120)")
    ap.add_argument("--server", help="PostgreSQL server URL (role with CREATEDB), or 'sqlite'")
    ap.add_argument("--keep", action="store_true", help="keep the load database afterwards")
    args = ap.parse_args(argv)

    from sqlalchemy import func, select

    from app.services import audit as audit_service
    from app.services import cases
    from app.services.context import open_context
    from db.models import AuditEvent, Case, Letter
    from db.uow import unit_of_work

    tmp = Path(tempfile.mkdtemp(prefix="exemptio-load-"))
    server = args.server or ""
    dbname = ""
    if server == "sqlite":
        url = "sqlite:///" + str(tmp / "load.db")
    else:
        server = _server_url(args.server)
        url, dbname = _create_database(server)
    os.environ["EXEMPTIO_HOME"] = str(tmp / "home")
    setup = open_context(db=url, officer="Load Setup")
    letters = _letters_api()
    keys: list[str] = []
    if url.startswith("sqlite"):
        letters = None  # single-user mode: role grants need the head's signature (not modelled here)
    elif letters is not None:
        from tests.unit.letter_testpki import make_pki

        made = _officer_keys(make_pki(tmp / "pki"), tmp / "pki", args.officers)
        _team_logins(url, args.officers, [pem for _p12, pem in made])
        keys = [str(p12) for p12, _pem in made]
    hot = [
        cases.create_case(
            setup, cases.NewCase(title=f"Hot {i}", provider="Hot", subject="H", notes="0")
        ).reference
        for i in range(HOT_CASES)
    ]
    setup.close()  # no engine crosses the fork

    checklist = _checklist_api()
    backend = "SQLite" if url.startswith("sqlite") else "PostgreSQL"
    print(f"backend {backend}; {args.officers} officer processes; {args.duration:.0f} s")
    print(
        f"operations: create, update (hot cases, optimistic lock), transition"
        f"{', checklist answer, hot answer (optimistic lock per answer)' if checklist else ''}"
        f"{', letter draft/approve (four eyes)/issue (signed)' if letters else ' (letters: not present)'}"
    )
    ctxmp = mp.get_context("fork")
    q = ctxmp.Queue()
    start_at = time.time() + 3.0
    stop_at = start_at + args.duration
    procs = [
        ctxmp.Process(
            target=worker, args=(k, args.officers, url, str(tmp / "home"), hot, keys, start_at, stop_at, q)
        )
        for k in range(args.officers)
    ]
    for p in procs:
        p.start()
    results = [q.get(timeout=args.duration + 300) for _ in procs]
    for p in procs:
        p.join(60)
    crashed = [p.exitcode for p in procs if p.exitcode != 0]

    counts: Counter[str] = Counter()
    incr: Counter[str] = Counter()
    answer_incr: Counter[str] = Counter()
    lat: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    refusals: Counter[str] = Counter()
    for r in results:
        counts.update(r["counts"])
        incr.update(r["increments"])
        answer_incr.update(r.get("answer_increments", {}))
        for op, v in r["lat"].items():
            lat[op] += v
        errors += r["errors"]
        refusals.update(r["refusals"])

    check = open_context(db=url)
    lost = 0
    with unit_of_work(check.engine, readonly=True) as s:
        for ref in hot:
            value = int(cases.get_case(check, ref).notes)
            events = s.execute(
                select(func.count()).where(AuditEvent.case_ref == ref, AuditEvent.action == "case.updated")
            ).scalar_one()
            if not (value == incr[ref] == events):
                lost += abs(incr[ref] - value) or 1
                print(f"MISMATCH {ref}: counter {value}, reported {incr[ref]}, events {events}")
        if checklist is not None:  # the contended answer: its note counter, reports, audit events
            for ref in hot:
                saved = checklist.get_state(check, ref).answers.get(HOT_QUESTION)
                value = int(saved.note) if saved is not None else 0
                events = s.execute(
                    select(func.count()).where(
                        AuditEvent.case_ref == ref,
                        AuditEvent.action == "checklist.answered",
                        AuditEvent.entity_id == f"{ref}:{HOT_QUESTION}",
                    )
                ).scalar_one()
                if not (value == answer_incr[ref] == events):
                    lost += abs(answer_incr[ref] - value) or 1
                    print(f"MISMATCH answer {ref}: {value}, reported {answer_incr[ref]}, events {events}")
        n_cases = s.execute(select(func.count()).select_from(Case)).scalar_one()
        n_created = s.execute(select(func.count()).where(AuditEvent.action == "case.created")).scalar_one()
        n_moves = s.execute(select(func.count()).where(AuditEvent.action == "case.transition")).scalar_one()
        n_issued_ev = s.execute(select(func.count()).where(AuditEvent.action == "letter.issued")).scalar_one()
        n_approved_ev = s.execute(
            select(func.count()).where(AuditEvent.action == "letter.approved")
        ).scalar_one()
        n_issued = s.execute(
            select(func.count()).select_from(Letter).where(Letter.state == "issued")
        ).scalar_one()
    events_total, problems = audit_service.verify(check)
    check.close()
    create_ok = n_cases == n_created == HOT_CASES + counts["create"]
    moves_ok = n_moves == counts["transition"] + counts["issue"]
    letters_ok = n_issued == n_issued_ev == counts["issue"] and n_approved_ev == counts["approve"]

    ops = sum(counts[o] for o in OPS)
    print()
    print(f"{'operation':<12}| {'count':>7} | {'median ms':>9} | {'p95 ms':>8}")
    for op in OPS:
        if counts[op]:
            print(
                f"{op:<12}| {counts[op]:>7} | {statistics.median(lat[op]) * 1000:>9.1f} | "
                f"{_pct(lat[op], 0.95) * 1000:>8.1f}"
            )
    print()
    print(f"throughput: {ops / args.duration:.1f} operations/s ({ops} in {args.duration:.0f} s)")
    print(
        f"conflicts (reloaded and saved again): {counts['conflict']} case, {counts['answer conflict']} answer"
    )
    print(f"lost updates: {lost}  (hot-case and hot-answer counters == reported increments == audit events)")
    print(f"creates recorded: {'ok' if create_ok else 'MISMATCH'} ({n_cases} cases, {n_created} events)")
    print(f"transitions recorded: {'ok' if moves_ok else 'MISMATCH'} ({n_moves} events)")
    if letters is not None:
        print(
            f"letters: {'ok' if letters_ok else 'MISMATCH'} ({n_issued} issued, signed; "
            f"{n_approved_ev} approved by a colleague)"
        )
    print(f"unhandled errors: {len(errors)}; crashed processes: {len(crashed)}")
    for e in errors[:5]:
        print("  " + e.replace("\n", "\n  "))
    if refusals:
        print(f"refused (expected business rules): {sum(refusals.values())}")
    print(f"audit verify: {'intact' if not problems else 'BROKEN'} ({events_total} events)")
    if dbname and not args.keep:
        _drop_database(server, dbname)
    ok = lost == 0 and not errors and not crashed and not problems and create_ok and moves_ok and letters_ok
    print("RESULT:", "PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
