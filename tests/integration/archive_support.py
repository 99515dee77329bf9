"""Helpers for the archive tests: build a case with evidence, answers and a letter.

Uses the services where they exist (cases); evidence, checklist answers and
letters are inserted through the db models with their audit events, the way
those services record them, so the archive tests do not depend on their UI.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.domain import decision
from app.services import cases, checklist
from app.services.context import AppContext, open_context
from db import audit
from db.models import Case, ChecklistAnswer, EvidenceBlob, EvidenceItem, Letter
from db.uow import unit_of_work


def put_blob(ctx: AppContext, data: bytes) -> str:
    sha = hashlib.sha256(data).hexdigest()
    dest = ctx.paths.evidence / sha[:2] / sha[2:4] / sha
    dest.parent.mkdir(parents=True, exist_ok=True)
    if not dest.exists():
        dest.write_bytes(data)
    return sha


def add_evidence(
    ctx: AppContext, ref: str, name: str, data: bytes, *, folder: str = "", description: str = ""
) -> str:
    """Attach a file through the evidence service (folders become folder_path)."""
    from app.services import evidence

    root = Path(tempfile.mkdtemp(prefix="ev-"))
    try:
        target = root.joinpath(*folder.split("/"), name) if folder else root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        top = root / folder.split("/")[0] if folder else target
        evidence.add_paths(ctx, ref, [top], description=description, source_url="https://example.org/" + name)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return hashlib.sha256(data).hexdigest()


def add_answers(ctx: AppContext, ref: str, answers: dict[str, Any]) -> None:
    """Answers with their audit events, in the shape the checklist service records them."""
    with unit_of_work(ctx.engine) as s:
        case = s.query(Case).filter(Case.reference == ref).one()
        for qid, value in answers.items():
            s.add(
                ChecklistAnswer(
                    case_id=case.id,
                    question_id=qid,
                    value_json=json.dumps(value),
                    evidence_json="[]",
                    note=f"note on {qid}",
                    answered_by=ctx.officer,
                )
            )
            audit.append(
                s,
                actor=ctx.officer,
                action="checklist.answered",
                entity_type="checklist_answer",
                entity_id=f"{ref}:{qid}",
                case_ref=ref,
                after={"value": value, "evidence": [], "note": f"note on {qid}"},
            )
        # the outcome as the checklist service stores it: decided from the saved answers
        # with the case's own checklist version (archive import derives it again)
        defn = checklist.load_definition(case.checklist_id, case.checklist_version)
        saved = {a.question_id: {"value": json.loads(a.value_json)} for a in case_answers(s, case.id)}
        outcome = decision.decide(defn, saved)
        label = decision.outcome_label(outcome)
        case.outcome_json = json.dumps(outcome, ensure_ascii=False, sort_keys=True)
        if case.outcome_label != label:  # as the checklist service records a new outcome
            audit.append(
                s,
                actor=ctx.officer,
                action="checklist.outcome",
                entity_type="case",
                entity_id=ref,
                case_ref=ref,
                before={"outcome": case.outcome_label or None},
                after={"outcome": label or None},
            )
        case.outcome_label = label


def case_answers(s: Any, case_id: int) -> list[ChecklistAnswer]:
    s.flush()
    return list(s.query(ChecklistAnswer).filter(ChecklistAnswer.case_id == case_id))


_SIGNED: list[bytes] = []


def signed_pdf() -> bytes:
    """A one-page PDF signed (PAdES B-B) with a throwaway test certificate."""
    if _SIGNED:
        return _SIGNED[0]
    import io

    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from reportlab.pdfgen import canvas

    from app.services.letters.sign import load_pkcs12_signer
    from tests.unit.letter_testpki import PASSPHRASE, make_pki

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, "Test letter")
    c.save()
    pki = make_pki(Path(tempfile.mkdtemp(prefix="archive-pki-")))
    signer = load_pkcs12_signer(pki.officer_p12, PASSPHRASE)
    out = io.BytesIO()
    signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(buf.getvalue())),
        signers.PdfSignatureMetadata(field_name="Signature1"),
        signer=signer,
        output=out,
    )
    _SIGNED.append(out.getvalue())
    return _SIGNED[0]


def add_letter(ctx: AppContext, ref: str, pdf: bytes | None = None) -> str:
    """An issued letter (drafted by A, approved by B, issued by A) with its audit events."""
    pdf = pdf if pdf is not None else signed_pdf()
    sha = put_blob(ctx, pdf)
    draft_sha = hashlib.sha256(b"draft of " + pdf).hexdigest()
    unsigned_sha = hashlib.sha256(b"unsigned " + pdf).hexdigest()
    with unit_of_work(ctx.engine) as s:
        case = s.query(Case).filter(Case.reference == ref).one()
        if s.get(EvidenceBlob, sha) is None:
            s.add(EvidenceBlob(sha256=sha, size=len(pdf), stored=True))
            s.flush()
        row = Letter(
            case_id=case.id,
            state="issued",
            registry_reference="Ares(2026)123456",
            draft_sha256=draft_sha,
            drafted_by="Drafter A",
            approved_by="Reviewer B",
            issued_by="Drafter A",
            approved_at=dt.datetime.now(dt.UTC),
            issued_at=dt.datetime.now(dt.UTC),
            issued_sha256=sha,
            current_sha256=sha,
            unsigned_sha256=unsigned_sha,
            signer="Drafter A",
            signer_function="Head of Unit",
            signature_level="B-B",
            outcome_json='{"label":"exempt"}',
        )
        s.add(row)
        s.flush()
        snap = {"id": row.id, "draft_sha256": draft_sha, "signature_level": ""}
        for actor, action, after in (
            (
                "Drafter A",
                "letter.drafted",
                {
                    "letter": row.id,
                    "draft_sha256": draft_sha,
                    "language": "en",
                    "legal_nature": "letter_to_provider",
                },
            ),
            (
                "Reviewer B",
                "letter.approved",
                {**snap, "state": "approved", "issued_sha256": None, "current_sha256": None},
            ),
            (
                "Drafter A",
                "letter.issued",
                {
                    **snap,
                    "state": "issued",
                    "issued_sha256": sha,
                    "current_sha256": sha,
                    "signature_level": "B-B",
                    "unsigned_sha256": unsigned_sha,
                    "signer": "Drafter A",
                    "signer_function": "Head of Unit",
                    "approved_by": "Reviewer B",
                },
            ),
        ):
            audit.append(
                s,
                actor=actor,
                action=action,
                entity_type="letter",
                entity_id=row.id,
                case_ref=ref,
                after=after,
            )
    return sha


MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]"
    b"/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def build_case(ctx: AppContext, *, title: str = 'Llama-like <model> & "friends"') -> str:
    from app.services import roles

    for name in ("Test Officer", "Second Officer"):  # assignees are recorded officers (issue 18)
        if name not in cases.officers(ctx):
            roles.set_officer(ctx, name, "officer")
    rec = cases.create_case(
        ctx,
        cases.NewCase(
            title=title,
            provider="Ŝmiszek AI S.A.",
            subject="Open-Ωmega 7B",
            subject_version="1.2",
            officer="Test Officer",
            notes="<script>alert(1)</script>",
        ),
    )
    ref = rec.reference
    cases.assign(ctx, ref, "Second Officer", reason="holiday cover")
    add_evidence(ctx, ref, "LICENSE", b"Apache License 2.0\n" * 50)
    add_evidence(ctx, ref, "model card.md", "# Modèle\nÅngström ½\n".encode() * 20, folder="repo/docs")
    add_evidence(ctx, ref, "config.json", b'{"hidden_size": 4096}', folder="repo")
    # same name twice (different content) and an NFD name
    add_evidence(ctx, ref, "config.json", b'{"hidden_size": 8192}', folder="repo")
    add_evidence(ctx, ref, "re\u0301sume\u0301.txt", b"NFD name")
    add_evidence(ctx, ref, "weights.bin", os.urandom(3 << 20))
    add_answers(ctx, ref, {"Q1": True, "Q2": "Apache-2.0", "Q3": {"nested": [1, 2]}})
    add_letter(ctx, ref)
    return ref


def fresh_ctx(path: Path, officer: str = "Importing Officer") -> AppContext:
    return open_context(home=path, officer=officer)


def manifest_lines(zip_path: Path, alg: str = "sha256") -> list[str]:
    with zipfile.ZipFile(zip_path) as zf:
        name = next(n for n in zf.namelist() if n.endswith(f"/manifest-{alg}.txt"))
        return zf.read(name).decode().splitlines()


def db_counts(ctx: AppContext) -> dict[str, int]:
    from sqlalchemy import func, select

    from db.models import AuditEvent, CaseAssignment, Officer, Provider, Subject

    out = {}
    with unit_of_work(ctx.engine, readonly=True) as s:
        for model in (
            Case,
            EvidenceItem,
            EvidenceBlob,
            Letter,
            ChecklistAnswer,
            AuditEvent,
            CaseAssignment,
            Officer,
            Provider,
            Subject,
        ):
            out[model.__tablename__] = s.execute(select(func.count()).select_from(model)).scalar_one()
    return out


def tree(path: Path) -> set[str]:
    """Every file under a folder (relative), to prove nothing was written."""
    if not path.exists():
        return set()
    return {str(p.relative_to(path)) for p in path.rglob("*")}


def exported_case(
    base: Path,
    *steps: Callable[[AppContext, str], object],
    make: Callable[[AppContext], str] | None = None,
    home: str = "home",
    officer: str = "Source Officer",
    name: str = "good.zip",
) -> tuple[Path, str]:
    """(archive, reference): a case made by ``make`` (:func:`build_case` unless given; it
    returns the reference) by ``officer`` in the data folder
    ``base/home``, taken through ``steps`` (each called with the context and reference), and
    exported to ``base/name``."""
    from app.services import archive

    ctx = open_context(home=base / home, officer=officer)
    try:
        ref = (make or build_case)(ctx)
        for step in steps:
            step(ctx, ref)
        out = base / name
        archive.export_case(ctx, ref, out)
    finally:
        ctx.close()
    return out, ref
