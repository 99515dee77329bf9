"""The archive's refusals carry message ids (app/services/archive/*): no English fragment is
glued in the service, a refusal that lists reasons carries each as its own id (a
``Part``), and the English text the CLI prints stays the one it always was."""

from __future__ import annotations

import ast
import zipfile
from pathlib import Path

import pytest

from app.domain.errors import BadInput
from app.domain.messages import MESSAGES, Part, part, render
from app.services.archive.types import Problem

REPO = Path(__file__).resolve().parents[2]
ARCHIVE = REPO / "app" / "services" / "archive"
# exceptions raised only to be caught inside the package (their text becomes a {reason})
INTERNAL = {"zipfile.BadZipFile", "ValueError"}
FACTORIES = {"_write_failed"}  # helpers returning an error built by id


def _raises() -> list[tuple[str, int, ast.Raise]]:
    out = []
    for path in sorted(ARCHIVE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and node.exc is not None:
                out.append((path.name, node.lineno, node))
    return out


def test_every_refusal_of_the_archive_package_is_built_by_message_id() -> None:
    plain = []
    for name, line, node in _raises():
        exc = node.exc
        if isinstance(exc, ast.Name):  # re-raising a caught error
            continue
        assert isinstance(exc, ast.Call), (name, line)
        func = ast.unparse(exc.func)
        if func.endswith(".of") or func in FACTORIES or func in INTERNAL:
            ids = [exc.args[0]] if func.endswith(".of") else []
        elif func == "_hostile":
            ids = exc.args[:1]
        else:
            plain.append(f"{name}:{line}: {ast.unparse(node)[:90]}")
            continue
        for arg in ids:
            if isinstance(arg, ast.Constant):
                assert arg.value in MESSAGES, (name, line, arg.value)
            else:  # an id chosen from a table of literal ids
                assert isinstance(arg, (ast.Name, ast.IfExp)), (name, line)
    assert plain == []


def test_a_refusal_listing_problems_carries_every_reason_as_data() -> None:
    problems = [
        Problem.of("archive.why.checksum", "data/a.txt", alg="sha256", manifest="manifest-sha256.txt"),
        Problem.of("archive.why.unlisted", "data/b.txt", manifest="manifest-sha512.txt"),
    ]
    parts = tuple(p.as_part() for p in problems)
    err = BadInput.of("archive.bag_problems", first=parts[0], more=1, problems=parts)
    assert str(err) == (
        "Refused: data/a.txt sha256 checksum does not match manifest-sha256.txt "
        "(and 1 more problems); nothing was imported."
    )
    assert err.params["problems"] == parts
    assert [p.reason for p in problems] == [
        "sha256 checksum does not match manifest-sha256.txt",
        "is not listed in manifest-sha512.txt",
    ]
    assert render("archive.file_problem", {"file": "x", "reason": parts}) == (
        "x data/a.txt sha256 checksum does not match manifest-sha256.txt; "
        "data/b.txt is not listed in manifest-sha512.txt"
    )


def test_nested_parts_are_rendered_with_the_same_translated_table() -> None:
    fr = {
        "archive.bag_problem": "Refusé : {first} ; rien n'a été importé.",
        "archive.file_problem": "{file} : {reason}",
        "archive.why.unlisted": "ne figure pas dans {manifest}",
    }
    first = Problem.of("archive.why.unlisted", "data/b.txt", manifest="manifest-sha512.txt").as_part()
    assert render("archive.bag_problem", {"first": first}, fr) == (
        "Refusé : data/b.txt : ne figure pas dans manifest-sha512.txt ; rien n'a été importé."
    )
    # a reason without a translation falls back to its English template, the rest stays translated
    oxum = part("archive.why.oxum", oxum="3.1", actual="4.1")
    assert render("archive.file_problem", {"file": "bag-info.txt", "reason": oxum}, fr) == (
        "bag-info.txt : Payload-Oxum says 3.1, the payload is 4.1"
    )
    assert str(oxum) == "Payload-Oxum says 3.1, the payload is 4.1"
    assert Part("archive.why.missing") == part("archive.why.missing")


def test_an_older_text_reason_stands_as_it_is() -> None:
    old = Problem("archive", "cannot be read (bad zip)")
    assert old.part is None
    assert str(old.as_part()) == "archive cannot be read (bad zip)"
    assert Problem.of("archive.why.missing", "x") == Problem("x", "is missing")  # compared by text


@pytest.mark.parametrize(
    ("name", "msg_id", "english"),
    [
        (
            "/etc/passwd",
            "archive.entry_absolute",
            "Refused: the archive entry '/etc/passwd' has an absolute path.",
        ),
        (
            "a/../b",
            "archive.entry_dot_part",
            "Refused: the archive entry 'a/../b' has an empty, '.' or '..' path part.",
        ),
        ("a\\b", "archive.entry_control_chars", None),
    ],
)
def test_a_hostile_entry_name_is_refused_by_id(name: str, msg_id: str, english: str | None) -> None:
    from app.services.archive.zipsafety import _check_name

    info = zipfile.ZipInfo(name)
    info.flag_bits |= 0x800
    with pytest.raises(BadInput) as caught:
        _check_name(info)
    assert caught.value.msg_id == msg_id
    assert caught.value.params == {"name": name.encode("unicode_escape").decode("ascii")}
    if english is not None:
        assert str(caught.value) == english


def test_an_empty_zip_is_refused_by_id(tmp_path: Path) -> None:
    from app.services.archive.types import Limits
    from app.services.archive.zipsafety import _structure

    path = tmp_path / "empty.zip"
    zipfile.ZipFile(path, "w").close()
    with zipfile.ZipFile(path) as zf, pytest.raises(BadInput) as caught:
        _structure(zf, Limits(), None)
    assert (caught.value.msg_id, str(caught.value)) == (
        "archive.zip_empty",
        "Refused: the zip file is empty.",
    )


def test_a_signature_problem_is_a_reason_by_id_and_the_same_english_text() -> None:
    from app.services.archive.signature import check_signature, signature_problem

    who, why = signature_problem(b"not a CMS signature", b"content")
    assert who == "" and why is not None and why.msg_id == "archive.sig.unreadable"
    assert check_signature(b"not a CMS signature", b"content") == ("", str(why))
    assert str(why).startswith("is not a readable CMS signature (")
    refusal = BadInput.of("archive.signature_refused", problem=why)
    assert str(refusal).startswith("Refused: tagmanifest-sha512.txt.p7s is not a readable CMS signature (")
