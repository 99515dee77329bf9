"""Case archive: export, verify (ours and the Library of Congress bagit), import,
export again, signatures, cancel, and the CLI."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import bagit
import pytest

from app.domain.errors import BadInput, NotAllowed
from app.services import archive, cases
from app.services import audit as audit_service
from app.services.archive.types import SIGNATURE_FILE, TAG_FILES
from db.models import AuditEvent
from db.uow import unit_of_work
from tests.integration.archive_support import (
    add_evidence,
    build_case,
    db_counts,
    fresh_ctx,
    manifest_lines,
    tree,
)


def _extract(zip_path: Path, dest: Path) -> Path:
    with zipfile.ZipFile(zip_path) as zf:
        zf.extractall(dest)
        top = zf.namelist()[0].split("/")[0]
    return dest / top


def _read(zip_path: Path, suffix: str) -> bytes:
    with zipfile.ZipFile(zip_path) as zf:
        name = next(n for n in zf.namelist() if n.endswith(suffix))
        return zf.read(name)


@pytest.fixture
def exported(ctx, tmp_path):  # type: ignore[no-untyped-def]
    ref = build_case(ctx)
    out = tmp_path / "out" / "case.zip"
    out.parent.mkdir()
    result = archive.export_case(ctx, ref, out)
    return ctx, ref, out, result


def test_export_is_a_valid_bag_for_bagit_and_for_us(exported, tmp_path):  # type: ignore[no-untyped-def]
    ctx, ref, out, result = exported
    assert result.files == 11 and result.reference == ref
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        assert {n.split("/")[0] for n in names} == {ref}  # one top folder
        infos = {i.filename: i for i in zf.infolist()}
    assert infos[f"{ref}/data/evidence/weights.bin"].compress_type == zipfile.ZIP_STORED
    bag_files = TAG_FILES - {"provenance.json", SIGNATURE_FILE}  # the BagIt files of every archive
    assert len(bag_files) == 6
    for required in (
        *sorted(bag_files),
        "data/case.json",
        "data/index.html",
        "data/audit.jsonl",
        "data/custody.jsonl",
    ):
        assert f"{ref}/{required}" in names
    # NFC names, folder structure kept, same-name collision disambiguated
    assert f"{ref}/data/evidence/r\u00e9sum\u00e9.txt" in names
    assert f"{ref}/data/evidence/repo/config.json" in names
    assert f"{ref}/data/evidence/repo/config (2).json" in names
    assert f"{ref}/data/evidence/repo/docs/model card.md" in names
    assert any(n.startswith(f"{ref}/data/letters/") and n.endswith(".pdf") for n in names)

    info = _read(out, "bag-info.txt").decode()
    assert f"External-Identifier: {ref}" in info
    assert f"Bagging-Date: {dt.datetime.now(dt.UTC).date().isoformat()}" in info
    assert f"Payload-Oxum: {result.payload_bytes}.11" in info
    assert "Source-Organization: " in info and "Bag-Software-Agent: Exemptio" in info

    doc = json.loads(_read(out, "data/case.json"))
    assert doc["case"]["reference"] == ref and doc["provider"]["name"] == "Ŝmiszek AI S.A."
    assert doc["schema_revision"] and doc["archive_format"] == archive.ARCHIVE_FORMAT
    assert doc["checklist"]["id"] and len(doc["checklist"]["answers"]) == 3
    assert [a["officer"] for a in doc["assignments"]] == ["Test Officer", "Second Officer"]
    assert doc["letters"][0]["state"] == "issued" and doc["letters"][0]["issued_file"]
    page = _read(out, "data/index.html").decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert" not in page
    assert "&lt;model&gt; &amp; &quot;friends&quot;" in page
    custody = [json.loads(x) for x in _read(out, "data/custody.jsonl").splitlines()]
    assert custody and all(c["action"].startswith("evidence.") for c in custody)

    report = archive.verify_archive(out)
    assert report.ok, report.problems
    assert report.reference == ref and report.files == 11

    bag_dir = _extract(out, tmp_path / "unzipped")
    bag = bagit.Bag(str(bag_dir))
    bag.validate()  # raises on any problem
    assert set(bag.algorithms) == {"sha256", "sha512"}
    cli = subprocess.run(
        [sys.executable, "-m", "bagit", "--validate", str(bag_dir)], capture_output=True, text=True
    )
    assert cli.returncode == 0, cli.stderr
    # the export itself is recorded in the trail (custody: evidence.exported)
    actions = [e.action for e in audit_service.case_events(ctx, ref)]
    assert actions.count("case.exported") == 1 and actions.count("evidence.exported") == 6


def test_round_trip_gives_identical_payload_manifests(exported, tmp_path):  # type: ignore[no-untyped-def]
    ctx_a, ref, out, _ = exported
    ctx_b = fresh_ctx(tmp_path / "machine-b")
    try:
        res = archive.import_archive(ctx_b, out)
        assert res.reference == ref and res.evidence_items == 6 and res.letters == 1
        out2 = tmp_path / "again.zip"
        archive.export_case(ctx_b, ref, out2)
        for alg in ("sha256", "sha512"):
            assert manifest_lines(out, alg) == manifest_lines(out2, alg)
        assert archive.verify_archive(out2).ok
        # provenance travels as a tag file (covered by the tag manifests)
        prov = json.loads(_read(out2, "provenance.json"))
        assert prov["transfers"][0]["reference"] == ref
        assert prov["transfers"][0]["import_events"][0]["action"] == "case.imported"
        bagit.Bag(str(_extract(out2, tmp_path / "u2"))).validate()

        rec = cases.get_case(ctx_b, ref)
        origin = json.loads(rec.origin)
        assert origin["archive"] == "case.zip" and origin["reference"] == ref
        assert origin["archive_sha256"] == res.archive_sha256 and origin["imported_by"] == "Importing Officer"
        assert origin["exported_at"] and origin["imported_at"]
        # destination chain intact and records the import; source history kept and verifying
        count, problems = audit_service.verify(ctx_b)
        assert problems == [] and count == 8  # imported, then exported (case + 6 evidence items)
        assert [e.action for e in audit_service.case_events(ctx_b, ref)][:2] == [
            "case.imported",
            "case.exported",
        ]
        history = archive.imported_history(ctx_b, ref)
        assert history[0]["action"] == "case.created" and history[0]["case_ref"] == ref
        assert sum(1 for h in history if h["action"] == "evidence.received") == 6
        # a later case in B does not take the imported reference
        new = cases.create_case(ctx_b, cases.NewCase(title="t", provider="p", subject="s"))
        assert new.reference != ref

        # third machine: both transfers are kept
        ctx_c = fresh_ctx(tmp_path / "machine-c", officer="Third Officer")
        try:
            archive.import_archive(ctx_c, out2)
            out3 = tmp_path / "third.zip"
            archive.export_case(ctx_c, ref, out3)
            assert manifest_lines(out3) == manifest_lines(out)
            transfers = json.loads(_read(out3, "provenance.json"))["transfers"]
            assert [t["imported_by"] for t in transfers] == ["Importing Officer", "Third Officer"]
        finally:
            ctx_c.close()
    finally:
        ctx_b.close()


def test_import_deduplicates_and_refuses_same_reference(exported, tmp_path):  # type: ignore[no-untyped-def]
    _, ref, out, _ = exported
    ctx_b = fresh_ctx(tmp_path / "b")
    try:
        other = cases.create_case(ctx_b, cases.NewCase(title="x", provider="p", subject="s")).reference
        add_evidence(ctx_b, other, "LICENSE", b"Apache License 2.0\n" * 50)  # same bytes as in the archive
        assert other == ref  # B's own case happens to hold the same reference
        res = archive.import_archive(ctx_b, out, as_new=True)
        assert res.reference != ref and res.original_reference == ref
        store = ctx_b.paths.evidence
        licence = b"Apache License 2.0\n" * 50
        assert sum(1 for p in store.rglob("*") if p.is_file() and p.read_bytes() == licence) == 1
        assert res.new_blobs == 7  # 8 blobs in the archive (with the audit segment), one already there
        before, files = db_counts(ctx_b), tree(store)
        with pytest.raises(NotAllowed, match="already exists"):
            archive.import_archive(ctx_b, out)
        assert db_counts(ctx_b) == before and tree(store) == files
        assert tree(ctx_b.paths.staging) == set()
    finally:
        ctx_b.close()


def test_as_new_keeps_old_reference_in_history(exported, tmp_path):  # type: ignore[no-untyped-def]
    _, ref, out, _ = exported
    ctx_b = fresh_ctx(tmp_path / "b")
    try:
        archive.import_archive(ctx_b, out)
        res = archive.import_archive(ctx_b, out, as_new=True)
        assert res.reference != ref
        events = audit_service.case_events(ctx_b, res.reference)
        assert events[-1].action == "case.imported"
        assert events[-1].before == {"reference": ref}
        assert json.loads(cases.get_case(ctx_b, res.reference).origin)["reference"] == ref
    finally:
        ctx_b.close()


def _make_pki(tmp: Path) -> tuple[Path, Path, bytes]:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    from tests.helpers.certs import certificate, rsa_key

    now = dt.datetime.now(dt.UTC)
    valid = {"not_before": now - dt.timedelta(days=1), "not_after": now + dt.timedelta(days=30)}
    ca_key = rsa_key()
    ca_ku = x509.KeyUsage(True, False, False, False, False, True, True, False, False)
    ca = certificate(ca_key, ca_key, "Test Archive CA", ca=True, extensions=[(ca_ku, True)], **valid)
    key = rsa_key()
    ku = x509.KeyUsage(True, True, False, False, False, False, False, False, False)
    cert = certificate(
        key,
        ca_key,
        "ŚMISZEK Krzysztof (Records)",
        issuer=ca.subject,
        ca=False,
        extensions=[(ku, True)],
        **valid,
    )
    p12 = tmp / "signer.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"signer", key, cert, [ca], serialization.BestAvailableEncryption(b"s3cret")
        )
    )
    ca_pem = tmp / "ca.pem"
    ca_pem.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    return p12, ca_pem, b"s3cret"


def test_signed_export_verifies_with_openssl_cms(ctx, tmp_path):  # type: ignore[no-untyped-def]
    ref = build_case(ctx)
    p12, ca_pem, passphrase = _make_pki(tmp_path)
    with pytest.raises(BadInput, match="(?i)wrong passphrase"):
        archive.export_case(ctx, ref, tmp_path / "x.zip", signing_key=archive.SigningKey(p12, b"nope"))
    assert not (tmp_path / "x.zip").exists()
    out = tmp_path / "signed.zip"
    res = archive.export_case(ctx, ref, out, signing_key=archive.SigningKey(p12, passphrase))
    assert res.signed
    report = archive.verify_archive(out)
    assert report.ok and report.signed and report.signer == "ŚMISZEK Krzysztof (Records)"
    assert not report.trusted and report.origin.startswith(
        "unverified (signed by an untrusted certificate: CN="
    )
    trusted = archive.verify_archive(out, trust=[ca_pem])
    assert (
        trusted.ok and trusted.trusted and trusted.origin.startswith("signed by ŚMISZEK Krzysztof (Records)")
    )
    bag_dir = _extract(out, tmp_path / "u")
    bagit.Bag(str(bag_dir)).validate()

    def openssl(content: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                "openssl",
                "cms",
                "-verify",
                "-binary",
                "-content",
                str(content),
                "-inform",
                "DER",
                "-in",
                str(bag_dir / "tagmanifest-sha512.txt.p7s"),
                "-CAfile",
                str(ca_pem),
                "-out",
                "/dev/null",
            ],
            capture_output=True,
            text=True,
        )

    ok = openssl(bag_dir / "tagmanifest-sha512.txt")
    assert ok.returncode == 0, ok.stderr
    tampered = tmp_path / "tampered.txt"
    tampered.write_bytes((bag_dir / "tagmanifest-sha512.txt").read_bytes().replace(b"0", b"1", 1))
    assert openssl(tampered).returncode != 0
    # checking the signature in a process that has not loaded pyHanko yet leaves asn1crypto's
    # name tables lazy, so pyHanko (imported later) can still add its CMS attribute names
    code = (
        "from app.services import archive\n"
        f"assert archive.verify_archive({str(out)!r}).ok\n"
        "import pyhanko.sign.ades.cades_asn1\n"
        "from asn1crypto import cms\n"
        "print(cms.CMSAttributeType.unmap('signing_certificate_v2'))\n"
    )
    p = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2]
    )
    assert p.returncode == 0 and "1.2.840.113549.1.9.16.2.47" in p.stdout, p.stderr
    # our verify checks the signature too: a changed tag manifest is reported
    bad = tmp_path / "bad-sig.zip"
    _rewrite(out, bad, lambda n, d: d + b"\n" if n.endswith("/tagmanifest-sha512.txt") else d)
    problems = archive.verify_archive(bad).problems
    assert [p.file for p in problems] == ["tagmanifest-sha512.txt.p7s"]


def test_cancel_and_failures_leave_nothing(ctx, tmp_path):  # type: ignore[no-untyped-def]
    ref = build_case(ctx)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(archive.Cancelled):
        archive.export_case(ctx, ref, out_dir / "c.zip", cancel=cancel)
    assert list(out_dir.iterdir()) == []
    assert "case.exported" not in [e.action for e in audit_service.case_events(ctx, ref)]
    with pytest.raises(BadInput, match="No case"):
        archive.export_case(ctx, "AIO-1999-0001", out_dir / "c.zip")
    with pytest.raises(BadInput, match="does not exist"):
        archive.export_case(ctx, ref, tmp_path / "missing-folder" / "c.zip")
    assert list(out_dir.iterdir()) == []

    # damaged blob store: export refuses, leaves nothing
    with unit_of_work(ctx.engine, readonly=True) as s:
        n_events = s.query(AuditEvent).count()
    blob = next(p for p in ctx.paths.evidence.rglob("*") if p.is_file() and p.stat().st_size == 3 << 20)
    blob.chmod(0o644)
    data = bytearray(blob.read_bytes())
    data[100] ^= 0xFF
    blob.write_bytes(bytes(data))
    with pytest.raises(archive.StorageError, match="damaged"):
        archive.export_case(ctx, ref, out_dir / "d.zip")
    assert list(out_dir.iterdir()) == []
    with unit_of_work(ctx.engine, readonly=True) as s:
        assert s.query(AuditEvent).count() == n_events


def _rewrite(src: Path, dst: Path, edit) -> None:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = edit(info.filename, zin.read(info))
            zout.writestr(info, data)


def test_verify_names_each_failing_file(exported, tmp_path, cli):  # type: ignore[no-untyped-def]
    _, ref, out, _ = exported
    bad = tmp_path / "bad.zip"

    def edit(name: str, data: bytes) -> bytes:
        if name.endswith("LICENSE") or name.endswith("case.json"):
            return data.replace(b"A", b"B", 1)
        return data

    _rewrite(out, bad, edit)
    report = archive.verify_archive(bad)
    failing = sorted({p.file for p in report.problems})
    assert failing == ["data/case.json", "data/evidence/LICENSE"]
    r = cli("archive", "verify", str(bad))
    assert r.rc == 1 and "data/evidence/LICENSE" in r.out + r.err and "data/case.json" in r.out + r.err
    r = cli("archive", "verify", str(bad), "--json")
    assert r.rc == 1 and not r.json()["ok"] and len(r.json()["problems"]) >= 2
    r = cli("archive", "verify", str(out), "--json")
    assert r.rc == 0 and r.json()["ok"] and r.json()["reference"] == ref


def test_cli_export_verify_import(cli, ctx, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    ref = build_case(ctx)
    out = tmp_path / "cli.zip"
    r = cli("archive", "export", ref, "--out", str(out), "--officer", "Test Officer")
    assert r.rc == 0, r.err
    assert out.exists() and ref in r.out
    r = cli("archive", "verify", str(out))
    assert r.rc == 0 and "OK" in r.out
    other = tmp_path / "other-home"
    r = cli("archive", "import", str(out), "--home", str(other), "--officer", "B Officer")
    assert r.rc == 0, r.err
    assert ref in r.out
    before = tree(other / "evidence")
    r = cli("archive", "import", str(out), "--home", str(other), "--officer", "B Officer")
    assert r.rc == 2 and "already exists" in r.err and "--as-new" in r.err
    assert tree(other / "evidence") == before
    assert tree(other / "staging") == set()
    r = cli(
        "archive", "import", str(out), "--as-new", "--home", str(other), "--officer", "B Officer", "--json"
    )
    assert r.rc == 0 and r.json()["original_reference"] == ref and r.json()["reference"] != ref
    r = cli("archive", "verify", str(tmp_path / "nope.zip"))
    assert r.rc == 2 and "No archive" in r.err
    p12, _, _ = _make_pki(tmp_path)
    pf = tmp_path / "pass.txt"
    pf.write_text("s3cret\n")
    signed = ("archive", "export", ref, "--out", str(tmp_path / "s.zip"), "--sign-key", str(p12))
    r = cli(*signed, "--passphrase-file", str(pf))  # no acting officer: an export names who made it
    assert r.rc == 2 and "No acting officer" in r.err and not (tmp_path / "s.zip").exists()
    r = cli(*signed, "--passphrase-file", str(pf), "--officer", "Test Officer")
    assert r.rc == 0, r.err
    assert archive.verify_archive(tmp_path / "s.zip").signed


def test_interleaved_cases_export_link_only_lines(ctx, tmp_path):  # type: ignore[no-untyped-def]
    """Events of other cases between this case's events travel as hashes only."""
    a = cases.create_case(ctx, cases.NewCase(title="A", provider="P", subject="S")).reference
    b = cases.create_case(ctx, cases.NewCase(title="Secret B", provider="Q", subject="T")).reference
    add_evidence(ctx, a, "a.txt", b"for a")
    cases.update_case(ctx, b, notes="confidential note of B")
    add_evidence(ctx, a, "a2.txt", b"for a again")
    out = tmp_path / "a.zip"
    archive.export_case(ctx, a, out)
    lines = [json.loads(x) for x in _read(out, "data/audit.jsonl").splitlines()]
    links = [x for x in lines if x.get("link_only")]
    assert len(links) == 2 and set(links[0]) == {"chain", "id", "prev_hash", "hash", "link_only"}
    assert b"confidential" not in _read(out, "data/audit.jsonl") and b"Secret B" not in _read(
        out, "data/audit.jsonl"
    )
    assert [x["id"] for x in lines] == list(range(1, len(lines) + 1))
    ctx_b = fresh_ctx(tmp_path / "b")
    try:
        archive.import_archive(ctx_b, out)
        assert len(archive.imported_history(ctx_b, a)) == len(lines) - 2
    finally:
        ctx_b.close()


def test_round_trip_of_a_real_case_through_the_cli(cli, home, tmp_path):  # type: ignore[no-untyped-def]
    """Evidence and checklist answers through the real services and CLI; export, import
    elsewhere, export again: identical payload manifests, outcome and trail intact."""
    from tests.integration.test_letter_cli import DRAFTER, _case, _ok

    ref = _case(cli, tmp_path)
    out = tmp_path / "real.zip"
    _ok(cli("archive", "export", ref, "--out", str(out), "--officer", DRAFTER))
    doc = json.loads(_read(out, "data/case.json"))
    assert doc["case"]["outcome_label"] and len(doc["checklist"]["answers"]) >= 10
    assert doc["checklist"]["version"] == "2025.07"
    bagit.Bag(str(_extract(out, tmp_path / "u"))).validate()
    outcome_here = _ok(cli("checklist", "outcome", ref, "--json")).json()

    other, again = _import_and_export_again(cli, out, ref, tmp_path)
    assert manifest_lines(out) == manifest_lines(again)
    assert manifest_lines(out, "sha512") == manifest_lines(again, "sha512")
    outcome_there = _ok(cli("checklist", "outcome", ref, "--json", "--home", str(other))).json()
    assert outcome_there == outcome_here
    _ok(cli("audit", "verify", "--home", str(other)))
    found = _ok(cli("case", "list", "--search", "LLAMA", "--json", "--home", str(other))).json()
    assert [c["reference"] for c in found] == [ref]


def _import_and_export_again(cli: Any, out: Path, ref: str, tmp_path: Path) -> tuple[Path, Path]:
    """(other data folder, archive): ``out`` imported by the Records Office into another data
    folder and exported from there again."""
    from tests.integration.test_letter_cli import _ok

    other = tmp_path / "elsewhere"
    _ok(cli("archive", "import", str(out), "--home", str(other), "--officer", "Records Office"))
    again = tmp_path / "again.zip"
    _ok(
        cli(
            "archive", "export", ref, "--out", str(again), "--home", str(other), "--officer", "Records Office"
        )
    )
    return other, again


def test_round_trip_with_a_signed_letter(cli, home, tmp_path):  # type: ignore[no-untyped-def]
    """A drafted, approved (four eyes) and signed letter survives the round trip and still verifies."""
    from tests.helpers.letters import issue_args
    from tests.integration.test_letter_cli import DRAFTER, _any_pki, _approve, _case, _ok, _pass, own_key

    pki = _any_pki()
    ref = _case(cli, tmp_path)
    own_key(cli, pki.officer_p12)  # the signer is the officer: the drafter's certificate, registered
    _ok(cli("letter", "draft", ref, "--out", str(tmp_path / "draft.pdf"), "--officer", DRAFTER))
    _ok(cli(*_approve(ref, tmp_path)))  # the reviewer signs the approval with their own key
    _ok(
        cli(*issue_args(ref, pki.officer_p12, _pass(tmp_path), tmp_path / "signed.pdf", DRAFTER, "--tsa", ""))
    )
    out = tmp_path / "real.zip"
    _ok(cli("archive", "export", ref, "--out", str(out), "--officer", DRAFTER))
    letter = json.loads(_read(out, "data/case.json"))["letters"][0]
    assert letter["state"] == "issued" and letter["issued_file"] and letter["content_json"]
    assert _read(out, letter["issued_file"].removeprefix("data/")) == (tmp_path / "signed.pdf").read_bytes()
    other, again = _import_and_export_again(cli, out, ref, tmp_path)
    assert manifest_lines(out) == manifest_lines(again)
    pdf = tmp_path / "from-archive.pdf"
    pdf.write_bytes(_read(again, letter["issued_file"].removeprefix("data/")))
    r = _ok(cli("letter", "verify", str(pdf), "--trust", str(pki.root_pem), "--json"))
    assert r.json()["ok"] and r.json()["trusted"]
    listed = _ok(cli("letter", "list", ref, "--json", "--home", str(other))).json()
    assert [x["state"] for x in listed] == ["issued"]


def test_reference_only_evidence_and_auditor_role(ctx, tmp_path, cli):  # type: ignore[no-untyped-def]
    from app.services import evidence

    ref = cases.create_case(ctx, cases.NewCase(title="Ref only", provider="P", subject="S")).reference
    big = tmp_path / "huge-model.safetensors"
    big.write_bytes(b"\0" * 1000)
    evidence.add_paths(ctx, ref, [big], reference_only=True)
    add_evidence(ctx, ref, "kept.txt", b"kept")
    out = tmp_path / "r.zip"
    archive.export_case(ctx, ref, out)
    doc = json.loads(_read(out, "data/case.json"))
    by_name = {e["original_name"]: e for e in doc["evidence"]}
    assert (
        by_name["huge-model.safetensors"]["path"] is None
        and by_name["huge-model.safetensors"]["reference_only"]
    )
    assert by_name["kept.txt"]["path"] == "data/evidence/kept.txt"
    ctx_b = fresh_ctx(tmp_path / "b")
    try:
        archive.import_archive(ctx_b, out)
        again = tmp_path / "again.zip"
        archive.export_case(ctx_b, ref, again)
        assert manifest_lines(out) == manifest_lines(again)
        # an auditor (read-only) may export but not import (recorded before any head of unit is)
        r = cli(
            "officer",
            "add",
            "Audra Auditor",
            "--role",
            "auditor",
            "--home",
            str(tmp_path / "b"),
            "--officer",
            "Head Person",
        )
        assert r.rc == 0, r.err
        r = cli(
            "archive",
            "import",
            str(out),
            "--as-new",
            "--home",
            str(tmp_path / "b"),
            "--officer",
            "Audra Auditor",
        )
        assert r.rc == 2 and "auditor" in r.err
        r = cli(
            "archive",
            "export",
            ref,
            "--out",
            str(tmp_path / "aud.zip"),
            "--home",
            str(tmp_path / "b"),
            "--officer",
            "Audra Auditor",
        )
        assert r.rc == 0, r.err
    finally:
        ctx_b.close()


def test_export_shows_in_each_items_custody(ctx, tmp_path):  # type: ignore[no-untyped-def]
    from app.services import evidence

    ref = cases.create_case(ctx, cases.NewCase(title="C", provider="P", subject="S")).reference
    add_evidence(ctx, ref, "one.txt", b"one")
    archive.export_case(ctx, ref, tmp_path / "c.zip")
    item = evidence.list_evidence(ctx, ref)[0]
    actions = [e.action for e in evidence.custody(ctx, item.id)]
    assert actions == ["evidence.received", "evidence.exported"]
