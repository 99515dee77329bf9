"""What the Letters tab of one case shows and allows, without Qt (in the style of
Electrum's wizard state; the view ``letters.py`` shows it, the controller
``letters_actions.py`` changes it; a test drives it alone).

* the letter register as last read, the *latest* letter (the newest one not
  superseded) and the letter whose PDF is shown (kept across a reload);
* which actions are enabled for the latest letter's status: Approve for a draft,
  Issue for an approved letter, Save PDF once there is a letter; Draft and Verify
  always. Who may approve or issue (four eyes, the officer's role) is decided by the
  service, which says why in the dialog: the actions are not hidden for a role;
* the status line as data (:class:`StatusLine`: which sentence, with which values;
  the view holds the translated sentences);
* the signing key offered: the one in Settings only when it is the acting officer's own;
* version bookkeeping for the approval: the draft's SHA-256 is the version the
  reviewer approves (the service refuses it if the draft changed meanwhile), and each
  opened approval gets a ticket, so that a first page rendered for an earlier
  confirmation is dropped (latest wins);
* which refusals are said in the dialog (kept open) and which go to the error presenter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.services.letters import LEGAL_NATURES

if TYPE_CHECKING:
    from app.services.letters.records import LetterRecord
    from app.services.settings import Settings

__all__ = ["Actions", "ApprovalTicket", "LettersSession", "StatusLine", "local_time", "own_key_path"]


def local_time(value: dt.datetime | None) -> str:
    """A stored time as the officer's local ``YYYY-MM-DD HH:MM`` ("" when none)."""
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""


@dataclass(frozen=True)
class StatusLine:
    """The sentence under the toolbar: ``kind`` names it ("none", "draft", "approved",
    "issued"), ``values`` fill its %1, %2, %3 in order."""

    kind: str
    values: tuple[str, ...] = ()


@dataclass(frozen=True)
class Actions:
    """Which toolbar actions are enabled."""

    draft: bool = True
    approve: bool = False
    issue: bool = False
    save: bool = False
    verify: bool = True


@dataclass(frozen=True)
class ApprovalTicket:
    """One opened approval: the draft it is about, at the version (SHA-256) recorded."""

    number: int
    letter_id: int
    draft_sha256: str


def own_key_path(settings: Settings, acting_officer: str) -> str:
    """The signing key in Settings, only when it is the acting officer's own (the key
    belongs to the profile's officer: never offered to another officer at the keyboard)."""
    from app.services import roles

    acting = acting_officer.strip()
    profile = settings.officer_name.strip()
    own = bool(acting) and bool(profile) and roles.same_officer(acting, settings.officer_name)
    return settings.signing_key_path if own else ""


def said_in_dialog(err: BaseException) -> bool:
    """A refusal the officer corrects in the dialog (wrong passphrase, someone else's
    key, four eyes): the dialog stays open. Anything else, a Conflict (someone changed
    the letter meanwhile) included, closes it and goes to the error presenter."""
    from app.domain.errors import Conflict, ExemptioError

    return isinstance(err, ExemptioError) and not isinstance(err, Conflict)


@dataclass
class LettersSession:
    reference: str
    rows: list[LetterRecord] = field(default_factory=list)
    shown_letter: int | None = None  # the letter whose PDF is shown
    approval: ApprovalTicket | None = None  # the approval being confirmed
    _tickets: int = 0

    # -- the register ------------------------------------------------------------------
    def loaded(self, rows: Sequence[LetterRecord]) -> int | None:
        """The register was read: the row to select (the letter shown, else the first),
        None when there is no letter."""
        self.rows = list(rows)
        if not self.rows:
            return None
        return next((i for i, r in enumerate(self.rows) if r.id == self.shown_letter), 0)

    @property
    def latest(self) -> LetterRecord | None:
        """The newest letter that is not superseded (the rows come newest first)."""
        return next((r for r in self.rows if r.state != "superseded"), None)

    def draft_to_approve(self) -> LetterRecord | None:
        return next((r for r in self.rows if r.state == "draft"), None)

    def actions(self) -> Actions:
        latest = self.latest
        state = latest.state if latest is not None else ""
        return Actions(approve=state == "draft", issue=state == "approved", save=bool(self.rows))

    def status(self) -> StatusLine:
        latest = self.latest
        if latest is None:
            return StatusLine("none")
        if latest.state == "draft":
            return StatusLine("draft", (latest.drafted_by,))
        if latest.state == "approved":
            return StatusLine("approved", (latest.approved_by,))
        return StatusLine("issued", (local_time(latest.issued_at), latest.signer, latest.signature_level))

    def shown(self, letter_id: int) -> None:
        self.shown_letter = letter_id

    # -- what the officer asks ---------------------------------------------------------
    @staticmethod
    def may_draft(nature: str) -> bool:
        return nature in LEGAL_NATURES

    def save_name(self, rec: LetterRecord) -> str:
        """The file name proposed for Save PDF (a letter not issued says so)."""
        suffix = "" if rec.state == "issued" else "-draft"
        return f"{self.reference}-letter-{rec.id}{suffix}.pdf"

    def open_approval(self) -> ApprovalTicket | None:
        """A new approval of the current draft (None when there is no draft); an
        earlier one still open is no longer current."""
        rec = self.draft_to_approve()
        if rec is None:
            return None
        self._tickets += 1
        self.approval = ApprovalTicket(self._tickets, rec.id, rec.draft_sha256)
        return self.approval

    def is_current(self, ticket: ApprovalTicket) -> bool:
        """True while ``ticket`` is the approval being confirmed (its rendering is wanted)."""
        return self.approval is not None and self.approval.number == ticket.number
