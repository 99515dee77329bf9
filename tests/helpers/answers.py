"""The canonical checklist answer sets (ai-act-oss 2025.07) used across tests and benchmarks.

* ``OPEN_MODEL`` — an 8-billion-parameter model under Apache-2.0 with everything
  published: the exemptions apply (Art. 53(2)), the usual path to a letter.
* ``LLAMA3_8B`` — Meta Llama 3 8B under its community licence (a user threshold and
  an output-training ban): not a free and open-source licence, not exempt.

Copy before changing one (``dict(OPEN_MODEL, M1={"value": "MIT"})``); the sets are shared.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

CHECKLIST_ID = "ai-act-oss"
CHECKLIST_VERSION = "2025.07"

ALL_M10 = ["modalities", "capabilities_limitations", "integration_means", "configuration"]

OPEN_MODEL: dict[str, dict[str, Any]] = {
    "A1": {"value": "model"},
    "A2a": {"value": {"P": 8.03e9, "D": 15e12}},
    "A3": {"value": "yes"},
    "A4": {"value": "no"},
    "A5": {"value": "2024-04-18"},
    "M1": {"value": "Apache-2.0"},
    "M2": {"value": "yes"},
    "M3": {"value": "yes"},
    "M5": {"value": "yes"},
    "M6": {"value": "yes"},
    "M7": {"value": []},
    "M8": {"value": "yes"},
    "M9": {"value": "yes"},
    "M10": {"value": ALL_M10},
    "K2": {"value": "no"},
}

LLAMA3_8B: dict[str, dict[str, Any]] = OPEN_MODEL | {
    "A2a": {"value": {"P": 8.03e9, "D": 15e12}, "note": "Meta model card"},
    "M1": {"value": "LicenseRef-Meta-Llama-3-Community-License"},
    "M3": {"value": "no", "note": "700 million monthly active users clause (§2)"},
    "M3f": {"value": ["user_threshold", "output_training_ban"]},
}


def answers_document(
    answers: dict[str, Any], *, checklist: str = CHECKLIST_ID, version: str = CHECKLIST_VERSION
) -> dict[str, Any]:
    """The ``checklist answer --file`` document for ``answers``."""
    return {"checklist": checklist, "version": version, "answers": answers}


def write_answers(path: Path, answers: dict[str, Any], **kwargs: str) -> Path:
    """Write the answers document to ``path`` (UTF-8) and return it."""
    path.write_text(json.dumps(answers_document(answers, **kwargs), ensure_ascii=False), encoding="utf-8")
    return path
