"""Records-grade bags (issue 16 item 5): every exported archive passes the standard tools a
records office uses - bagit.py --validate, bdbag --validate full and the bagit-profile
validator against resources/bagit/exemptio-case-archive-v1.json - and bag-info.txt names
its profile, size, contact and organisation address."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.resources import resource_path
from tests.integration.archive_support import exported_case

PROFILE = resource_path("bagit", "exemptio-case-archive-v1.json")
BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("records")
    out, _ = exported_case(base, name="case.zip")
    bag = base / "bag"
    with zipfile.ZipFile(out) as zf:
        zf.extractall(bag)
    return out, next(bag.iterdir())


def _info(bag: Path) -> dict[str, str]:
    out = {}
    for line in (bag / "bag-info.txt").read_text(encoding="utf-8").splitlines():
        k, _, v = line.partition(":")
        out[k.strip()] = v.strip()
    return out


def test_bag_info_names_profile_size_contact_and_address(exported: tuple[Path, Path]) -> None:
    info = _info(exported[1])
    profile = json.loads(PROFILE.read_text(encoding="utf-8"))
    assert info["BagIt-Profile-Identifier"] == profile["BagIt-Profile-Info"]["BagIt-Profile-Identifier"]
    assert info["Contact-Name"] == "Source Officer"
    assert info["Organization-Address"].startswith("European Commission")
    assert info["Bag-Size"].endswith(("KB", "MB", "bytes"))
    assert int(info["Exemptio-Audit-Events"]) > 5
    assert len(info["Exemptio-Audit-First-Hash"]) == 64 and len(info["Exemptio-Audit-Last-Hash"]) == 64


def test_bagit_py_validates_the_bag(exported: tuple[Path, Path]) -> None:
    r = subprocess.run(
        [str(BIN / "bagit.py"), "--validate", str(exported[1])], capture_output=True, text=True
    )
    assert r.returncode == 0, r.stderr


def test_bdbag_validates_the_bag_fully(exported: tuple[Path, Path]) -> None:
    r = subprocess.run(
        [str(BIN / "bdbag"), "--validate", "full", str(exported[1])], capture_output=True, text=True
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert "is valid" in (r.stdout + r.stderr).lower()


def test_bagit_profile_validator_accepts_the_bag_and_its_zip(exported: tuple[Path, Path]) -> None:
    import bagit
    import bagit_profile

    profile = json.loads(PROFILE.read_text(encoding="utf-8"))
    ident = profile["BagIt-Profile-Info"]["BagIt-Profile-Identifier"]
    checker = bagit_profile.Profile(ident, profile=profile)
    bag = bagit.Bag(str(exported[1]))
    assert checker.validate(bag), checker.report.errors
    assert checker.validate_serialization(str(exported[0])), checker.report.errors


def test_bagit_profile_validator_rejects_a_bag_without_the_archive_tags(
    exported: tuple[Path, Path], tmp_path: Path
) -> None:
    import shutil

    import bagit
    import bagit_profile

    copy = tmp_path / "copy"
    shutil.copytree(exported[1], copy)
    lines = (copy / "bag-info.txt").read_text(encoding="utf-8").splitlines()
    kept = [ln for ln in lines if not ln.startswith("Exemptio-Audit-Events")]
    (copy / "bag-info.txt").write_text("\n".join(kept) + "\n", encoding="utf-8")
    profile = json.loads(PROFILE.read_text(encoding="utf-8"))
    checker = bagit_profile.Profile(
        profile["BagIt-Profile-Info"]["BagIt-Profile-Identifier"], profile=profile
    )
    assert not checker.validate(bagit.Bag(str(copy)))


def test_overview_is_a_readable_record(exported: tuple[Path, Path]) -> None:
    page = (exported[1] / "data" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in page
    assert "Q1" in page and "Yes" in page  # answers in words (Q1: true)
    assert "Letter register" in page and "Ares(2026)123456" in page and "Head of Unit" in page
    assert "This archive is not signed" in page
    assert "&lt;script&gt;" in page and "<script>" not in page  # case data escaped
    assert "SHA-256" in page and "weights.bin" in page
    # times to the minute, not microseconds
    import re

    assert not re.search(r"\d{2}:\d{2}:\d{2}\.\d{6}", page)


def test_overview_in_the_letters_language_with_unsafe_characters_made_visible() -> None:
    import io

    from app.services.archive.overview import _index_html

    doc = {
        "case": {
            "reference": "AIO-2026-0001",
            "title": "Evil \u202egnp.exe",
            "status": "decided",
            "notes": "bell\x07 <b>bold</b>",
            "outcome_label": "partially_exempt",
            "created_at": "2026-01-02T03:04:05.123456+00:00",
        },
        "provider": {"name": "ACME \x1b[31mred"},
        "subject": {"name": "M", "version": "1", "kind": "model"},
        "assigned_officer": None,
        "checklist": {
            "id": "ai-act-oss",
            "version": "2025.07",
            "answers": [{"question_id": "A1", "value": "model", "note": "", "answered_by": "X"}],
        },
        "evidence": [],
        "letters": [{"state": "issued", "language": "fr", "registry_reference": "Ares(1)"}],
    }
    page = _index_html(doc, io.BytesIO(b""), "Hanna Head").decode()
    assert '<html lang="fr">' in page and "Registre des lettres" in page
    assert "\u202e" not in page and "⟨U+202E⟩" in page
    assert "\x1b" not in page and "\x07" not in page
    assert "&lt;b&gt;bold&lt;/b&gt;" in page
    assert "Base juridique" in page and "Art. 3(63)" in page  # question's legal basis, in French
    assert "Hanna Head" in page and "signature CMS" in page
    assert "2026-01-02 03:04" in page


def test_the_approved_draft_is_in_the_archive(cli, home: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A real draft + approval through the letters service: the approved letter (the final
    letter with the reviewer's approval signature, stored) goes into data/letters/."""
    import hashlib

    from tests.helpers.letters import REVIEWER
    from tests.helpers.letters import approve as approve_letter
    from tests.helpers.officers import grant
    from tests.integration.test_packaging import ANSWERS
    from tests.unit.letter_testpki import make_pki

    drafter, reviewer = "GREGOROVÁ Markéta", REVIEWER
    pki = make_pki(tmp_path / "pki")

    def ok(*args: str) -> str:
        r = cli(*args)
        assert r.rc == 0, (args, r.err)
        return str(r.out)

    ref = ok(
        "case", "new", "--title", "Draft", "--provider", "P", "--subject", "M", "--officer", drafter
    ).strip()
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"checklist": "ai-act-oss", "version": "2025.07", "answers": ANSWERS}))
    ok("checklist", "answer", ref, "--file", str(answers), "--officer", drafter)
    grant(cli, pki, reviewer, "reviewer")
    for status in ("intake", "assessment", "review"):
        ok("case", "move", ref, status, "--officer", drafter)
    ok("letter", "draft", ref, "--out", str(tmp_path / "draft.pdf"), "--officer", drafter)
    approved_sha = approve_letter(cli, ref, pki, tmp_path, extra=("--json",)).json()["approved_sha256"]
    out = tmp_path / "case.zip"
    ok("archive", "export", ref, "--out", str(out), "--officer", drafter)
    with zipfile.ZipFile(out) as zf:
        top = zf.namelist()[0].split("/")[0]
        doc = json.loads(zf.read(f"{top}/data/case.json"))
        letter = doc["letters"][0]
        assert letter["state"] == "approved" and letter["approved_file"]
        assert letter["approved_sha256"] == approved_sha
        assert hashlib.sha256(zf.read(f"{top}/{letter['approved_file']}")).hexdigest() == approved_sha
    assert cli("archive", "verify", str(out)).rc == 0
