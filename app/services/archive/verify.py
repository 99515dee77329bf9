"""archive verify: every check without writing anything."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from app.domain.errors import BadInput
from app.services.archive.audit_trail import _verify_audit_lines
from app.services.archive.authenticity import _authenticity_problems
from app.services.archive.bag_reader import _read_bag
from app.services.archive.common import _why
from app.services.archive.signature import check_signature
from app.services.archive.types import (
    SIGNATURE_FILE,
    UNSIGNED_WARNING,
    CancelFn,
    Limits,
    Problem,
    ProgressFn,
    VerifyReport,
)
from app.services.archive.zipsafety import _OPEN_ERRORS


def verify_archive(
    path: str | os.PathLike[str],
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    limits: Limits | None = None,
) -> VerifyReport:
    """Check a case archive without extracting it. Structural hostility raises
    BadInput; content problems are listed in the report (``ok`` False)."""
    p = Path(path)
    bag = _read_bag(p, limits or Limits(), None, progress, cancel)
    report = VerifyReport(
        path=p,
        reference=bag.info.get("External-Identifier", ""),
        files=len(bag.payload),
        payload_bytes=sum(e.size for e in bag.payload.values()),
        signed=SIGNATURE_FILE in bag.tags,
        problems=list(bag.problems),
    )
    if report.signed:
        content = bag.tags.get("tagmanifest-sha512.txt", b"")
        report.signer, problem = check_signature(bag.tags[SIGNATURE_FILE], content)
        if problem:
            report.problems.append(Problem(SIGNATURE_FILE, problem))
    entry = bag.payload.get("data/audit.jsonl")
    if entry is not None and not entry.error and bag.info.get("Exemptio-Archive-Format"):
        # an Exemptio archive: its audit trail must re-hash and re-link as well
        try:
            with zipfile.ZipFile(p) as zf, zf.open(entry.info) as fh:
                _verify_audit_lines(fh)
        except BadInput as err:
            report.problems.append(
                Problem(
                    "data/audit.jsonl",
                    str(err).removeprefix("Refused: ").removeprefix("audit.jsonl").lstrip(": "),
                )
            )
        except _OPEN_ERRORS as err:
            report.problems.append(Problem("data/audit.jsonl", f"cannot be read ({_why(err)})"))
        else:
            report.problems.extend(_authenticity_problems(p, bag))
    if not report.signed:
        report.warnings.append(UNSIGNED_WARNING)
    return report
