"""Issue 18: typed case links (stored, audited on both cases, shown by case show),
proposals from base_model (string, list, base_model_relation) and shared evidence,
confirmed by the officer; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from safetensors.numpy import save_file

from app.domain.errors import BadInput, NotAllowed, NotFound
from app.services import audit as audit_service
from app.services import cases, evidence, links
from app.services.model_inspect import inspect_folder


def _new(ctx, title: str, subject: str) -> str:  # type: ignore[no-untyped-def]
    return cases.create_case(ctx, cases.NewCase(title=title, provider="P", subject=subject)).reference


def _model(d: Path, card: str) -> Path:
    d.mkdir(parents=True)
    save_file({"w": np.zeros((2, 2), np.float32)}, str(d / "model.safetensors"))
    (d / "config.json").write_text(json.dumps({"model_type": "llama"}))
    (d / "README.md").write_text(card)
    return d


@pytest.fixture
def octx(db_url, home):  # type: ignore[no-untyped-def]
    from app.services.context import open_context

    c = open_context(db=db_url, officer="Test Officer")
    yield c
    c.close()


def test_link_types_directions_and_audit(octx) -> None:  # type: ignore[no-untyped-def]
    base = _new(octx, "Base", "Llama 3.1 8B")
    tune = _new(octx, "Tune", "Acme Llama Tune")
    lk = links.add_link(octx, tune, base, "fine-tune of", note="card says so")
    assert lk.label == "fine-tune of" and lk.other == base and lk.outgoing
    back = links.links_of(octx, base)
    assert [(x.label, x.other, x.outgoing) for x in back] == [("has a fine-tune:", tune, False)]
    with pytest.raises(NotAllowed, match="already linked"):
        links.add_link(octx, tune, base, "fine_tune_of")
    with pytest.raises(NotAllowed, match="both ways"):
        links.add_link(octx, base, tune, "fine_tune_of")
    links.add_link(octx, base, tune, "related")
    with pytest.raises(NotAllowed, match="already linked"):  # symmetric: once, either way
        links.add_link(octx, tune, base, "related")
    with pytest.raises(BadInput, match="Unknown link type"):
        links.add_link(octx, tune, base, "cousin of")
    with pytest.raises(BadInput, match="itself"):
        links.add_link(octx, tune, tune, "related")
    with pytest.raises(NotFound):
        links.add_link(octx, tune, "AIO-2099-9999", "related")
    for ref in (base, tune):
        actions = [e.action for e in audit_service.case_events(octx, ref)]
        assert actions.count("case.linked") == 2
    links.remove_link(octx, tune, base, "related", reason="not related after all")
    assert [x.link_type for x in links.links_of(octx, tune)] == ["fine_tune_of"]
    assert "case.unlinked" in [e.action for e in audit_service.case_events(octx, base)]
    with pytest.raises(NotFound):
        links.remove_link(octx, tune, base, "related")


@pytest.mark.parametrize(
    ("card", "expected"),
    [
        ("---\nbase_model: meta-llama/Llama-3.1-8B\n---\n", "fine_tune_of"),
        (
            "---\nbase_model: [meta-llama/Llama-3.1-8B]\nbase_model_relation: quantized\n---\n",
            "quantisation_of",
        ),
        ("---\nbase_model:\n- meta-llama/Llama-3.1-8B\n- other/Model-X\n---\n", "merge_of"),
        ("---\nbase_model: meta-llama/Llama-3.1-8B\nbase_model_relation: adapter\n---\n", "fine_tune_of"),
    ],
)
def test_proposals_from_base_model(octx, tmp_path: Path, card: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    base = _new(octx, "Base claim", "Llama 3.1 8B")  # matches meta-llama/Llama-3.1-8B by name
    other = _new(octx, "Other", "Model X")
    derived = _new(octx, "Derived", "Acme 8B")
    folder = _model(tmp_path / "acme", card)
    evidence.add_paths(octx, derived, [folder])
    evidence.record_model_facts(octx, derived, inspect_folder(folder))
    props = links.propose_links(octx, derived)
    assert (expected, base) in {(p.link_type, p.other) for p in props}
    if expected == "merge_of":
        assert (expected, other) in {(p.link_type, p.other) for p in props}
    p = next(p for p in props if p.other == base)
    assert p.basis == "base_model: meta-llama/Llama-3.1-8B"
    links.add_link(octx, derived, base, p.link_type, basis=p.basis)  # the officer confirms
    assert base not in {q.other for q in links.propose_links(octx, derived) if q.link_type == expected}


def test_proposals_from_shared_evidence(octx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, c = (_new(octx, t, t) for t in ("A", "B", "C"))
    lic = tmp_path / "LICENSE"
    lic.write_text("Shared custom licence\n")
    weights = tmp_path / "model.safetensors"
    save_file({"w": np.ones((3, 3), np.float32)}, str(weights))
    evidence.add_paths(octx, a, [lic, weights])
    evidence.add_paths(octx, b, [lic])
    evidence.add_paths(octx, c, [weights])
    props = {(p.link_type, p.other): p for p in links.propose_links(octx, a)}
    assert set(props) == {("related", b), ("duplicate_of", c)}
    assert props[("duplicate_of", c)].basis.startswith("shared evidence: ")


def test_cli_link_links_show(cli, home, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("EXEMPTIO_OFFICER", "Test Officer")
    refs = []
    for t in ("Base", "Quant"):
        r = cli("case", "new", "--title", t, "--provider", "P", "--subject", t)
        refs.append(r.out.strip())
    base, quant = refs
    r = cli("case", "link", quant, base, "--type", "quantisation_of", "--note", "GGUF Q4")
    assert r.rc == 0, r.err
    assert r.out.strip() == f"{quant} quantisation of {base}"
    shown = cli("case", "show", base, "--json").json()
    assert shown["links"][0]["case"] == quant and shown["links"][0]["direction"] == "incoming"
    text = cli("case", "show", quant)
    assert f"link: quantisation of {base}" in text.out
    listed = cli("case", "links", quant, "--proposals", "--json").json()
    assert listed["links"][0]["type"] == "quantisation_of" and listed["proposals"] == []
    assert cli("case", "link", quant, base, "--type", "nonsense").rc == 2
    assert cli("case", "unlink", quant, base, "--type", "quantisation_of").rc == 0
    assert cli("case", "links", quant, "--json").json()["links"] == []


def test_links_are_exported_in_the_archive(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import zipfile

    from app.services.archive import export_case

    base = _new(ctx, "Base", "Base model")
    tune = _new(ctx, "Tune", "Tuned model")
    links.add_link(ctx, tune, base, "fine_tune_of", note="from the model card")
    out = tmp_path / "tune.zip"
    export_case(ctx, tune, out)
    with zipfile.ZipFile(out) as z:
        name = next(n for n in z.namelist() if n.endswith("data/case.json"))
        doc = json.loads(z.read(name))
    assert doc["links"] == [lk.to_json() for lk in links.links_of(ctx, tune)]
    assert doc["links"][0]["type"] == "fine_tune_of" and doc["links"][0]["case"] == base
