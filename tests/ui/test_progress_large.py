"""Progress of a 3 GiB intake: positive, monotone, with the total and the time left,
in a window that leaves the rest of the application usable (issue 15 item 4)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.services import evidence as ev
from app.ui.qt import Qt

SIZE = 3 * 2**30  # past 2**31: a 32-bit signal argument turned this negative


def test_3gib_sparse_intake_reports_64bit_monotone_progress(window, make_case, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    big = tmp_path / "weights.bin"
    with open(big, "wb") as f:
        f.truncate(SIZE)  # sparse: nothing is written to the disk
    ref = make_case().reference
    ws = window.open_case(ref)
    ws.show_tab("evidence")
    assert window.runner.wait_idle()
    tab = ws.area_tabs["evidence"].inner
    window.runner.PROGRESS_DELAY_MS = 0  # show the window at once (count events, not seconds)
    samples: list[tuple[int, int, float | None, str, bool, bool]] = []

    def on_started(task: Any) -> None:
        def seen(done: int, total: int, _text: str) -> None:
            d = window.runner.last_progress_dialog
            if d is None:
                return
            free = d.windowModality() == Qt.WindowModality.NonModal  # the window still takes input
            samples.append((done, total, d.eta_seconds, d.detail.text(), d.isModal(), free))

        task.bridge.progressed.connect(seen)

    window.runner.started.connect(on_started)
    tab.add_paths([str(big)], reference_only=True)
    assert window.runner.wait_idle(timeout_ms=600_000)
    window.runner.started.disconnect(on_started)

    assert len(samples) >= 3, samples
    dones = [s[0] for s in samples]
    assert all(d >= 0 for d in dones)
    assert dones == sorted(dones), "progress went backwards"
    assert {s[1] for s in samples} == {SIZE}
    assert dones[-1] == SIZE
    assert any(s[2] is not None and s[2] >= 0 for s in samples), "no time left was shown"
    assert any(" left" in s[3] and "3.2 GB" in s[3] for s in samples), [s[3] for s in samples[:3]]
    assert not any(s[4] for s in samples) and all(s[5] for s in samples)  # never modal
    items = ev.list_evidence(window.ctx, ref)
    assert [i.size for i in items] == [SIZE]
