"""Issue 18: the Overview shows the case's links (plain text, both directions, translated labels)."""

from __future__ import annotations

from typing import Any

from app.services import links


def _open(window: Any, ref: str) -> Any:
    ws = window.open_case(ref)
    assert window.runner.wait_idle()
    return ws


def test_overview_lists_links_in_both_directions(window, make_case) -> None:  # type: ignore[no-untyped-def]
    base = make_case(title="Base <b>model</b>", subject="Base").reference
    tune = make_case(title="Tune", subject="Tune").reference
    plain = make_case(title="No links", subject="X").reference
    links.add_link(window.ctx, tune, base, "fine_tune_of")
    ws = _open(window, tune)
    label = ws.overview.links_label
    assert not label.isHidden()
    assert f"fine-tune of {base} — Base <b>model</b>" in label.text()  # shown as text, never as markup
    ws = _open(window, base)
    assert f"has a fine-tune: {tune} — Tune" in ws.overview.links_label.text()
    ws = _open(window, plain)
    assert ws.overview.links_label.isHidden()
