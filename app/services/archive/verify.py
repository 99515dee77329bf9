"""archive verify: every check that import runs, without writing anything.

Verify and import share one path: :func:`_read_bag` (structure, checksums) and
:func:`_plan` (format, case.json, the audit trail, the case rebuilt from its events,
letters, the signature). Import refuses at the first problem; verify reports it.
"""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path

from app.domain.errors import BadInput
from app.services.archive.bag_reader import _read_bag, _Reader
from app.services.archive.common import _why
from app.services.archive.plan import _plan
from app.services.archive.trust import load_roots
from app.services.archive.types import (
    SIGNATURE_FILE,
    UNSIGNED_WARNING,
    UNVERIFIED_ORIGIN,
    CancelFn,
    Limits,
    Problem,
    ProgressFn,
    VerifyReport,
)
from app.services.archive.zipsafety import _OPEN_ERRORS

_FILES = (
    ("case.json", "data/case.json"),
    ("audit.jsonl", "data/audit.jsonl"),
    ("index.html", "data/index.html"),
    ("custody.jsonl", "data/custody.jsonl"),
    ("provenance.json", "provenance.json"),
    ("bag-info.txt", "bag-info.txt"),
    (SIGNATURE_FILE, SIGNATURE_FILE),
)


def problem_of(err: BadInput) -> Problem:
    """A refusal as a problem of the file it names."""
    text = str(err).removeprefix("Refused: ").removesuffix(".").removesuffix("; nothing was imported")
    quoted = re.match(r"'((?:data/)?[^']+)'", text)
    if quoted:
        return Problem(quoted.group(1), text[quoted.end() :].strip() or text)
    for token, rel in _FILES:
        if text.startswith(token) or text.startswith("data/" + token):
            rest = text.removeprefix("data/").removeprefix(token).lstrip(": ")
            return Problem(rel, rest or text)
    for token, rel in _FILES:
        if token in text:
            return Problem(rel, text)
    return Problem("archive", text)


def verify_archive(
    path: str | os.PathLike[str],
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    limits: Limits | None = None,
    trust: Sequence[str | Path] = (),
) -> VerifyReport:
    """Check a case archive without extracting it or writing anything. Structural
    hostility raises BadInput; content problems are listed in the report (``ok`` False).

    ``trust``: trust anchor files (PEM/DER); when given, a signature they do not vouch for
    is a problem. Without them a signed archive's origin is "unverified"."""
    p = Path(path)
    roots = load_roots(trust) if trust else []
    lim = limits or Limits()
    bag = _read_bag(p, lim, None, progress, cancel)
    report = VerifyReport(
        path=p,
        reference=bag.info.get("External-Identifier", ""),
        files=len(bag.payload),
        payload_bytes=sum(e.size for e in bag.payload.values()),
        signed=SIGNATURE_FILE in bag.tags,
        problems=list(bag.problems),
    )
    if not report.problems:
        try:
            with zipfile.ZipFile(p) as zf:
                plan = _plan(bag, p, lim, _Reader(zf, lim), roots)
        except BadInput as err:
            report.problems.append(problem_of(err))
        except _OPEN_ERRORS as err:
            report.problems.append(Problem.of("archive.why.unreadable", "archive", reason=_why(err)))
        else:
            report.signer = plan.signer or ""
            report.trusted = bool(plan.origin and plan.origin.trusted)
            report.origin = plan.origin.text if plan.origin else UNVERIFIED_ORIGIN
    if not report.signed:
        report.warnings.append(UNSIGNED_WARNING)
    return report
