"""Audit events become officer sentences: no field names, codes, dicts or empty
answers on screen, dates and numbers in the interface language (issue 15 items 8, 9)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from app.ui import i18n
from app.ui.audit_sentences import event_name, sentence
from db.records import AuditRecord


def _ev(action: str, before: Any, after: Any, entity_id: str = "AIO-2026-0001") -> AuditRecord:
    return AuditRecord(
        id=1,
        ts="2027-01-02T10:00:00+00:00",
        actor="ŚMISZEK Ewa",
        action=action,
        entity_type="checklist" if action.startswith("checklist") else "case",
        entity_id=entity_id,
        case_ref="AIO-2026-0001",
        before=before,
        after=after,
        prev_hash="0" * 64,
        hash="1" * 64,
    )


EVENTS = [
    _ev("case.updated", {"due_date": "2027-01-30"}, {"due_date": "2027-02-15"}),
    _ev("checklist.answered", {}, {"value": {"P": 8e9, "D": 1.5e13}}, "AIO-2026-0001:A2a"),
    _ev("checklist.answered", {}, {"value": []}, "AIO-2026-0001:M7"),
    _ev("checklist.answered", {}, {"value": "partial"}, "AIO-2026-0001:M3"),
    _ev("case.outcome", {}, {"outcome": "partially_exempt"}),
    _ev("letter.exported", {}, {"state": "issued"}, "3"),
    _ev("case.transition", {"status": "review"}, {"status": "decided", "reason": "x\u202eevil"}),
    _ev("some.future_event", {}, {"due_date": "2027-03-01", "subject_version": "3.1"}),
]


@pytest.fixture(params=["en", "fr", "de"])
def language(request: Any, qapp: Any) -> Iterator[str]:
    assert i18n.install(request.param) == request.param
    yield request.param
    i18n.install("en")


def test_no_raw_codes(language: str) -> None:
    texts = [sentence(e) for e in EVENTS] + [event_name(e.action) for e in EVENTS]
    joined = "\n".join(texts)
    for raw in ("due_date", "partially_exempt", "subject_version", "{", "}", "'P'", "some.future", "\u202e"):
        assert raw not in joined, (raw, texts)
    m7 = sentence(EVENTS[2])
    assert re.match(r"^M7: \S", m7), m7  # never "M7:" with nothing after it


ENGLISH_LEFT = (
    "Due date",
    "January",
    "February",
    "Letter exported",
    "issued",
    "partly",
    "none ticked",
    "Partially",
)


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_no_english_left(lang: str, qapp: Any) -> None:
    assert i18n.install(lang) == lang
    try:
        texts = [sentence(e) for e in EVENTS] + [event_name(e.action) for e in EVENTS]
    finally:
        i18n.install("en")
    joined = "\n".join(texts)
    for word in ENGLISH_LEFT:
        assert word not in joined, (word, texts)
    month = {"fr": "janvier 2027", "de": "Januar 2027"}[lang]
    assert month in texts[0]
    decimal = {"fr": "1,5", "de": "1,5"}[lang]
    assert decimal in texts[1]


def test_english_sentences(qapp: Any) -> None:
    i18n.install("en")
    assert sentence(EVENTS[0]) == "Due date: 30 January 2027 → 15 February 2027"
    assert sentence(EVENTS[4]) == "Partially exempt"
    assert "⟨U+202E⟩" in sentence(EVENTS[6])
