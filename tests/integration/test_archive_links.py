"""Case links in archives (issues 16 and 18): an imported case's links are made again
where the other case is in the database (by reference), reported where it is not, and
case.json ``links`` must agree with the case.linked / case.unlinked events like every
other field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.services import archive, cases, links
from app.services.archive.reconstruct import links_problem
from app.services.context import AppContext, open_context
from tests.integration.test_archive_hostile import victim as victim  # noqa: F401 - fixture
from tests.integration.test_archive_tamper import _both_refuse, _case, _edited


def _ctx(path: Path) -> AppContext:
    return open_context(home=path, officer="Link Officer")


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str, str]:
    """A base case and its fine-tune, linked, each exported: (base.zip, tune.zip, base, tune)."""
    base_dir = tmp_path_factory.mktemp("links-src")
    ctx = _ctx(base_dir / "home")
    try:
        base = cases.create_case(ctx, cases.NewCase(title="Base", provider="P", subject="Llama 8B")).reference
        tune = cases.create_case(ctx, cases.NewCase(title="Tune", provider="Q", subject="Tune 8B")).reference
        links.add_link(ctx, tune, base, "fine_tune_of", note="card says so")
        archive.export_case(ctx, base, base_dir / "base.zip")
        archive.export_case(ctx, tune, base_dir / "tune.zip")
    finally:
        ctx.close()
    return base_dir / "base.zip", base_dir / "tune.zip", base, tune


def _links(ctx: AppContext, ref: str) -> list[tuple[str, str, bool, str]]:
    return [(lk.link_type, lk.other, lk.outgoing, lk.note) for lk in links.links_of(ctx, ref)]


def test_a_link_is_made_again_where_the_other_case_is_here(pair, tmp_path) -> None:  # type: ignore[no-untyped-def]
    base_zip, tune_zip, base, tune = pair
    ctx = _ctx(tmp_path / "target")
    try:
        got_base = archive.import_archive(ctx, base_zip)  # its link names a case not here yet
        assert got_base.links_not_recreated == (
            f"{tune} fine-tune of {base} (case {tune} is not in this database)",
        )
        res = archive.import_archive(ctx, tune_zip)
        assert res.links == (f"{tune} fine-tune of {base}",) and res.links_not_recreated == ()
        assert _links(ctx, tune) == [("fine_tune_of", base, True, "card says so")]
        assert _links(ctx, base) == [("fine_tune_of", tune, False, "card says so")]
        # the recreated link is in the case's history: exported again, it verifies
        again = tmp_path / "again.zip"
        archive.export_case(ctx, tune, again)
        report = archive.verify_archive(again)
        assert report.ok, report.problems
        doc = json.loads(_case_json(again))
        assert [(lk["type"], lk["direction"], lk["case"]) for lk in doc["links"]] == [
            ("fine_tune_of", "outgoing", base)
        ]
    finally:
        ctx.close()


def test_without_the_other_case_the_link_is_reported_and_the_import_succeeds(pair, tmp_path, cli) -> None:  # type: ignore[no-untyped-def]
    _, tune_zip, base, tune = pair
    home = tmp_path / "alone"
    r = cli("archive", "import", str(tune_zip), "--home", str(home), "--officer", "Link Officer")
    assert r.rc == 0, r.err
    assert f"link not made again: {tune} fine-tune of {base} (case {base} is not in this database)" in r.err
    ctx = _ctx(home)
    try:
        assert cases.get_case(ctx, tune).title == "Tune"
        assert _links(ctx, tune) == []
        # the case's history says why the link is not here, so a new export still verifies
        again = tmp_path / "again.zip"
        archive.export_case(ctx, tune, again)
        report = archive.verify_archive(again)
        assert report.ok, report.problems
        assert json.loads(_case_json(again))["links"] == []
    finally:
        ctx.close()


def _case_json(zip_path: Path) -> bytes:
    import zipfile

    with zipfile.ZipFile(zip_path) as zf:
        return zf.read(next(n for n in zf.namelist() if n.endswith("/data/case.json")))


@pytest.mark.parametrize(
    ("name", "change", "pattern"),
    [
        ("removed", lambda d: d.update(links=[]), r"links in case\.json leave out the link fine_tune_of"),
        (
            "retyped",
            lambda d: d["links"][0].update(type="duplicate_of"),
            r"link 1 \(duplicate_of outgoing .*\) is in case\.json, but no audit event",
        ),
        (
            "redirected",
            lambda d: d["links"][0].update(case="AIO-2026-9999"),
            r"link 1 \(fine_tune_of outgoing 'AIO-2026-9999'\)",
        ),
        ("not_a_list", lambda d: d.update(links={"a": 1}), r"links is not a list"),
    ],
)
def test_an_edited_link_is_refused(pair, victim, tmp_path, cli, name, change, pattern) -> None:  # type: ignore[no-untyped-def]
    bad = _edited(pair[1], tmp_path / f"{name}.zip", _case(change))
    _both_refuse(victim, bad, tmp_path, cli, pattern)


def test_the_link_rule_replays_link_and_unlink_events() -> None:
    ev: list[dict[str, Any]] = [
        {"id": 1, "action": "case.created", "case_ref": "A", "after": {}},
        {
            "id": 2,
            "action": "case.linked",
            "case_ref": "A",
            "after": {"type": "related", "case": "A", "other": "B"},
        },
        {
            "id": 3,
            "action": "case.linked",
            "case_ref": "A",
            "after": {"type": "merge_of", "case": "C", "other": "A"},
        },
        {
            "id": 4,
            "action": "case.unlinked",
            "case_ref": "A",
            "before": {"type": "related", "case": "A", "other": "B"},
        },
    ]
    assert links_problem({"links": [{"type": "merge_of", "direction": "incoming", "case": "C"}]}, ev) is None
    assert "no audit event" in str(
        links_problem({"links": [{"type": "related", "direction": "outgoing", "case": "B"}]}, ev)
    )
    assert "audit event 3 (case.linked)" in str(links_problem({"links": []}, ev))
    assert links_problem({}, ev[:1]) is None  # an archive from before links: none listed, none recorded
