"""Model facts in the formats the field uses: a CycloneDX 1.6 ML-BOM (a
``machine-learning-model`` component with its model card) and an SPDX 3.0.1 document
with the AI profile (an ``ai_AIPackage``). Both carry what ``model inspect`` read —
name, licence, architecture, parameters (active ones too), datasets, base models,
files with their sizes — and nothing else: no hash of a weight file is claimed, since
inspection never reads the weights. Both validate against the official JSON schemas,
shipped in ``resources/schemas`` (see ``validate``)."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
import uuid
from typing import Any

from app import __version__
from app.domain.errors import BadInput
from app.resources import resource_path

FORMATS = ("cyclonedx", "spdx3")
_NS = "https://exemptio.invalid/spdx/"  # the document namespace (a name, never fetched)


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _facts(doc: dict[str, Any]) -> dict[str, Any]:
    prop = doc.get("proposed_subject") or {}
    arch = doc.get("architecture") or {}
    p = doc.get("parameters") or {}
    return {
        "name": str(prop.get("name") or "model"),
        "licence": str(prop.get("licence") or ""),
        "architecture": str(prop.get("architecture") or ""),
        "model_type": str((arch.get("model_type") or {}).get("value") or ""),
        "parameters": prop.get("parameters"),
        "active": prop.get("active_parameters"),
        "task": str((doc.get("pipeline_tag") or {}).get("value") or ""),
        "datasets": [str(x) for x in (doc.get("datasets") or {}).get("value") or []],
        "bases": [str(x) for x in (doc.get("base_model") or {}).get("value") or []],
        "relation": str((doc.get("base_model_relation") or {}).get("value") or ""),
        "languages": [str(x) for x in (doc.get("languages") or {}).get("value") or []],
        "files": [(str(f["path"]), int(f["size"])) for f in doc.get("files") or []],
        "dtypes": dict((doc.get("dtypes") or {}).get("value") or {}),
        "complete": bool(p.get("complete")) if p else False,
        "hf": doc.get("hf_cache") or {},
    }


@functools.cache
def _spdx_licence_ids() -> frozenset[str]:
    data = json.loads(resource_path("schemas", "cyclonedx", "spdx.schema.json").read_text("utf-8"))
    return frozenset(str(x) for x in data.get("enum", []))


def _cdx_licence(licence: str) -> list[dict[str, Any]]:
    if not licence:
        return []
    ids = _spdx_licence_ids()
    exact = {i.lower(): i for i in ids}
    if licence.lower() in exact:
        return [{"license": {"id": exact[licence.lower()]}}]
    return [{"license": {"name": licence}}]


def cyclonedx(doc: dict[str, Any]) -> dict[str, Any]:
    """A CycloneDX 1.6 ML-BOM of an inspection."""
    f = _facts(doc)
    props: list[dict[str, str]] = []

    def prop(name: str, value: Any) -> None:
        if value not in (None, "", [], {}):
            props.append({"name": f"exemptio:{name}", "value": str(value)})

    prop("parameters", f["parameters"])
    prop("active_parameters", f["active"])
    prop("parameter_count_complete", str(f["complete"]).lower())
    prop("dtypes", json.dumps(f["dtypes"], sort_keys=True) if f["dtypes"] else "")
    prop("base_model_relation", f["relation"])
    prop("languages", ", ".join(f["languages"]))
    if f["hf"]:
        prop("huggingface_repo", f["hf"].get("repo_id"))
        prop("huggingface_revision", f["hf"].get("revision"))
    model_params: dict[str, Any] = {}
    if f["architecture"] or f["model_type"]:
        model_params["architectureFamily"] = f["model_type"] or f["architecture"]
        model_params["modelArchitecture"] = f["architecture"] or f["model_type"]
    if f["task"]:
        model_params["task"] = f["task"]
    if f["datasets"]:
        model_params["datasets"] = [{"type": "dataset", "name": d} for d in f["datasets"]]
    component: dict[str, Any] = {
        "type": "machine-learning-model",
        "bom-ref": "model",
        "name": f["name"],
    }
    if f["hf"].get("revision"):
        component["version"] = str(f["hf"]["revision"])
    licences = _cdx_licence(f["licence"])
    if licences:
        component["licenses"] = licences
    if model_params:
        component["modelCard"] = {"modelParameters": model_params}
    if f["bases"]:
        component["pedigree"] = {
            "ancestors": [
                {"type": "machine-learning-model", "bom-ref": f"base-{i}", "name": b}
                for i, b in enumerate(f["bases"])
            ]
        }
    if props:
        component["properties"] = props
    component["components"] = [
        {
            "type": "file",
            "bom-ref": f"file-{i}",
            "name": path,
            "properties": [{"name": "exemptio:size", "value": str(size)}],
        }
        for i, (path, size) in enumerate(f["files"])
    ]
    return {
        "bomFormat": "CycloneDX",
        "specVersion": "1.6",
        "serialNumber": f"urn:uuid:{uuid.uuid4()}",
        "version": 1,
        "metadata": {
            "timestamp": _now(),
            "tools": {"components": [{"type": "application", "name": "Exemptio", "version": __version__}]},
            "component": {"type": "machine-learning-model", "bom-ref": "subject", "name": f["name"]},
        },
        "components": [component],
    }


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-") or "x"


def spdx3(doc: dict[str, Any]) -> dict[str, Any]:
    """An SPDX 3.0.1 JSON-LD document (Core, Software and AI profiles) of an inspection."""
    f = _facts(doc)
    seed = hashlib.sha256(json.dumps([f["name"], f["files"], _now()]).encode()).hexdigest()[:16]
    base = f"{_NS}{_slug(f['name'])}-{seed}#"
    ci = "_:creationinfo"
    agent = base + "exemptio"
    model = base + "model"
    graph: list[dict[str, Any]] = [
        {
            "type": "CreationInfo",
            "@id": ci,
            "specVersion": "3.0.1",
            "created": _now(),
            "createdBy": [agent],
            "comment": f"Facts read by Exemptio {__version__} from the model's files, weights never read.",
        },
        {"type": "Agent", "spdxId": agent, "creationInfo": ci, "name": "Exemptio"},
    ]
    pkg: dict[str, Any] = {
        "type": "ai_AIPackage",
        "spdxId": model,
        "creationInfo": ci,
        "name": f["name"],
        "software_primaryPurpose": "model",
    }
    if f["hf"].get("revision"):
        pkg["software_packageVersion"] = str(f["hf"]["revision"])
        pkg["software_downloadLocation"] = f"https://huggingface.co/{f['hf'].get('repo_id')}"
    if f["architecture"] or f["model_type"]:
        pkg["ai_typeOfModel"] = [x for x in (f["architecture"], f["model_type"]) if x]
    hyper = [("parameters", f["parameters"]), ("active_parameters", f["active"])]
    entries = [{"type": "DictionaryEntry", "key": k, "value": str(v)} for k, v in hyper if v is not None]
    if entries:
        pkg["ai_hyperparameter"] = entries
    if f["task"]:
        pkg["ai_domain"] = [f["task"]]
    graph.append(pkg)
    elements = [agent, model]

    def node(kind: str, sid: str, fields: dict[str, Any]) -> str:
        graph.append({"type": kind, "spdxId": sid, "creationInfo": ci, **fields})
        elements.append(sid)
        return sid

    def relate(n: int, kind: str, targets: list[str]) -> None:
        node("Relationship", f"{base}rel-{n}", {"from": model, "to": targets, "relationshipType": kind})

    n = 0
    if f["licence"]:
        expression = {"simplelicensing_licenseExpression": _spdx_expression(f["licence"])}
        lic = node("simplelicensing_LicenseExpression", base + "licence", expression)
        relate(n := n + 1, "hasDeclaredLicense", [lic])
    if f["datasets"]:
        data = {"software_primaryPurpose": "data", "dataset_datasetType": ["other"]}
        ids = [
            node("dataset_DatasetPackage", f"{base}dataset-{i}", {"name": d, **data})
            for i, d in enumerate(f["datasets"])
        ]
        relate(n := n + 1, "trainedOn", ids)
    if f["bases"]:
        ids = [
            node("ai_AIPackage", f"{base}base-{i}", {"name": b, "software_primaryPurpose": "model"})
            for i, b in enumerate(f["bases"])
        ]
        relate(n := n + 1, "descendantOf", ids)
    files = [
        node("software_File", f"{base}file-{i}", {"name": path, "comment": f"{size} bytes"})
        for i, (path, size) in enumerate(f["files"])
    ]
    if files:
        relate(n + 1, "contains", files)
    graph.append(
        {
            "type": "SpdxDocument",
            "spdxId": base + "document",
            "creationInfo": ci,
            "name": f"Model facts: {f['name']}",
            "profileConformance": ["core", "software", "ai", "dataset", "simpleLicensing"],
            "rootElement": [model],
            "element": elements,
        }
    )
    return {"@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": graph}


def _spdx_expression(licence: str) -> str:
    """An SPDX license expression for a licence name: an SPDX id as it is, anything
    else as a LicenseRef- (the name kept readable)."""
    ids = {i.lower(): i for i in _spdx_licence_ids()}
    if licence.lower() in ids:
        return ids[licence.lower()]
    if licence.startswith("LicenseRef-"):
        return re.sub(r"[^A-Za-z0-9.-]", "-", licence)
    return "LicenseRef-" + re.sub(r"[^A-Za-z0-9.-]+", "-", licence).strip("-")


def export(doc: dict[str, Any], fmt: str) -> dict[str, Any]:
    if fmt == "cyclonedx":
        return cyclonedx(doc)
    if fmt == "spdx3":
        return spdx3(doc)
    raise BadInput.of("model.unknown_format_of", format=fmt, formats=", ".join(FORMATS))


def validate(document: dict[str, Any], fmt: str) -> list[str]:
    """Errors of a document against the official schema (empty when valid)."""
    import jsonschema
    from referencing import Registry, Resource

    if fmt == "cyclonedx":
        folder = resource_path("schemas", "cyclonedx")
        schemas = {
            name: json.loads((folder / name).read_text("utf-8"))
            for name in ("bom-1.6.schema.json", "spdx.schema.json", "jsf-0.82.schema.json")
        }
        registry: Registry[Any] = Registry().with_resources(
            (f"http://cyclonedx.org/schema/{name}", Resource.from_contents(s)) for name, s in schemas.items()
        )
        schema = schemas["bom-1.6.schema.json"]
        validator: Any = jsonschema.Draft7Validator(schema, registry=registry)
    elif fmt == "spdx3":
        schema = json.loads(resource_path("schemas", "spdx", "spdx-3.0.1.schema.json").read_text("utf-8"))
        validator = jsonschema.Draft202012Validator(schema)
    else:
        raise BadInput.of("model.unknown_format", format=fmt)
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '(document)'}: {e.message}"
        for e in validator.iter_errors(document)
    ]
