"""Checklist benchmarks (the wizard recomputes the outcome on every change).

* ``decide()`` on a complete Llama-3.1-405B-like answer set vs ``jsonschema``
  validating the same answers document (Draft 2020-12, a compiled validator):
  the reference is the cheapest "real" pass over the same data. Goal: one
  decision well under a frame (< 1 ms), so the live outcome panel never lags.
* the navigator (``asked_ids``) on the same answers, same reference.
* screening the Llama 2 licence + acceptable-use policy (every line, every clause
  pattern, citations and restriction lists) vs a plain ``re.search`` of each
  clause pattern over the joined text (no line numbers, no quotes): the price of
  FILE:LINE citations. Goal: < 50 ms for a licence and its policy.

Medians of N runs (EXEMPTIO_BENCH_RUNS, default 7) of many calls each.

    .venv/bin/python benchmarks/bench_checklist.py
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

RUNS = int(os.environ.get("EXEMPTIO_BENCH_RUNS", "7"))


def per_call(fn: Callable[[], object], calls: int) -> float:
    """Median seconds per call over RUNS runs of ``calls`` calls."""
    samples = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        for _ in range(calls):
            fn()
        samples.append((time.perf_counter() - t0) / calls)
    return statistics.median(samples)


def fmt(seconds: float) -> str:
    return f"{seconds * 1e3:.3f} ms" if seconds >= 1e-4 else f"{seconds * 1e6:.1f} µs"


def row(name: str, ours: float, ref: float, goal: str) -> None:
    print(f"| {name} | {fmt(ours)} | {fmt(ref)} | {ours / ref:.2f}x | {goal} |", flush=True)


def main() -> int:
    import jsonschema

    from app.domain import licence_screen
    from app.domain.checklist import asked_ids
    from app.domain.decision import decide
    from app.services.checklist import load_definition

    defn = load_definition("ai-act-oss", "2025.07")
    answers = {
        "A1": "model", "A2a": {"P": 405e9, "D": 15.6e12}, "A3": "yes", "A4": "yes", "A5": "2024-07-23",
        "A6": "no", "C2": "no", "M1": "LicenseRef-scancode-llama-3.1-license-2024", "M2": "yes", "M2a": [],
        "M3": "no", "M3f": ["user_threshold", "commercial_licence_required"],
        "M4": [{"text": f"restriction {i}", "safety": "yes", "specific": "unknown", "proportionate": "yes",
                "objective_nondiscriminatory": "yes"} for i in range(25)],
        "M5": "yes", "M6": "yes", "M6a": "yes", "M7": [], "M8": "yes", "M9": "yes",
        "M10": ["modalities", "capabilities_limitations", "integration_means", "configuration"],
        "K1": "unknown", "K2": "no", "K3": "no", "K4": "yes", "X1": "no", "X2": "III",
    }  # fmt: skip
    doc = {k: {"value": v, "evidence": ["a" * 64], "note": "n"} for k, v in answers.items()}
    schema = {
        "type": "object",
        "additionalProperties": {
            "type": "object",
            "required": ["value"],
            "properties": {
                "value": {},
                "evidence": {"type": "array", "items": {"type": "string", "pattern": "^[0-9a-f]{64}$"}},
                "note": {"type": "string"},
            },
            "additionalProperties": False,
        },
    }
    validator = jsonschema.Draft202012Validator(schema)
    assert decide(defn, doc)["track_m"]["outcome"] == "not_exempt_systemic_risk"
    ref = per_call(lambda: validator.validate(doc), 300)
    row("checklist: decide() on 27 answers", per_call(lambda: decide(defn, doc), 300), ref,
        "< 1 ms (live outcome panel)")  # fmt: skip
    row("checklist: navigator asked_ids()", per_call(lambda: asked_ids(defn, doc), 300), ref, "< 1 ms")

    data = REPO / "tests" / "data" / "licences"
    files = [data / "llama2-LICENSE.txt", data / "llama2-USE_POLICY.md"]
    texts = [(p.name, p.read_text("utf-8")) for p in files]
    joined = "\n".join(t for _, t in texts)
    patterns = [entry[2] for entry in licence_screen._COMPILED]
    out = licence_screen.screen_texts(texts)
    assert out["flags"]["M3f"] and len(out["restrictions"]) == 25

    def naive() -> None:
        for rx in patterns:
            rx.search(joined)

    row("licence screen: Llama 2 licence + AUP (with citations)",
        per_call(lambda: licence_screen.screen_texts(texts), 20), per_call(naive, 20), "< 50 ms")  # fmt: skip
    apache = [("LICENSE", (data / "apache-2.0.txt").read_text("utf-8"))]
    row("licence screen: Apache-2.0 full text", per_call(lambda: licence_screen.screen_texts(apache), 20),
        per_call(lambda: [rx.search(apache[0][1]) for rx in patterns], 20), "< 50 ms")  # fmt: skip
    print(json.dumps({"licence": out["licence"]}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
