"""Property tests of the decision engine and the navigator (hypothesis)."""

from __future__ import annotations

import json
import os
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.checklist import JUDGEMENTS, Navigator, asked_ids, parse_definition
from app.domain.decision import TRACK_M_OUTCOMES, TRACK_S_OUTCOMES, decide
from app.resources import resource_path

DEFN = parse_definition(
    json.loads(resource_path("checklists", "ai-act-oss", "2025.07.json").read_text("utf-8"))
)
# EXEMPTIO_HYPOTHESIS_EXAMPLES=5000 for a long run; 300 keeps the suite quick.
EXAMPLES = int(os.environ.get("EXEMPTIO_HYPOTHESIS_EXAMPLES", "300"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

yn = st.sampled_from(["yes", "no", "unknown"])
garbage = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=6,
)
number = st.floats(min_value=1e15, max_value=1e27, allow_nan=False)
restriction = st.fixed_dictionaries({"text": st.just("r"), **{j: yn for j in JUDGEMENTS}})


def valid_value(iid: str) -> st.SearchStrategy[Any]:
    item = DEFN.item(iid)
    k = item.kind
    if k == "yn":
        return yn
    if k == "ynp":
        return st.sampled_from(["yes", "no", "partial", "unknown"])
    if k == "pick":
        return st.sampled_from([*item.options, "unknown"])
    if k == "number":
        return number
    if k == "pd":
        return st.fixed_dictionaries({"P": st.floats(1e6, 1e13), "D": st.floats(1e9, 1e14)})
    if k == "periods":
        row = st.tuples(st.integers(1, 50000), st.floats(1, 1e8), st.floats(1e12, 1e16), st.floats(0.01, 1))
        return st.lists(row.map(list), min_size=1, max_size=3)
    if k == "modifier":
        return st.just("no") | st.fixed_dictionaries({"base_compute": number, "modification_compute": number})
    if k == "licence":
        return st.sampled_from(["Apache-2.0", "MIT", "LicenseRef-llama3"])
    if k == "flags":
        return st.lists(st.sampled_from(item.flags), unique=True)
    if k == "restrictions":
        return st.lists(restriction, max_size=3)
    if k == "date":
        return st.dates().map(lambda d: d.isoformat())
    raise AssertionError(k)


def answers_strategy(*, with_garbage: bool) -> st.SearchStrategy[dict[str, Any]]:
    fields = {}
    for iid in DEFN.ids:
        v = valid_value(iid)
        if with_garbage:
            v = v | garbage
        fields[iid] = v
    return st.fixed_dictionaries({}, optional=fields)


def wrap(answers: dict[str, Any]) -> dict[str, Any]:
    return {k: {"value": v, "evidence": [], "note": ""} for k, v in answers.items()}


def track_m_outcome(answers: dict[str, Any]) -> str:
    doc = decide(DEFN, wrap(answers))
    return str(doc["track_m"]["outcome"])


@SETTINGS
@given(answers_strategy(with_garbage=True))
def test_never_raises_on_any_answer_set(answers: dict[str, Any]) -> None:
    doc = decide(DEFN, wrap(answers))
    json.dumps(doc, allow_nan=False)  # always a clean JSON document
    if doc["track_m"] is not None:
        assert doc["track_m"]["outcome"] in TRACK_M_OUTCOMES
        assert all(isinstance(g, str) for g in doc["track_m"]["grounds"])
    if doc["track_s"] is not None:
        assert doc["track_s"]["outcome"] in TRACK_S_OUTCOMES
    decide(DEFN, answers)  # bare values too
    Navigator(DEFN, wrap(answers)).path()


@SETTINGS
@given(st.dictionaries(st.text(max_size=4) | st.sampled_from(DEFN.ids), garbage, max_size=8) | garbage)
def test_never_raises_on_junk_documents(junk: Any) -> None:
    decide(DEFN, junk if isinstance(junk, dict) else None)
    asked_ids(DEFN, junk if isinstance(junk, dict) else None)


DISQUALIFIERS: list[dict[str, Any]] = [
    {"M2": "no"}, {"M2a": ["geographic_exclusion"]}, {"M2a": ["approval_gate_discretionary"]},
    {"M3": "no"}, {"M3f": ["non_commercial"]}, {"M3f": ["user_threshold"]},
    {"M3f": ["commercial_licence_required"]}, {"M3f": ["output_training_ban"]}, {"M3f": ["unilateral_stop"]},
    {"M4": [{"text": "r", "safety": "no", "specific": "yes", "proportionate": "yes",
             "objective_nondiscriminatory": "yes"}]},
    {"M5": "no"}, {"M6": "no"}, {"M7": ["dual_licensing"], "M7a": "no"}, {"M8": "no"}, {"M8": "partial"},
    {"M9": "no"}, {"M10": []}, {"C2": "yes"}, {"C1": "yes", "C1a": "no"},
]  # fmt: skip


@SETTINGS
@given(
    answers_strategy(with_garbage=True), st.sampled_from(DISQUALIFIERS), st.sampled_from(["model", "both"])
)
def test_disqualifying_answer_never_partially_exempt(
    answers: dict[str, Any], bad: dict[str, Any], a1: str
) -> None:
    answers = {**answers, "A1": a1, **bad}
    assert track_m_outcome(answers) != "partially_exempt"


@SETTINGS
@given(
    answers_strategy(with_garbage=True),
    st.sampled_from(["M2", "M3", "M5", "M6", "M7", "M8", "M9", "M10"]),
    st.sampled_from([None, "unknown"]),
    st.sampled_from(["model", "both"]),
)
def test_unknown_needed_answer_never_partially_exempt(
    answers: dict[str, Any], item: str, how: str | None, a1: str
) -> None:
    answers = {**answers, "A1": a1}
    if how is None:
        answers.pop(item, None)
    else:
        answers[item] = how
    assert track_m_outcome(answers) != "partially_exempt"


@SETTINGS
@given(answers_strategy(with_garbage=False), st.sampled_from(["model", "both"]))
def test_unjudged_restriction_never_partially_exempt(answers: dict[str, Any], a1: str) -> None:
    answers = {**answers, "A1": a1, "M4": [{"text": "r", "safety": "yes", "specific": "unknown"}]}
    assert track_m_outcome(answers) != "partially_exempt"


@SETTINGS
@given(answers_strategy(with_garbage=False))
def test_partially_exempt_only_when_every_condition_is_met(answers: dict[str, Any]) -> None:
    doc = decide(DEFN, wrap(answers))
    m = doc["track_m"]
    if m is None or m["outcome"] != "partially_exempt":
        return
    for iid in ("M2", "M3", "M5", "M6", "M8", "M9"):
        assert answers[iid] == "yes"
    assert sorted(answers["M10"]) == sorted(DEFN.item("M10").flags)
    assert m["grounds"] == [] and m["missing"] == []
    assert m["obligations"] == ["53(1)(c)", "53(1)(d)"]


@SETTINGS
@given(answers_strategy(with_garbage=False))
def test_navigator_walks_the_asked_questions(answers: dict[str, Any]) -> None:
    nav = Navigator(DEFN, wrap(answers))
    path = nav.path()
    assert path[0] == "A1"
    seen = [nav.current]
    while nav.can_next:
        seen.append(nav.go_next())
    assert seen == path
    back = [nav.current]
    while nav.can_back:
        back.append(nav.go_back())
    assert back == list(reversed(path))
