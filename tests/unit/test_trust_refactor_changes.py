"""Issue 17, the trust services' share of it: events about officers, letters and the audit
trail go through ``record_change`` and land as ``audit.append`` wrote them; the helpers
that replaced repeated code (reading an input file, the trust-anchor setting, quiet
pyHanko logs) say what the code they replaced said."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.domain.errors import BadInput
from app.services import officer_certs
from app.services.infile import read_input
from app.services.letters import certcheck, verify
from db import audit, migrate
from db.changes import record_change
from db.engine import make_engine
from db.models import AuditEvent
from db.uow import unit_of_work

# (entity_type, entity_id, case_ref, before, after) as the trust services record them
EVENTS: list[tuple[str, str, str | int, str, Any, Any]] = [
    ("officer.added", "officer", "Rossi Anna", "", None, {"role": "reviewer", "unit": None, "email": None}),
    (
        "officer.certificate_added",
        "officer",
        "Rossi Anna",
        "",
        None,
        {"fingerprint_sha256": "ab" * 32, "subject": "Anna Rossi", "not_after": "2028-01-01T00:00:00"},
    ),
    ("letter.exported", "letter", 7, "AIO-2026-0001", None, {"state": "issued", "sha256": "cd" * 32}),
    ("audit.checkpoint", "audit", 1, "", None, {"last_id": 3, "last_hash": "ef" * 32, "signer": "X"}),
]


def _fields(engine: Any) -> list[tuple[Any, ...]]:
    with unit_of_work(engine, readonly=True) as s:
        rows = s.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars()
        return [
            (
                r.id,
                r.actor,
                r.action,
                r.entity_type,
                r.entity_id,
                r.case_ref,
                r.before_json,
                r.after_json,
            )
            for r in rows
        ]


def test_record_change_without_a_case_writes_what_audit_append_wrote(tmp_path: Path) -> None:
    by_hand, helper = make_engine(str(tmp_path / "a.db")), make_engine(str(tmp_path / "b.db"))
    for e in (by_hand, helper):
        migrate.upgrade(e)
    with unit_of_work(by_hand) as s:
        for action, etype, eid, ref, before, after in EVENTS:
            s.flush()
            audit.append(
                s,
                actor="Head",
                action=action,
                entity_type=etype,
                entity_id=eid,
                case_ref=ref,
                before=before,
                after=after,
            )
    with unit_of_work(helper) as s:
        for action, etype, eid, ref, before, after in EVENTS:
            record_change(
                s,
                actor="Head",
                action=action,
                entity=(etype, eid),
                case_ref=ref if ref else None,
                before=before,
                after=after,
            )
    assert _fields(helper) == _fields(by_hand)
    assert [r[5] for r in _fields(helper)] == ["", "", "AIO-2026-0001", ""]
    with unit_of_work(helper, readonly=True) as s:
        assert audit.verify(s) == []
    by_hand.dispose()
    helper.dispose()


def test_record_change_needs_the_case_or_the_entity(tmp_path: Path) -> None:
    e = make_engine(str(tmp_path / "c.db"))
    migrate.upgrade(e)
    with unit_of_work(e) as s, pytest.raises(ValueError, match="the case or the entity"):
        record_change(s, actor="Head", action="officer.added")
    e.dispose()


def test_read_input_says_what_is_wrong(tmp_path: Path) -> None:
    missing = tmp_path / "none.p12"
    with pytest.raises(BadInput, match=r"^The key file .*none\.p12 does not exist\.$"):
        read_input(missing, "The key file", "unused")
    with pytest.raises(BadInput, match=r"^a folder$"):
        read_input(tmp_path, "The key file", "a folder")
    f = tmp_path / "f.bin"
    f.write_bytes(b"0123456789")
    assert read_input(f, "The file", "unused") == b"0123456789"
    assert read_input(f, "The file", "unused", limit=4) == b"01234"  # limit + 1: "too large" is seen


def test_a_certificate_file_too_large_is_refused_unread(tmp_path: Path, monkeypatch: Any) -> None:
    big = tmp_path / "big.pem"
    big.write_bytes(b"x" * 101)
    monkeypatch.setattr(officer_certs, "MAX_CERT_BYTES", 100)
    with pytest.raises(BadInput, match="far too large for a certificate file"):
        officer_certs.read_certificate(big)
    with pytest.raises(BadInput, match=r"is a folder, not a certificate file\.$"):
        officer_certs.read_certificate(tmp_path)
    with pytest.raises(BadInput, match=r"^The certificate file .* does not exist\.$"):
        officer_certs.read_certificate(tmp_path / "none.pem")
    small = tmp_path / "small.pem"
    small.write_bytes(b"x" * 100)
    with pytest.raises(BadInput, match="is not a PEM or DER X.509 certificate"):
        officer_certs.read_certificate(small)


def test_a_pdf_to_verify_that_is_a_folder(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match=r"is a folder, not a PDF file\.$"):
        verify.verify_file(tmp_path)
    with pytest.raises(BadInput, match=r"^The file .* does not exist\.$"):
        verify.verify_file(tmp_path / "none.pdf")


def test_trust_anchor_setting_paths(tmp_path: Path) -> None:
    home = str(Path("~").expanduser())
    assert verify.anchor_paths(None) == []
    assert verify.anchor_paths("  ") == []
    assert verify.anchor_paths(" ~/ca.pem ") == [f"{home}/ca.pem"]
    assert verify.anchor_paths(["a.pem", "", 3, "~/b.pem"]) == ["a.pem", f"{home}/b.pem"]
    assert verify.anchor_paths({"a": 1}) == []


def test_quiet_logs_restores_the_level() -> None:
    lg = logging.getLogger("pyhanko")
    old = lg.level
    lg.setLevel(logging.INFO)
    try:
        with certcheck.quiet_logs():
            assert lg.level == logging.CRITICAL
        assert lg.level == logging.INFO
        with pytest.raises(RuntimeError), certcheck.quiet_logs():
            raise RuntimeError
        assert lg.level == logging.INFO
    finally:
        lg.setLevel(old)


def test_demo_keys_are_signing_certificates_of_the_demo_ca(tmp_path: Path) -> None:
    import datetime as dt

    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.serialization import Encoding, pkcs12

    from app.services.demo import pki

    start = pki.now()
    ca_key, ca = pki.make_ca("Test Demo CA", start)
    key, cert = pki.make_signer("Test Signer", ca_key, ca, start)
    p12 = tmp_path / "t.p12"
    pki.write_p12(p12, b"t", key, cert, ca, b"pw")
    assert not p12.with_suffix(".part").exists()
    _key, loaded, extra = pkcs12.load_key_and_certificates(p12.read_bytes(), b"pw")
    assert loaded == cert and extra == [ca]
    asn1 = asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER))
    assert certcheck.subject_name(asn1) == "Test Signer"
    certcheck.check_usage(asn1)
    certcheck.check_validity(asn1, dt.datetime.now(dt.UTC))
    asn1_ca = asn1_x509.Certificate.load(ca.public_bytes(Encoding.DER))
    with pytest.raises(BadInput, match="not a signing certificate"):
        certcheck.check_usage(asn1_ca)
    assert not hasattr(certcheck, "_usage") and not hasattr(certcheck, "_validity")
