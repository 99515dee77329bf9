"""db.records.copied / same_named: a record built from a row's same-named attributes."""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace

import pytest

from db.records import copied, same_named


@dataclass(frozen=True)
class _Rec:
    id: int
    name: str
    label: str


def test_copied_takes_given_values_and_the_rest_from_the_row() -> None:
    row = SimpleNamespace(id=7, name="n", label="from row", other="ignored")
    assert copied(_Rec, row, label="given") == _Rec(7, "n", "given")
    assert copied(_Rec, row) == _Rec(7, "n", "from row")


def test_copied_refuses_a_row_without_a_field_and_an_unknown_given_name() -> None:
    with pytest.raises(AttributeError):
        copied(_Rec, SimpleNamespace(id=1, name="n"))
    with pytest.raises(TypeError):
        copied(_Rec, SimpleNamespace(id=1, name="n", label="l"), colour="red")


def test_same_named() -> None:
    row = SimpleNamespace(a=1, b="x", c=None)
    assert same_named(row, ("a", "c")) == {"a": 1, "c": None}
