"""Issue 16: the case.created event records the notes and the subject version set at
creation, so an archive whose case.json changes them is refused by verify and import
naming the field and the creation event (older archives, whose creation event lacks
them, stay importable: see test_archive_tamper.py)."""

from __future__ import annotations

from pathlib import Path

from app.services import archive, cases
from app.services.context import open_context
from tests.integration.test_archive_hostile import victim as victim  # noqa: F401 - fixture
from tests.integration.test_archive_tamper import _both_refuse, _case, _edited
from tests.integration.test_archive_tamper import good as good  # noqa: F401 - fixture


def test_the_subject_version_set_at_creation_is_checked(good, victim, tmp_path: Path, cli):  # type: ignore[no-untyped-def]
    bad = _edited(good[0], tmp_path / "version.zip", _case(lambda d: d["subject"].update(version="9.9")))
    _both_refuse(
        victim,
        bad,
        tmp_path,
        cli,
        r"subject\.version is '9\.9' in case\.json, but audit event \d+ \(case\.created\) records '1\.2'",
    )


def test_notes_set_at_creation_are_checked_against_the_creation_event(victim, tmp_path, cli):  # type: ignore[no-untyped-def]
    """Notes no later event changed are supported by case.created alone (issue 16)."""
    ctx = open_context(home=tmp_path / "src", officer="Source Officer")
    try:
        ref = cases.create_case(
            ctx,
            cases.NewCase(
                title="T", provider="P", subject="M", subject_version="2", notes="Set at creation."
            ),
        ).reference
        src = tmp_path / "created.zip"
        archive.export_case(ctx, ref, src)
    finally:
        ctx.close()
    assert archive.verify_archive(src).ok
    bad = _edited(src, tmp_path / "notes.zip", _case(lambda d: d["case"].update(notes="Nothing to see")))
    _both_refuse(
        victim,
        bad,
        tmp_path,
        cli,
        r"case\.notes is 'Nothing to see' in case\.json, "
        r"but audit event \d+ \(case\.created\) records 'Set at creation\.'",
    )
