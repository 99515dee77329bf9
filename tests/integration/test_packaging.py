"""The PyInstaller bundle: build it (or reuse a fresh one) and run the headless CLI from it.

Slow (a clean build takes ~25 s on 2 cores, a reuse ~0 s); CI runs it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from tests.helpers.answers import OPEN_MODEL as ANSWERS
from tests.helpers.letters import approve_args, issue_args

REPO = Path(__file__).resolve().parents[2]
DIST = REPO / "dist" / "exemptio"
EXE = DIST / ("exemptio.exe" if sys.platform == "win32" else "exemptio")
SOURCES = ("app", "db", "migrations", "resources", "packaging/exemptio.spec", "packaging/exemptio_entry.py")

pytestmark = pytest.mark.slow


def _newest_source_mtime() -> float:
    newest = 0.0
    for entry in SOURCES:
        p = REPO / entry
        files = [p] if p.is_file() else [f for f in p.rglob("*") if "__pycache__" not in f.parts]
        for f in files:
            if f.is_file():
                newest = max(newest, f.stat().st_mtime)
    return newest


@pytest.fixture(scope="module")
def bundle() -> Path:
    """dist/exemptio, rebuilt when any source is newer than the executable."""
    import fcntl

    # Several test workers (pytest-xdist) may ask for the bundle at once: one builds, the others
    # wait for it on the lock and then find it up to date.
    DIST.parent.mkdir(parents=True, exist_ok=True)
    with open(DIST.parent / ".bundle-build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        _build_when_stale()
    assert EXE.exists()
    return DIST


def _build_when_stale() -> None:
    if not EXE.exists() or EXE.stat().st_mtime < _newest_source_mtime():
        proc = subprocess.run(
            ["sh", str(REPO / "packaging" / "build.sh")],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=900,
            env={**os.environ, "PYTHON": sys.executable},
        )
        assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]


def _run(exe: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("EXEMPTIO_", "PYTHON"))}
    env.pop("DISPLAY", None)
    env.update(EXEMPTIO_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [str(exe), *args], capture_output=True, text=True, env=env, cwd=home.parent, timeout=120
    )


def test_version(bundle: Path, tmp_path: Path) -> None:
    r = _run(EXE, "--version", home=tmp_path / "home")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"exemptio {__version__}"


def test_headless_case_new_and_list(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    title = "Llama-Ω openness claim — ŚMISZEK"
    r = _run(
        EXE,
        "case",
        "new",
        "--title",
        title,
        "--provider",
        "Meta Platforms",
        "--subject",
        "Llama-Ω",
        "--officer",
        "GREGOROVÁ Markéta",
        home=home,
    )
    assert r.returncode == 0, r.stderr
    ref = r.stdout.strip()
    assert ref.startswith("AIO-")
    r = _run(EXE, "case", "list", "--json", home=home)
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert [(row["reference"], row["title"]) for row in rows] == [(ref, title)]
    # the database was created and migrated by Alembic from the bundled migrations/
    assert (home / "exemptio.db").stat().st_size > 0
    # the log went to the data folder
    log = (home / "logs" / "exemptio.log").read_text(encoding="utf-8")
    assert f"Exemptio {__version__} (bundle) started" in log
    # bad input: exit 2, one line
    r = _run(EXE, "case", "show", "AIO-1999-9999", home=home)
    assert r.returncode == 2 and r.stderr.startswith("exemptio: ") and r.stderr.count("\n") == 1


def test_bundle_contents(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert (internal / "resources" / "icons" / "exemptio.svg").exists()
    assert (internal / "migrations" / "env.py").exists()
    assert (internal / "migrations" / "script.py.mako").exists()
    assert list((internal / "migrations" / "versions").glob("*.py"))
    names = {p.name for p in internal.rglob("*")}
    unwanted = [n for n in names if any(x in n for x in ("Qt6Qml", "Qt6Quick", "WebEngine", "Qt6Designer"))]
    assert unwanted == []
    size = sum(p.lstat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < 400 * 1024 * 1024, f"bundle grew to {size / 2**20:.0f} MiB"


def test_gui_starts_from_the_bundle(bundle: Path, tmp_path: Path) -> None:
    """Offscreen: the main window comes up (Qt plugins, QtPdf/QtSvg, icons all found) and quits."""
    r = _run(EXE, "gui", "--exit-when-ready", home=tmp_path / "home")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("ready "), r.stdout + r.stderr
    assert "Could not load the Qt platform plugin" not in r.stderr


def test_about_lists_bundled_licences(bundle: Path, tmp_path: Path) -> None:
    """The licence metadata travels with the bundle (the About dialog reads it)."""
    internal = bundle / "_internal"
    metadata = {p.name.split("-")[0].lower() for p in internal.glob("*.dist-info")}
    for dist in ("pyside6_essentials", "shiboken6", "reportlab", "pyhanko", "sqlalchemy", "psycopg"):
        assert dist in metadata, dist
    assert (internal / "resources" / "fonts" / "OFL.txt").exists()


def test_letter_and_archive_workflow_from_the_bundle(bundle: Path, tmp_path: Path) -> None:
    """ReportLab fonts, pyHanko signing, the licence index and BagIt all work frozen."""
    from tests.unit.letter_testpki import HEAD_CN, PASSPHRASE, LocalTsa, make_pki

    home = tmp_path / "home"
    drafter, reviewer = "GREGOROVÁ Markéta", "GONÇALVES Bruno"

    def ok(*args: str) -> str:
        r = _run(EXE, *args, home=home)
        assert r.returncode == 0, (args, r.stderr)
        return r.stdout

    ref = ok(
        "case", "new", "--title", "Bundle workflow", "--provider", "P", "--subject", "M", "--officer", drafter
    )
    ref = ref.strip()
    lic = tmp_path / "LICENSE"
    # the whole text: identification aligns it against the bundled LicenseDB texts (a three-line
    # header only names a licence, which the screener reports as incomplete, not as Apache-2.0)
    lic.write_text((REPO / "tests" / "data" / "licences" / "apache-2.0.txt").read_text(encoding="utf-8"))
    assert json.loads(ok("licence", "screen", str(lic), "--json"))["licence"] == "Apache-2.0"
    ok("evidence", "add", ref, str(lic), "--officer", drafter)
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"checklist": "ai-act-oss", "version": "2025.07", "answers": ANSWERS}))
    ok("checklist", "answer", ref, "--file", str(answers), "--officer", drafter)
    pki = make_pki(tmp_path / "pki")
    pw = tmp_path / "pass.txt"
    pw.write_bytes(PASSPHRASE + b"\n")
    # single-user mode: the head of unit records themself, then signs the grant and registrations
    settings = home / "settings.json"
    doc = json.loads(settings.read_text()) if settings.exists() else {}
    doc["extra"] = {**doc.get("extra", {}), "trust_anchor": str(pki.root_pem)}
    settings.write_text(json.dumps(doc))
    head = ["--key", str(pki.head_p12), "--passphrase-file", str(pw), "--officer", HEAD_CN]
    ok("officer", "add", HEAD_CN, "--role", "head", *head)
    ok("officer", "add", reviewer, "--role", "reviewer", *head)
    for status in ("intake", "assessment", "review"):  # letters are issued from a case in review
        ok("case", "move", ref, status, "--officer", drafter)
    ok("letter", "draft", ref, "--out", str(tmp_path / "draft.pdf"), "--officer", drafter)
    ok("officer", "cert", "add", drafter, str(pki.officer_pem), *head)  # the signer is the officer
    ok("officer", "cert", "add", reviewer, str(pki.second_pem), *head)  # their own key
    ok(*approve_args(ref, pki.second_p12, pw, reviewer))
    signed = tmp_path / "signed.pdf"
    tsa = LocalTsa(pki)  # the optional timestamp authority (HTTP on 127.0.0.1)
    try:
        ok(*issue_args(ref, pki.officer_p12, pw, signed, drafter, "--tsa", tsa.url))
    finally:
        tsa.close()
    v = json.loads(ok("letter", "verify", str(signed), "--trust", str(pki.root_pem), "--json"))
    assert v["ok"] and v["trusted"] and v["whole_file"]
    assert v["level"] == "B-T"  # timestamped: pyHanko's HTTP client works in the bundle
    fonts = subprocess.run(["pdffonts", str(signed)], capture_output=True, text=True)
    if fonts.returncode == 0:
        assert "Noto" in fonts.stdout and " no " not in fonts.stdout.split("\n", 2)[2]
    ok("archive", "export", ref, "--out", str(tmp_path / "case.zip"), "--officer", drafter)
    ok("archive", "verify", str(tmp_path / "case.zip"))
