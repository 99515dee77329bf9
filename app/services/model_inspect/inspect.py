"""The inspection of a model folder: ``inspect_folder``."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from app.domain.errors import BadInput

from .card import _config_facts, front_matter
from .common import CARD_FIELDS, LFS_POINTER_MAX, PICKLE_SUFFIXES, WEIGHT_SUFFIXES, HeaderError, fact
from .files import FileInfo, _walk, read_lfs_pointer
from .gguf import _GGUF_SPLIT_RE, _gguf_arch_facts, read_gguf
from .hfcache import find_repo
from .licences import (
    identify_licence,
    is_licence_file,
    licence_conflict,
    mentioned_licence,
    screen_licence_file,
)
from .moe import active_parameters, config_routing, gguf_routing
from .safetensors import TensorStats, safetensors_stats

SINGLE_FILE_SUFFIXES = (".gguf", ".safetensors")


def inspect_folder(folder: str | os.PathLike[str]) -> dict[str, Any]:
    """Inspect a model folder; returns the ``model inspect --json`` document."""
    root = Path(folder)
    if not root.exists():
        raise BadInput.of("model.not_found", path=os.fsdecode(root))
    single = root.is_file()
    if single and not root.name.lower().endswith(SINGLE_FILE_SUFFIXES):
        raise BadInput.of("model.not_model_file", path=os.fsdecode(root))
    if not single and not root.is_dir():
        raise BadInput.of("model.not_folder", path=os.fsdecode(root))
    if not os.access(root, os.R_OK if single else os.R_OK | os.X_OK):
        raise BadInput.of("model.denied", path=os.fsdecode(root))
    warnings: list[str] = []
    hf = None if single else find_repo(root)
    if hf is not None:
        warnings.extend(hf.warnings)
        root = hf.snapshot
    if single:
        files = [FileInfo(root.name, root.stat().st_size, root)]
    else:
        files = list(_walk(root))
    by_path = {f.path: f for f in files}
    for f in files:
        if f.size <= LFS_POINTER_MAX:
            f.lfs_pointer = read_lfs_pointer(f.abspath, f.size)

    doc: dict[str, Any] = {
        "folder": os.fsdecode(root.resolve()),
        "name": None,
        "licence": {"model_card": {}, "files": [], "gguf": None},
        "parameters": None,
        "dtypes": None,
        "architecture": {},
        "datasets": None,
        "base_model": None,
        "base_model_relation": None,
        "languages": None,
        "pipeline_tag": None,
        "files": [f.to_json() for f in files],
        "weights_present": False,
        "warnings": warnings,
    }
    if single:
        doc["single_file"] = True
    if hf is not None:
        doc["hf_cache"] = hf.to_json()
        doc["name"] = fact(hf.repo_id, f"{hf.root.name} (Hugging Face cache folder name)")

    # -- model card -----------------------------------------------------------
    card = next(
        (by_path[n] for n in ("README.md", "readme.md", "README.MD", "MODEL_CARD.md") if n in by_path), None
    )
    card_text = ""
    if card is not None and card.lfs_pointer is None:
        try:
            card_text = card.abspath.read_text("utf-8", errors="replace")
            fm = front_matter(card_text)
        except (OSError, HeaderError) as err:
            warnings.append(f"{card.path}: {err}.")
            fm = None
        if fm is None:
            warnings.append(f"{card.path}: the model card has no YAML front matter (no licence metadata).")
        else:
            for key in CARD_FIELDS:
                if key in fm and fm[key] not in (None, "", []):
                    value = fm[key]
                    if key in ("license", "license_name", "license_link", "pipeline_tag"):
                        value = value if isinstance(value, str) else str(value)
                    if key in ("license", "license_name", "license_link"):
                        doc["licence"]["model_card"][key] = fact(value, card.path)
                    elif key == "language":
                        doc["languages"] = fact(value if isinstance(value, list) else [value], card.path)
                    elif key in ("datasets", "base_model"):
                        values = value if isinstance(value, list) else [value]
                        kept = [str(v) for v in values if isinstance(v, str | int | float)]
                        doc[key] = fact(kept, card.path)
                    else:
                        doc[key] = fact(value, card.path)
            if isinstance(fm.get("model_name"), str) and hf is None:
                doc["name"] = fact(fm["model_name"], card.path)
            relation = fm.get("base_model_relation")
            if isinstance(relation, str) and relation.strip():
                doc["base_model_relation"] = fact(relation.strip(), card.path)
    elif card is None and not single:
        warnings.append("No model card (README.md) in the folder.")

    # -- config.json ----------------------------------------------------------
    cfg_file = by_path.get("config.json")
    if cfg_file is not None and cfg_file.lfs_pointer is None:
        try:
            cfg = json.loads(cfg_file.abspath.read_bytes())
            if isinstance(cfg, dict):
                doc["architecture"].update(_config_facts(cfg, cfg_file.path))
                doc["architecture"].update(config_routing(cfg, cfg_file.path))
            else:
                warnings.append("config.json is not a JSON object.")
        except (OSError, ValueError) as err:
            warnings.append(f"config.json cannot be read ({err.__class__.__name__}).")

    # -- weights ----------------------------------------------------------------
    weights = [f for f in files if f.path.lower().endswith(WEIGHT_SUFFIXES)]
    real_weights = [f for f in weights if f.lfs_pointer is None]
    stubs = [f for f in weights if f.lfs_pointer is not None]
    if stubs:
        warnings.append(
            f"{len(stubs)} weight file(s) are Git LFS pointer stubs, not the weights "
            f"(e.g. {stubs[0].path}): download them with 'git lfs pull' to count parameters."
        )
    if not weights:
        warnings.append("No weight files (safetensors, GGUF, PyTorch...) in the folder.")
    doc["weights_present"] = bool(weights) and not stubs
    pickles = [f.path for f in real_weights if f.path.lower().endswith(PICKLE_SUFFIXES)]
    if pickles:
        warnings.append(
            f"{len(pickles)} file(s) are in a pickle-based format (e.g. {pickles[0]}): they were "
            "not opened, since loading them can run code; parameters are not counted from them."
        )
    params = _parameters(root, files, by_path, warnings, doc)
    if params is not None:
        doc["parameters"], doc["dtypes"] = params

    # -- licence files --------------------------------------------------------------
    for f in files:
        name = f.path.rsplit("/", 1)[-1]
        if not is_licence_file(name) or f.lfs_pointer is not None or f.size > 2 * 1024 * 1024:
            continue
        try:
            text = f.abspath.read_text("utf-8", errors="replace")
        except OSError:
            continue
        doc["licence"]["files"].append(
            {
                "path": f.path,
                "licence": identify_licence(text),
                "size": f.size,
                "screening": screen_licence_file(f.path, text),
            }
        )
    if card_text and not doc["licence"]["model_card"] and not doc["licence"]["files"]:
        found = identify_licence(card_text) or mentioned_licence(card_text)
        if found:
            doc["licence"]["model_card"]["text_mentions"] = fact(found, card.path if card else "")

    conflict = licence_conflict(doc["licence"])
    if conflict:
        warnings.append(conflict)
    doc["proposed_subject"] = _proposal(doc, root)
    return doc


def _parameters(
    root: Path,
    files: list[FileInfo],
    by_path: dict[str, FileInfo],
    warnings: list[str],
    doc: dict[str, Any],
) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """Parameter count of the main weight set, and all sets found."""
    sets: list[dict[str, Any]] = []
    gguf_splits: dict[str, dict[str, Any]] = {}
    in_index: set[str] = set()
    for f in files:
        if not f.path.endswith(".safetensors.index.json") or f.lfs_pointer is not None:
            continue
        base = f.path.rsplit("/", 1)[0] + "/" if "/" in f.path else ""
        try:
            idx = json.loads(f.abspath.read_bytes())
            weight_map = idx.get("weight_map", {})
            shards = sorted({str(v) for v in weight_map.values()})
        except (OSError, ValueError, AttributeError) as err:
            warnings.append(f"{f.path}: the shard index cannot be read ({err.__class__.__name__}).")
            continue
        stats = TensorStats()
        sources = [f.path]
        complete = True
        for shard in shards:
            sp = base + shard
            in_index.add(sp)
            sf = by_path.get(sp)
            if sf is None:
                warnings.append(f"{f.path}: shard {shard} is missing from the folder.")
                complete = False
                continue
            if sf.lfs_pointer is not None:
                complete = False
                continue
            st = safetensors_stats(sf.abspath, sf.path, warnings)
            if st is None:
                complete = False
                continue
            stats.merge(st)
            sources.append(sf.path)
        total_size = (
            idx.get("metadata", {}).get("total_size") if isinstance(idx.get("metadata"), dict) else None
        )
        sets.append(
            {
                "kind": "safetensors index",
                "stats": stats,
                "sources": sources,
                "complete": complete,
                "index_total_size": total_size,
            }
        )
    for f in files:
        if f.lfs_pointer is not None or f.path in in_index:
            continue
        low = f.path.lower()
        if low.endswith(".safetensors"):
            one = safetensors_stats(f.abspath, f.path, warnings)
            if one is not None and one.tensors:
                sets.append({"kind": "safetensors", "stats": one, "sources": [f.path], "complete": True})
        elif low.endswith(".gguf"):
            try:
                meta, gst = read_gguf(f.abspath)
            except (OSError, HeaderError, UnicodeDecodeError) as err:
                warnings.append(f"{f.path}: not a readable GGUF file ({err}).")
                continue
            split = _GGUF_SPLIT_RE.search(f.path)
            if split is not None:  # model-00001-of-00003.gguf: one set of several files
                key = f.path[: split.start()]
                group = gguf_splits.get(key)
                if group is None:
                    group = {
                        "kind": "gguf",
                        "stats": TensorStats(),
                        "sources": [],
                        "complete": False,
                        "meta": meta,
                        "parts": int(split.group(2)),
                    }
                    gguf_splits[key] = group
                    sets.append(group)
                group["stats"].merge(gst)
                group["sources"].append(f.path)
                group["complete"] = len(group["sources"]) == group["parts"]
                if split.group(1) == "00001":
                    group["meta"] = meta
                continue
            sets.append({"kind": "gguf", "stats": gst, "sources": [f.path], "complete": True, "meta": meta})
    if not sets:
        return None

    # The main set: a complete root-level set, preferring sharded indexes, then the largest.
    def rank(s: dict[str, Any]) -> tuple[int, int, int, int]:
        top = "/" not in s["sources"][0]
        return (int(s["complete"]), int(top), int(s["kind"] != "gguf"), s["stats"].total)

    ordered = sorted(sets, key=rank, reverse=True)
    main = ordered[0]
    mst: TensorStats = main["stats"]
    if main["kind"] == "gguf":
        meta = main["meta"]
        src = main["sources"][0]
        arch_facts = _gguf_arch_facts(meta, src)
        for k, v in {**arch_facts, **gguf_routing(meta, src)}.items():
            doc["architecture"].setdefault(k, v)
        if isinstance(meta.get("general.license"), str):
            doc["licence"]["gguf"] = fact(meta["general.license"], src)
        if isinstance(meta.get("general.name"), str) and doc["name"] is None:
            doc["name"] = fact(meta["general.name"], src)
    if len({s["stats"].total for s in sets}) > 1:
        warnings.append(
            f"The folder holds {len(sets)} different weight sets; the count given is of "
            f"{main['sources'][0]} (all sets are listed under parameters.sets)."
        )
    if not main["complete"]:
        warnings.append("The parameter count is incomplete: some shards are missing or are LFS stubs.")
    parameters = {
        "total": mst.total if main["complete"] else None,
        "counted": mst.total,
        "float": mst.floating,
        "non_float": mst.non_float,
        "tensors": mst.tensors,
        "method": main["kind"],
        "complete": main["complete"],
        "source": main["sources"],
        "sets": [
            {
                "kind": s["kind"],
                "source": s["sources"],
                "total": s["stats"].total,
                "complete": s["complete"],
            }
            for s in ordered
        ],
    }
    active = active_parameters(mst.floating, mst.routed_float, mst.max_expert, doc["architecture"], warnings)
    if active is not None:
        if not main["complete"]:
            active["value"] = None
        parameters["active"] = active
    if main.get("index_total_size") is not None:
        parameters["index_total_size"] = main["index_total_size"]
    dtypes = {"value": dict(sorted(mst.by_dtype.items(), key=lambda kv: -kv[1])), "source": main["sources"]}
    return parameters, dtypes


def _proposal(doc: dict[str, Any], root: Path) -> dict[str, Any]:
    name = doc["name"]["value"] if doc.get("name") else None
    if not name:
        name = root.stem if root.is_file() else root.resolve().name
    arch = doc["architecture"]
    architecture = ""
    if "architectures" in arch and arch["architectures"]["value"]:
        architecture = arch["architectures"]["value"][0]
    elif "model_type" in arch:
        architecture = arch["model_type"]["value"]
    lic = doc["licence"]
    licence = ""
    card = lic["model_card"]
    if "license" in card:
        licence = card["license"]["value"]
        if licence.lower() == "other" and "license_name" in card:
            licence = f"other ({card['license_name']['value']})"
    elif "license_name" in card:
        licence = card["license_name"]["value"]
    elif lic.get("gguf"):
        licence = lic["gguf"]["value"]
    else:
        named = [f["licence"] for f in lic["files"] if f["licence"]]
        if named:
            licence = named[0]
    # the parameters of a model are its float weights; integer/boolean buffers (position ids,
    # masks) are no parameters. None while the count is incomplete.
    p = doc.get("parameters")
    params = p["float"] if p and p["complete"] else None
    active = (p.get("active") or {}).get("value") if p else None
    return {
        "name": name,
        "parameters": params,
        "active_parameters": active,
        "architecture": architecture,
        "licence": licence,
    }
