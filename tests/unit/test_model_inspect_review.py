"""Review fixes: the proposed parameter count is the float weights; a model card licence that
contradicts the LICENSE file gets a warning."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from safetensors.numpy import save_file

from app.services.model_inspect import inspect_folder, summary_lines

APACHE = (
    "\n                                 Apache License\n"
    "                           Version 2.0, January 2004\n"
    "                        http://www.apache.org/licenses/\n\n   TERMS AND CONDITIONS FOR USE, "
    "REPRODUCTION, AND DISTRIBUTION\n"
)
LLAMA31 = "LLAMA 3.1 COMMUNITY LICENSE AGREEMENT\nLlama 3.1 Version Release Date: July 23, 2024\n"


def _model(d: Path, card_licence: str | None, licence_text: str | None) -> Path:
    d.mkdir()
    save_file(
        {
            "w": np.zeros((10, 10), np.float32),
            "b": np.zeros((10,), np.float16),
            "ids": np.zeros((1, 50), np.int64),
            "mask": np.zeros((7,), np.bool_),
        },
        str(d / "model.safetensors"),
    )
    if card_licence is not None:
        (d / "README.md").write_text(f"---\nlicense: {card_licence}\n---\n# Model\n")
    if licence_text is not None:
        (d / "LICENSE").write_text(licence_text)
    return d


def test_proposed_parameters_count_float_weights_only(tmp_path: Path) -> None:
    doc = inspect_folder(_model(tmp_path / "m", "apache-2.0", APACHE))
    p = doc["parameters"]
    assert p["total"] == 167 and p["float"] == 110 and p["non_float"] == 57
    assert doc["proposed_subject"]["parameters"] == 110
    assert any(
        line.startswith("Parameters: 110 (110 float; non-float buffers 57)") for line in summary_lines(doc)
    )


def test_card_licence_contradicting_licence_file_is_warned(tmp_path: Path) -> None:
    doc = inspect_folder(_model(tmp_path / "m", "llama3.1", APACHE))
    [w] = [w for w in doc["warnings"] if "check which licence applies" in w]
    assert "'llama3.1'" in w and "LICENSE reads as Apache-2.0" in w
    assert any("check which licence applies" in line for line in summary_lines(doc))


def test_agreeing_or_unknowable_licences_give_no_warning(tmp_path: Path) -> None:
    cases = {
        "a": ("apache-2.0", APACHE),
        "b": ("llama3.1", LLAMA31),
        "c": ("other", APACHE),  # the card names no licence to compare
        "d": ("apache-2.0", "Some licence text nobody recognises.\n"),
        "e": ("apache-2.0", None),
    }
    for name, (card, text) in cases.items():
        doc = inspect_folder(_model(tmp_path / name, card, text))
        assert not any("check which licence applies" in w for w in doc["warnings"]), name


def test_other_with_licence_name_is_compared(tmp_path: Path) -> None:
    d = _model(tmp_path / "m", None, APACHE)
    (d / "README.md").write_text("---\nlicense: other\nlicense_name: llama3.1\n---\n")
    assert any("'llama3.1'" in w for w in inspect_folder(d)["warnings"])
