"""Alt+letter in menus: within each menu (and the menu bar) no letter is taken twice, in
every interface language (a clash makes Alt+letter cycle instead of acting)."""

from __future__ import annotations

import re

import pytest

from app.ui import i18n

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def _letters(texts: list[str]) -> list[str]:
    out = []
    for t in texts:
        m = _MNEMONIC.search(t)
        if m:
            out.append(m.group(1).casefold())
    return out


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
def test_menu_mnemonics_are_unique(lang, qapp, ctx, qtbot):  # type: ignore[no-untyped-def]
    from app.ui.main_window import MainWindow

    assert i18n.install(lang) == lang
    try:
        w = MainWindow(ctx)
        qtbot.addWidget(w)
        w.ensure_complete()
        assert w.runner.wait_idle()
        bar = [a.text() for a in w.menuBar().actions()]
        assert len(bar) >= 3
        clashes = {}
        letters = _letters(bar)
        if len(letters) != len(set(letters)):
            clashes["menu bar"] = bar
        for top in w.menuBar().actions():
            menu = top.menu()
            texts = [a.text() for a in menu.actions() if not a.isSeparator()]
            letters = _letters(texts)
            if len(letters) != len(set(letters)):
                clashes[top.text()] = texts
        assert clashes == {}, clashes
        w.close()
    finally:
        i18n.install("en")
