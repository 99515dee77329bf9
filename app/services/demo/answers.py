"""Checklist answers (fictional facts) that lead the decision engine to each outcome."""

from __future__ import annotations

from typing import Any


def _yes() -> dict[str, Any]:
    return {"value": "yes"}


_M_OPEN: dict[str, Any] = {
    "A1": {"value": "model"},
    "A2": {"value": 5e23},
    "A3": _yes(),
    "A4": {"value": "no"},
    "A5": {"value": "2025-09-01"},
    "M1": {"value": "Apache-2.0"},
    "M2": _yes(),
    "M2a": {"value": []},
    "M3": _yes(),
    "M3f": {"value": []},
    "M4": {"value": []},
    "M5": _yes(),
    "M6": _yes(),
    "M7": {"value": []},
    "M8": _yes(),
    "M9": _yes(),
    "M10": {"value": ["modalities", "capabilities_limitations", "integration_means", "configuration"]},
    "K1": _yes(),
    "K2": _yes(),
}
_S_OPEN: dict[str, Any] = {
    "A1": {"value": "system"},
    "S1": _yes(),
    "S2": {"value": "no"},
    "S3": {"value": "no"},
    "S4": {"value": "no"},
    "S5": {"value": "no"},
}


def _with(base: dict[str, Any], **values: Any) -> dict[str, Any]:
    out = dict(base)
    out.update({k: {"value": v} for k, v in values.items()})
    return out


# Checklist answers (fictional facts) that lead the decision engine to each outcome.
ANSWERS: dict[str, dict[str, Any]] = {
    "partially_exempt": _M_OPEN,
    "not_exempt": _with(_M_OPEN, M3="no", M3f=["user_threshold"]),
    "not_exempt_systemic_risk": _with(_M_OPEN, A2=3.8e25),
    "not_gpai": _with(_M_OPEN, A3="no"),
    "undetermined": {k: v for k, v in _M_OPEN.items() if k not in ("A2", "M8", "M9")},
    "excluded_art_2_12": _S_OPEN,
    "act_applies": _with(_S_OPEN, S5="yes"),
    "not_excluded_high_risk": _with(_S_OPEN, S2="yes"),
    "art5_applies": _with(_S_OPEN, S3="yes"),
    "art50_applies": _with(_S_OPEN, S4="yes"),
}
