"""Writing a case archive: the bag writer and export_case."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import stat
import uuid
import zipfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import IO

from app import __version__
from app.domain.errors import BadInput, StorageError
from app.services import housekeeping, outfile
from app.services.archive.common import _Hasher, _open_blob, _pretty, _tag_value
from app.services.archive.overview import _index_html
from app.services.archive.paths import _collision_key, _PathPlanner, _safe_component
from app.services.archive.signature import _load_signing_key, _sign, add_timestamp, cert_name
from app.services.archive.snapshot import _custody_lines, _Snapshot, _snapshot, _trail_ends
from app.services.archive.types import (
    ARCHIVE_FORMAT,
    CHUNK,
    COMPRESSED_EXT,
    DEFAULT_ORGANISATION_ADDRESS,
    DEFLATE_MAX,
    PAYLOAD_ALGS,
    PROFILE_FILE,
    SIGNATURE_FILE,
    SOURCE_ORGANIZATION,
    CancelFn,
    Cancelled,
    ExportResult,
    ProgressFn,
    SigningKey,
)
from app.services.context import AppContext
from db.changes import record_change
from db.uow import unit_of_work


class _BagWriter:
    def __init__(self, zf: zipfile.ZipFile, top: str, pool: ThreadPoolExecutor, when: dt.datetime) -> None:
        self.zf = zf
        self.top = top
        self.pool = pool
        self.date_time = when.timetuple()[:6]
        self.payload: list[tuple[str, int, str, str]] = []  # path, size, sha256, sha512

    def _info(self, rel: str, size: int, deflate: bool) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(f"{self.top}/{rel}", date_time=self.date_time)
        info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
        info.create_system = 3
        info.external_attr = (stat.S_IFREG | 0o644) << 16
        info.file_size = size
        return info

    def add_bytes(self, rel: str, data: bytes, *, payload: bool = True) -> None:
        info = self._info(rel, len(data), deflate=len(data) > 512)
        with self.zf.open(info, "w") as out:
            out.write(data)
        if payload:
            self.payload.append(
                (rel, len(data), hashlib.sha256(data).hexdigest(), hashlib.sha512(data).hexdigest())
            )

    def add_stream(
        self,
        rel: str,
        src: IO[bytes],
        size: int,
        *,
        tick: Callable[[int], None],
        expect_sha256: str | None = None,
    ) -> None:
        deflate = size <= DEFLATE_MAX and Path(rel).suffix.lower() not in COMPRESSED_EXT
        info = self._info(rel, size, deflate)
        h = _Hasher(self.pool)
        with self.zf.open(info, "w", force_zip64=True) as out:
            while True:
                chunk = src.read(CHUNK)
                if not chunk:
                    break
                h.update(chunk)
                out.write(chunk)
                tick(len(chunk))
        sha256, sha512 = h.digests()
        if h.size != size or (expect_sha256 and sha256 != expect_sha256):
            raise StorageError.of(
                "archive.blob_damaged",
                name=rel.removeprefix("data/"),
                expected=(expect_sha256 or "")[:12],
                found=sha256[:12],
            )
        self.payload.append((rel, size, sha256, sha512))


def _manifest(entries: list[tuple[str, str]]) -> bytes:
    return "".join(f"{digest}  {path}\n" for path, digest in sorted(entries)).encode("utf-8")


def export_case(
    ctx: AppContext,
    ref: str,
    out_zip: str | os.PathLike[str],
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    signing_key: SigningKey | None = None,
    *,
    record_audit: bool = True,
    force: bool = False,
    tsa_url: str | None = None,
) -> ExportResult:
    """Write case ``ref`` as a serialised BagIt bag to ``out_zip``.

    Nothing is left behind on failure or cancel. With ``signing_key``, a detached
    CMS signature over tagmanifest-sha512.txt is added.
    """
    reference = ref.strip()
    ctx.require_officer()  # an export is recorded and says who made it: never "unknown officer"
    target = Path(out_zip).expanduser()
    if target.exists() and target.is_dir():
        raise BadInput.of("archive.target_is_folder", path=target)
    if not target.parent.is_dir():
        raise BadInput.of("archive.no_folder", folder=target.parent)
    outfile.refuse_existing(target, force=force)  # an earlier archive is not replaced silently
    loaded_key = _load_signing_key(signing_key) if signing_key else None
    planner = _PathPlanner()
    planner.used.update(
        _collision_key(p) for p in ("case.json", "index.html", "audit.jsonl", "custody.jsonl")
    )
    snap = _snapshot(ctx, reference, planner)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    top = _safe_component(snap.reference)
    total = sum(e.size for e in snap.evidence if e.source) + sum(x[1] for x in snap.letters)
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if cancel is not None and cancel():
            raise Cancelled.of("archive.export_cancelled")
        if progress is not None:
            progress(done, total, "Writing the archive…")

    url = (ctx.settings.timestamp_url or "").strip() if tsa_url is None else tsa_url.strip()
    timestamped, warnings = False, []
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.part")
    housekeeping.clean_exports(ctx.paths.home)  # what killed exports left beside their --out
    with housekeeping.export_in_progress(ctx.paths.home, tmp):
        try:
            with ThreadPoolExecutor(max_workers=2) as pool:
                with tmp.open("wb") as raw, zipfile.ZipFile(raw, "w", allowZip64=True) as zf:
                    bag = _BagWriter(zf, top, pool, now)
                    bag.add_bytes("data/case.json", _pretty(snap.case_doc))
                    signer_name = cert_name(loaded_key[1]) if loaded_key is not None else None
                    bag.add_bytes("data/index.html", _index_html(snap.case_doc, snap.audit_file, signer_name))
                    snap.audit_file.seek(0)
                    size = snap.audit_file.seek(0, os.SEEK_END)
                    snap.audit_file.seek(0)
                    bag.add_stream("data/audit.jsonl", snap.audit_file, size, tick=lambda n: None)
                    custody = b"".join(_custody_lines(snap.audit_file))
                    bag.add_bytes("data/custody.jsonl", custody)
                    for path, data in snap.rendered:
                        bag.add_bytes(path, data)
                    for path, size, sha in snap.letters:
                        with _open_blob(ctx, sha, path) as fh:
                            bag.add_stream(path, fh, size, tick=tick, expect_sha256=sha)
                    for ev in snap.evidence:
                        if ev.source is None:
                            continue
                        with _open_blob(ctx, ev.source, ev.doc["path"]) as fh:
                            bag.add_stream(ev.doc["path"], fh, ev.size, tick=tick, expect_sha256=ev.sha256)
                    payload_bytes = sum(p[1] for p in bag.payload)
                    tags: dict[str, bytes] = {}
                    tags["bagit.txt"] = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
                    info = [
                        ("BagIt-Profile-Identifier", profile_identifier()),
                        ("Source-Organization", SOURCE_ORGANIZATION),
                        ("Organization-Address", _organisation_address(ctx)),
                        ("Contact-Name", snap.contact[0]),
                        *([("Contact-Email", snap.contact[1])] if snap.contact[1] else []),
                        ("External-Identifier", snap.reference),
                        ("External-Description", f"Exemptio case archive: {snap.case_doc['case']['title']}"),
                        ("Bagging-Date", now.date().isoformat()),
                        ("Bagging-Time", now.isoformat()),
                        ("Payload-Oxum", f"{payload_bytes}.{len(bag.payload)}"),
                        ("Bag-Size", bag_size(payload_bytes)),
                        ("Bag-Software-Agent", f"Exemptio {__version__}"),
                        ("Exemptio-Version", __version__),
                        ("Exemptio-Archive-Format", ARCHIVE_FORMAT),
                        ("Exemptio-Schema-Revision", str(snap.case_doc["schema_revision"])),
                        ("Exported-By", ctx.require_officer()),
                        *_audit_anchor_tags(snap),
                    ]
                    tags["bag-info.txt"] = "".join(f"{k}: {_tag_value(v)}\n" for k, v in info).encode("utf-8")
                    tags["manifest-sha256.txt"] = _manifest([(p[0], p[2]) for p in bag.payload])
                    tags["manifest-sha512.txt"] = _manifest([(p[0], p[3]) for p in bag.payload])
                    if snap.provenance is not None:
                        tags["provenance.json"] = _pretty(snap.provenance)
                    for alg in PAYLOAD_ALGS:
                        tags[f"tagmanifest-{alg}.txt"] = _manifest(
                            [
                                (name, hashlib.new(alg, data).hexdigest())
                                for name, data in tags.items()
                                if not name.startswith("tagmanifest-")
                            ]
                        )
                    if loaded_key is not None:
                        tags[SIGNATURE_FILE] = _sign(tags["tagmanifest-sha512.txt"], loaded_key)
                        if url:  # RFC 3161, when the time-stamp server answers (as letters do)
                            try:
                                tags[SIGNATURE_FILE] = add_timestamp(tags[SIGNATURE_FILE], url)
                                timestamped = True
                            except StorageError as err:
                                warnings.append(f"the signature has no timestamp: {err}")
                    for name, data in tags.items():
                        bag.add_bytes(name, data, payload=False)
                    if cancel is not None and cancel():
                        raise Cancelled.of("archive.export_cancelled")
                with tmp.open("rb+") as fh:
                    os.fsync(fh.fileno())
            outfile.place(tmp, target, force=force)  # no-replace unless force (no check-then-write race)
        except OSError as err:
            tmp.unlink(missing_ok=True)
            raise _write_failed(target, err) from err
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        finally:
            snap.audit_file.close()
    tm512 = hashlib.sha512(tags["tagmanifest-sha512.txt"]).hexdigest()
    if record_audit:
        try:
            _record_export(ctx, snap, target, tm512, loaded_key is not None)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
    if progress is not None:
        progress(total, total, "Archive written.")
    return ExportResult(
        target,
        snap.reference,
        len(bag.payload),
        payload_bytes,
        tm512,
        loaded_key is not None,
        timestamped,
        tuple(warnings),
    )


def profile_identifier() -> str:
    """The BagIt-Profile-Identifier of resources/bagit/exemptio-case-archive-v1.json."""
    import json

    from app.resources import resource_path

    doc = json.loads(resource_path(*PROFILE_FILE).read_text(encoding="utf-8"))
    return str(doc["BagIt-Profile-Info"]["BagIt-Profile-Identifier"])


def bag_size(n: int) -> str:
    """Bag-Size as people read it (RFC 8493 2.2.2: "an approximate size")."""
    size = float(n)
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if size < 1000 or unit == "TB":
            return f"{n} bytes" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1000
    return f"{n} bytes"


def _organisation_address(ctx: AppContext) -> str:
    value = ctx.settings.extra.get("organisation_address")
    return value.strip() if isinstance(value, str) and value.strip() else DEFAULT_ORGANISATION_ADDRESS


def _audit_anchor_tags(snap: _Snapshot) -> list[tuple[str, str]]:
    """How long the case's trail is and where it starts and ends (truncation at either end
    is seen), and the exporting database's audit head (its whole trail's length)."""
    first, last = _trail_ends(snap.audit_file)
    tags = [
        ("Exemptio-Audit-Events", str(snap.audit_events)),
        ("Exemptio-Audit-First-Hash", first),
        ("Exemptio-Audit-Last-Hash", last),
    ]
    if snap.audit_head is not None:
        tags.append(("Exemptio-Audit-Head", f"{snap.audit_head[0]} {snap.audit_head[1]}"))
    return tags


def _write_failed(target: Path, err: OSError) -> StorageError:
    where = {"name": target.name, "folder": target.parent}
    if err.errno == errno.ENOSPC:
        return StorageError.of("archive.write_disk_full", **where)
    if err.errno == errno.EDQUOT:
        return StorageError.of("archive.write_quota", **where)
    return StorageError.of("archive.write_failed", reason=err.strerror or type(err).__name__, **where)


def _record_export(ctx: AppContext, snap: _Snapshot, target: Path, tm512: str, signed: bool) -> None:
    """The case's "case.exported" event, then one "evidence.exported" per item with its bytes."""
    who = ctx.require_officer()
    summary = {
        "archive": target.name,
        "tagmanifest_sha512": tm512,
        "signed": signed,
        "evidence_items": sum(1 for e in snap.evidence if e.source),
    }
    events: list[tuple[str, tuple[str, str | int], dict[str, object]]] = [
        ("case.exported", ("case", snap.reference), summary)
    ]
    events += [
        (
            "evidence.exported",
            ("evidence", ev.item_id),
            {"sha256": ev.sha256, "archive": target.name, "path": ev.doc["path"]},
        )
        for ev in snap.evidence
        if ev.source is not None
    ]
    with unit_of_work(ctx.engine) as s:
        for action, entity, after in events:
            record_change(s, actor=who, action=action, entity=entity, case_ref=snap.reference, after=after)
