"""The problem report: logs and versions, never case data or secrets."""

from __future__ import annotations

import json
import logging
import zipfile
from pathlib import Path

import pytest

from app.domain.errors import BadInput
from app.logging_setup import close_logging, setup_logging
from app.services import cases, evidence
from app.services.problem_report import PLACEHOLDER, collect_versions, scrub, write_report

TITLE = "Zephyrine-7B openness review for Ωmega Labs"
PROVIDER = "Ωmega Labs Sp. z o.o."
SUBJECT = "Zephyrine-7B-Instruct"
EVIDENCE_NAME = "zephyrine_licence_FINAL_v3.txt"
DESCRIPTION = "Licence text as downloaded by ŚMISZEK"


@pytest.fixture
def populated(ctx, tmp_path: Path):  # type: ignore[no-untyped-def]
    setup_logging(ctx.paths)
    rec = cases.create_case(ctx, cases.NewCase(title=TITLE, provider=PROVIDER, subject=SUBJECT))
    f = tmp_path / EVIDENCE_NAME
    f.write_text("Permission is hereby granted, free of charge...", encoding="utf-8")
    evidence.add_paths(ctx, rec.reference, [f], description=DESCRIPTION)
    log = logging.getLogger("exemptio.test")
    # a careless log line quoting case data, and one with a secret
    log.info("opened case %s titled %r from %s, file %s", rec.reference, TITLE, PROVIDER, EVIDENCE_NAME)
    log.warning("team database postgresql+psycopg://alice:hunter22@db.example/ex is slow; passphrase=zzTop99")
    for h in logging.getLogger().handlers:
        h.flush()
    yield ctx, rec
    close_logging()


def _zip_text(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None
        return {n: zf.read(n).decode("utf-8") for n in zf.namelist()}


def test_report_has_logs_and_versions_but_no_case_data(populated, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx, rec = populated
    result = write_report(ctx, tmp_path / "report.zip")
    assert result.path == tmp_path / "report.zip"
    contents = _zip_text(result.path)
    assert set(contents) == {"README.txt", "versions.json", "logs/exemptio.log"}
    everything = "\n".join(contents.values())
    secrets = (TITLE, PROVIDER, SUBJECT, EVIDENCE_NAME, DESCRIPTION, "hunter22", "zzTop99", "Test Officer")
    for secret in secrets:
        assert secret not in everything, secret
    log_text = contents["logs/exemptio.log"]
    assert f"opened case {rec.reference} titled '{PLACEHOLDER}' from {PLACEHOLDER}" in log_text
    assert result.scrubbed >= 3
    versions = json.loads(contents["versions.json"])
    assert versions["exemptio"]
    assert versions["python"].count(".") == 2
    assert versions["database"]["backend"] == "sqlite"
    assert versions["database"]["embedded"] is True
    assert versions["database"]["schema_revision"] == versions["database"]["schema_head"]
    assert versions["database"]["cases"] == 1 and versions["database"]["evidence_items"] == 1
    assert "SQLAlchemy" in versions["packages"] and "PySide6_Essentials" in versions["qt"]
    assert "No case data" in contents["README.txt"]


def test_report_without_logs(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = write_report(ctx, tmp_path / "r")
    assert result.path.name == "r.zip"
    assert set(_zip_text(result.path)) == {"README.txt", "versions.json"}


def test_bad_targets_change_nothing(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(BadInput, match="does not exist"):
        write_report(ctx, tmp_path / "missing" / "r.zip")
    (tmp_path / "d.zip").mkdir()
    with pytest.raises(BadInput, match="is a folder"):
        write_report(ctx, tmp_path / "d.zip")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.zip", "home"]


def test_collect_versions_has_no_personal_settings(ctx) -> None:  # type: ignore[no-untyped-def]
    ctx.settings.officer_name = "GREGOROVÁ Markéta"
    ctx.settings.officer_email = "marketa@example.eu"
    text = json.dumps(collect_versions(ctx), ensure_ascii=False)
    assert "GREGOROVÁ" not in text and "marketa@" not in text


class _CountingText(str):
    """A log text that counts the exact comparisons scrub() makes against it."""

    compared = 0

    def startswith(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        type(self).compared += 1
        return super().startswith(*args, **kwargs)


def test_scrub_compares_only_candidates_for_many_titles() -> None:
    # Counted, not timed: 100,000 titles against 60,000 log lines are compared exactly
    # only where a title's words occur in order (a naive search compares every title).
    titles = [f"Confidential model review number {i} for provider {i * 7}" for i in range(100_000)]
    log = "\n".join(f"2026-11-26 INFO step {i} done" for i in range(60_000))
    log += f"\nquoted {titles[4242]} here\n"
    _CountingText.compared = 0
    out, n = scrub(_CountingText(log), titles)
    assert n == 1 and titles[4242] not in out and f"quoted {PLACEHOLDER} here" in out
    assert 1 <= _CountingText.compared <= 10, _CountingText.compared
