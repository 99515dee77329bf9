"""The tamper suite (issue 16): what an attacker with a text editor changes in an archive
is refused by import (exit 2) and reported by verify (exit 1), naming what is wrong, with
nothing written. Every edit rebuilds the manifests, tag manifests and Payload-Oxum, so the
BagIt checksums alone would accept it.

It also holds the agreement test: verify and import give the same verdict on every
hostile and tampered archive of the suite (one verification path).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.domain.errors import BadInput, ExemptioError
from app.services import archive, cases
from app.services.context import AppContext
from tests.integration.archive_support import exported_case, tree
from tests.integration.test_archive_hostile import CASES as HOSTILE
from tests.integration.test_archive_hostile import _snapshot, read_entries, rebag, write_entries
from tests.integration.test_archive_hostile import victim as victim  # noqa: F401 - fixture

Edit = Callable[[str, bytes], bytes | None]


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    return exported_case(
        tmp_path_factory.mktemp("tamper-src"),
        lambda ctx, ref: cases.update_case(ctx, ref, notes="Reviewed on 2 December."),
        lambda ctx, ref: cases.transition(ctx, ref, "intake"),
    )


def _case(change: Callable[[dict[str, Any]], None]) -> Edit:
    def edit(rel: str, data: bytes) -> bytes | None:
        if rel == "data/case.json":
            doc = json.loads(data)
            change(doc)
            return json.dumps(doc, ensure_ascii=False, indent=2).encode()
        return data

    return edit


def _audit(change: Callable[[list[bytes]], list[bytes]]) -> Edit:
    def edit(rel: str, data: bytes) -> bytes | None:
        if rel == "data/audit.jsonl":
            lines = [ln for ln in data.split(b"\n") if ln]
            return b"\n".join(change(lines)) + b"\n"
        return data

    return edit


def _full(lines: list[bytes]) -> list[int]:
    return [i for i, ln in enumerate(lines) if b'"link_only":true' not in ln]


def _drop(which: str) -> Callable[[list[bytes]], list[bytes]]:
    def change(lines: list[bytes]) -> list[bytes]:
        full = _full(lines)
        i = {"first": full[0], "middle": full[len(full) // 2], "last": full[-1]}[which]
        return lines[:i] + lines[i + 1 :]

    return change


def _reorder(lines: list[bytes]) -> list[bytes]:
    full = _full(lines)
    a, b = full[1], full[2]
    out = list(lines)
    out[a], out[b] = out[b], out[a]
    return out


def _insert(lines: list[bytes]) -> list[bytes]:
    full = _full(lines)
    return lines[: full[2]] + [lines[full[1]]] + lines[full[2] :]


def _drop_first_two(lines: list[bytes]) -> list[bytes]:
    """The first events removed, and bag-info's anchors left as they are."""
    full = _full(lines)
    return lines[full[1] + 1 :]


def _evidence(n: int, **values: Any) -> Callable[[dict[str, Any]], None]:
    return lambda d: d["evidence"][n].update(values)


def _extra_file(rel: str, data: bytes) -> bytes | None:
    return data


EDITS: dict[str, tuple[Edit, str]] = {
    # -- each case.json field the issue names
    "outcome": (_case(lambda d: d["case"].update(outcome_label="not_exempt")), r"case\.outcome_label"),
    "provider": (_case(lambda d: d["provider"].update(name="Other Provider")), r"provider\.name"),
    "title": (_case(lambda d: d["case"].update(title="Another title")), r"case\.title"),
    "notes": (_case(lambda d: d["case"].update(notes="Nothing to see")), r"case\.notes.*case\.updated"),
    "due_date": (_case(lambda d: d["case"].update(due_date="2099-12-31")), r"case\.due_date"),
    "subject": (_case(lambda d: d["subject"].update(name="Other model")), r"subject\.name"),
    "subject_kind": (_case(lambda d: d["subject"].update(kind="system")), r"subject\.kind"),
    "source_url": (
        _case(_evidence(0, source_url="https://attacker.example/")),
        r"evidence item 1 source_url.*evidence\.received",
    ),
    "evidence_description": (
        _case(_evidence(1, description="The provider's own statement")),
        r"evidence item 2 description",
    ),
    "evidence_media_type": (_case(_evidence(0, media_type="application/pdf")), r"evidence item 1 media_type"),
    "signer_function": (
        _case(lambda d: d["letters"][0].update(signer_function="Director-General")),
        r"letter 1 signer_function.*letter\.issued",
    ),
    "signature_level": (
        _case(lambda d: d["letters"][0].update(signature_level="QES")),
        r"letter 1 signature_level",
    ),
    "letter_language": (_case(lambda d: d["letters"][0].update(language="de")), r"letter 1 language"),
    # -- hostile JSON (issue 19): nesting and types
    "case_json_deeply_nested": (
        lambda rel, data: b'{"x":' * 50_000 + b"1" + b"}" * 50_000 if rel == "data/case.json" else data,
        r"case\.json",
    ),
    "case_json_list": (lambda rel, data: b"[1, 2]" if rel == "data/case.json" else data, r"case\.json"),
    "evidence_sha_number": (_case(_evidence(0, sha256=12345)), r"evidence item 1"),
    "answers_not_objects": (_case(lambda d: d["checklist"].update(answers=[1, "x"])), r"answer|case\.json"),
    "letters_not_a_list": (_case(lambda d: d.update(letters={"a": 1})), r"letters"),
    "title_not_text": (_case(lambda d: d["case"].update(title=["a"])), r"title"),
    "audit_line_deeply_nested": (
        _audit(lambda lines: [*lines[:-1], b"[" * 50_000 + b"]" * 50_000]),
        r"audit",
    ),
    # -- audit.jsonl edits
    "audit_delete_first": (_audit(_drop("first")), r"audit"),
    "audit_delete_middle": (_audit(_drop("middle")), r"audit"),
    "audit_delete_last": (_audit(_drop("last")), r"audit"),
    "audit_delete_first_two": (_audit(_drop_first_two), r"audit"),
    "audit_reorder": (_audit(_reorder), r"audit"),
    "audit_insert": (_audit(_insert), r"audit"),
}


def _edited(src: Path, dest: Path, edit: Edit, extra: tuple[str, bytes] | None = None) -> Path:
    entries = read_entries(src)
    if extra is not None:
        from tests.integration.test_archive_hostile import new_info, top_of

        entries.append((new_info(f"{top_of(entries)}/{extra[0]}"), extra[1]))
    return write_entries(dest, rebag(entries, edit))


def _both_refuse(victim: Any, bad: Path, tmp_path: Path, cli: Any, pattern: str) -> None:
    before = _snapshot(victim, tmp_path)
    with pytest.raises(BadInput) as err:
        archive.import_archive(victim, bad)
    assert re.search(pattern, str(err.value)), str(err.value)
    assert err.value.exit_code == 2 and "\n" not in str(err.value)
    assert _snapshot(victim, tmp_path) == before and tree(victim.paths.staging) == set()
    v = cli("archive", "verify", str(bad), "--json")
    assert v.rc in (1, 2), v.out + v.err
    if v.rc == 1:
        reasons = [f"{p['file']} {p['reason']}" for p in v.json()["problems"]]
        assert any(re.search(pattern, r) for r in reasons), reasons
    r = cli("archive", "import", str(bad), "--home", str(victim.paths.home), "--officer", "Victim Officer")
    assert r.rc == 2 and r.err.startswith("exemptio: Refused: ") and r.err.count("\n") == 1, r.err
    assert "Traceback" not in r.err
    assert _snapshot(victim, tmp_path) == before


def test_the_untouched_archive_verifies_and_imports(good, victim, cli):  # type: ignore[no-untyped-def]
    src, ref = good
    assert archive.verify_archive(src).ok
    assert archive.import_archive(victim, src, as_new=True).original_reference == ref


@pytest.mark.parametrize("name", sorted(EDITS))
def test_each_edit_is_refused_by_verify_and_import(name, good, victim, tmp_path, cli):  # type: ignore[no-untyped-def]
    edit, pattern = EDITS[name]
    bad = _edited(good[0], tmp_path / f"{name}.zip", edit)
    _both_refuse(victim, bad, tmp_path, cli, pattern)


def test_a_planted_payload_file_is_refused(good, victim, tmp_path, cli):  # type: ignore[no-untyped-def]
    bad = _edited(good[0], tmp_path / "extra.zip", _extra_file, ("data/evidence/planted.txt", b"planted"))
    _both_refuse(victim, bad, tmp_path, cli, r"planted\.txt.*does not name it")


def test_an_edited_overview_is_refused(good, victim, tmp_path, cli):  # type: ignore[no-untyped-def]
    def edit(rel: str, data: bytes) -> bytes | None:
        if rel == "data/index.html":
            return data.replace(b"</h1>", b"</h1><h2>DECIDED: EXEMPT</h2>", 1)
        return data

    bad = _edited(good[0], tmp_path / "html.zip", edit)
    _both_refuse(victim, bad, tmp_path, cli, r"index\.html.*edited")


def test_edited_bag_info_anchors_are_refused(good, victim, tmp_path, cli):  # type: ignore[no-untyped-def]
    def edit(rel: str, data: bytes) -> bytes | None:
        if rel == "bag-info.txt":
            return re.sub(rb"Exemptio-Audit-Events: \d+", b"Exemptio-Audit-Events: 3", data)
        return data

    bad = _edited(good[0], tmp_path / "anchor.zip", edit)
    _both_refuse(victim, bad, tmp_path, cli, r"Exemptio-Audit-Events")


def _verdicts(path: Path, victim: Any) -> tuple[bool, bool]:
    """(verify accepts, import accepts) for one archive."""
    try:
        verified = archive.verify_archive(path).ok
    except ExemptioError:
        verified = False
    try:
        archive.import_archive(victim, path, as_new=True)
        imported = True
    except ExemptioError:
        imported = False
    return verified, imported


def test_verify_and_import_agree_on_every_hostile_and_tampered_archive(good, victim, tmp_path):  # type: ignore[no-untyped-def]
    src = good[0]
    made: dict[str, Path] = {}
    for name, (edit, _) in EDITS.items():
        made[name] = _edited(src, tmp_path / f"e-{name}.zip", edit)
    made["planted"] = _edited(src, tmp_path / "planted.zip", _extra_file, ("data/x.txt", b"x"))
    for name, (build, _) in HOSTILE.items():
        try:
            made[f"hostile-{name}"] = build(src, tmp_path / f"h-{name}.zip")
        except Exception:  # noqa: BLE001 - a builder that needs another source archive
            continue
    assert len(made) > len(EDITS) + 20
    disagree = {}
    for name, path in made.items():
        v, i = _verdicts(path, victim)
        if v != i:
            disagree[name] = {"verify": v, "import": i}
    assert disagree == {}
    # and the good archive: both accept
    assert _verdicts(src, victim) == (True, True)


def test_replayed_fields_name_the_event_that_set_them() -> None:
    """The rebuild rule on its own: the last event that records a field wins; a field no
    event changed keeps the value of a new case; the refusal names the event."""
    from app.services.archive.reconstruct import case_fields_problem

    events = [
        {"id": 1, "action": "case.created", "after": {"title": "T", "provider": "P", "notes": ""}},
        {"id": 2, "action": "case.updated", "after": {"notes": "first"}},
        {
            "id": 3,
            "action": "checklist.version_set",
            "after": {"checklist": "ai-act-oss", "version": "2025.07"},
        },
        {"id": 4, "action": "checklist.outcome", "after": {"outcome": "not_gpai"}},
    ]
    doc = {
        "case": {"title": "T", "notes": "first", "outcome_label": "not_gpai"},
        "provider": {"name": "P"},
        "subject": {"parameters": None, "architecture": "", "licence": ""},
        "checklist": {"id": "ai-act-oss", "version": "2025.07"},
    }
    assert case_fields_problem(doc, events) is None
    doc["checklist"]["version"] = "2099.01"
    assert "checklist.version is '2099.01' in case.json, but audit event 3 (checklist.version_set)" in str(
        case_fields_problem(doc, events)
    )
    doc["checklist"]["version"] = "2025.07"
    doc["subject"]["licence"] = "MIT"
    assert "the case's creation (no event changes it) records empty" in str(case_fields_problem(doc, events))


def test_an_older_creation_event_without_notes_or_version_leaves_them_unchecked() -> None:
    """Archives from before issue 16 record neither in case.created: they stay importable."""
    from app.services.archive.reconstruct import case_fields_problem

    old: list[dict[str, Any]] = [
        {"id": 1, "action": "case.created", "after": {"title": "T", "provider": "P", "subject": "M"}}
    ]
    new = [
        {"id": 1, "action": "case.created", "after": {**old[0]["after"], "notes": "", "subject_version": "1"}}
    ]
    doc = {
        "case": {"title": "T", "notes": "anything"},
        "provider": {"name": "P"},
        "subject": {"name": "M", "version": "7", "parameters": None, "architecture": "", "licence": ""},
    }
    assert case_fields_problem(doc, old) is None
    assert "case.notes is 'anything' in case.json, but audit event 1 (case.created) records empty" in str(
        case_fields_problem(doc, new)
    )


@pytest.fixture(scope="module")
def decided(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive whose answers (OPEN_MODEL, through the checklist service) give an outcome."""
    from app.services import checklist
    from tests.helpers.answers import CHECKLIST_ID, CHECKLIST_VERSION, OPEN_MODEL

    def make(ctx: AppContext) -> str:
        ref = cases.create_case(ctx, cases.NewCase(title="Open", provider="P", subject="M")).reference
        checklist.save_answers(ctx, ref, OPEN_MODEL, checklist_id=CHECKLIST_ID, version=CHECKLIST_VERSION)
        return ref

    return exported_case(tmp_path_factory.mktemp("outcome-src"), make=make, name="decided.zip")[0]


def test_the_outcome_document_is_derived_again_from_the_answers(decided, victim, tmp_path, cli):  # type: ignore[no-untyped-def]
    """Issue 16: editing the outcome inside case.json (the label left alone) is refused,
    naming the field; the untouched archive imports with the engine's outcome."""
    doc = json.loads(_case_json(decided))
    track_m = doc["case"]["outcome"]["track_m"]
    assert doc["case"]["outcome_label"] == track_m["outcome"] != "not_exempt"

    def edit(d: dict[str, Any]) -> None:
        d["case"]["outcome"]["track_m"]["outcome"] = "not_exempt"

    bad = _edited(decided, tmp_path / "outcome-doc.zip", _case(edit))
    _both_refuse(
        victim,
        bad,
        tmp_path,
        cli,
        r"case\.outcome\.track_m\.outcome is 'not_exempt' in case\.json, but the decision engine "
        rf"\(checklist ai-act-oss 2025\.07\) derives from the archived answers '{track_m['outcome']}'",
    )
    gone = _edited(decided, tmp_path / "outcome-gone.zip", _case(lambda d: d["case"].update(outcome=None)))
    _both_refuse(
        victim, gone, tmp_path, cli, r"case\.outcome is empty in case\.json, but the decision engine"
    )
    assert archive.import_archive(victim, decided, as_new=True).reference


def _case_json(zip_path: Path) -> bytes:
    import zipfile

    with zipfile.ZipFile(zip_path) as zf:
        return zf.read(next(n for n in zf.namelist() if n.endswith("/data/case.json")))
