"""Whether an audit checkpoint is due (the GUI offers one daily): none yet, then a fresh
one, then a day later (issue 16 item 4)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from app.services import audit
from tests.unit.letter_testpki import PASSPHRASE, make_pki


def test_due_without_a_checkpoint_then_not_until_a_day_later(ctx: Any, tmp_path: Path) -> None:
    st = audit.checkpoint_status(ctx)
    assert st.due is True and st.latest is None
    pki = make_pki(tmp_path)
    cp = audit.checkpoint(ctx, pki.officer_p12, PASSPHRASE)
    st = audit.checkpoint_status(ctx)
    assert st.due is False and st.latest is not None and st.latest.id == cp.id
    assert st.latest.made_at == cp.made_at and st.latest.signer == cp.signer
    assert audit.checkpoint_status(ctx, now=cp.made_at + dt.timedelta(hours=23)).due is False
    assert audit.checkpoint_status(ctx, now=cp.made_at + dt.timedelta(days=1)).due is True


def test_an_auditor_is_not_offered_a_checkpoint(ctx: Any) -> None:
    from app.services import roles

    assert audit.checkpoint_status(ctx).may_sign is True  # the acting officer (a writer)
    roles.set_officer(ctx, "Aldo Auditor", "auditor")
    ctx.officer_override = "Aldo Auditor"
    st = audit.checkpoint_status(ctx)
    assert st.due is True and st.may_sign is False
