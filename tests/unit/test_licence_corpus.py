"""The licence-screening corpus (tests/data/licence_corpus) is well formed: every entry of
every INDEX.json names a file that is there, its source (repository, path, 40-hex commit), a
kind, flags from the screener's vocabulary and an id; nothing in a folder is left unlisted.
The benchmark (benchmarks/bench_licence.py) scores the screener on it; this only checks the
data, so that a set added blind cannot silently lose an entry."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.domain.licence.flags import M2A, M3F

CORPUS = Path(__file__).resolve().parents[1] / "data" / "licence_corpus"
INDEXES = [CORPUS / "INDEX.json", *sorted(CORPUS.glob("held-out-*/INDEX.json"))]
KINDS = {"restrictive", "control", "permissive", "copyleft"}
LISTED_ASIDE = {"INDEX.json", "SOURCES.md"}


def _entries(index: Path) -> list[dict[str, object]]:
    doc = json.loads(index.read_text("utf-8"))
    assert isinstance(doc.get("about"), str) and doc["about"].strip(), index
    entries = doc["licences"]
    assert isinstance(entries, list) and entries, index
    return entries


@pytest.mark.parametrize("index", INDEXES, ids=lambda p: p.parent.name)
def test_every_entry_is_complete_and_its_file_is_there(index: Path) -> None:
    seen: set[str] = set()
    for e in _entries(index):
        name = str(e["file"])
        assert name not in seen, f"{index}: {name} listed twice"
        seen.add(name)
        assert (index.parent / name).is_file(), f"{index}: {name} missing"
        assert re.fullmatch(r"[\w.-]+/[\w.-]+", str(e["repository"])), name
        assert str(e["path"]).strip(), name
        assert re.fullmatch(r"[0-9a-f]{40}", str(e["commit"])), name
        assert e["kind"] in KINDS, name
        assert set(e["M2a"]) <= set(M2A), name  # type: ignore[call-overload]
        assert set(e["M3f"]) <= set(M3F), name  # type: ignore[call-overload]
        assert e["M4"] in (True, False, None) and e.get("policy") in (True, False, None), (
            name
        )  # None: not judged
        assert str(e["id"]).strip(), name
        if e["kind"] != "restrictive":
            assert not e["M2a"] and not e["M3f"], f"{name}: a control with disqualifying flags"


@pytest.mark.parametrize("index", INDEXES[1:], ids=lambda p: p.parent.name)
def test_a_held_out_folder_holds_only_listed_texts(index: Path) -> None:
    listed = {str(e["file"]) for e in _entries(index)}
    present = {p.name for p in index.parent.iterdir() if p.is_file()} - LISTED_ASIDE
    assert present == listed
