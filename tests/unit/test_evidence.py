"""Evidence intake, custody, verification and subject proposals on a real SQLite file."""

from __future__ import annotations

import hashlib
import os
import socket
from pathlib import Path

import pytest

from app.domain.errors import BadInput, NotFound
from app.services import cases, evidence
from app.services.context import AppContext
from app.services.store import Cancelled
from db import audit
from db.models import EvidenceBlob, EvidenceItem, EvidenceText
from db.uow import unit_of_work


@pytest.fixture
def ref(ctx: AppContext) -> str:
    rec = cases.create_case(ctx, cases.NewCase(title="Llama check", provider="Meta", subject="Llama"))
    return rec.reference


def _store_files(ctx: AppContext) -> list[Path]:
    root = ctx.paths.evidence
    return (
        sorted(p for p in root.rglob("*") if p.is_file() and ".tmp" not in p.parts) if root.exists() else []
    )


def _tmp_files(ctx: AppContext) -> list[Path]:
    t = ctx.paths.evidence / ".tmp"
    return sorted(t.iterdir()) if t.exists() else []


def _counts(ctx: AppContext) -> tuple[int, int]:
    with unit_of_work(ctx.engine, readonly=True) as s:
        return s.query(EvidenceItem).count(), s.query(EvidenceBlob).count()


def test_add_file_records_metadata_custody_and_search(ctx: AppContext, ref: str, tmp_path: Path) -> None:
    lic = tmp_path / "LICENSE"
    lic.write_text("Apache License\nVersion 2.0\nzanzibarword appears here\n")
    res = evidence.add_paths(
        ctx, ref, [lic], description="licence as published", source_url="https://huggingface.co/x/LICENSE"
    )
    [item] = res.items
    assert item.sha256 == hashlib.sha256(lic.read_bytes()).hexdigest()
    assert item.display_name == "LICENSE" and item.original_name == "LICENSE" and item.folder_path == ""
    assert item.media_type == "text/plain" and item.size == lic.stat().st_size
    assert item.description == "licence as published" and item.source_url.startswith("https://")
    assert item.retrieved_at is not None and item.added_by == "Test Officer"
    assert evidence.blob_store(ctx).path(item.sha256).read_bytes() == lic.read_bytes()
    events = evidence.custody(ctx, item.id)
    assert [e.action for e in events] == ["evidence.received"]
    assert events[0].case_ref == ref and events[0].after["sha256"] == item.sha256
    assert "zanzibarword" in evidence.evidence_text(ctx, item.id)
    found = cases.list_cases(ctx, cases.CaseFilter(search="zanzibarword"))
    assert [c.reference for c in found] == [ref]
    with unit_of_work(ctx.engine, readonly=True) as s:
        assert audit.verify(s) == []


def test_folder_intake_keeps_structure_and_skips_git(ctx: AppContext, ref: str, tmp_path: Path) -> None:
    root = tmp_path / "model"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (root / "README.md").write_text("# Model\n")
    (root / "config.json").write_text('{"model_type": "llama"}')
    (root / "sub" / "deeper" / "w.bin").write_bytes(os.urandom(10_000))
    (root / "empty.txt").write_bytes(b"")
    progress: list[tuple[int, int]] = []
    res = evidence.add_paths(ctx, ref, [root], progress=lambda d, t, _txt: progress.append((d, t)))
    labels = sorted(r.label for r in res.items)
    assert labels == ["model/README.md", "model/config.json", "model/empty.txt", "model/sub/deeper/w.bin"]
    assert any(s.endswith(".git") for s in res.skipped)
    total = sum(r.size for r in res.items)
    assert progress[-1] == (total, total) and all(t == total for _d, t in progress)
    media = {r.display_name: r.media_type for r in res.items}
    assert media["config.json"] == "application/json" and media["README.md"] == "text/markdown"
    assert len(evidence.list_evidence(ctx, ref)) == 4


def test_identical_bytes_are_stored_once_and_reattach_is_a_duplicate(
    ctx: AppContext, ref: str, tmp_path: Path
) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("same\n")
    b.write_text("same\n")
    r1 = evidence.add_paths(ctx, ref, [a, b])
    assert len(r1.items) == 2 and r1.items[0].sha256 == r1.items[1].sha256
    assert len(_store_files(ctx)) == 1 and r1.bytes_stored == 5
    r2 = evidence.add_paths(ctx, ref, [a])
    assert r2.items == [] and [d.id for d in r2.duplicates] == [r1.items[0].id]
    assert _counts(ctx) == (2, 1)


def test_reference_only_hashes_in_place(ctx: AppContext, ref: str, tmp_path: Path) -> None:
    w = tmp_path / "weights.safetensors"
    w.write_bytes(os.urandom(50_000))
    [item] = evidence.add_paths(ctx, ref, [w], reference_only=True).items
    assert item.reference_only and item.reference_path == str(w)
    assert _store_files(ctx) == []
    with unit_of_work(ctx.engine, readonly=True) as s:
        assert s.get(EvidenceBlob, item.sha256).stored is False  # type: ignore[union-attr]
    assert [v.status for v in evidence.verify_evidence(ctx, ref)] == ["ok"]
    with open(w, "r+b") as fh:
        fh.write(b"\x00\x01")
    assert [v.status for v in evidence.verify_evidence(ctx, ref)] == ["changed"]
    w.unlink()
    assert [v.status for v in evidence.verify_evidence(ctx, ref)] == ["missing"]


def test_non_utf8_and_newline_names(ctx: AppContext, ref: str, tmp_path: Path) -> None:
    raw = b"caf\xe9 licence.txt"  # Latin-1, not UTF-8
    p = Path(os.fsdecode(os.path.join(os.fsencode(tmp_path), raw)))
    p.write_text("text\n")
    nl = tmp_path / "two\nlines.txt"
    nl.write_text("x\n")
    nfd = tmp_path / "Gonc\u0327alves.txt"  # decomposed
    nfd.write_text("y\n")
    items = {r.original_name: r for r in evidence.add_paths(ctx, ref, [p, nl, nfd]).items}
    bad = items["caf\\xe9 licence.txt"]
    assert bad.display_name == "caf\ufffd licence.txt"
    [ev] = evidence.custody(ctx, bad.id)
    assert bytes.fromhex(ev.after["raw_name_hex"]) == raw
    assert items["two\nlines.txt"].display_name == "two\\nlines.txt"
    assert items["Gonc\u0327alves.txt"].display_name == "Gon\u00e7alves.txt"


@pytest.mark.parametrize("kind", ["fifo", "socket", "loop", "empty", "missing", "broken"])
def test_bad_input_stores_nothing(ctx: AppContext, ref: str, tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "good.txt").write_text("good\n")
    bad = folder / "bad"
    sock = None
    if kind == "fifo":
        os.mkfifo(bad)
    elif kind == "socket":
        bad = Path("/tmp") / f"exemptio-test-{os.getpid()}.sock"
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(str(bad))
    elif kind == "loop":
        os.symlink(folder / "bad2", bad)
        os.symlink(bad, folder / "bad2")
    elif kind == "empty":
        bad.write_bytes(b"")
    elif kind == "broken":
        os.symlink(folder / "nowhere", bad)
    try:
        targets = [folder / "good.txt", bad]
        with pytest.raises(BadInput) as exc:
            evidence.add_paths(ctx, ref, targets)
        msg = str(exc.value)
        assert "\n" not in msg and str(bad.name) in msg
        if kind in ("fifo", "socket", "loop", "broken"):  # inside a folder too
            if kind != "socket":
                with pytest.raises(BadInput):
                    evidence.add_paths(ctx, ref, [folder])
    finally:
        if sock is not None:
            sock.close()
            bad.unlink()
    assert _counts(ctx) == (0, 0) and _store_files(ctx) == [] and _tmp_files(ctx) == []


def test_unreadable_file_is_refused(ctx: AppContext, ref: str, tmp_path: Path) -> None:
    """Root reads every file, so as root the intake runs in a child process
    without the capabilities that bypass file permissions (CAP_DAC_*)."""
    import subprocess
    import sys

    p = tmp_path / "secret.txt"
    p.write_text("x")
    p.chmod(0)
    if os.geteuid() != 0:
        with pytest.raises(BadInput, match="permission denied"):
            evidence.add_paths(ctx, ref, [p])
        return
    drop = "-dac_override,-dac_read_search"
    cmd = [
        "setpriv",
        f"--bounding-set={drop}",
        f"--inh-caps={drop}",
        "--",
        sys.executable,
        "-m",
        "app",
        "evidence",
        "add",
        ref,
        str(p),
    ]
    env = dict(os.environ, EXEMPTIO_HOME=str(ctx.paths.home), EXEMPTIO_OFFICER="Test Officer")
    r = subprocess.run(
        cmd, capture_output=True, text=True, env=env, timeout=120, cwd=Path(__file__).resolve().parents[2]
    )
    assert r.returncode == 2, r.stderr
    assert "permission denied" in r.stderr.lower()
    assert _counts(ctx) == (0, 0) and _store_files(ctx) == []


def test_cancel_midway_leaves_nothing(ctx: AppContext, ref: str, tmp_path: Path) -> None:
    folder = tmp_path / "w"
    folder.mkdir()
    for i in range(3):
        (folder / f"part{i}.bin").write_bytes(os.urandom(9 * 1024 * 1024))
    state = {"done": 0}

    def prog(done: int, total: int, _t: str) -> None:
        state["done"] = done

    def cancelled() -> bool:
        return state["done"] > 14 * 1024 * 1024  # during the second file

    with pytest.raises(Cancelled):
        evidence.add_paths(ctx, ref, [folder], progress=prog, cancelled=cancelled)
    assert _counts(ctx) == (0, 0) and _store_files(ctx) == [] and _tmp_files(ctx) == []
    # a pre-existing blob used by the cancelled intake is kept
    [kept] = evidence.add_paths(ctx, ref, [folder / "part0.bin"]).items
    state["done"] = 0
    with pytest.raises(Cancelled):
        evidence.add_paths(ctx, ref, [folder], progress=prog, cancelled=cancelled)
    assert [p.name for p in _store_files(ctx)] == [kept.sha256] and _tmp_files(ctx) == []


def test_unknown_case_and_bad_url(ctx: AppContext, tmp_path: Path, ref: str) -> None:
    p = tmp_path / "a.txt"
    p.write_text("a")
    with pytest.raises(NotFound):
        evidence.add_paths(ctx, "AIO-1999-0001", [p])
    with pytest.raises(BadInput, match="not a URL"):
        evidence.add_paths(ctx, ref, [p], source_url="huggingface model page")
    with pytest.raises(BadInput):
        evidence.add_paths(ctx, ref, [])


def test_verify_view_export_custody_chain(ctx: AppContext, ref: str, tmp_path: Path) -> None:
    p = tmp_path / "card.md"
    p.write_text("# Card\n")
    [item] = evidence.add_paths(ctx, ref, [p]).items
    evidence.record_viewed(ctx, item.id)
    (tmp_path / "out").mkdir()
    out = evidence.export_item(ctx, item.id, tmp_path / "out")
    assert out == tmp_path / "out" / "card.md" and out.read_bytes() == p.read_bytes()
    results = evidence.verify_evidence(ctx)
    assert [(r.id, r.status) for r in results] == [(item.id, "ok")]
    actions = [e.action for e in evidence.custody(ctx, item.id)]
    assert actions == ["evidence.received", "evidence.viewed", "evidence.exported", "evidence.verified"]
    stored = evidence.blob_store(ctx).path(item.sha256)
    stored.chmod(0o644)
    stored.write_bytes(b"# Card!\n")
    [bad] = evidence.verify_evidence(ctx, ref)
    assert bad.status == "changed" and bad.label == "card.md"
    stored.unlink()
    assert evidence.verify_evidence(ctx, ref)[0].status == "missing"
    with unit_of_work(ctx.engine, readonly=True) as s:
        assert audit.verify(s) == []


def test_text_of_html_is_indexed_without_tags(ctx: AppContext, ref: str, tmp_path: Path) -> None:
    p = tmp_path / "policy.html"
    p.write_text("<html><script>var hidden=1;</script><p>Acceptable <b>use</b> policy</p></html>")
    [item] = evidence.add_paths(ctx, ref, [p]).items
    text = evidence.evidence_text(ctx, item.id)
    assert "Acceptable" in text and "hidden" not in text and "<p>" not in text
    with unit_of_work(ctx.engine, readonly=True) as s:
        assert s.get(EvidenceText, item.id) is not None


def test_apply_subject_updates_case_subject(ctx: AppContext, ref: str) -> None:
    evidence.apply_subject(
        ctx, ref, evidence.SubjectProposal("Llama-3.1-8B", 8_030_261_248, "LlamaForCausalLM", "llama3.1")
    )
    sub = evidence.subject_of(ctx, ref)
    assert sub == evidence.SubjectProposal("Llama-3.1-8B", 8_030_261_248, "LlamaForCausalLM", "llama3.1")
    assert cases.get_case(ctx, ref).subject == "Llama-3.1-8B"
    with unit_of_work(ctx.engine, readonly=True) as s:
        [ev] = [e for e in audit.events(s, case_ref=ref) if e.action == "case.subject_updated"]
    assert ev.before["name"] == "Llama" and ev.after["parameters"] == 8_030_261_248
    with pytest.raises(BadInput):
        evidence.apply_subject(ctx, ref, evidence.SubjectProposal(" ", None, "", ""))


def test_model_folder_with_weights_by_reference(ctx: AppContext, ref: str, tmp_path: Path) -> None:
    d = tmp_path / "m"
    d.mkdir()
    (d / "model.safetensors").write_bytes(os.urandom(30_000))
    (d / "LICENSE").write_text("MIT License\n")
    res = evidence.add_paths(ctx, ref, [d], reference_only_weights=True)
    by_name = {r.display_name: r for r in res.items}
    assert by_name["model.safetensors"].reference_only and not by_name["LICENSE"].reference_only
    assert [p.name for p in _store_files(ctx)] == [by_name["LICENSE"].sha256]
    assert {v.status for v in evidence.verify_evidence(ctx, ref)} == {"ok"}


def test_file_vanishing_during_intake_stores_nothing(ctx: AppContext, ref: str, tmp_path: Path) -> None:
    a, b = tmp_path / "a.bin", tmp_path / "b.bin"
    a.write_bytes(os.urandom(100_000))
    b.write_bytes(os.urandom(100_000))

    def prog(done: int, total: int, _t: str) -> None:
        if done >= 100_000 and b.exists():
            b.unlink()

    with pytest.raises(BadInput, match="vanished"):
        evidence.add_paths(ctx, ref, [a, b], progress=prog)
    assert _counts(ctx) == (0, 0) and _store_files(ctx) == [] and _tmp_files(ctx) == []


def test_reference_only_with_non_utf8_path(ctx: AppContext, ref: str, tmp_path: Path) -> None:
    d = Path(os.fsdecode(os.path.join(os.fsencode(tmp_path), b"d\xfcr")))
    d.mkdir()
    w = d / "w.gguf"
    w.write_bytes(b"GGUF" + os.urandom(1000))
    [item] = evidence.add_paths(ctx, ref, [w], reference_only=True).items
    assert item.reference_path.startswith("hex:") and item.reference_shown.endswith("d\ufffdr/w.gguf")
    assert evidence.content_path(ctx, item) == w
    assert evidence.verify_evidence(ctx, ref)[0].status == "ok"
    assert evidence.read_bytes(ctx, item, 4) == b"GGUF"
