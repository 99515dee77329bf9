"""The case record rebuilt from its hash-chained events, compared field by field with case.json.

Every field of case.json that an event records must hold the value of the last event that
recorded it; a field no event changed must hold the value it has when a case is created
(empty notes, no outcome, ...). The first mismatch is reported naming the field, the
value in case.json and the event (id and action) that supports another value.

Fields that no event of any Exemptio version records (the provider's postal address, for
example) cannot be checked this way: docs/archive.md lists them under "what an archive
does not prove".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

GENESIS_ACTION = "case.created"


def _d(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _show(value: Any) -> str:
    if value is None or value == "":
        return "empty"
    text = str(value)
    return f"'{text[:60]}…'" if len(text) > 60 else f"'{text}'"


@dataclass
class _Field:
    """One field of case.json: its value as the events have it, and the event that set it."""

    value: Any
    event: dict[str, Any] | None = None  # None: the value a new case has


def _norm_text(value: Any) -> str:
    return "" if value is None or value == "None" else str(value)


def _norm_date(value: Any) -> str | None:
    text = _norm_text(value)
    return text[:10] if text else None


def _event_name(ev: dict[str, Any] | None) -> str:
    if ev is None:
        return "the case's creation (no event changes it)"
    return f"audit event {ev.get('id')} ({ev.get('action')})"


def _mismatch(label: str, have: Any, f: _Field) -> str:
    return f"{label} is {_show(have)} in case.json, but {_event_name(f.event)} records {_show(f.value)}"


def _rebuild_case(events: list[dict[str, Any]]) -> dict[str, _Field]:
    """The case fields, replayed from the events (oldest first)."""
    # A new case has no outcome and a subject without facts; every other field is known
    # once an event records it (fields the creation event does not record stay unchecked
    # until an event changes them).
    fields: dict[str, _Field] = {
        "case.outcome_label": _Field(""),
        "subject.parameters": _Field(None),
        "subject.architecture": _Field(""),
        "subject.licence": _Field(""),
    }
    created = False
    for ev in events:
        action, after = ev.get("action"), _d(ev.get("after"))
        if action == GENESIS_ACTION and not created:
            created = True
            for key, path, norm in (
                ("title", "case.title", _norm_text),
                ("notes", "case.notes", _norm_text),
                ("provider", "provider.name", _norm_text),
                ("subject", "subject.name", _norm_text),
                ("subject_version", "subject.version", _norm_text),
                ("subject_kind", "subject.kind", _norm_text),
                ("due_date", "case.due_date", _norm_date),
            ):
                if key in after:
                    fields[path] = _Field(norm(after[key]), ev)
        elif action == "case.updated":
            for key, norm in (("title", _norm_text), ("notes", _norm_text), ("due_date", _norm_date)):
                if key in after:
                    fields[f"case.{key}"] = _Field(norm(after[key]), ev)
        elif action in ("case.clock_stopped", "case.clock_resumed"):
            if "due_date" in after:
                fields["case.due_date"] = _Field(_norm_date(after["due_date"]), ev)
        elif action in ("case.outcome", "checklist.outcome"):
            fields["case.outcome_label"] = _Field(_norm_text(after.get("outcome")), ev)
        elif action == "checklist.version_set":
            if "checklist" in after:
                fields["checklist.id"] = _Field(_norm_text(after["checklist"]), ev)
            if "version" in after:
                fields["checklist.version"] = _Field(_norm_text(after["version"]), ev)
        elif action == "case.subject_updated":
            for key, norm in (
                ("name", _norm_text),
                ("architecture", _norm_text),
                ("licence", _norm_text),
                ("version", _norm_text),
            ):
                if key in after:
                    fields[f"subject.{key}"] = _Field(norm(after[key]), ev)
            if "parameters" in after:
                fields["subject.parameters"] = _Field(after["parameters"], ev)
    return fields


def _doc_value(doc: dict[str, Any], path: str) -> Any:
    part, _, key = path.partition(".")
    return _d(doc.get(part)).get(key)


def _same(value: Any) -> Any:
    return value


_NORMS: dict[str, Callable[[Any], Any]] = {"case.due_date": _norm_date, "subject.parameters": _same}


def case_fields_problem(doc: dict[str, Any], events: list[dict[str, Any]]) -> str | None:
    """The first case, provider or subject field of case.json the events do not support."""
    if not any(ev.get("action") == GENESIS_ACTION for ev in events):
        return None  # an archive without the case's creation is refused by the genesis check
    for path, f in _rebuild_case(events).items():
        norm: Callable[[Any], Any] = _NORMS.get(path, _norm_text)
        have = norm(_doc_value(doc, path))
        if have != f.value:
            return _mismatch(path, have, f)
    return None


_EVIDENCE_FIELDS = (
    ("sha256", "sha256"),
    ("name", "original_name"),
    ("folder_path", "folder_path"),
    ("size", "size"),
    ("media_type", "media_type"),
    ("source_url", "source_url"),
    ("retrieved_at", "retrieved_at"),
    ("description", "description"),
    ("reference_only", "reference_only"),
    ("reference_path", "reference_path"),
)


def evidence_problem(doc: dict[str, Any], events: list[dict[str, Any]]) -> str | None:
    """Each evidence item of case.json against its evidence.received event (n-th with n-th)."""
    received = [
        ev for ev in events if ev.get("action") == "evidence.received" and ev.get("entity_type") == "evidence"
    ]
    items = [e for e in doc.get("evidence") or [] if isinstance(e, dict)]
    if not any(ev.get("action") == GENESIS_ACTION for ev in events):
        return None
    if len(items) != len(received):
        return (
            f"case.json lists {len(items)} evidence item(s), the audit trail records {len(received)} received"
        )
    for n, (item, ev) in enumerate(zip(items, received, strict=True), start=1):
        after = _d(ev.get("after"))
        for key, field in _EVIDENCE_FIELDS:
            if key not in after:
                continue
            want, have = after[key], item.get(field)
            if field in ("source_url", "description", "folder_path", "reference_path", "media_type"):
                want, have = _norm_text(want), _norm_text(have)
            elif field == "retrieved_at":
                want, have = _norm_text(want) or None, _norm_text(have) or None
            elif field == "reference_only":
                want, have = bool(want), bool(have)
            if want != have:
                return _mismatch(f"evidence item {n} {field}", have, _Field(want, ev))
    return None


_LETTER_FIELDS = ("signature_level", "signer_function", "language", "legal_nature")


def letter_fields_problem(n: int, lt: dict[str, Any], events: list[dict[str, Any]]) -> str | None:
    """Letter fields that the letter's own events record (the last event recording each wins)."""
    for field in _LETTER_FIELDS:
        f: _Field | None = None
        for ev in events:
            after = _d(ev.get("after"))
            if field in after:
                f = _Field(_norm_text(after[field]), ev)
        if f is None:
            continue
        have = _norm_text(lt.get(field))
        if have != f.value:
            return _mismatch(f"letter {n} {field}", have, f)
    return None


def genesis_problem(events: list[dict[str, Any]]) -> str | None:
    """The case's history starts with its creation (deleting the first events is seen)."""
    if not events:
        return "the audit trail holds no event of the case"
    first = events[0]
    if first.get("action") != GENESIS_ACTION:
        return (
            f"the audit trail starts with event {first.get('id')} ({first.get('action')}), "
            f"not with the case's creation ({GENESIS_ACTION}): its beginning is missing"
        )
    return None


LinkKey = tuple[str, str, str]  # (type, "outgoing"|"incoming", the other case's reference)


def _link_key(doc: dict[str, Any], own: set[str]) -> LinkKey | None:
    """A case.linked/case.unlinked document as the archived case reads it."""
    t, a, b = (_norm_text(doc.get(k)) for k in ("type", "case", "other"))
    if a in own and b not in own:
        return (t, "outgoing", b)
    if b in own and a not in own:
        return (t, "incoming", a)
    return None


def links_problem(doc: dict[str, Any], events: list[dict[str, Any]]) -> str | None:
    """case.json ``links`` against the case.linked / case.unlinked events of the case: each
    link listed must be one the events leave in place, and each such link must be listed."""
    if not any(ev.get("action") == GENESIS_ACTION for ev in events):
        return None
    own = {str(ev.get("case_ref")) for ev in events if ev.get("case_ref")}
    live: dict[LinkKey, dict[str, Any]] = {}
    for ev in events:
        action = ev.get("action")
        if action == "case.linked":
            key = _link_key(_d(ev.get("after")), own)
            if key is not None:
                live[key] = ev
        elif action == "case.unlinked":
            key = _link_key(_d(ev.get("before")), own)
            if key is not None:
                live.pop(key, None)
    raw = doc.get("links", [])
    if not isinstance(raw, list) or not all(isinstance(lk, dict) for lk in raw):
        return "case.json links is not a list of links"
    listed: set[LinkKey] = set()
    for n, lk in enumerate(raw, start=1):
        key = (_norm_text(lk.get("type")), _norm_text(lk.get("direction")), _norm_text(lk.get("case")))
        if key not in live:
            return (
                f"link {n} ({key[0]} {key[1]} {_show(key[2])}) is in case.json, "
                "but no audit event (case.linked) records it"
            )
        listed.add(key)
    for key, ev in live.items():
        if key not in listed:
            return (
                f"links in case.json leave out the link {key[0]} {key[1]} {_show(key[2])} "
                f"that {_event_name(ev)} records"
            )
    return None
