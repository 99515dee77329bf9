"""Evidence use cases: intake of files and folders, custody, preview, verification.

A package, one responsibility per module (``media``, ``records``, ``store``, ``plan``,
``intake``, ``reading``, ``verify``, ``subject``, ``duplicates``); every name is
re-exported here, so callers keep using ``evidence.add_paths`` etc.

Intake runs in three phases so that nothing is ever half-stored:

1. *scan*: every path is checked (regular file, readable, no symlink loop,
   no FIFO/socket/device); a bad one refuses the whole intake before any byte
   is written;
2. *store*: each file is streamed into the content-addressed store (or, in
   "reference only" mode, hashed where it lies); progress is reported and the
   officer may cancel;
3. *commit*: one transaction adds the blob and item rows, a custody event
   ``evidence.received`` per item and the search text. It runs only after all
   bytes are in place, so no row ever lacks its bytes. A failure or a cancel
   removes the blobs this intake placed that no row refers to.

File names: ``original_name`` is the name exactly as received when it is valid
UTF-8. A name that is not UTF-8 (possible on Linux) is kept with each byte that
is not UTF-8 written as ``\\xNN`` (Python's ``backslashreplace``), and the
custody event ``evidence.received`` records the exact bytes in hex
(``raw_name_hex``). ``display_name`` is the NFC form with control characters
(newlines, tabs...) shown as visible escapes.
"""

from __future__ import annotations

from app.services.store import Cancelled

from .duplicates import (
    cases_holding,
    shared_with,
)
from .intake import (
    _commit,
    _discard_unreferenced,
    _read_for_index,
    add_paths,
)
from .media import (
    _EXTRA_TYPES,
    _LICENCE_NAME_RE,
    _MAGIC,
    _TAG_RE,
    _TEXT_TYPES,
    PREVIEW_TEXT_LIMIT,
    SKIPPED_DIRS,
    TEXT_INDEX_LIMIT,
    WEIGHT_SUFFIXES,
    CancelCheck,
    Progress,
    _looks_like_text,
    _visible,
    decode_path,
    encode_path,
    guess_media_type,
    is_text_type,
    name_forms,
    searchable_text,
)
from .plan import (
    _check_path,
    _head,
    _plan,
    _plan_folder,
    _Planned,
)
from .reading import (
    EvidenceSummary,
    _get,
    _name_filter,
    content_path,
    custody,
    evidence_summary,
    evidence_text,
    export_item,
    get_evidence,
    list_evidence,
    read_bytes,
    read_text,
    record_viewed,
)
from .records import (
    EvidenceRecord,
    IntakeResult,
    VerifyItem,
    _record,
)
from .store import (
    _case_id,
    _referenced,
    blob_store,
    recover,
)
from .subject import (
    FACT_KEYS,
    SubjectProposal,
    apply_subject,
    facts_summary,
    is_model_folder,
    propose_subject,
    record_model_facts,
    recorded_model_facts,
    subject_of,
)
from .verify import (
    _issued_letters,
    verify_evidence,
)

__all__ = [
    "FACT_KEYS",
    "facts_summary",
    "is_model_folder",
    "record_model_facts",
    "recorded_model_facts",
    "CancelCheck",
    "Cancelled",
    "EvidenceRecord",
    "EvidenceSummary",
    "IntakeResult",
    "PREVIEW_TEXT_LIMIT",
    "Progress",
    "SKIPPED_DIRS",
    "SubjectProposal",
    "TEXT_INDEX_LIMIT",
    "VerifyItem",
    "WEIGHT_SUFFIXES",
    "_EXTRA_TYPES",
    "_LICENCE_NAME_RE",
    "_MAGIC",
    "_Planned",
    "_TAG_RE",
    "_TEXT_TYPES",
    "_case_id",
    "_check_path",
    "_commit",
    "_discard_unreferenced",
    "_get",
    "_head",
    "_issued_letters",
    "_looks_like_text",
    "_name_filter",
    "_plan",
    "_plan_folder",
    "_read_for_index",
    "_record",
    "_referenced",
    "_visible",
    "add_paths",
    "apply_subject",
    "cases_holding",
    "shared_with",
    "blob_store",
    "content_path",
    "custody",
    "decode_path",
    "encode_path",
    "evidence_summary",
    "evidence_text",
    "export_item",
    "get_evidence",
    "guess_media_type",
    "is_text_type",
    "list_evidence",
    "name_forms",
    "propose_subject",
    "read_bytes",
    "read_text",
    "record_viewed",
    "recover",
    "searchable_text",
    "subject_of",
    "verify_evidence",
]
