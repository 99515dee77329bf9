"""Issue 18/19 (evidence): cross-case duplicate notices, hash search, Git LFS stubs
flagged at intake, Hugging Face cache folders stored once, links leading out of an
evidence folder skipped, model facts recorded by `evidence add`, evidence show /
export / custody."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest
from safetensors.numpy import save_file

LFS = (
    "version https://git-lfs.github.com/spec/v1\n"
    "oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\n"
    "size 16060522496\n"
)


@pytest.fixture(autouse=True)
def _acting_officer(home, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("EXEMPTIO_OFFICER", "Test Officer")


def _new(cli, title: str = "Claim") -> str:  # type: ignore[no-untyped-def]
    r = cli("case", "new", "--title", title, "--provider", "P", "--subject", "S")
    assert r.rc == 0, r.err
    return r.out.strip()


def test_duplicate_notice_across_cases_and_hash_search(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lic = tmp_path / "LICENSE"
    lic.write_text("Custom licence text, shared by several releases.\n")
    a, b, c = _new(cli, "a"), _new(cli, "b"), _new(cli, "c")
    first = cli("evidence", "add", a, str(lic), "--json")
    assert first.rc == 0 and first.json()["already_evidence_in"] == {}
    sha = first.json()["added"][0]["sha256"]
    assert cli("evidence", "add", b, str(lic)).rc == 0
    third = cli("evidence", "add", c, str(lic))
    assert third.rc == 0
    assert f"LICENSE is already evidence in {a}, {b}." in third.err
    doc = cli("evidence", "add", c, str(lic), "--json").json()  # again: already attached to c itself
    assert doc["already_attached"] and doc["already_evidence_in"] == {}
    found = cli("case", "list", "--sha256", sha, "--json").json()
    assert sorted(x["reference"] for x in found) == sorted([a, b, c])
    assert [x["reference"] for x in cli("case", "list", "--sha256", sha[:12], "--json").json()] != []


def test_lfs_stub_is_flagged_not_stored_as_weights(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    d = tmp_path / "repo"
    d.mkdir()
    (d / "model.safetensors").write_text(LFS)
    (d / "config.json").write_text(json.dumps({"model_type": "llama"}))
    ref = _new(cli)
    r = cli("evidence", "add", ref, str(d), "--json")
    assert r.rc == 0, r.err
    doc = r.json()
    stub = next(x for x in doc["added"] if x["name"] == "model.safetensors")
    assert stub["media_type"] == "text/x-git-lfs-pointer"
    assert doc["lfs_stubs"] == ["repo/model.safetensors"]
    assert any("Git LFS pointer stubs" in w for w in doc["warnings"])


def test_links_leading_out_of_the_folder_are_skipped(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    secret = tmp_path / "officer-private.txt"
    secret.write_text("my own notes, not evidence\n")
    d = tmp_path / "provider-folder"
    (d / "sub").mkdir(parents=True)
    (d / "README.md").write_text("# Model\n")
    (d / "sub" / "inside.txt").write_text("inside\n")
    os.symlink(secret, d / "notes.txt")  # leads out
    os.symlink(d / "sub" / "inside.txt", d / "link-inside.txt")  # stays inside
    ref = _new(cli)
    r = cli("evidence", "add", ref, str(d), "--json")
    assert r.rc == 0, r.err
    names = sorted(x["name"] for x in r.json()["added"])
    assert names == ["README.md", "inside.txt", "link-inside.txt"]
    assert any("notes.txt" in s and "outside the folder" in s for s in r.json()["skipped"])
    text = cli("evidence", "add", _new(cli), str(d))
    assert "outside the folder" in text.err


def test_hugging_face_cache_folder_is_stored_once_with_its_facts(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "hub" / "models--acme-ai--Tiny-1B"
    commit = "89abcdef0123456789abcdef0123456789abcdef"
    blobs, snap = root / "blobs", root / "snapshots" / commit
    blobs.mkdir(parents=True)
    snap.mkdir(parents=True)
    (root / "refs").mkdir()
    (root / "refs" / "main").write_text(commit + "\n")
    w = tmp_path / "w.safetensors"
    save_file({"a.weight": np.zeros((4, 4), np.float32)}, str(w))
    payload = {
        "model.safetensors": w.read_bytes(),
        "config.json": json.dumps({"architectures": ["LlamaForCausalLM"]}).encode(),
        "README.md": b"---\nlicense: mit\nbase_model: acme-ai/Tiny-Base\n---\n",
    }
    for i, (name, data) in enumerate(payload.items()):
        (blobs / f"b{i}").write_bytes(data)
        os.symlink(f"../../blobs/b{i}", snap / name)
    ref = _new(cli)
    r = cli("evidence", "add", ref, str(root), "--json")
    assert r.rc == 0, r.err
    doc = r.json()
    labels = sorted(x["folder_path"] + "/" + x["name"] for x in doc["added"])
    assert labels == ["Tiny-1B/README.md", "Tiny-1B/config.json", "Tiny-1B/model.safetensors"]
    assert doc["skipped"] == []
    facts = doc["model_facts"][0]
    assert facts["repo_id"] == "acme-ai/Tiny-1B" and facts["revision"] == commit
    assert facts["parameters"] == 16 and facts["base_model"] == ["acme-ai/Tiny-Base"]
    timeline = cli("case", "timeline", ref, "--json").json()
    assert "case.model_facts" in [e["action"] for e in timeline]
    inspected = cli("model", "inspect", str(root), "--json").json()
    assert inspected["proposed_subject"]["name"] == "acme-ai/Tiny-1B"


def test_single_weight_file_is_inspected_and_recorded(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "tiny.safetensors"
    save_file({"a.weight": np.zeros((3, 3), np.float32)}, str(f))
    r = cli("model", "inspect", str(f), "--json")
    assert r.rc == 0, r.err and r.json()["parameters"]["float"] == 9
    ref = _new(cli)
    add = cli("evidence", "add", ref, str(f), "--json")
    assert add.rc == 0 and add.json()["model_facts"][0]["parameters"] == 9
    notes = tmp_path / "notes.txt"
    notes.write_text("x")
    bad = cli("model", "inspect", str(notes))
    assert bad.rc == 2 and "single .gguf/.safetensors file" in bad.err


def test_evidence_show_export_custody(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lic = tmp_path / "LICENSE"
    lic.write_text("Apache License\nVersion 2.0\n")
    ref = _new(cli)
    item = cli("evidence", "add", ref, str(lic), "--json").json()["added"][0]
    shown = cli("evidence", "show", str(item["id"]), "--text", "--json")
    assert shown.rc == 0 and "Apache License" in shown.json()["text"]
    out = tmp_path / "out"
    out.mkdir()
    exp = cli("evidence", "export", str(item["id"]), "--out", str(out))
    assert exp.rc == 0 and (out / "LICENSE").read_text() == lic.read_text()
    again = cli("evidence", "export", str(item["id"]), "--out", str(out / "LICENSE"))
    assert again.rc == 2 and "already exists" in again.err
    custody = cli("evidence", "custody", str(item["id"]), "--json").json()
    actions = [e["action"] for e in custody["events"]]
    assert (
        actions[0] == "evidence.received" and "evidence.viewed" in actions and "evidence.exported" in actions
    )
    assert cli("evidence", "show", "999999").rc == 2


def test_description_and_url_checked_before_anything_is_stored(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lic = tmp_path / "LICENSE"
    lic.write_text("MIT License\n")
    ref = _new(cli)
    for args, message in (
        (("--description", "see \u202eevil"), "U+202E"),
        (("--description", "d" * 2001), "Description: 2,001 characters"),
        (("--source-url", "https://example.org/\x1b[2J"), "U+001B"),
    ):
        r = cli("evidence", "add", ref, str(lic), *args)
        assert r.rc == 2 and message in r.err, r.err
    assert cli("evidence", "list", ref, "--json").json() == []


def test_intake_progress_only_on_a_terminal(home, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """`evidence add` writes its progress to stderr when stderr is a terminal (a real pty),
    and nothing when it is a pipe."""
    import os
    import pty
    import subprocess
    import sys

    repo = Path(__file__).resolve().parents[2]
    env = dict(os.environ, EXEMPTIO_HOME=str(home), EXEMPTIO_OFFICER="Test Officer")
    env.pop("EXEMPTIO_DB", None)
    new = subprocess.run(
        [sys.executable, "-m", "app", "case", "new", "--title", "t", "--provider", "p", "--subject", "s"],
        capture_output=True, text=True, env=env, cwd=repo, timeout=120, check=True,
    )  # fmt: skip
    ref = new.stdout.strip()
    big = tmp_path / "weights.bin"
    big.write_bytes(os.urandom(8 * 1024 * 1024))
    piped = subprocess.run(
        [sys.executable, "-m", "app", "evidence", "add", ref, str(big)],
        capture_output=True, text=True, env=env, cwd=repo, timeout=120,
    )  # fmt: skip
    assert piped.returncode == 0 and "%" not in piped.stderr
    other = tmp_path / "other.bin"
    other.write_bytes(os.urandom(8 * 1024 * 1024))
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "evidence", "add", ref, str(other)],
        stdout=subprocess.PIPE, stderr=slave, env=env, cwd=repo,
    )  # fmt: skip
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    os.close(master)
    assert proc.wait(timeout=120) == 0
    text = seen.decode("utf-8", "replace")
    assert "100%" in text and "other.bin" in text and "\r" in text
