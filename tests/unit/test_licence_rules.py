"""The LicenseDB rules (notices, headers, other wordings) identify what no whole licence
text explains, and never displace a licence text found in the same file."""

from __future__ import annotations

from app.domain.licence import kb
from app.domain.licence.identify import identify

NOTICE = """Files: src/*
License: GPL-2+
 This program is free software; you can redistribute it and/or modify
 it under the terms of the GNU General Public License as published by
 the Free Software Foundation; either version 2 of the License, or
 (at your option) any later version.
 .
 This program is distributed in the hope that it will be useful,
 but WITHOUT ANY WARRANTY; without even the implied warranty of
 MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 GNU General Public License for more details.
"""

MIT = """Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""


def test_rule_expressions_are_spdx_words() -> None:
    spdx_of = {
        "gpl-2.0-plus": "GPL-2.0-or-later",
        "mit": "MIT",
        "classpath-exception-2.0": "Classpath-exception-2.0",
    }
    assert kb.rule_expression("gpl-2.0-plus with classpath-exception-2.0", spdx_of) == (
        "GPL-2.0-or-later WITH Classpath-exception-2.0"
    )
    assert kb.rule_expression("(mit or gpl-2.0-plus)", spdx_of) == "(MIT OR GPL-2.0-or-later)"
    assert kb.rule_expression("mit and no-such-key", spdx_of) == ""  # an unknown key names nothing


def test_the_index_holds_rules_but_no_generic_ones() -> None:
    idx = kb.index()
    assert idx is not None
    rules = [lic for lic in idx.licences if lic.rule]
    assert len(rules) > 1000
    assert all(lic.key.startswith("rule:") for lic in rules)
    assert not any("proprietary-license" in lic.spdx for lic in rules)
    assert all(lic.length >= kb.RULE_MIN_WORDS for lic in rules)


def test_a_licence_header_alone_is_identified_by_its_rule() -> None:
    found = identify(NOTICE)
    assert found.licence == "GPL-2.0-or-later"
    assert [p.id for p in found.parts] == ["GPL-2.0-or-later"]


def test_a_notice_beside_the_licence_text_is_no_second_licence() -> None:
    text = "This project is licensed under the terms of the MIT license, as follows.\n\n" + MIT
    assert identify(text).licence == "MIT"


def test_family_names_editions_alike() -> None:
    assert kb.family("GPL-2.0-only") == kb.family("GPL-2.0-or-later WITH Autoconf-exception-generic") == "gpl"
    assert kb.family("LicenseRef-scancode-bzip2-libbzip-1.0.5") == "bzip"


def test_a_notice_naming_a_licence_carries_that_licences_terms() -> None:
    from app.domain.licence_screen import screen_texts

    notice = "The checkpoints of the Example model are released under CC BY NC 4.0.\n"
    out = screen_texts([("NOTICE", notice)])
    assert [r["id"] for r in out["identification"][0]["referenced"]] == ["CC-BY-NC-4.0"]
    assert "non_commercial" in out["flags"]["M3f"]
    cited = [c for c in out["citations"] if c["flag"] == "non_commercial"]
    assert cited and cited[0]["source"] == "NOTICE:1" and "names CC-BY-NC-4.0" in cited[0]["quote"]
    assert out["complete"] is False  # the named licence's own text is still to attach


def test_a_notice_naming_a_permissive_licence_raises_no_flag() -> None:
    from app.domain.licence_screen import screen_texts

    out = screen_texts([("NOTICE", "This library is distributed under the Apache 2.0 licence.\n")])
    assert [r["id"] for r in out["identification"][0]["referenced"]] == ["Apache-2.0"]
    assert out["flags"]["M3f"] == [] and out["flags"]["M2a"] == []
