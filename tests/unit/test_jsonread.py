"""JSON from outside: size, depth, count and type limits; one BadInput naming the item."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.domain.errors import BadInput
from app.domain.jsonread import JsonLimits, expect, parse_json
from app.services.jsonfile import read_json


def test_a_good_document_is_read_exactly() -> None:
    doc = {"a": ['x\n]]]"[[[', {"b": 1, "c": None, "d": 1.5, "e": True}], "\\": "\\\\"}
    assert parse_json(json.dumps(doc).encode(), item="t") == doc
    assert parse_json("\ufeff" + json.dumps(doc), item="t") == doc  # a BOM is tolerated


@pytest.mark.parametrize(
    ("data", "expect_text", "msg_id"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "nested more than 64 levels deep", "json.too_deep"),
        (b'{"a": ' * 70 + b"1" + b"}" * 70, "nested more than 64 levels deep", "json.too_deep"),
        (b'{"a": 1, "a": 2}', 'the key "a" appears twice', "json.duplicate_key"),
        (b"[NaN]", "not a finite number", "json.bad_number"),
        (b"[1e999]", "$[0] is not a finite number", "json.bad_number"),
        (b"\xff\xfe[]", "not UTF-8", "json.not_utf8"),
        (b'{"a": ', "not valid JSON (Expecting value at line 1, column 7)", "json.not_json"),
        (b"", "not valid JSON", "json.not_json"),
    ],
)
def test_hostile_documents_are_refused_in_one_line(data: bytes, expect_text: str, msg_id: str) -> None:
    with pytest.raises(BadInput) as info:
        parse_json(data, item="answers.json")
    msg = str(info.value)
    assert msg.startswith("Refused: answers.json: ") and expect_text in msg and "\n" not in msg
    assert info.value.msg_id == msg_id and info.value.params["item"] == "answers.json"


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    text = json.dumps({"t": "[" * 10_000 + '\\"{' * 100})
    assert parse_json(text, item="t")["t"].startswith("[[[")


def test_size_count_and_string_limits() -> None:
    small = JsonLimits(max_bytes=100, max_depth=8, max_values=10, max_string=5)
    with pytest.raises(BadInput, match="at most 100 are read"):
        parse_json(b"[" + b"1," * 100 + b"1]", item="x", limits=small)
    with pytest.raises(BadInput, match="more than 10 values"):
        parse_json(b"[1,2,3,4,5,6,7,8,9,10,11]", item="x", limits=small)
    with pytest.raises(BadInput, match=r"a text of 6 characters at \$.k, at most 5"):
        parse_json(b'{"k": "abcdef"}', item="x", limits=small)


def test_expect_names_the_path_and_both_types() -> None:
    assert expect({"a": 1}, dict, item="f.json", path="$") == {"a": 1}
    with pytest.raises(BadInput, match=r"f.json: \$.answers must be an object, not a list"):
        expect([], dict, item="f.json", path="$.answers")
    with pytest.raises(BadInput, match="must be a whole number, not true or false"):
        expect(True, int, item="f.json", path="$.n")


def test_read_json_refuses_before_reading_a_huge_file(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as fh:
        fh.truncate(64 * 1024 * 1024)  # sparse: 64 MiB of zeros, not read into memory
    with pytest.raises(BadInput, match="big.json: more than 16,777,216 bytes"):
        read_json(big)
    with pytest.raises(BadInput, match=r"cannot be read or written \(Is a directory\)"):
        read_json(tmp_path)
    with pytest.raises(BadInput, match=r"missing.json: it cannot be read or written \(No such file"):
        read_json(tmp_path / "missing.json")
