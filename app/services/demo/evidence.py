"""Evidence, model facts and links for the demo cases: licence texts written for the demo
(clearly fictional), a small generated model folder (a mixture of experts whose model card
names its base model), the same licence file in two cases (a duplicate), and links made
from the proposals, so every casework feature can be tried on the demo data."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from app.services.context import AppContext

COMMUNITY_LICENCE = """LAMAWORKS COMMUNITY LICENCE AGREEMENT (FICTIONAL - DEMO DATA)
Version 3.0

This is a fictional licence written for the Exemptio demo. It is not a real licence.

1. Grant of rights. You are granted a non-exclusive, worldwide, non-transferable and
royalty-free limited licence to use, reproduce, distribute, copy, create derivative works
of, and make modifications to the Lamina Materials.

2. Additional commercial terms. If, on the release date, the monthly active users of the
products or services made available by or for the licensee is greater than 700 million
monthly active users in the preceding calendar month, you must request a licence from
Lamaworks, which Lamaworks may grant to you in its sole discretion.

3. You will not use the Lamina Materials or any output of the Lamina Materials to improve
any other large language model.

4. Attribution. You must display "Built with Lamina" on a related website or product
documentation.
"""

USE_POLICY = """# Lamina Acceptable Use Policy (fictional - demo data)

You agree not to use Lamina to violate the law or others' rights, to engage in or promote
violence, or to generate material for the purpose of deceiving others.
"""

OPEN_LICENCE = """BRISE OPEN MODEL LICENCE (FICTIONAL - DEMO DATA)

This is a fictional licence written for the Exemptio demo.

Permission is hereby granted, free of charge, to any person obtaining a copy of the Brise
model weights, to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of them, for any purpose, subject to keeping this notice with every copy.
"""

BRISE_CARD = """---
license: other
license_name: brise-open-fictional
pipeline_tag: text-generation
language: [en, fr]
---
# Brise 7B Instruct (fictional)

A fictional open-weights model of the Exemptio demo.
"""

AURORA_CARD = """---
license: other
license_name: lamaworks-community-fictional
base_model: fictional-lamaworks/Lamina-3-8B-fictional
base_model_relation: finetune
datasets: [fictional-nordic-corpus]
pipeline_tag: text-generation
---
# Aurora-2 13B (fictional)

A fictional fine-tune of Lamina 3 8B, written for the Exemptio demo.
"""


def _model_folder(root: Path) -> Path:
    """A tiny mixture-of-experts folder: 4 experts, 2 per token, real safetensors headers."""
    import numpy as np
    from safetensors.numpy import save_file

    d = root / "aurora-2-13b-fictional"
    d.mkdir()
    hidden, experts = 8, 4
    tensors = {
        "model.embed_tokens.weight": np.zeros((32, hidden), np.float16),
        "model.layers.0.self_attn.q_proj.weight": np.zeros((hidden, hidden), np.float16),
        "model.layers.0.block_sparse_moe.gate.weight": np.zeros((experts, hidden), np.float16),
    }
    for e in range(experts):
        for w in ("w1", "w2", "w3"):
            tensors[f"model.layers.0.block_sparse_moe.experts.{e}.{w}.weight"] = np.zeros(
                (hidden, hidden), np.float16
            )
    save_file(tensors, str(d / "model.safetensors"), metadata={"format": "pt"})
    cfg = {
        "architectures": ["MixtralForCausalLM"],
        "model_type": "mixtral",
        "hidden_size": hidden,
        "num_hidden_layers": 1,
        "num_local_experts": experts,
        "num_experts_per_tok": 2,
        "vocab_size": 32,
    }
    (d / "config.json").write_text(json.dumps(cfg, indent=2))
    (d / "README.md").write_text(AURORA_CARD)
    (d / "LICENSE").write_text(COMMUNITY_LICENCE)  # the same bytes as Lamina's: a duplicate
    return d


def add(ctx: AppContext, refs: list[str], actor: str) -> None:
    """Attach the demo evidence to the first demo cases, record the model facts and
    confirm the links they suggest. ``refs``: the demo references in CASES order."""
    from app.services import evidence, links
    from app.services.model_inspect import inspect_folder

    lamina, brise, _forge, aurora, chatbot = refs[:5]
    source = "https://example.org/fictional-demo"
    with tempfile.TemporaryDirectory(prefix="exemptio-demo-") as tmp:
        root = Path(tmp)
        for ref, sub, files, what in (
            (lamina, "lamina", {"LICENSE": COMMUNITY_LICENCE, "USE_POLICY.md": USE_POLICY}, "use policy"),
            (brise, "brise", {"LICENSE": OPEN_LICENCE, "README.md": BRISE_CARD}, "model card"),
        ):
            (root / sub).mkdir()
            for name, text in files.items():
                (root / sub / name).write_text(text)
            paths = [root / sub / name for name in files]
            description = f"Fictional licence and {what} (demo)"
            evidence.add_paths(ctx, ref, paths, description=description, source_url=source, actor=actor)
        folder = _model_folder(root)
        evidence.add_paths(ctx, aurora, [folder], description="Fictional model folder (demo)", actor=actor)
        evidence.record_model_facts(ctx, aurora, inspect_folder(folder), actor=actor)
    for p in links.propose_links(ctx, aurora):
        if p.link_type == "fine_tune_of":  # the officer confirms the lineage the model card states
            links.add_link(ctx, aurora, p.other, p.link_type, basis=p.basis, actor=actor)
    links.add_link(
        ctx,
        chatbot,
        brise,
        "related",
        note="Fictional: the chatbot system is built on the Brise model.",
        actor=actor,
    )
