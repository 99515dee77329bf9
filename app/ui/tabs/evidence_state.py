"""What the Evidence tab of one case remembers between events, without Qt (the
tab's view and its controller read and change it; a test can drive it alone).

* which item waits for its preview (selected a moment ago, shown after a pause so
  that moving through the list does not record a "viewed" custody event per row);
* which item is shown, so that a reload of the list keeps showing it and records
  no second "viewed";
* what kind of preview an item gets.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from app.services import evidence as ev

TEXT_PREVIEW_LIMIT = 4 * 1024 * 1024
IMAGE_PREVIEW_LIMIT = 40 * 1024 * 1024
IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp", "image/svg+xml")
LARGE_INTAKE = 2 * 1024**3  # above this, "reference only" is proposed


@dataclass
class EvidenceSession:
    reference: str
    name_filter: str = ""
    pending_preview: int | None = None  # selected, preview not yet asked
    last_preview_id: int | None = None  # the item whose preview is shown
    restoring: bool = False  # the list is being reloaded (selection put back)

    def selection_changed(self, evidence_id: int | None) -> bool:
        """The selected row changed to ``evidence_id``. True if its preview is due
        (after the pause); False if nothing changes on screen (a reload that put the
        shown item back) or the pane is to be cleared (``evidence_id`` None)."""
        if self.restoring and (evidence_id is None or evidence_id == self.last_preview_id):
            return False
        if evidence_id is None:
            self.last_preview_id = None
            self.pending_preview = None
            return False
        self.pending_preview = evidence_id
        return True

    def take_pending(self, selected_id: int | None) -> bool:
        """The pause is over: True if the item still selected is the one waiting."""
        if selected_id is None or selected_id != self.pending_preview:
            return False
        self.pending_preview = None
        return True

    def preview_arrived(self, evidence_id: int, selected_id: int | None) -> bool:
        """A preview read in the background arrived: True if it is still wanted."""
        if selected_id != evidence_id:
            return False
        self.last_preview_id = evidence_id
        return True


def preview_kind(rec: ev.EvidenceRecord) -> str:
    """ "pdf", "image", "text" or "other" (shown as a note: never run or opened)."""
    if rec.media_type == "application/pdf":
        return "pdf"
    if rec.media_type in IMAGE_TYPES and rec.media_type != "image/svg+xml":
        return "image"
    if rec.is_text:
        return "text"
    return "other"


def size_of(p: Path) -> int:
    """Bytes under ``p`` (a file or folder; skipped folders not counted, unreadable
    entries count 0)."""
    try:
        if p.is_file():
            return p.stat().st_size
        total = 0
        for root, dirs, files in os.walk(p):
            dirs[:] = [d for d in dirs if d not in ev.SKIPPED_DIRS]
            for f in files:
                try:
                    total += os.stat(os.path.join(root, f)).st_size
                except OSError:
                    pass
        return total
    except OSError:
        return 0
