"""Authenticity of imported archives: BagIt hashes prove completeness, not origin.

A hand-edited case.json whose manifests, tag manifests and Payload-Oxum were all
recomputed must still be refused (exit 2, first contradiction named) on import and
reported (exit 1) by verify, because it contradicts the hash-chained audit trail
(data/audit.jsonl) or bag-info.txt. Issued letters are re-validated as signed PDFs.
Unsigned archives import as "unverified origin" with one warning line."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.domain.errors import BadInput
from app.services import archive, cases
from app.services.context import open_context
from db.models import Case
from db.uow import unit_of_work
from tests.integration.archive_support import (
    MINIMAL_PDF,
    add_letter,
    build_case,
    exported_case,
    signed_pdf,
    tree,
)
from tests.integration.test_archive_hostile import _snapshot, read_entries, rebag, write_entries
from tests.integration.test_archive_hostile import victim as victim  # noqa: F401 - fixture


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    return exported_case(
        tmp_path_factory.mktemp("auth-src"), lambda ctx, ref: cases.transition(ctx, ref, "intake")
    )


def _edit_case(src: Path, dest: Path, change: Callable[[dict[str, Any]], None], info: bytes = b"") -> Path:
    def edit(rel: str, data: bytes) -> bytes:
        if rel == "data/case.json":
            doc = json.loads(data)
            change(doc)
            return json.dumps(doc, ensure_ascii=False, indent=2).encode()
        if rel == "bag-info.txt" and info:
            old, new = info.split(b"=>")
            return data.replace(old, new)
        return data

    return write_entries(dest, rebag(read_entries(src), edit))


def _other_ref(ref: str) -> str:
    return ref[:-1] + ("8" if ref[-1] == "9" else "9")


def _refused(victim: Any, bad: Path, tmp_path: Path, cli: Any, pattern: str) -> None:
    before = _snapshot(victim, tmp_path)
    with pytest.raises(BadInput, match=pattern) as err:
        archive.import_archive(victim, bad)
    assert err.value.exit_code == 2 and "\n" not in str(err.value)
    assert _snapshot(victim, tmp_path) == before and tree(victim.paths.staging) == set()
    r = cli("archive", "import", str(bad), "--home", str(victim.paths.home), "--officer", "Victim Officer")
    assert r.rc == 2 and r.err.startswith("exemptio: Refused: ") and r.err.count("\n") == 1, r.err
    assert _snapshot(victim, tmp_path) == before
    v = cli("archive", "verify", str(bad), "--json")
    assert v.rc == 1, v.out
    assert any(re_search(pattern, p["reason"]) for p in v.json()["problems"]), v.out


def re_search(pattern: str, text: str) -> bool:
    import re

    return re.search(pattern, text) is not None


def test_reviewers_reproduction_is_refused(good, victim, tmp_path, cli):  # type: ignore[no-untyped-def]
    """Status decided, the letter approved by its own drafter (four eyes broken), a new reference;
    manifests, tag manifests and Payload-Oxum recomputed: `archive verify` used to say OK."""
    src, ref = good

    def change(doc: dict[str, Any]) -> None:
        doc["case"]["status"] = "decided"
        letter = doc["letters"][0]
        letter["approved_by"] = letter["drafted_by"]
        doc["case"]["reference"] = _other_ref(ref)

    bad = _edit_case(src, tmp_path / "forged.zip", change)
    assert archive.verify_archive(bad).ok is False
    _refused(victim, bad, tmp_path, cli, "contradicts the audit trail")
    # even with bag-info.txt's External-Identifier changed too, the audit trail contradicts it
    bad2 = _edit_case(src, tmp_path / "forged2.zip", change, info=f"{ref}=>{_other_ref(ref)}".encode())
    _refused(victim, bad2, tmp_path, cli, r"reference .* never records")


FIELDS: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "status": (lambda d: d["case"].update(status="decided"), r"status decided.*audit trail intake"),
    "status_same_as_created": (
        lambda d: d["case"].update(status="draft"),
        r"status draft.*audit trail intake",
    ),
    "approved_by_drafter": (
        lambda d: d["letters"][0].update(approved_by=d["letters"][0]["drafted_by"]),
        r"letter 1 approved_by is Drafter A in case.json, Reviewer B",
    ),
    "approved_by_other": (
        lambda d: d["letters"][0].update(approved_by="Someone Else"),
        r"letter 1 approved_by is Someone Else",
    ),
    "drafted_by": (lambda d: d["letters"][0].update(drafted_by="Ghost Writer"), r"letter 1 drafted_by"),
    "issued_by": (lambda d: d["letters"][0].update(issued_by="Reviewer B"), r"letter 1 issued_by"),
    "letter_state": (lambda d: d["letters"][0].update(state="approved"), r"letter 1 state"),
    "draft_sha256": (lambda d: d["letters"][0].update(draft_sha256="0" * 64), r"letter 1 draft_sha256"),
    "unsigned_sha256": (
        lambda d: d["letters"][0].update(unsigned_sha256="1" * 64),
        r"letter 1 unsigned_sha256",
    ),
    "signer": (lambda d: d["letters"][0].update(signer="Mallory"), r"letter 1 signer"),
    "letter_removed": (lambda d: d.update(letters=[]), r"0 letter\(s\), the audit trail records 1"),
    "assignment": (
        lambda d: d["assigned_officer"].update(name="Test Officer"),
        r"assigns the case to Test Officer",
    ),
    "answer_value": (
        lambda d: d["checklist"]["answers"][0].update(value=False),
        r"answer to Q1 differs",
    ),
    "answer_note": (lambda d: d["checklist"]["answers"][1].update(note="edited"), r"answer to Q2 differs"),
    "answered_by": (
        lambda d: d["checklist"]["answers"][0].update(answered_by="Mallory"),
        r"says Mallory answered Q1",
    ),
    "answer_added": (
        lambda d: d["checklist"]["answers"].append(
            {"question_id": "Q9", "value": True, "evidence": [], "note": "", "answered_by": "Test Officer"}
        ),
        r"answers Q9, which the audit trail never records",
    ),
    "answer_removed": (
        lambda d: d["checklist"].update(answers=d["checklist"]["answers"][1:]),
        r"Q1 is in the",
    ),
    "reference": (
        lambda d: d["case"].update(reference=d["case"]["reference"][:-1] + "9"),
        r"External-Identifier",
    ),
}


@pytest.mark.parametrize("name", sorted(FIELDS))
def test_each_contradicted_field_is_refused(name, good, victim, tmp_path, cli):  # type: ignore[no-untyped-def]
    change, pattern = FIELDS[name]
    src, _ = good
    bad = _edit_case(src, tmp_path / f"{name}.zip", change)
    _refused(victim, bad, tmp_path, cli, pattern)


def test_external_identifier_alone_is_refused(good, victim, tmp_path, cli):  # type: ignore[no-untyped-def]
    src, ref = good
    bad = _edit_case(src, tmp_path / "ext.zip", lambda d: None, info=f"{ref}=>{_other_ref(ref)}".encode())
    _refused(victim, bad, tmp_path, cli, "External-Identifier")


def _unsigned_pdf() -> bytes:
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, "Unsigned letter")
    c.save()
    return buf.getvalue()


def _case_with_letter(tmp_path: Path, pdf: bytes) -> Path:
    ctx = open_context(home=tmp_path / "letter-src", officer="Source Officer")
    try:
        ref = cases.create_case(ctx, cases.NewCase(title="Letter", provider="P", subject="S")).reference
        add_letter(ctx, ref, pdf)
        out = tmp_path / "letter.zip"
        archive.export_case(ctx, ref, out)
    finally:
        ctx.close()
    return out


@pytest.mark.parametrize(
    ("kind", "pattern"),
    [
        ("unsigned", "carries no electronic signature"),
        ("appended", "modified after signing"),
        ("damaged", "not a readable PDF"),
    ],
)
def test_issued_letter_pdf_is_revalidated(kind, pattern, victim, tmp_path, cli):  # type: ignore[no-untyped-def]
    pdf = {
        "unsigned": _unsigned_pdf(),
        "appended": signed_pdf() + b"\n% changed after signing\n",
        "damaged": MINIMAL_PDF,
    }[kind]
    bad = _case_with_letter(tmp_path, pdf)
    _refused(
        victim, bad, tmp_path, cli, rf"letter 1 \(issued PDF\) is not an intact signed letter: .*{pattern}"
    )


def test_unsigned_archive_imports_as_unverified_origin(good, tmp_path, cli):  # type: ignore[no-untyped-def]
    src, ref = good
    v = cli("archive", "verify", str(src))
    assert v.rc == 0 and v.out.startswith("OK: ")
    assert v.err == "exemptio: warning: archive is not signed: its origin cannot be proven\n"
    assert cli("archive", "verify", str(src), "--json").json()["warnings"] == [archive.UNSIGNED_WARNING]
    home = tmp_path / "dest"
    r = cli("archive", "import", str(src), "--home", str(home), "--officer", "Records Office")
    assert r.rc == 0 and r.err == "exemptio: warning: archive is not signed: its origin cannot be proven\n"
    ctx = open_context(home=home, officer="Records Office")
    try:
        with unit_of_work(ctx.engine, readonly=True) as s:
            origin = json.loads(s.query(Case).filter(Case.reference == ref).one().origin)
    finally:
        ctx.close()
    assert origin["origin"] == "unverified origin" and origin["signed_by"] == ""


def _self_signed_p12(
    tmp: Path, cn: str, *, days: tuple[int, int] = (-1, 30), signing: bool = True
) -> tuple[Path, bytes]:
    """A key and a self-made certificate naming ``cn`` (anyone can make one)."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

    from tests.helpers.certs import certificate

    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    ku = x509.KeyUsage(signing, signing, not signing, False, False, False, False, False, False)
    cert = certificate(
        key, key, cn, not_before=now + dt.timedelta(days=days[0]), not_after=now + dt.timedelta(days=days[1]),
        extensions=[(ku, True)],
    )  # fmt: skip
    p12 = tmp / f"{cn.replace(' ', '_')}.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(b"k", key, cert, None, BestAvailableEncryption(b"pw"))
    )
    return p12, b"pw"


def _resign(src: Path, dest: Path, p12: Path, passphrase: bytes, *, overview: tuple[str, str] | None) -> Path:
    """The same archive with its signature replaced by one made with another key; with
    ``overview`` (old name, new name) index.html's signature paragraph is rewritten to match,
    and the manifests rebuilt, as a careful forger would."""
    from app.services.archive.signature import _load_signing_key, _sign

    loaded = _load_signing_key(archive.SigningKey(p12, passphrase))
    entries = read_entries(src)
    if overview is not None:
        old, new = (x.encode() for x in overview)
        entries = rebag(
            entries, lambda rel, data: data.replace(old, new) if rel == "data/index.html" else data
        )
    tm = next(d for i, d in entries if i.filename.endswith("/tagmanifest-sha512.txt"))
    out = [(i, _sign(tm, loaded) if i.filename.endswith(".p7s") else d) for i, d in entries]
    return write_entries(dest, out)


def test_signer_is_named_only_when_a_trust_anchor_vouches_for_them(tmp_path, victim, cli):  # type: ignore[no-untyped-def]
    from tests.integration.test_archive_roundtrip import _make_pki

    ctx = open_context(home=tmp_path / "src", officer="Source Officer")
    try:
        ref = build_case(ctx)
        p12, ca, passphrase = _make_pki(tmp_path)
        out = tmp_path / "signed.zip"
        archive.export_case(ctx, ref, out, signing_key=archive.SigningKey(p12, passphrase))
    finally:
        ctx.close()
    # no trust anchor: the signature checks, but who made it is unverified
    v = cli("archive", "verify", str(out))
    assert v.rc == 0 and v.err == "", v.err
    assert "unverified (signed by an untrusted certificate: CN=ŚMISZEK Krzysztof (Records)" in v.out
    assert "; signed by" not in v.out
    dest = open_context(home=tmp_path / "dest", officer="Records Office")
    try:
        res = archive.import_archive(dest, out, trust=[])
        assert res.signed and not res.trusted
        with unit_of_work(dest.engine, readonly=True) as s:
            origin = json.loads(s.query(Case).filter(Case.reference == ref).one().origin)
        assert origin["origin"].startswith("unverified (signed by an untrusted certificate: CN=")
        assert origin["signed_by"] == ""
        # with the CA as trust anchor: signed by the named officer
        trusted = archive.import_archive(dest, out, as_new=True, trust=[ca])
        assert trusted.trusted and trusted.origin.startswith("signed by ŚMISZEK Krzysztof (Records)")
    finally:
        dest.close()
    v = cli("archive", "verify", str(out), "--trust", str(ca), "--json")
    assert v.rc == 0 and v.json()["trusted"] is True, v.out
    # re-signed with a self-made "Hanna Head" certificate: named, never trusted
    fake, fake_pw = _self_signed_p12(tmp_path, "Hanna Head")
    plain = _resign(out, tmp_path / "plain.zip", fake, fake_pw, overview=None)
    v = cli("archive", "verify", str(plain))  # index.html still names the first signer
    assert v.rc == 1 and "data/index.html" in v.out, v.out
    resigned = _resign(
        out, tmp_path / "resigned.zip", fake, fake_pw, overview=("ŚMISZEK Krzysztof (Records)", "Hanna Head")
    )
    v = cli("archive", "verify", str(resigned))
    assert v.rc == 0 and "unverified (signed by an untrusted certificate: CN=Hanna Head)" in v.out, v.out
    assert "signed by Hanna Head" not in v.out.replace("signed by an untrusted", "")
    v = cli("archive", "verify", str(resigned), "--trust", str(ca))
    assert v.rc == 1 and "does not chain to a trusted certificate" in v.out, v.out
    before = _snapshot(victim, tmp_path)
    r = cli(
        "archive",
        "import",
        str(resigned),
        "--trust",
        str(ca),
        "--home",
        str(victim.paths.home),
        "--officer",
        "Victim Officer",
    )
    assert r.rc == 2 and "CN=Hanna Head" in r.err and r.err.count("\n") == 1, r.err
    assert _snapshot(victim, tmp_path) == before


@pytest.mark.parametrize(
    ("kind", "pattern"),
    [("expired", "expired"), ("not-yet-valid", "not yet valid"), ("no-signing-usage", "not for signing")],
)
def test_export_refuses_a_key_letter_signing_refuses(kind, pattern, good, tmp_path, cli):  # type: ignore[no-untyped-def]
    """Issue 19: archive export checks the key as letter issue does (validity, key usage)."""
    days = {"expired": (-30, -1), "not-yet-valid": (5, 30)}.get(kind, (-1, 30))
    p12, pw = _self_signed_p12(tmp_path, "Key Tester", days=days, signing=kind != "no-signing-usage")
    src_home = good[0].parent / "home"
    out = tmp_path / "k.zip"
    (tmp_path / "pw.txt").write_bytes(pw + b"\n")
    r = cli(
        "archive",
        "export",
        good[1],
        "--out",
        str(out),
        "--sign-key",
        str(p12),
        "--passphrase-file",
        str(tmp_path / "pw.txt"),
        "--home",
        str(src_home),
        "--officer",
        "Source Officer",
    )
    assert r.rc == 2 and re.search(pattern, r.err) and r.err.count("\n") == 1, r.err
    assert not out.exists() and not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
