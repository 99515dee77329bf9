"""Issue 18 (casework): assignment only to recorded officers who can work cases,
no anonymous writes, field limits and unsafe characters refused at input, real
phrase search, hash search, and the list's filters and sorts (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from app.domain.errors import BadInput, NotAllowed
from app.services import cases, evidence, roles
from db import search
from db.uow import unit_of_work


def _new(ctx, **kw):  # type: ignore[no-untyped-def]
    base = {"title": "Llama claim", "provider": "Meta Platforms Ireland Ltd", "subject": "Llama 3.1 8B"}
    base.update(kw)
    return cases.create_case(ctx, cases.NewCase(**base))


def test_assignment_needs_a_recorded_officer_and_never_creates_one(ctx) -> None:  # type: ignore[no-untyped-def]
    roles.set_officer(ctx, "GONÇALVES Bruno", "officer")
    rec = _new(ctx)
    before = cases.officers(ctx)
    with pytest.raises(BadInput, match=r"No officer named 'GONCALVES Bruno'.*Did you mean 'GONÇALVES Bruno'"):
        cases.assign(ctx, rec.reference, "GONCALVES Bruno")
    assert cases.officers(ctx) == before  # nothing was created
    assert cases.get_case(ctx, rec.reference).assigned_officer is None
    # The same person written with other spacing, case or Unicode forms is the same officer.
    got = cases.assign(ctx, rec.reference, "  gonçalves   BRUNO ")
    assert got.assigned_officer == "GONÇALVES Bruno"
    assert cases.officers(ctx) == before


def test_an_auditor_cannot_be_assigned(ctx) -> None:  # type: ignore[no-untyped-def]
    roles.set_officer(ctx, "Aldo Auditor", "auditor")
    rec = _new(ctx)
    with pytest.raises(NotAllowed, match="Aldo Auditor is an auditor and cannot be assigned"):
        cases.assign(ctx, rec.reference, "aldo  auditor")
    with pytest.raises(NotAllowed, match="auditor"):
        _new(ctx, officer="Aldo Auditor")


def test_assigning_oneself_records_oneself(ctx) -> None:  # type: ignore[no-untyped-def]
    rec = _new(ctx, officer="Test Officer")  # ctx's acting officer
    assert rec.assigned_officer == "Test Officer"
    assert "Test Officer" in cases.officers(ctx)


def test_no_anonymous_writes(home) -> None:  # type: ignore[no-untyped-def]
    from app.services.context import open_context

    ctx = open_context()
    try:
        with pytest.raises(BadInput, match="No acting officer"):
            _new(ctx)
        with pytest.raises(BadInput, match="No acting officer"):
            cases.create_case(ctx, cases.NewCase(title="t", provider="p", subject="s"), actor="   ")
        assert cases.count_cases(ctx) == 0
    finally:
        ctx.close()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("title", "x" * 501, "Title: 501 characters, at most 500"),
        ("provider", "p" * 301, "Provider: 301 characters"),
        ("subject", "s" * 301, "Subject: 301 characters"),
        ("title", "Draft\u202eTPMEXE", "U\\+202E"),
        ("provider", "Evil\x1b[31m Corp", "U\\+001B"),
        ("title", "two\nlines", "must be one line"),
    ],
)
def test_field_limits_and_unsafe_characters_refused(ctx, field, value, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(BadInput, match=message):
        _new(ctx, **{field: value})
    assert cases.count_cases(ctx) == 0


def test_edit_checks_limits_and_reason_checked(ctx) -> None:  # type: ignore[no-untyped-def]
    rec = _new(ctx)
    with pytest.raises(BadInput, match="Notes: 20,001 characters"):
        cases.update_case(ctx, rec.reference, notes="n" * 20_001)
    with pytest.raises(BadInput, match="U\\+0007"):
        cases.update_case(ctx, rec.reference, title="bell\x07")
    with pytest.raises(BadInput, match="Reason"):
        cases.stop_clock(ctx, rec.reference, reason="r" * 2001)
    assert cases.get_case(ctx, rec.reference).version == rec.version
    assert cases.update_case(ctx, rec.reference, notes="line one\nline two").notes == "line one\nline two"


def _index(ctx, ref: str, source: str, body: str) -> None:  # type: ignore[no-untyped-def]
    rec = cases.get_case(ctx, ref)
    with unit_of_work(ctx.engine) as s:
        search.index(s, rec.id, source, body)


def test_phrase_search_matches_the_phrase_not_the_words_in_any_order(db_url, home) -> None:  # type: ignore[no-untyped-def]
    from app.services.context import open_context

    ctx = open_context(db=db_url, officer="Test Officer")
    try:
        a = _new(ctx, title="Open source licence review").reference
        b = _new(ctx, title="Source code is open to researchers").reference
        c = _new(ctx, title="Unrelated").reference
        _index(ctx, c, "evidence:1", "The weights are released as open source.")

        def found(q: str) -> set[str]:
            return {r.reference for r in cases.list_cases(ctx, cases.CaseFilter(search=q))}

        assert found("open source") == {a, b, c}  # words, any order
        assert found('"open source"') == {a, c}  # the phrase
        assert found('"source open"') == set()
        assert found('"open sour') == {a, c}  # missing closing quote: phrase to the end, last word a prefix
        assert found('"open source" licence') == {a}
        assert found('"open source" -') == {a, c}  # a lone dash is no word
        assert cases.count_cases(ctx, cases.CaseFilter(search='"open source"')) == 2
    finally:
        ctx.close()


def test_phrase_must_be_in_one_text() -> None:
    assert search.terms('"open source" licence GPT-4 "" * -') == [
        ("open", "source"),
        ("licence",),
        ("gpt", "4"),
    ]
    assert search.terms('"') == []


def test_sha256_search_finds_every_case_holding_the_file(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "LICENSE"
    f.write_text("Apache License 2.0 (test copy)\n")
    a, b, c = (_new(ctx, title=t).reference for t in ("a", "b", "c"))
    res = evidence.add_paths(ctx, a, [f])
    evidence.add_paths(ctx, b, [f])
    sha = res.items[0].sha256
    got = {r.reference for r in cases.list_cases(ctx, cases.CaseFilter(sha256=sha))}
    assert got == {a, b}
    assert {r.reference for r in cases.list_cases(ctx, cases.CaseFilter(sha256=sha[:10].upper()))} == {a, b}
    assert c not in got
    with pytest.raises(BadInput, match="is not a SHA-256"):
        cases.list_cases(ctx, cases.CaseFilter(sha256="xyz"))
    with pytest.raises(BadInput, match="at least the first 8"):
        cases.list_cases(ctx, cases.CaseFilter(sha256="abc"))


def test_every_sort_key_orders_the_list(ctx) -> None:  # type: ignore[no-untyped-def]
    for name in ("ŚMISZEK Ewa", "ADAMS Zoe"):
        roles.set_officer(ctx, name, "officer")
    _new(ctx, title="b", officer="ŚMISZEK Ewa", provider="Zeta")
    _new(ctx, title="a", officer="ADAMS Zoe", provider="Alpha")
    _new(ctx, title="c", provider="Mid")
    for key in cases.SORT_COLUMNS:
        asc = cases.list_cases(ctx, sort=key, descending=False)
        desc = cases.list_cases(ctx, sort=key, descending=True)
        assert len(asc) == len(desc) == 3
    titles = [r.title for r in cases.list_cases(ctx, sort="title", descending=False)]
    assert titles == ["a", "b", "c"]
    names = [r.assigned_officer for r in cases.list_cases(ctx, sort="assigned", descending=False)]
    assert names[-2:] == ["ADAMS Zoe", "ŚMISZEK Ewa"]


def test_demo_only_for_writers_and_only_without_real_cases(ctx, home) -> None:  # type: ignore[no-untyped-def]
    from app.services import demo
    from app.services.context import open_context

    roles.set_officer(ctx, "Aldo Auditor", "auditor")
    auditor = open_context(officer="Aldo Auditor")
    try:
        with pytest.raises(NotAllowed, match="auditor"):
            demo.seed(auditor)
    finally:
        auditor.close()
    assert cases.count_cases(ctx) == 0
    # A real provider whose name starts with "Fictional " is real data, not the demo's.
    _new(ctx, provider="Fictional Names Ltd")
    assert demo.has_demo_data(ctx) == 0
    with pytest.raises(BadInput, match="holds 1 real case"):
        demo.seed(ctx)
    assert cases.count_cases(ctx) == 1


def test_demo_runs_once_on_an_empty_database(ctx) -> None:  # type: ignore[no-untyped-def]
    from app.services import demo

    refs = demo.seed(ctx)
    assert demo.has_demo_data(ctx) == len(refs) and demo.real_cases(ctx) == 0
    with pytest.raises(BadInput, match="already there"):
        demo.seed(ctx)


def test_sort_by_assigned_officer_with_filters_on_each_backend(db_url, home) -> None:  # type: ignore[no-untyped-def]
    """The assigned-officer sort (two merged arms) gives the same order and counts
    as a plain sort: unassigned first when ascending, with every filter."""
    from app.services.context import open_context

    ctx = open_context(db=db_url, officer="Test Officer")
    try:
        for name in ("MÜLLER Jörg", "ADAMS Zoe"):
            roles.set_officer(ctx, name, "officer")
        specs = [
            ("licence a", "MÜLLER Jörg"),
            ("licence b", None),
            ("c", "ADAMS Zoe"),
            ("licence d", "ADAMS Zoe"),
        ]
        refs = {t: _new(ctx, title=t, officer=o).reference for t, o in specs}
        asc = cases.list_cases(ctx, sort="assigned", descending=False)
        assert [(r.assigned_officer, r.title) for r in asc] == [
            (None, "licence b"),
            ("ADAMS Zoe", "licence d"),
            ("ADAMS Zoe", "c"),
            ("MÜLLER Jörg", "licence a"),
        ]
        desc = cases.list_cases(ctx, sort="assigned", descending=True)
        assert [r.title for r in desc] == ["licence a", "licence d", "c", "licence b"]
        f = cases.CaseFilter(search="licence")
        got = cases.list_cases(ctx, f, sort="assigned", descending=False)
        assert [r.title for r in got] == ["licence b", "licence d", "licence a"]
        assert cases.count_cases(ctx, f) == 3
        page = cases.list_cases(ctx, f, sort="assigned", descending=False, offset=1, limit=1)
        assert [r.title for r in page] == ["licence d"]
        only = cases.list_cases(ctx, cases.CaseFilter(assigned="ADAMS Zoe"), sort="assigned")
        assert {r.reference for r in only} == {refs["c"], refs["licence d"]}
        none = cases.list_cases(ctx, cases.CaseFilter(assigned=""), sort="assigned")
        assert [r.reference for r in none] == [refs["licence b"]]
    finally:
        ctx.close()


def test_demo_covers_casework(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The demo has evidence (fictional licence texts, a generated model folder), model facts,
    linked cases, a duplicate across cases, a stopped clock and letters drafted, approved and
    issued - signed with the demo key, verifiable against the demo CA."""
    from app.services import demo, links
    from app.services.letters import service, verify

    refs = demo.seed(ctx)
    facts = evidence.recorded_model_facts(ctx)
    aurora = next(ref for ref, f in facts.items() if f["name"] == "aurora-2-13b-fictional")
    assert facts[aurora]["active_parameters"] < facts[aurora]["parameters"]  # a mixture of experts
    assert [lk.link_type for lk in links.links_of(ctx, aurora)] == ["fine_tune_of"]
    shared = evidence.shared_with(ctx, aurora)
    assert shared and all(len(v) == 1 for v in shared.values())  # the licence, in two cases
    assert cases.count_cases(ctx, cases.CaseFilter(clock_stopped=True)) >= 2
    states = {}
    for ref in refs:
        for letter in service.list_letters(ctx, ref):
            states[letter.state] = (ref, letter)
    assert {"draft", "approved", "issued"} <= set(states)
    ref, issued = states["issued"]
    assert cases.get_case(ctx, ref).status == "decided"  # issuing recorded the decision
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(service.letter_pdf(ctx, issued.id))
    ca = ctx.paths.home / "demo" / "demo-ca.pem"
    report = verify.verify_file(pdf, trust=[ca], require_trust=True)
    assert report.ok, report.problems
    assert report.integrity and report.whole_file and report.trusted
