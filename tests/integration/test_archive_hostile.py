"""Hostile archives: every one is refused with exit 2 and a one-line reason, and
the data folder is left exactly as it was (staging removed, nothing written
outside it). Plus a hypothesis fuzz test over mutated archives."""

from __future__ import annotations

import hashlib
import json
import re
import stat
import struct
import warnings
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.errors import BadInput, ExemptioError
from app.services import archive, cases
from app.services.archive import importer
from app.services.context import AppContext, open_context
from tests.integration.archive_support import add_evidence, db_counts, exported_case, tree

Entries = list[tuple[zipfile.ZipInfo, bytes]]


@pytest.fixture(scope="module")
def source_zip(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    return exported_case(tmp_path_factory.mktemp("hostile-src"))


@pytest.fixture(scope="module")
def small_zip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    def make(ctx: AppContext) -> str:
        ref = cases.create_case(ctx, cases.NewCase(title="Fuzz", provider="P", subject="S")).reference
        add_evidence(ctx, ref, "a.txt", b"alpha " * 40)
        add_evidence(ctx, ref, "b.bin", bytes(range(256)) * 8, folder="sub")
        return ref

    return exported_case(tmp_path_factory.mktemp("fuzz-src"), make=make, name="small.zip")[0]


@pytest.fixture
def victim(tmp_path: Path) -> Iterator[AppContext]:
    """A data folder that already holds a case with evidence."""
    ctx = open_context(home=tmp_path / "victim", officer="Victim Officer")
    ref = cases.create_case(ctx, cases.NewCase(title="Existing", provider="P", subject="S")).reference
    add_evidence(ctx, ref, "mine.txt", b"existing evidence\n")
    yield ctx
    ctx.close()


# --------------------------------------------------------------------------- zip surgery


def read_entries(path: Path) -> Entries:
    with zipfile.ZipFile(path) as zf:
        return [(i, zf.read(i)) for i in zf.infolist()]


def write_entries(path: Path, entries: Entries) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are the point of one test
        with zipfile.ZipFile(path, "w") as zf:
            for info, data in entries:
                zf.writestr(info, data)
    return path


def new_info(
    name: str, mode: int = stat.S_IFREG | 0o644, compress: int = zipfile.ZIP_STORED
) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
    info.create_system = 3
    info.external_attr = mode << 16
    info.compress_type = compress
    return info


def rebag(entries: Entries, edit: Callable[[str, bytes], bytes | None]) -> Entries:
    """Edit files (None drops one) and recompute manifests, Payload-Oxum and tag
    manifests, so that only the semantic problem remains."""
    top = entries[0][0].filename.split("/")[0]
    files = {}
    for info, data in entries:
        rel = info.filename.split("/", 1)[1]
        new = edit(rel, data)
        if new is not None:
            files[rel] = new
    payload = {k: v for k, v in files.items() if k.startswith("data/")}
    for alg in ("sha256", "sha512"):
        files[f"manifest-{alg}.txt"] = "".join(
            f"{hashlib.new(alg, v).hexdigest()}  {k}\n" for k, v in sorted(payload.items())
        ).encode()
    info_txt = files["bag-info.txt"]
    lines = [ln for ln in info_txt.split(b"\n") if ln and not ln.startswith(b"Payload-Oxum")]
    lines.append(f"Payload-Oxum: {sum(len(v) for v in payload.values())}.{len(payload)}".encode())
    files["bag-info.txt"] = b"\n".join(lines) + b"\n"
    tags = {k: v for k, v in files.items() if "/" not in k and not k.startswith("tagmanifest-")}
    for alg in ("sha256", "sha512"):
        files[f"tagmanifest-{alg}.txt"] = "".join(
            f"{hashlib.new(alg, v).hexdigest()}  {k}\n" for k, v in sorted(tags.items())
        ).encode()
    return [(new_info(f"{top}/{k}"), v) for k, v in files.items()]


def top_of(entries: Entries) -> str:
    return entries[0][0].filename.split("/")[0]


def overlap(path: Path, src: Path) -> Path:
    """Two central-directory entries pointing at the same bytes (a zip 'hard link')."""
    entries = read_entries(src)
    top = top_of(entries)
    entries.append((new_info(f"{top}/data/evidence/alias.txt"), b"x"))
    write_entries(path, entries)
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
    target_offset = infos[0].header_offset
    cd = raw.rfind(b"PK\x01\x02" + bytes(raw[raw.rfind(b"PK\x01\x02") + 4 : raw.rfind(b"PK\x01\x02") + 6]))
    struct.pack_into("<I", raw, cd + 42, target_offset)
    path.write_bytes(bytes(raw))
    return path


# --------------------------------------------------------------------------- the cases


def _add(name_tail: str, data: bytes = b"evil", mode: int = stat.S_IFREG | 0o644, *, top: bool = True):  # type: ignore[no-untyped-def]
    def make(src: Path, dst: Path) -> Path:
        entries = read_entries(src)
        name = f"{top_of(entries)}/{name_tail}" if top else name_tail
        entries.append((new_info(name, mode), data))
        return write_entries(dst, entries)

    return make


def _rebagged(edit):  # type: ignore[no-untyped-def]
    def make(src: Path, dst: Path) -> Path:
        return write_entries(dst, rebag(read_entries(src), edit))

    return make


def _raw(edit):  # type: ignore[no-untyped-def]
    def make(src: Path, dst: Path) -> Path:
        entries = [(i, edit(i.filename.split("/", 1)[1], d)) for i, d in read_entries(src)]
        return write_entries(dst, [(i, d) for i, d in entries if d is not None])

    return make


def _bomb(src: Path, dst: Path) -> Path:
    entries = read_entries(src)
    entries.append(
        (
            new_info(f"{top_of(entries)}/data/evidence/zeros.bin", compress=zipfile.ZIP_DEFLATED),
            bytes(50 << 20),
        )
    )
    return write_entries(dst, entries)


def _truncate(fraction: float):  # type: ignore[no-untyped-def]
    def make(src: Path, dst: Path) -> Path:
        raw = src.read_bytes()
        dst.write_bytes(raw[: int(len(raw) * fraction)])
        return dst

    return make


def _two_tops(src: Path, dst: Path) -> Path:
    entries = read_entries(src)
    entries.append((new_info("other-top/bagit.txt"), b"BagIt-Version: 1.0\n"))
    return write_entries(dst, entries)


def _duplicate(src: Path, dst: Path) -> Path:
    entries = read_entries(src)
    lic = next((i, d) for i, d in entries if i.filename.endswith("/LICENSE"))
    entries.append((new_info(lic[0].filename), b"other bytes"))
    return write_entries(dst, entries)


def _case_json(mutate):  # type: ignore[no-untyped-def]
    def edit(rel: str, data: bytes) -> bytes:
        if rel == "data/case.json":
            doc = json.loads(data)
            mutate(doc)
            return json.dumps(doc).encode()
        return data

    return _rebagged(edit)


def _set(key_path: list[str], value: object):  # type: ignore[no-untyped-def]
    def mutate(doc: dict) -> None:  # type: ignore[type-arg]
        for k in key_path[:-1]:
            doc = doc[k]
        doc[key_path[-1]] = value

    return mutate


def _tamper_audit(rel: str, data: bytes) -> bytes:
    if rel == "data/audit.jsonl":
        lines = data.split(b"\n")
        n = next(i for i, ln in enumerate(lines) if i and b'"actor":"Source Officer"' in ln)
        lines[n] = lines[n].replace(b'"actor":"Source Officer"', b'"actor":"Someone Else"')
        assert b"Someone Else" in lines[n]
        return b"\n".join(lines)
    return data


CASES: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "dotdot": (_add("data/../../evil.txt"), r"'\.' or '\.\.'"),
    "dotdot-top": (_add("../evil.txt", top=False), r"'\.' or '\.\.'"),
    "absolute": (_add("/tmp/evil.txt", top=False), "absolute path"),
    "drive-letter": (_add("C:/evil.txt", top=False), "absolute path"),
    "backslash": (_add("data\\..\\..\\evil.txt"), "backslashes"),
    "symlink": (_add("data/evidence/link", b"/etc/passwd", stat.S_IFLNK | 0o777), "symbolic link"),
    "fifo": (_add("data/evidence/pipe", b"", stat.S_IFIFO | 0o644), "not a regular file"),
    "hard-link": (lambda s, d: overlap(d, s), "share bytes"),
    "duplicate": (_duplicate, "twice"),
    "nfd-name": (_add("data/evidence/re\u0301sume\u0301.txt"), "normal form C"),
    "nfc-nfd-collision": (_add("data/evidence/r\u00e9sum\u00e9.txt"), "same file|twice"),
    "case-collision": (_add("data/evidence/license"), "same file"),
    "ligature-lookalike": (_add("data/evidence/\ufb01le.txt"), "unexpected|not listed|same file"),
    "cyrillic-tag-file": (_add("b\u0430git.txt"), "unexpected file"),
    "cyrillic-data-folder": (_add("d\u0430ta/evil.txt"), "outside the bag's data folder"),
    "fullwidth-data-folder": (_add("\uff44ata/evil.txt"), "outside the bag's data folder"),
    "zip-bomb-ratio": (_bomb, "zip bomb"),
    "truncated-half": (_truncate(0.5), "not a complete zip file"),
    "truncated-tail": (_truncate(0.999), "not a complete zip file"),
    "two-top-folders": (_two_tops, "exactly one top folder"),
    "manifest-mismatch": (
        _raw(lambda r, d: d.replace(b"Apache", b"Apachf") if r.endswith("LICENSE") else d),
        "checksum does not match",
    ),
    "missing-file": (_raw(lambda r, d: None if r.endswith("LICENSE") else d), "missing"),
    "extra-file": (_add("data/evidence/extra.txt"), "not listed"),
    "unknown-schema": (_case_json(_set(["schema_revision"], "ffffffff9999")), "unknown schema version"),
    "unknown-format": (
        _case_json(_set(["archive_format"], "exemptio-case-archive/99")),
        "unknown archive format",
    ),
    "unknown-format-bag-info": (
        _rebagged(
            lambda r, d: (
                d.replace(b"exemptio-case-archive/1", b"exemptio-case-archive/7")
                if r == "bag-info.txt"
                else d
            )
        ),
        "unknown archive format",
    ),
    "non-utf8-bag-info": (
        _rebagged(lambda r, d: d + b"Note: caf\xe9\n" if r == "bag-info.txt" else d),
        "not UTF-8",
    ),
    "non-utf8-bagit-txt": (_raw(lambda r, d: d + b"X: \xff\n" if r == "bagit.txt" else d), "not UTF-8"),
    "bom-manifest": (
        _raw(lambda r, d: b"\xef\xbb\xbf" + d if r == "manifest-sha256.txt" else d),
        "byte-order mark",
    ),
    "audit-chain-edited": (_rebagged(_tamper_audit), "hash does not match"),
    "audit-event-removed": (
        _rebagged(
            lambda r, d: b"\n".join(d.split(b"\n")[:2] + d.split(b"\n")[3:]) if r == "data/audit.jsonl" else d
        ),
        "missing",
    ),
    "case-names-missing-file": (
        _case_json(lambda doc: doc["evidence"][0].__setitem__("path", "data/evidence/nowhere.txt")),
        "not in the archive",
    ),
    "case-json-not-json": (
        _rebagged(lambda r, d: b"{not json" if r == "data/case.json" else d),
        "not valid JSON",
    ),
    "huge-size-number": (
        _case_json(lambda doc: doc["evidence"].append({**doc["evidence"][0], "path": None, "size": 10**30})),
        "has no size",
    ),
    "bad-status": (_case_json(_set(["case", "status"], "hacked")), "unknown case status"),
    "bad-date": (_case_json(_set(["case", "created_at"], "yesterday")), "not a date"),
    "wrong-evidence-hash": (
        _case_json(lambda doc: doc["evidence"][0].__setitem__("sha256", "0" * 64)),
        "does not have the SHA-256",
    ),
}


def _snapshot(ctx: AppContext, tmp_path: Path) -> tuple[dict[str, int], set[str], set[str]]:
    from app.services.evidence import blob_store

    blob_store(ctx).ensure()
    outside = {p for p in tree(tmp_path) if not p.startswith("victim/")}
    return db_counts(ctx), tree(ctx.paths.evidence), outside


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_archive_is_refused(case, source_zip, victim, tmp_path, cli):  # type: ignore[no-untyped-def]
    make, pattern = CASES[case]
    src, _ = source_zip
    bad = make(src, tmp_path / f"{case}.zip")
    before = _snapshot(victim, tmp_path)
    with pytest.raises(BadInput, match=pattern) as err:
        archive.import_archive(victim, bad)
    assert err.value.exit_code == 2 and "\n" not in str(err.value)
    assert _snapshot(victim, tmp_path) == before
    assert tree(victim.paths.staging) == set()
    assert not list(tmp_path.parent.rglob("evil.txt"))
    # the CLI: exit 2, one line on stderr
    r = cli("archive", "import", str(bad), "--home", str(victim.paths.home), "--officer", "Victim Officer")
    assert r.rc == 2 and r.err.startswith("exemptio: ") and r.err.count("\n") == 1, r.err
    assert _snapshot(victim, tmp_path) == before and tree(victim.paths.staging) == set()


def test_total_size_limit(source_zip, victim, tmp_path):  # type: ignore[no-untyped-def]
    src, _ = source_zip
    before = _snapshot(victim, tmp_path)
    with pytest.raises(BadInput, match="would expand to"):
        archive.import_archive(victim, src, limits=archive.Limits(max_total_bytes=1 << 20))
    with pytest.raises(BadInput, match="entries"):
        archive.import_archive(victim, src, limits=archive.Limits(max_entries=3))
    assert _snapshot(victim, tmp_path) == before and tree(victim.paths.staging) == set()


def test_verify_flags_hostile_archives_without_extracting(source_zip, tmp_path, cli):  # type: ignore[no-untyped-def]
    src, _ = source_zip
    bad = CASES["dotdot"][0](src, tmp_path / "dotdot.zip")
    r = cli("archive", "verify", str(bad))
    assert r.rc == 2 and "Refused" in r.err
    bad = CASES["manifest-mismatch"][0](src, tmp_path / "mm.zip")
    r = cli("archive", "verify", str(bad))
    assert r.rc == 1 and "data/evidence/LICENSE" in r.err
    assert not list(tmp_path.rglob("evil.txt"))
    # manifests recomputed after an event was edited: only the audit chain check can tell
    bad = CASES["audit-chain-edited"][0](src, tmp_path / "chain.zip")
    report = archive.verify_archive(bad)
    assert [p.file for p in report.problems] == ["data/audit.jsonl"]
    assert re.fullmatch(r"event \d+: its hash does not match its content", report.problems[0].reason)
    r = cli("archive", "verify", str(bad))
    assert r.rc == 1 and "FAILED data/audit.jsonl: event " in r.out


def test_crash_between_blobs_and_commit_leaves_nothing(source_zip, victim, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """A failure after the bytes are placed but before the rows commit removes them again."""
    src, _ = source_zip
    before = _snapshot(victim, tmp_path)
    before_files = {str(p) for p in victim.paths.evidence.rglob("*") if p.is_file()}

    def boom(*a, **k):  # type: ignore[no-untyped-def]
        raise archive.StorageError("database went away")

    monkeypatch.setattr(importer, "_insert", boom)
    with pytest.raises(archive.StorageError, match="went away"):
        archive.import_archive(victim, src, as_new=True)
    monkeypatch.undo()
    after = _snapshot(victim, tmp_path)
    assert after[0] == before[0]
    # every blob it placed is gone again (empty ab/cd folders may stay, as with any discarded intake)
    files = {str(p) for p in victim.paths.evidence.rglob("*") if p.is_file()}
    assert files == before_files
    assert tree(victim.paths.staging) == set()


# --------------------------------------------------------------------------- fuzz

mutation = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 1 << 30), st.integers(1, 255)),
    st.tuples(st.just("truncate"), st.integers(0, 1 << 30), st.just(0)),
    st.tuples(st.just("rename"), st.integers(0, 1 << 30), st.integers(0, 0x2FF)),
    st.tuples(st.just("drop"), st.integers(0, 1 << 30), st.just(0)),
)


def _mutate(raw: bytes, ops: list[tuple[str, int, int]], path: Path) -> None:
    data = bytearray(raw)
    for op, pos, val in ops:
        if op == "flip" and data:
            data[pos % len(data)] ^= val
        elif op == "truncate" and data:
            del data[pos % len(data) :]
        elif op in ("rename", "drop"):
            path.write_bytes(bytes(data))
            try:
                entries = read_entries(path)
            except (
                zipfile.BadZipFile,
                ValueError,
                EOFError,
                OSError,
                KeyError,
                NotImplementedError,
                RuntimeError,
            ):
                continue
            except Exception:  # noqa: BLE001 - zipfile may raise anything on garbage; keep mutating bytes
                continue
            if not entries:
                continue
            i = pos % len(entries)
            info, payload = entries[i]
            if op == "drop":
                del entries[i]
            else:
                name = info.filename
                cut = val % max(len(name), 1)
                info2 = new_info(name[:cut] + chr(0x20 + val) + name[cut + 1 :])
                entries[i] = (info2, payload)
            write_entries(path, entries)
            data = bytearray(path.read_bytes())
    path.write_bytes(bytes(data))


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
    derandomize=True,
)
@given(ops=st.lists(mutation, min_size=1, max_size=3))
def test_fuzz_mutated_archives_never_crash_or_half_import(ops, small_zip, victim, tmp_path):  # type: ignore[no-untyped-def]
    bad = tmp_path / "fuzzed.zip"
    _mutate(small_zip.read_bytes(), ops, bad)
    before = _snapshot(victim, tmp_path)
    try:
        res = archive.import_archive(victim, bad, as_new=True)
    except ExemptioError as err:
        assert str(err) and "\n" not in str(err)
        assert _snapshot(victim, tmp_path)[:2] == before[:2]
    else:  # a harmless mutation (e.g. a timestamp): the whole case arrived
        after = db_counts(victim)
        assert after["cases"] == before[0]["cases"] + 1
        assert (
            after["evidence_items"]
            == before[0]["evidence_items"] + res.evidence_items
            == (before[0]["evidence_items"] + 2)
        )
    assert tree(victim.paths.staging) == set()


def test_not_enough_disk_space_is_refused_before_extracting(source_zip, victim, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    import shutil as real_shutil
    from collections import namedtuple

    src, _ = source_zip
    before = _snapshot(victim, tmp_path)
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(real_shutil, "disk_usage", lambda p: usage(10 << 20, 9 << 20, 1 << 20))
    with pytest.raises(archive.StorageError, match="Not enough free disk space"):
        archive.import_archive(victim, src, as_new=True)
    monkeypatch.undo()
    assert _snapshot(victim, tmp_path) == before and tree(victim.paths.staging) == set()
