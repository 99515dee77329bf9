"""Letter benchmarks: render + sign + store, against pyHanko alone.

* **issue one letter**: ``service.issue_letter`` on an approved draft. It
  re-renders the approved draft and checks its SHA-256 (four-eyes binding),
  re-reads the case to check nothing changed, renders the final letter
  (ReportLab, embedded Noto subsets), signs it (PAdES B-B, visible stamp with a
  QR code, :class:`CachedKeySigner`), stores the PDF in the evidence store and
  commits the letter row and its audit event. Reference: pyHanko signing the
  same unsigned PDF with the same visible field and stamp using its default
  ``SimpleSigner`` loaded from the same PKCS#12 file. Goal ≤ 2×.
* **sign only**: our signer vs the default ``SimpleSigner`` on the same PDF
  (SimpleSigner re-parses the private key on every signature, setup-facts §5).
* **render only** (final letter) vs ReportLab drawing a one-paragraph page with
  the same embedded font: the price of the letter's layout.

Medians over N letters (EXEMPTIO_BENCH_LETTERS, default 50).

    .venv/bin/python benchmarks/bench_letters.py
"""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks._common import LLAMA3_8B  # noqa: E402

N = int(os.environ.get("EXEMPTIO_BENCH_LETTERS", "50"))
ANSWERS = LLAMA3_8B  # the canonical answer set (tests/helpers/answers.py): not exempt


def fmt(seconds: float) -> str:
    return f"{seconds * 1e3:.1f} ms"


def row(name: str, ours: float, ref: float, goal: str) -> None:
    print(f"| {name} | {fmt(ours)} | {fmt(ref)} | {ours / ref:.2f}x | {goal} |", flush=True)


def main() -> int:
    logging.disable(logging.CRITICAL)
    tmp = Path(tempfile.mkdtemp(prefix="bench-letters-"))
    os.environ["EXEMPTIO_HOME"] = str(tmp / "home")
    os.environ.pop("EXEMPTIO_DB", None)

    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.fields import SigFieldSpec, SigSeedSubFilter

    from app.services import cases, checklist, evidence
    from app.services.context import open_context
    from app.services.letters import render, service, sign
    from tests.unit.letter_testpki import PASSPHRASE, make_pki

    pki = make_pki(tmp / "pki")
    ctx = open_context(officer="GREGOROVÁ Markéta")
    ref = cases.create_case(
        ctx,
        cases.NewCase(
            title="Llama 3 8B claim",
            provider="Meta Platforms Ireland Ltd",
            subject="Llama 3 8B",
            officer="GREGOROVÁ Markéta",
        ),
    ).reference
    lic = tmp / "LICENSE"
    lic.write_text("META LLAMA 3 COMMUNITY LICENSE AGREEMENT\n" * 50)
    evidence.add_paths(ctx, ref, [lic])
    checklist.save_answers(ctx, ref, ANSWERS, checklist_id="ai-act-oss", version="2025.07")
    from tests.helpers.officers import grant, register_cert  # signed by the head of unit (SQLite)

    grant(ctx, pki, "GONÇALVES Bruno", "reviewer")
    for status in ("intake", "assessment", "review"):  # letters are issued from a case in review
        cases.transition(ctx, ref, status)

    signer = sign.load_pkcs12_signer(pki.officer_p12, PASSPHRASE)
    register_cert(ctx, pki, "GREGOROVÁ Markéta", pki.officer_pem)  # the signer is the officer
    ours: list[float] = []
    for _ in range(N):
        service.draft_letter(ctx, ref)
        service.approve_letter(ctx, ref, officer="GONÇALVES Bruno")
        t0 = time.perf_counter()
        res = service.issue_letter(ctx, ref, signer, function="Head of Unit", tsa_url="")
        ours.append(time.perf_counter() - t0)
        assert res.level == "B-B"

    # the same unsigned PDF, signed by pyHanko's default signer with the same field and stamp
    content = render.LetterContent.from_json(
        json.dumps(json.loads(service.build_content(ctx, ref).to_json()))
    )
    letter = render.render_letter(
        content,
        draft=False,
        date=dt.date.today(),
        signatory=render.Signatory(sign.signer_name(signer), "Head of Unit"),
    )
    stamp_text = "Signed electronically by {name}\n{function}\n{date}\nCase {ref}".format(
        name=sign.signer_name(signer), function="Head of Unit", date="26.11.2026", ref=ref
    )
    box = tuple(int(round(v)) for v in letter.signature_box)

    def reference_sign(s: object) -> bytes:
        w = IncrementalPdfFileWriter(io.BytesIO(letter.pdf))
        fields.append_signature_field(
            w, SigFieldSpec(sig_field_name="Signature1", on_page=letter.signature_page, box=box)
        )  # type: ignore[arg-type]
        meta = signers.PdfSignatureMetadata(
            field_name="Signature1", subfilter=SigSeedSubFilter.PADES, md_algorithm="sha256"
        )
        out = signers.PdfSigner(meta, signer=s, stamp_style=sign._stamp_style(stamp_text)).sign_pdf(
            w, appearance_text_params={"url": sign.qr_payload(ref, letter.sha256)}
        )
        return bytes(out.getvalue())

    default_signer = signers.SimpleSigner.load_pkcs12(str(pki.officer_p12), passphrase=PASSPHRASE)
    ref_times, sign_ours = [], []
    stamp = sign.StampInfo(
        sign.signer_name(signer),
        "Head of Unit",
        "26.11.2026",
        ref,
        "Signed electronically by {name}\n{function}\n{date}\nCase {ref}",
    )
    for _ in range(N):
        t0 = time.perf_counter()
        reference_sign(default_signer)
        ref_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        sign.sign_letter(letter, signer, stamp)
        sign_ours.append(time.perf_counter() - t0)

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    render_ours, render_ref = [], []
    for _ in range(N):
        t0 = time.perf_counter()
        render.render_letter(content, draft=False, date=dt.date.today(), signatory=render.Signatory("X", "Y"))
        render_ours.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4, initialFontName=render.SERIF)
        c.setFont(render.SERIF, 10.5)
        c.drawString(72, 770, "Assessment of the applicability of Articles 53(2) and 54(6) – ŚMISZEK")
        c.showPage()
        c.save()
        render_ref.append(time.perf_counter() - t0)

    med = statistics.median
    row(
        f"letter: issue (render + sign + store, {N} letters) vs pyHanko default signer signing only",
        med(ours),
        med(ref_times),
        "≤ 2×",
    )
    row(
        "letter: sign (CachedKeySigner, visible stamp + QR) vs pyHanko SimpleSigner",
        med(sign_ours),
        med(ref_times),
        "≤ 1×",
    )
    row(
        "letter: render the final letter vs ReportLab one-line page (same font)",
        med(render_ours),
        med(render_ref),
        "< 100 ms",
    )
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
