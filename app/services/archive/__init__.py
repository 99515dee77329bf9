"""Case archives: a serialised BagIt 1.0 bag (RFC 8493) in one zip file.

Export streams every file into the zip while hashing it (SHA-256 and SHA-512
in parallel), so memory stays constant whatever the evidence size; the zip is
written to a temporary file and renamed only when complete. Verification and
import read the zip as hostile input: names, types, sizes and compression
ratios are checked before a byte is extracted, and extracted files are named
by a counter inside a staging folder (never by the names in the archive).
Import is all or nothing: everything is verified in staging first, then blob
bytes are put in place, then one database transaction commits the rows.

The package, one responsibility per module:

- ``types``: result types, limits, format constants
- ``common``: dates, JSON, hashing and blob-store helpers
- ``paths``: safe, unique archive paths
- ``snapshot``: the case read from the database as plain JSON (export)
- ``overview``: data/index.html
- ``signature``: PKCS#12 loading, CMS signing and checking
- ``export``: the bag writer and :func:`export_case`
- ``zipsafety``: the zip read as hostile input
- ``bag_reader``: tag files, manifests, payload hashing
- ``audit_trail``: audit.jsonl re-checked
- ``authenticity``: case.json against the audit trail
- ``plan``: import planning (every check before a write)
- ``verify``: :func:`verify_archive`
- ``staging``: locked staging folders, clean-up after crashes
- ``importer``: :func:`import_archive`
- ``insert``: the rows of an imported case

See docs/archive.md for the layout and how to verify an archive with standard
tools.
"""

from __future__ import annotations

from app.domain.errors import StorageError as StorageError
from app.services.archive.export import export_case as export_case
from app.services.archive.importer import import_archive as import_archive
from app.services.archive.importer import imported_history as imported_history
from app.services.archive.signature import check_signature as check_signature
from app.services.archive.trust import default_roots as default_roots
from app.services.archive.types import (
    ARCHIVE_FORMAT as ARCHIVE_FORMAT,
)
from app.services.archive.types import (
    SIGNATURE_FILE as SIGNATURE_FILE,
)
from app.services.archive.types import (
    SUPPORTED_FORMATS as SUPPORTED_FORMATS,
)
from app.services.archive.types import (
    UNSIGNED_WARNING as UNSIGNED_WARNING,
)
from app.services.archive.types import (
    UNVERIFIED_ORIGIN as UNVERIFIED_ORIGIN,
)
from app.services.archive.types import (
    Cancelled as Cancelled,
)
from app.services.archive.types import (
    ExportResult as ExportResult,
)
from app.services.archive.types import (
    ImportResult as ImportResult,
)
from app.services.archive.types import (
    Limits as Limits,
)
from app.services.archive.types import (
    Problem as Problem,
)
from app.services.archive.types import (
    SigningKey as SigningKey,
)
from app.services.archive.types import (
    VerifyReport as VerifyReport,
)
from app.services.archive.verify import verify_archive as verify_archive
from app.services.housekeeping import _new_stage as _new_stage
from app.services.housekeeping import clean_staging as clean_staging
