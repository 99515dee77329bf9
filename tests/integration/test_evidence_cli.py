"""`exemptio evidence add|list|verify` and `exemptio model inspect` end to end."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import numpy as np
import pytest
from safetensors.numpy import save_file


@pytest.fixture
def ref(cli) -> str:  # type: ignore[no-untyped-def]
    r = cli(
        "case",
        "new",
        "--title",
        "Check",
        "--provider",
        "Mistral AI",
        "--subject",
        "Mistral 7B",
        "--officer",
        "Ann Officer",
    )
    assert r.rc == 0, r.err
    return r.out.strip().splitlines()[-1]


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def test_add_prints_sha_per_file_and_verify_names_flipped_byte(
    cli, ref: str, tmp_path: Path, home: Path
) -> None:  # type: ignore[no-untyped-def]
    a = tmp_path / "LICENSE"
    a.write_text("Apache License\nVersion 2.0\n")
    b = tmp_path / "card.md"
    b.write_text("# Card\n")
    r = cli(
        "evidence",
        "add",
        ref,
        str(a),
        str(b),
        "--description",
        "from the hub",
        "--source-url",
        "https://huggingface.co/m",
        "--officer",
        "Ann Officer",
    )
    assert r.rc == 0, r.err
    lines = r.out.strip().splitlines()
    assert lines == [f"{_sha(a)}  LICENSE", f"{_sha(b)}  card.md"]

    assert cli("evidence", "verify").rc == 0
    ok = cli("evidence", "verify", ref, "--json")
    assert ok.rc == 0 and ok.json()["ok"] is True and ok.json()["checked"] == 2

    stored = home / "evidence" / _sha(b)[:2] / _sha(b)[2:4] / _sha(b)
    stored.chmod(0o644)
    data = bytearray(stored.read_bytes())
    data[3] ^= 0x01
    stored.write_bytes(bytes(data))
    bad = cli("evidence", "verify", ref)
    assert bad.rc == 1
    assert "card.md" in bad.err and "changed" in bad.err and "LICENSE" not in bad.err
    assert "CHANGED" in bad.out and _sha(b) in bad.out
    stored.unlink()
    missing = cli("evidence", "verify", ref, "--json")
    assert missing.rc == 1
    assert {i["name"]: i["status"] for i in missing.json()["items"]} == {
        "LICENSE": "ok",
        "card.md": "missing",
    }


def test_list_json_and_folder_intake_with_dedup(cli, ref: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "repo"
    (folder / "docs").mkdir(parents=True)
    (folder / "docs" / "a.txt").write_text("same\n")
    (folder / "b.txt").write_text("same\n")
    r = cli("evidence", "add", ref, str(folder), "--officer", "Ann Officer")
    assert r.rc == 0, r.err
    assert len(r.out.strip().splitlines()) == 2
    again = cli("evidence", "add", ref, str(folder), "--json", "--officer", "Ann Officer")
    assert again.rc == 0 and again.json()["added"] == [] and len(again.json()["already_attached"]) == 2
    assert again.json()["bytes_stored"] == 0
    items = cli("evidence", "list", ref, "--json").json()
    assert sorted(i["folder_path"] + "/" + i["name"] for i in items) == ["repo/b.txt", "repo/docs/a.txt"]
    assert len({i["sha256"] for i in items}) == 1
    assert all(i["added_by"] == "Ann Officer" for i in items)
    plain = cli("evidence", "list", ref)
    assert plain.rc == 0 and "repo/docs/a.txt" in plain.out


def test_non_utf8_name_and_newline_name(cli, ref: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    raw = os.path.join(os.fsencode(tmp_path), b"r\xe9sum\xe9.txt")
    with open(raw, "wb") as fh:
        fh.write(b"latin-1 name\n")
    nl = tmp_path / "line\nbreak.txt"
    nl.write_text("x\n")
    r = cli("evidence", "add", ref, os.fsdecode(raw), str(nl), "--officer", "Ann Officer")
    assert r.rc == 0, r.err
    lines = r.out.strip().splitlines()
    assert (
        len(lines) == 2
        and lines[0].endswith("r\ufffdsum\ufffd.txt")
        and lines[1].endswith("line\\nbreak.txt")
    )
    items = {i["original_name"]: i for i in cli("evidence", "list", ref, "--json").json()}
    assert "r\\xe9sum\\xe9.txt" in items and "line\nbreak.txt" in items
    assert cli("evidence", "verify", ref).rc == 0


def test_reference_only(cli, ref: str, tmp_path: Path, home: Path) -> None:  # type: ignore[no-untyped-def]
    w = tmp_path / "model.safetensors"
    w.write_bytes(os.urandom(100_000))
    r = cli("evidence", "add", ref, str(w), "--reference-only", "--officer", "Ann Officer")
    assert r.rc == 0 and r.out.strip() == f"{_sha(w)}  model.safetensors  (reference only)"
    assert not (home / "evidence" / _sha(w)[:2]).exists()
    [item] = cli("evidence", "list", ref, "--json").json()
    assert item["reference_only"] is True and item["reference_path"] == str(w)
    w.write_bytes(b"changed")
    bad = cli("evidence", "verify", ref)
    assert bad.rc == 1 and "model.safetensors" in bad.err


def test_bad_input_exits_2_and_changes_nothing(cli, ref: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "good.txt"
    good.write_text("good")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    r = cli("evidence", "add", ref, str(good), str(fifo), "--officer", "Ann Officer")
    assert r.rc == 2 and "named pipe" in r.err and len(r.err.strip().splitlines()) == 1
    assert cli("evidence", "list", ref, "--json").json() == []
    assert cli("evidence", "add", "AIO-1999-0042", str(good), "--officer", "A").rc == 2
    assert cli("evidence", "add", ref, str(tmp_path / "missing.txt"), "--officer", "A").rc == 2
    assert cli("evidence", "add", ref, str(good)).rc == 2  # no acting officer


def test_model_inspect_cli(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    d = tmp_path / "m"
    d.mkdir()
    save_file({"w": np.zeros((3, 4), np.float32)}, str(d / "model.safetensors"))
    (d / "config.json").write_text(
        json.dumps({"architectures": ["MistralForCausalLM"], "model_type": "mistral"})
    )
    (d / "README.md").write_text("---\nlicense: apache-2.0\npipeline_tag: text-generation\n---\n# M\n")
    r = cli("model", "inspect", str(d), "--json")
    assert r.rc == 0, r.err
    doc = r.json()
    assert doc["parameters"]["total"] == 12 and doc["weights_present"] is True
    assert doc["licence"]["model_card"]["license"]["value"] == "apache-2.0"
    assert doc["architecture"]["architectures"]["value"] == ["MistralForCausalLM"]
    text = cli("model", "inspect", str(d))
    assert text.rc == 0 and "Parameters: 12" in text.out and "apache-2.0" in text.out
    bad = cli("model", "inspect", str(tmp_path / "nope"))
    assert bad.rc == 2 and "does not exist" in bad.err
