"""Issue 18 (checklist): new cases take the newest checklist version, `checklist migrate`
carries answers whose ids keep their meaning and lists what must be answered again, the
outcome lists answers citing no evidence and gives no deadline without a placing-on-market
date, the letter cites the evidence each answer relies on, and the licence screening can be
run and accepted from the command line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.domain.errors import BadInput
from app.services import cases, checklist, evidence
from app.services.checklist import migrate as checklist_migrate
from app.services.context import open_context

SRC = Path(__file__).resolve().parents[2] / "resources" / "checklists"


@pytest.fixture
def two_versions(tmp_path: Path, home, monkeypatch):  # type: ignore[no-untyped-def]
    """The bundled checklist plus a 2026.01 in which one question nobody depends on is
    gone, A3 became a number and X9 is a new question asked after A1."""
    root = tmp_path / "checklists"
    shutil.copytree(SRC, root)
    doc = json.loads((root / "ai-act-oss" / "2025.07.json").read_text("utf-8"))
    doc["version"] = "2026.01"
    gone = "C2"  # a question no other question depends on
    (root / "gone.txt").write_text(gone)
    items = [i for i in doc["items"] if i["id"] != gone]
    for i in items:
        if i["id"] == "A3":
            i["kind"] = "number"
    a1 = next(i for i in items if i["id"] == "A1")
    new = dict(a1, id="X9", kind="yn", question="A question new in 2026.01?")
    new.pop("options", None)
    new.pop("option_labels", None)
    new.pop("asked_when", None)
    items.insert(1, new)
    doc["items"] = items
    (root / "ai-act-oss" / "2026.01.json").write_text(json.dumps(doc), "utf-8")
    monkeypatch.setenv("EXEMPTIO_CHECKLIST_DIR", str(root))
    monkeypatch.setenv("EXEMPTIO_OFFICER", "Test Officer")
    return root


def test_new_cases_take_the_newest_version_and_migrate_carries_answers(two_versions) -> None:  # type: ignore[no-untyped-def]
    gone = (two_versions / "gone.txt").read_text()
    ctx = open_context(officer="Test Officer")
    try:
        assert checklist.latest_version(ctx=ctx) == "2026.01"
        rec = cases.create_case(ctx, cases.NewCase(title="t", provider="p", subject="s"))
        assert rec.checklist_version == "2026.01"
        # an older case on 2025.07 (opened before the new version shipped)
        old = cases.create_case(ctx, cases.NewCase(title="old", provider="p", subject="s"))
        from db.models import Case
        from db.uow import unit_of_work

        with unit_of_work(ctx.engine) as s:
            s.query(Case).filter(Case.reference == old.reference).update({"checklist_version": "2025.07"})
        checklist.save_answers(
            ctx,
            old.reference,
            {
                "A1": {"value": "model"},
                "A3": {"value": "yes"},
                gone: _answer_for(gone),
                "A5": {"value": "2025-09-01"},
            },
            checklist_id="ai-act-oss",
            version="2025.07",
        )
        res = checklist_migrate.migrate(ctx, old.reference, "2026.01")
        assert set(res.carried) == {"A1", "A5"}
        assert "not in 2026.01" in res.to_answer[gone]
        assert "kind changed" in res.to_answer["A3"]
        assert res.to_answer["X9"] == "a new question in 2026.01"
        st = checklist.get_state(ctx, old.reference)
        assert st.version == "2026.01" and set(st.answers) == {"A1", "A5"}
        with pytest.raises(BadInput, match="already assessed"):
            checklist_migrate.migrate(ctx, old.reference, "2026.01")
        with pytest.raises(BadInput, match="no version"):
            checklist_migrate.migrate(ctx, old.reference, "1999.01")
    finally:
        ctx.close()


def _answer_for(qid: str) -> dict[str, object]:
    item = next(
        i for i in json.loads((SRC / "ai-act-oss" / "2025.07.json").read_text())["items"] if i["id"] == qid
    )
    values = {"yn": "no", "number": 1, "date": "2025-09-01", "pick": (item.get("options") or ["x"])[0]}
    return {"value": values.get(item["kind"], "no")}


def test_migrate_cli(cli, two_versions) -> None:  # type: ignore[no-untyped-def]
    ref = cli("case", "new", "--title", "t", "--provider", "p", "--subject", "s").out.strip()
    r = cli("checklist", "migrate", ref, "--to", "2025.07", "--json")
    assert r.rc == 0, r.err
    assert r.json()["from"] == "2026.01" and r.json()["to"] == "2025.07"
    bad = cli("checklist", "migrate", ref, "--to", "2025.07")
    assert bad.rc == 2 and "already assessed" in bad.err


def test_outcome_lists_uncited_answers_and_no_deadline_without_a5(cli, home, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("EXEMPTIO_OFFICER", "Test Officer")
    ref = cli("case", "new", "--title", "t", "--provider", "p", "--subject", "s").out.strip()
    lic = tmp_path / "LICENSE"
    lic.write_text("Apache License\nVersion 2.0, January 2004\n")
    sha = cli("evidence", "add", ref, str(lic), "--json").json()["added"][0]["sha256"]
    answers = {
        "checklist": "ai-act-oss",
        "version": checklist.latest_version(),
        "answers": {
            "A1": {"value": "model"},
            "A2": {"value": 1e23},
            "M1": {"value": "Apache-2.0", "evidence": [sha]},
        },
    }
    f = tmp_path / "answers.json"
    f.write_text(json.dumps(answers))
    assert cli("checklist", "answer", ref, "--file", str(f)).rc == 0
    doc = cli("checklist", "outcome", ref, "--json").json()
    assert cli("checklist", "show", ref, "--json").json()["answers_without_evidence"] == ["A1", "A2"]
    assert doc["track_m"]["deadline"] is None  # A5 unanswered: no compliance deadline
    text = cli("checklist", "outcome", ref)
    assert "Answers citing no evidence (2): A1, A2" in text.out and "deadline" not in text.out


def test_letter_cites_the_evidence_each_answer_relies_on(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.services.letters import render

    ref = cases.create_case(ctx, cases.NewCase(title="t", provider="p", subject="s")).reference
    lic = tmp_path / "LICENSE"
    lic.write_text("Apache License\nVersion 2.0\n")
    card = tmp_path / "README.md"
    card.write_text("# card\n")
    res = evidence.add_paths(ctx, ref, [lic, card])
    sha = {r.display_name: r.sha256 for r in res.items}
    c = render.LetterContent(
        outcome={},
        reference=ref,
        case_title="t",
        opened_on="2026-01-01",
        provider_name="p",
        provider_representative="",
        provider_address="",
        provider_country="",
        subject_name="s",
        subject_version="",
        subject_kind="model",
        licence="Apache-2.0",
        evidence=[render.EvidenceEntry(name=n, sha256=h) for n, h in sha.items()],
        answers={"M1": {"value": "x", "note": "", "evidence": [sha["README.md"]]}, "M2": {"value": "no"}},
    )
    s = render.strings("en")
    assert render._answer_citations(c, ["M1"], s) == "Evidence relied on for M1: [2] README.md."
    assert render._answer_citations(c, ["M2"], s) == "No evidence is cited for M2."
    assert render._answer_citations(c, ["M9"], s) == ""
    for lang in ("fr", "de"):
        assert "{items}" in render.strings(lang)["evidence_relied"]


def test_screen_and_accept_from_the_cli(cli, home, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("EXEMPTIO_OFFICER", "Test Officer")
    ref = cli("case", "new", "--title", "t", "--provider", "p", "--subject", "s").out.strip()
    assert cli("checklist", "screen", ref).rc == 2  # no licence evidence yet
    lic = tmp_path / "LICENSE"
    lic.write_text(
        (Path(__file__).resolve().parents[1] / "data" / "licences" / "llama3_1-LICENSE.txt").read_text()
    )
    cli("evidence", "add", ref, str(lic))
    scr = cli("checklist", "screen", ref, "--json")
    assert scr.rc == 0, scr.err
    suggested = scr.json()["suggested"]
    assert suggested, scr.json()
    acc = cli("checklist", "accept", ref, "--json")
    assert acc.rc == 0, acc.err
    accepted = acc.json()["accepted"]
    assert set(accepted) == set(suggested)
    st = cli("checklist", "show", ref, "--json").json()
    saved = {q["id"]: q["answer"] for q in st["questions"] if q["answer"]}
    some = next(iter(accepted))
    assert some in saved and saved[some]["evidence"]
    assert saved[some]["note"].startswith("Accepted from the licence screening")
    assert cli("checklist", "accept", ref, "--only", "Z99").rc == 2
