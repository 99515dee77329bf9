"""Signed role grants and certificate registrations (single-user mode, SQLite; issue 14).

On a local SQLite file anyone who can type a name, or open the file with the
``sqlite3`` tool, could make themselves head of unit. So on SQLite a role above
``officer`` (reviewer, head) and every registered signing certificate rest on a
signature of the head of unit, not on what a row says:

* ``officers.grant_cms``: a CMS signature (DER, the statement embedded) over the
  grant statement ``{"format", "database", "officer", "role", "granted_by",
  "granted_at", "bootstrap"}`` (canonical JSON, names as comparison keys);
* ``officer_certificates.registration_cms``: the same over ``{"format",
  "database", "action": "register" | "withdraw", "officer", "certificate_sha256",
  "granted_by", "granted_at"}``.

``database`` is the installation's audit chain id (the hash of its first event),
so a grant copied from another database proves nothing here.

A recorded role above officer is believed only when its grant verifies: the
signature is intact, the statement names this officer and this role, the
signer's certificate chains to the trust anchor in Settings (valid at the time
of the grant) and is registered, by a registration that verifies, to the head of
unit named as granter, whose own grant verifies the same way. Otherwise the
officer is an ``officer`` and ``officer list`` / ``whoami`` say "grant not
proven" with the reason.

Bootstrap: while no head of unit is recorded, the first head records themself
(``officer add ME --role head --key ME.p12``): their certificate must chain to the
trust anchor and name them, and they sign both statements with it (proof of
possession). Only one such self-granted head can stand: a second one, written
into the file by hand, leaves neither proven.

A withdrawn certificate proves nothing any more (nor the grants it signed): the
head signs them again with their current key. A head's grants hold while the head
is a proven head. The trust anchor (Settings) is the root of it all: whoever can
replace it on this computer can make their own grants (docs/team.md).

Checks are cached per context by a hash of the officer and certificate rows, the
database id and the anchors, so a role check reads two small tables and verifies
nothing again until a row changes.

One module per responsibility: ``statement`` (canonical JSON, CMS sign and open),
``chain`` (who is a proven head; the cache), ``commands`` (grant a role, register or
withdraw a certificate). The public names are re-exported here.
"""

from __future__ import annotations

from app.services.grants.chain import (
    HEAD,
    OFFICER,
    REVIEWER,
    ROLES,
    SIGNED_ROLES,
    Standing,
    applies,
    believed_role,
    certificate_problem,
    chain_problem,
    common_name,
    resolve,
    standing_of,
    standings,
    trust_anchors,
)
from app.services.grants.commands import (
    KEY_NEEDED,
    certificate_row,
    grant_role,
    needs_signature,
    officer_details,
    officer_named,
    record_certificate_added,
    require_head_key,
    set_details,
    sign_registration,
)
from app.services.grants.statement import (
    CERT_FORMAT,
    GRANT_FORMAT,
    Opened,
    canonical,
    cert_statement,
    database_id,
    grant_statement,
    now_utc,
    open_signed,
    sign_statement,
)

_now = now_utc  # the old name (tests)

__all__ = [
    "CERT_FORMAT",
    "GRANT_FORMAT",
    "HEAD",
    "KEY_NEEDED",
    "OFFICER",
    "REVIEWER",
    "ROLES",
    "SIGNED_ROLES",
    "Opened",
    "Standing",
    "applies",
    "believed_role",
    "canonical",
    "cert_statement",
    "certificate_problem",
    "certificate_row",
    "chain_problem",
    "common_name",
    "database_id",
    "grant_role",
    "grant_statement",
    "needs_signature",
    "now_utc",
    "officer_details",
    "officer_named",
    "open_signed",
    "record_certificate_added",
    "require_head_key",
    "resolve",
    "set_details",
    "sign_registration",
    "sign_statement",
    "standing_of",
    "standings",
    "trust_anchors",
]
