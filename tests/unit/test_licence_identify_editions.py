"""Identification of texts that are *almost* a known licence: the reference text with terms of
the licensor's own added around it, a changed copy dated otherwise than the reference (another
edition), and a text whose ScanCode key is deprecated in favour of an SPDX id. Texts built for
the test from the LicenseDB's own reference texts, not copied from the corpus."""

from __future__ import annotations

import pytest

from app.domain.licence import identify, kb

MIT = """MIT License

Copyright (c) 2026 Northwind Labs

Permission is hereby granted, free of charge, to any person obtaining a copy
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


@pytest.fixture(scope="module", autouse=True)
def _index() -> None:
    if kb.index() is None:
        pytest.fail("the LicenseDB (licensedcode-data) is a dependency and must be installed")


def test_the_plain_reference_text_is_that_licence() -> None:
    assert identify.identify(MIT).licence == "MIT"


@pytest.mark.parametrize(
    "added",
    [
        "Additional term: if you offer the Software to more than 10 million users, you must show "
        '"Northwind" on the start screen of your product.',
        "Zusätzliche Bedingung: Sie dürfen die Software nicht für militärische Zwecke verwenden, "
        "auch nicht in abgeleiteten Werken.",
        "附加条款：您不得将本软件用于任何军事用途，亦不得将其提供给第三方用于此类用途。",
    ],
)
def test_terms_added_to_a_reference_text_make_it_another_licence(added: str) -> None:
    text = MIT + "\n" + added + "\n"
    found = identify.identify(text)
    assert found.licence == "unknown"
    assert found.near is not None and found.near["id"] == "MIT"
    last = len(text.splitlines())
    assert found.near["added_lines"] == [[last, last]]
    assert "MIT with modifications" in found.note


@pytest.mark.parametrize(
    "note",
    [
        "This project is maintained by Northwind Labs; see CONTRIBUTING.md for how to help.",
        "The Commission may update this appendix without a new version of the licence being required.",
        "Copyright (c) 2027 Northwind Labs and contributors. All rights reserved.",
    ],
)
def test_notes_that_lay_no_duty_on_the_licensee_leave_the_reference_licence(note: str) -> None:
    assert identify.identify(MIT + "\n" + note + "\n").licence == "MIT"


def test_a_changed_copy_dated_otherwise_is_another_edition() -> None:
    idx = kb.index()
    assert idx is not None
    ref = next(lic for lic in idx.licences if lic.key == "stable-diffusion-2022-08-22")
    body = kb.licence_text(ref)
    changed = body.replace("Section I: PREAMBLE", "Section I: PREAMBLE (revised)", 1).replace(
        "artists", "painters", 1
    )
    assert changed != body
    text = "CreativeML Open RAIL-M License, revised edition dated March 3, 2026\n\n" + changed
    found = identify.identify(text)
    assert found.licence == "unknown"
    assert found.near is not None
    assert found.near["id"] == "LicenseRef-scancode-stable-diffusion-2022-08-22"
    assert "dated 2026-03-03" in found.near["relation"]
    # the unchanged reference text under its own date stays that licence
    assert identify.identify(body).licence == "LicenseRef-scancode-stable-diffusion-2022-08-22"


def test_a_deprecated_scancode_key_reports_the_spdx_id_of_its_osi_page() -> None:
    idx = kb.index()
    assert idx is not None
    ntpl = next(lic for lic in idx.licences if lic.key == "ntpl")
    assert ntpl.deprecated and ntpl.spdx == "NTP"
    assert identify.identify(kb.licence_text(ntpl)).licence == "NTP"
    # combined GPL + exception keys keep their own (deprecated) SPDX ids, never plain GPL
    assert all(
        lic.spdx != "GPL-2.0-only"
        for lic in idx.licences
        if lic.deprecated and lic.key.startswith("gpl-2.0-")
    )


def test_a_licence_exception_goes_with_the_licence_before_it() -> None:
    idx = kb.index()
    assert idx is not None
    apache = next(lic for lic in idx.licences if lic.spdx == "Apache-2.0" and not lic.deprecated)
    swift = next(lic for lic in idx.licences if lic.spdx == "Swift-exception" and lic.exception)
    text = kb.licence_text(apache) + "\n\n## Runtime Library Exception to the Apache 2.0 License: ##\n\n"
    text += kb.licence_text(swift)
    assert identify.identify(text).licence == "Apache-2.0 WITH Swift-exception"
