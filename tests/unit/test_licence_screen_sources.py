"""Every suggestion of a licence screening names the file and the line it came from
(issue 15 item 7): a "no" found in a second text is not credited to the licence of the first."""

from __future__ import annotations

from pathlib import Path

from app.domain import licence_screen as ls

DATA = Path(__file__).resolve().parent.parent / "data" / "licences"


def test_no_from_another_text_names_that_file_and_line(tmp_path: Path) -> None:
    extra = tmp_path / "USE-POLICY.txt"
    extra.write_text(
        "Acceptable use\n\nYou shall not use outputs of the Model to train any other model.\n", "utf-8"
    )
    doc = ls.screen_files([DATA / "apache-2.0.txt", extra])
    assert doc["licence"] == "Apache-2.0"
    assert doc["suggested"]["M3"] == "no"
    src = doc["suggested_from"]
    (ref,) = src["M3"]
    assert ref == {
        "file": "USE-POLICY.txt",
        "line": 3,
        "text": "You shall not use outputs of the Model to train any other model.",
    }
    assert src["M3f"] == src["M3"]
    # what the Apache-2.0 profile suggests rests on the line where that licence was recognised
    (lic,) = src["M1"]
    assert lic["file"] == "apache-2.0.txt" and lic["line"] >= 1
    lines = (DATA / "apache-2.0.txt").read_text("utf-8").splitlines()
    assert lic["text"] == " ".join(lines[lic["line"] - 1].split())
    assert src["M5"] == [lic] and src["M2"] == [lic]
    assert set(src) == set(doc["suggested"])  # every suggestion has its source


def test_spdx_line_and_long_lines_are_shortened(tmp_path: Path) -> None:
    f = tmp_path / "LICENSE"
    f.write_text(
        "Model terms\n# SPDX-License-Identifier: MIT\n\n"
        "You may use the model for research purposes only, " + "and for nothing else " * 20 + "\n",
        "utf-8",
    )
    doc = ls.screen_files([f])
    assert doc["suggested_from"]["M1"][0]["line"] == 2
    (ref,) = doc["suggested_from"]["M3"]
    assert ref["file"] == "LICENSE" and ref["line"] == 4
    assert len(ref["text"]) <= 120 and ref["text"].endswith("…")


def test_nothing_found_names_no_source(tmp_path: Path) -> None:
    f = tmp_path / "NOTES.txt"
    f.write_text("Nothing about licensing here.\n", "utf-8")
    doc = ls.screen_files([f])
    assert all(refs == [] for refs in doc["suggested_from"].values())
