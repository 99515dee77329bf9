"""`exemptio checklist show/answer/outcome` end to end on a real SQLite database."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from app.resources import resource_path
from tests.helpers.answers import LLAMA3_8B, write_answers


def new_case(cli, kind: str = "model") -> str:  # type: ignore[no-untyped-def]
    r = cli("case", "new", "--title", "Llama 3 8B", "--provider", "Meta", "--subject", "Llama 3 8B",
            "--kind", kind, "--officer", "Ann Officer")  # fmt: skip
    assert r.rc == 0, r.err
    return str(r.out.strip().splitlines()[-1])


def write(tmp_path: Path, answers: dict[str, Any], *, checklist: str = "ai-act-oss", version: str = "2025.07",
          name: str = "answers.json") -> str:  # fmt: skip
    return str(write_answers(tmp_path / name, answers, checklist=checklist, version=version))


def events(home: Path, action: str) -> list[tuple[str, str, str]]:
    with sqlite3.connect(home / "exemptio.db") as db:
        return list(db.execute(
            "SELECT entity_id, before_json, after_json FROM audit_events WHERE action = ? ORDER BY id",
            (action,),
        ))  # fmt: skip


def snapshot(home: Path) -> tuple[Any, ...]:
    with sqlite3.connect(home / "exemptio.db") as db:
        return (
            list(
                db.execute(
                    "SELECT question_id, value_json, evidence_json, note FROM checklist_answers ORDER BY 1"
                )
            ),
            list(
                db.execute("SELECT outcome_label, outcome_json, checklist_id, checklist_version FROM cases")
            ),
            db.execute("SELECT count(*) FROM audit_events").fetchone(),
        )


@pytest.fixture
def officer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXEMPTIO_OFFICER", "Ann Officer")


def test_fresh_case_asks_a1(cli, officer) -> None:  # type: ignore[no-untyped-def]
    ref = new_case(cli)
    r = cli("checklist", "show", ref, "--json")
    assert r.rc == 0, r.err
    doc = r.json()
    assert (doc["checklist"], doc["version"]) == ("ai-act-oss", "2025.07")
    assert [q["id"] for q in doc["questions"]] == ["A1"]
    assert doc["outcome"]["track_m"] is None
    r = cli("checklist", "show", ref, "--all", "--json")
    assert len(r.json()["questions"]) == 36
    r = cli("checklist", "outcome", ref)
    assert r.rc == 0 and "not yet determined" in r.out


def test_answer_llama3_8b_end_to_end(cli, home, officer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ref = new_case(cli)
    r = cli("checklist", "answer", ref, "--file", write(tmp_path, LLAMA3_8B))
    assert r.rc == 0, r.err
    assert f"{ref}: 16 answer(s) changed, 0 unchanged; outcome not_exempt" in r.out

    doc = cli("checklist", "outcome", ref, "--json").json()
    assert doc["compute"]["method"] == "6PD" and doc["compute"]["band"] == "not_presumed"
    m = doc["track_m"]
    assert m["outcome"] == "not_exempt"
    assert m["grounds"] == ["licence_use:user_threshold", "licence_use:output_training_ban"]
    assert m["obligations"] == ["53(1)(a)", "53(1)(b)", "53(1)(c)", "53(1)(d)"]
    assert m["findings"] == ["breach_53_1_d"] and m["deadline"] == "2027-08-02"

    case = cli("case", "show", ref, "--json").json()
    assert case["outcome"] == "not_exempt"
    assert case["checklist"] == {"id": "ai-act-oss", "version": "2025.07"}
    with sqlite3.connect(home / "exemptio.db") as db:
        stored = json.loads(db.execute("SELECT outcome_json FROM cases").fetchone()[0])
    assert stored == doc

    answered = events(home, "checklist.answered")
    assert len(answered) == 16
    entity, before, after = answered[0]
    assert entity == f"{ref}:A1" and json.loads(before) is None
    assert json.loads(after) == {"value": "model", "evidence": [], "note": ""}
    assert json.loads(events(home, "checklist.outcome")[-1][2]) == {"outcome": "not_exempt"}

    text = cli("checklist", "show", ref).out
    assert "M3f  non_commercial" not in text and "user_threshold, output_training_ban" in text
    assert "Model (Art. 53(2), 54(6)): Not exempt" in text and "grounds: licence_use:user_threshold" in text
    assert cli("audit", "verify").rc == 0


def test_answer_merges_and_audits_changes_only(cli, home, officer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ref = new_case(cli)
    assert cli("checklist", "answer", ref, "--file", write(tmp_path, LLAMA3_8B)).rc == 0
    n = len(events(home, "checklist.answered"))
    r = cli("checklist", "answer", ref, "--file", write(tmp_path, LLAMA3_8B), "--json")
    assert r.rc == 0 and r.json()["changed"] == []
    assert len(events(home, "checklist.answered")) == n  # nothing changed, nothing audited

    # the provider relicenses under Apache-2.0: merge only the licence answers
    patch = {"M1": {"value": "Apache-2.0"}, "M3": {"value": "yes"}, "M3f": {"value": []}}
    r = cli("checklist", "answer", ref, "--file", write(tmp_path, patch, name="p.json"), "--json")
    assert r.rc == 0, r.err
    assert r.json()["changed"] == ["M1", "M3", "M3f"]
    assert r.json()["outcome"]["track_m"]["outcome"] == "partially_exempt"
    ev = events(home, "checklist.answered")[n:]
    assert [e[0] for e in ev] == [f"{ref}:M1", f"{ref}:M3", f"{ref}:M3f"]
    assert json.loads(ev[2][1])["value"] == ["user_threshold", "output_training_ban"]
    assert json.loads(ev[2][2])["value"] == []
    doc = cli("checklist", "show", ref, "--json").json()
    answers = {q["id"]: q["answer"] for q in doc["questions"] if q["answer"]}
    assert answers["A2a"]["note"] == "Meta model card"  # earlier answers kept
    assert answers["M2"]["answered_by"] == "Ann Officer"
    assert cli("case", "show", ref, "--json").json()["outcome"] == "partially_exempt"


def test_evidence_citations(cli, home, officer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ref = new_case(cli)
    other = new_case(cli)
    lic = tmp_path / "LICENSE"
    lic.write_text("META LLAMA 3 COMMUNITY LICENSE AGREEMENT\n", "utf-8")
    r = cli("evidence", "add", ref, str(lic))
    assert r.rc == 0, r.err
    sha = r.out.split()[0]
    stray = tmp_path / "stray.txt"
    stray.write_text("not for this case\n", "utf-8")
    other_sha = cli("evidence", "add", other, str(stray)).out.split()[0]

    ok = {
        "M1": {"value": "LicenseRef-Meta-Llama-3-Community-License", "evidence": [sha], "note": "LICENSE:1"}
    }
    assert cli("checklist", "answer", ref, "--file", write(tmp_path, ok)).rc == 0
    q = [q for q in cli("checklist", "show", ref, "--json").json()["questions"] if q["id"] == "M1"][0]
    assert q["answer"]["evidence"] == [sha] and q["answer"]["note"] == "LICENSE:1"

    before = snapshot(home)
    bad = {"M2": {"value": "yes"}, "M1": {"value": "MIT", "evidence": [other_sha]}}
    r = cli("checklist", "answer", ref, "--file", write(tmp_path, bad))
    assert r.rc == 2 and "is not evidence of" in r.err and r.err.count("\n") == 1
    assert snapshot(home) == before


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ({"checklist": "other-list", "version": "2025.07", "answers": {}}, "Unknown checklist other-list"),
        ({"checklist": "ai-act-oss", "version": "2031.01", "answers": {}}, "known versions: 2025.07"),
        ({"checklist": "ai-act-oss", "version": "2025.07", "answers": {"Z9": {"value": "yes"}}},
         "Unknown question id 'Z9'"),
        ({"checklist": "ai-act-oss", "version": "2025.07", "answers": {"M2": {"value": "maybe"}}},
         "M2 must be one of yes, no, unknown"),
        ({"checklist": "ai-act-oss", "version": "2025.07",
          "answers": {"M2": {"value": "yes"}, "A2": {"value": "a lot"}}}, "A2 must be a positive number"),
        ({"checklist": "ai-act-oss", "version": "2025.07",
          "answers": {"M2": {"value": "yes", "evidence": ["f" * 64]}}},
         "is not evidence of"),
        ({"checklist": "ai-act-oss", "answers": {}}, 'name its "checklist" id and "version"'),
        ({"checklist": "ai-act-oss", "version": "2025.07", "answers": []}, 'needs an "answers" object'),
        ([1, 2], "must be a JSON object"),
        ({"checklist": "ai-act-oss", "version": "2025.07", "answers": {"M1": {"value": "Apache2"}}},
         "'Apache2' is not an SPDX licence id"),
    ],
)  # fmt: skip
def test_bad_answer_files_change_nothing(cli, home, officer, tmp_path, doc: Any, message: str) -> None:  # type: ignore[no-untyped-def]
    ref = new_case(cli)
    assert cli("checklist", "answer", ref, "--file", write(tmp_path, LLAMA3_8B, name="ok.json")).rc == 0
    before = snapshot(home)
    f = tmp_path / "bad.json"
    f.write_text(json.dumps(doc), "utf-8")
    r = cli("checklist", "answer", ref, "--file", str(f))
    assert r.rc == 2, r.out
    assert message in r.err and r.err.startswith("exemptio: ") and r.err.count("\n") == 1
    assert snapshot(home) == before


def test_unreadable_input(cli, home, officer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ref = new_case(cli)
    f = tmp_path / "broken.json"
    f.write_text("{ nope", "utf-8")
    r = cli("checklist", "answer", ref, "--file", str(f))
    assert r.rc == 2 and "is not valid JSON" in r.err
    r = cli("checklist", "answer", ref, "--file", str(tmp_path / "missing.json"))
    assert r.rc == 2 and "cannot be read" in r.err and "missing.json" in r.err
    r = cli("checklist", "answer", "AIO/OS/1999/9999", "--file", write(tmp_path, LLAMA3_8B))
    assert r.rc == 2 and "No case with reference" in r.err
    assert cli("checklist", "outcome", "AIO/OS/1999/9999").rc == 2


def test_decided_case_is_locked(cli, home, officer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ref = new_case(cli)
    assert cli("checklist", "answer", ref, "--file", write(tmp_path, LLAMA3_8B)).rc == 0
    for status in ("intake", "assessment", "review"):
        assert cli("case", "move", ref, status).rc == 0
    assert cli("case", "move", ref, "decided", "--reason", "decided without a letter").rc == 0
    before = snapshot(home)
    r = cli("checklist", "answer", ref, "--file", write(tmp_path, {"M3": {"value": "yes"}}, name="x.json"))
    assert r.rc == 2 and "reopen it" in r.err
    assert snapshot(home) == before


def test_new_checklist_version_never_rewrites_an_old_determination(
    cli, home, officer, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    ref = new_case(cli)
    assert cli("checklist", "answer", ref, "--file", write(tmp_path, LLAMA3_8B)).rc == 0
    old = cli("checklist", "outcome", ref, "--json").json()

    # a later version lowers the systemic-risk threshold: under it the same answers would be systemic
    root = tmp_path / "checklists"
    shutil.copytree(resource_path("checklists"), root)
    newer = json.loads((root / "ai-act-oss" / "2025.07.json").read_text("utf-8"))
    newer["version"] = "2026.01"
    newer["thresholds"]["systemic_flop"] = 1e23
    (root / "ai-act-oss" / "2026.01.json").write_text(json.dumps(newer), "utf-8")
    monkeypatch.setenv("EXEMPTIO_CHECKLIST_DIR", str(root))

    assert cli("checklist", "outcome", ref, "--json").json() == old  # still decided with 2025.07
    assert cli("case", "show", ref, "--json").json()["checklist"]["version"] == "2025.07"
    before = snapshot(home)
    r = cli(
        "checklist", "answer", ref, "--file", write(tmp_path, {"K2": {"value": "yes"}}, version="2026.01")
    )
    assert r.rc == 2 and "is assessed with checklist ai-act-oss 2025.07" in r.err
    assert snapshot(home) == before

    # a new case is assessed with the newest version (issue 18), and answered with it
    fresh = new_case(cli)
    assert cli("case", "show", fresh, "--json").json()["checklist"]["version"] == "2026.01"
    r = cli("checklist", "answer", fresh, "--file", write(tmp_path, LLAMA3_8B, version="2026.01"))
    assert r.rc == 0, r.err
    doc = cli("checklist", "outcome", fresh, "--json").json()
    assert doc["version"] == "2026.01" and doc["track_m"]["outcome"] == "not_exempt_systemic_risk"
    assert cli("case", "show", fresh, "--json").json()["checklist"]["version"] == "2026.01"
    assert cli("checklist", "outcome", ref, "--json").json() == old


def test_system_and_both_tracks(cli, officer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ref = new_case(cli, "system")
    ans = {"A1": {"value": "system"}, "S1": {"value": "yes"}, "S2": {"value": "no"}, "S3": {"value": "no"},
           "S4": {"value": "yes"}, "S5": {"value": "no"}}  # fmt: skip
    assert cli("checklist", "answer", ref, "--file", write(tmp_path, ans)).rc == 0
    doc = cli("checklist", "outcome", ref, "--json").json()
    assert doc["track_m"] is None and doc["track_s"]["outcome"] == "art50_applies"
    assert cli("case", "show", ref, "--json").json()["outcome"] == "art50_applies"
    both = new_case(cli, "both")
    ans2 = {**LLAMA3_8B, **ans, "A1": {"value": "both"}}
    assert cli("checklist", "answer", both, "--file", write(tmp_path, ans2, name="b.json")).rc == 0
    doc = cli("checklist", "outcome", both, "--json").json()
    assert doc["track_m"]["outcome"] == "not_exempt" and doc["track_s"]["outcome"] == "art50_applies"
    out = cli("checklist", "outcome", both).out
    assert "System (Art. 2(12)): Art. 50 obligations apply" in out


def test_answering_needs_an_officer(cli, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("EXEMPTIO_OFFICER", "Ann Officer")
    ref = new_case(cli)
    monkeypatch.delenv("EXEMPTIO_OFFICER")
    r = cli("checklist", "answer", ref, "--file", write(tmp_path, LLAMA3_8B))
    assert r.rc == 2 and "No acting officer" in r.err


def test_licence_ids(cli, officer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ref = new_case(cli)
    for value in ("Apache-2.0", "Apache-2.0 OR MIT", "LicenseRef-Acme-Model-1.0",
                  "LicenseRef-scancode-llama-3.1-license-2024"):  # fmt: skip
        r = cli("checklist", "answer", ref, "--file", write(tmp_path, {"M1": {"value": value}}))
        assert r.rc == 0, (value, r.err)
