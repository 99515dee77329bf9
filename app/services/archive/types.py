"""Result types, limits and the constants of the archive format."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.messages import Part, render
from app.services.blobstore import Cancelled as Cancelled  # one "cancelled" for all long operations

ARCHIVE_FORMAT = "exemptio-case-archive/1"
SUPPORTED_FORMATS = frozenset({ARCHIVE_FORMAT})
CHUNK = 4 << 20
DEFLATE_MAX = 1 << 20  # payload files up to 1 MiB are deflated, bigger ones stored
SOURCE_ORGANIZATION = "European Commission, AI Office"
ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]

PAYLOAD_ALGS = ("sha256", "sha512")
HEX_LEN = {"sha256": 64, "sha512": 128}
TAG_FILES = frozenset(  # the files a bag holds beside data/
    "bagit.txt bag-info.txt provenance.json tagmanifest-sha512.txt.p7s".split()
    + [f"{kind}-{alg}.txt" for kind in ("manifest", "tagmanifest") for alg in PAYLOAD_ALGS]
)
SIGNATURE_FILE = "tagmanifest-sha512.txt.p7s"
PROFILE_FILE = ("bagit", "exemptio-case-archive-v1.json")  # the BagIt Profile, in resources/
DEFAULT_ORGANISATION_ADDRESS = "European Commission, AI Office, 1049 Bruxelles/Brussel, Belgium"
LETTER_STATES = frozenset({"draft", "approved", "issued", "superseded"})
COMPRESSED_EXT = frozenset(
    ".zip .gz .bz2 .xz .zst .7z .rar .png .jpg .jpeg .gif .webp .mp4 .mp3 .pdf .docx .xlsx .pptx "
    ".odt .safetensors .gguf .bin .pt .pth .onnx .parquet .tar".split()
)
_WIN_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"COM{i}" for i in range(1, 10)] + [f"LPT{i}" for i in range(1, 10)]
)


@dataclass(frozen=True)
class Limits:
    """What an archive may declare before import refuses it as a zip bomb."""

    max_total_bytes: int = 1 << 40  # 1 TiB uncompressed
    max_entries: int = 200_000
    max_ratio: int = 100  # uncompressed / compressed, for entries above ratio_min_size
    ratio_min_size: int = 1 << 20
    max_tag_bytes: int = 256 << 20  # tag files and case.json are read into memory


@dataclass(frozen=True)
class SigningKey:
    """A PKCS#12 file and its passphrase (never stored, never logged)."""

    p12: Path
    passphrase: bytes | None = None


@dataclass(frozen=True)
class ExportResult:
    path: Path
    reference: str
    files: int
    payload_bytes: int
    tagmanifest_sha512: str
    signed: bool
    timestamped: bool = False  # the signature carries an RFC 3161 timestamp
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Problem:
    """A problem of one file of a bag: ``reason`` in English (the CLI's words), ``part``
    the same reason by message id and arguments (for the UI; None for an older text)."""

    file: str
    reason: str
    part: Part | None = field(default=None, compare=False)

    @classmethod
    def of(cls, msg_id: str, file: str, **params: object) -> Problem:
        """The problem ``msg_id`` (a reason template, "archive.why.*") of ``file``."""
        return cls(file, render(msg_id, params), Part(msg_id, params))

    def as_part(self) -> Part:
        """ "{file} {reason}" by id (an older text reason stands as it is)."""
        return Part("archive.file_problem", {"file": self.file, "reason": self.part or self.reason})


@dataclass
class VerifyReport:
    path: Path
    reference: str = ""
    files: int = 0
    payload_bytes: int = 0
    signed: bool = False
    signer: str = ""  # the signing certificate's common name (who it names, not who vouches)
    trusted: bool = False  # a trust anchor vouches for the signer
    origin: str = ""  # what the officer reads: "signed by … (certificate trusted through …)", "unverified …"
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        return {
            "archive": str(self.path),
            "reference": self.reference,
            "ok": self.ok,
            "files": self.files,
            "payload_bytes": self.payload_bytes,
            "signed": self.signed,
            "signer": self.signer,
            "trusted": self.trusted,
            "origin": self.origin,
            "problems": [{"file": p.file, "reason": p.reason} for p in self.problems],
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True)
class ImportResult:
    reference: str
    original_reference: str
    evidence_items: int
    new_blobs: int
    letters: int
    audit_events: int
    archive_sha256: str
    signed: bool = False  # False: "unverified origin" (see UNSIGNED_WARNING)
    trusted: bool = False  # signed, and a trust anchor vouches for the signer
    origin: str = ""  # as recorded with the case (see trust.py)
    links: tuple[str, ...] = ()  # the case's links made again here ("A fine-tune of B")
    links_not_recreated: tuple[str, ...] = ()  # links whose other case is not in this database


UNSIGNED_WARNING = "archive is not signed: its origin cannot be proven"
UNVERIFIED_ORIGIN = "unverified origin"
