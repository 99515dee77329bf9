"""Archives on both backends (SQLite and PostgreSQL): a case exported from one
database imports into the other and exports again with identical payload manifests."""

from __future__ import annotations

from pathlib import Path

from app.services import archive, cases
from app.services.context import open_context
from tests.integration.archive_support import build_case, db_counts, exported_case, manifest_lines


def test_archive_round_trip_across_backends(db_url: str, tmp_path: Path) -> None:
    src = open_context(home=tmp_path / "src", db=db_url, officer="Team Officer")
    try:
        ref = build_case(src)
        out = tmp_path / "team.zip"
        archive.export_case(src, ref, out)
        assert archive.verify_archive(out).ok
    finally:
        src.close()
    local = open_context(home=tmp_path / "laptop", officer="Laptop Officer")
    try:
        archive.import_archive(local, out)
        back = tmp_path / "back.zip"
        archive.export_case(local, ref, back)
        assert manifest_lines(back) == manifest_lines(out)
    finally:
        local.close()
    # and into the team database again, under a new reference (the old one is taken)
    dst = open_context(home=tmp_path / "src", db=db_url, officer="Team Officer")
    try:
        before = db_counts(dst)
        res = archive.import_archive(dst, back, as_new=True)
        assert res.reference != ref and res.original_reference == ref
        after = db_counts(dst)
        assert (
            after["cases"] == before["cases"] + 1 and after["evidence_items"] == before["evidence_items"] + 6
        )
        assert cases.get_case(dst, res.reference).title == cases.get_case(dst, ref).title
        again = tmp_path / "again.zip"
        archive.export_case(dst, res.reference, again)
        same = [ln for ln in manifest_lines(again) if "case.json" not in ln and "index.html" not in ln]
        assert same == [ln for ln in manifest_lines(out) if "case.json" not in ln and "index.html" not in ln]
    finally:
        dst.close()


def test_oversized_fields_refused_cleanly_on_postgresql(db_url: str, tmp_path: Path) -> None:
    """A name longer than its column: PostgreSQL refuses the row; the import says so in one
    line and leaves the database as it was (SQLite does not enforce lengths)."""
    import json

    import pytest

    from app.domain.errors import BadInput
    from tests.integration.test_archive_hostile import read_entries, rebag, write_entries

    out, ref = exported_case(tmp_path, home="src", officer="Team Officer", name="ok.zip")

    def edit(rel: str, data: bytes) -> bytes:
        if rel == "data/case.json":
            doc = json.loads(data)
            # no event records the representative (the provider's name is checked against the
            # case.created event): only the column refuses it
            doc["provider"]["representative"] = "X" * 400
            return json.dumps(doc).encode()
        return data

    bad = write_entries(tmp_path / "long.zip", rebag(read_entries(out), edit))
    dst = open_context(home=tmp_path / "dst", db=db_url, officer="Team Officer")
    try:
        before = db_counts(dst)
        if db_url.startswith("sqlite"):
            assert archive.import_archive(dst, bad).reference == ref
        else:
            with pytest.raises(BadInput, match="does not fit this database"):
                archive.import_archive(dst, bad)
            assert db_counts(dst) == before
    finally:
        dst.close()
