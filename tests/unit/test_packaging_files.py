"""Desktop integration files and the application icon."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from app import __version__
from app.resources import resource_path

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
APP_ID = "eu.europa.aioffice.Exemptio"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (apt-get install {package})"
        if os.environ.get("CI"):  # CI installs it (scripts/test.sh): missing is a failure there
            pytest.fail(message)
        pytest.skip(message)
    return path


def test_desktop_file_validates() -> None:
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    r = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.strip() == "", r.stdout + r.stderr


def test_desktop_file_entries() -> None:
    entries = dict(
        line.split("=", 1) for line in DESKTOP.read_text(encoding="utf-8").splitlines() if "=" in line
    )
    assert entries["Exec"].split()[0] == "exemptio"
    assert entries["Icon"] == APP_ID
    assert entries["Terminal"] == "false"


def test_metainfo_validates() -> None:
    tool = _tool("appstreamcli", "appstream")
    r = subprocess.run([tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "errors" not in r.stdout.lower() and "warnings" not in r.stdout.lower(), r.stdout


def test_metainfo_matches_the_app() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    assert root.find("releases/release").get("version") == __version__  # type: ignore[union-attr]
    assert root.findtext("project_license") == "EUPL-1.2"


def test_icon_svg_and_pngs() -> None:
    svg = resource_path("icons", "exemptio.svg")
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg") and root.get("viewBox") == "0 0 512 512"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(resource_path("icons", f"exemptio-{size}.png")) as im:
            assert im.size == (size, size) and im.mode == "RGBA"
            # transparent corners (rounded tile), opaque EU-blue centre-left
            assert im.getpixel((0, 0))[3] == 0
            r, g, b, a = im.getpixel((int(size * 0.17), size // 2))
            assert a == 255 and b > 100 and r < 80, (size, (r, g, b, a))
    with Image.open(resource_path("icons", "exemptio.ico")) as ico:
        assert (256, 256) in ico.info["sizes"] and (16, 16) in ico.info["sizes"]
    assert resource_path("icons", "exemptio.icns").stat().st_size > 10_000


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell script")
def test_linux_install_and_uninstall(tmp_path: Path) -> None:
    dist = tmp_path / "dist" / "exemptio"
    (dist / "_internal").mkdir(parents=True)
    exe = dist / "exemptio"
    exe.write_text('#!/bin/sh\necho exemptio-standin "$@"\n')
    exe.chmod(0o755)
    prefix = tmp_path / "prefix"
    script = REPO / "packaging" / "linux" / "install.sh"
    env = {**os.environ, "DIST": str(dist)}
    r = subprocess.run(["sh", str(script), str(prefix)], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    assert subprocess.run(
        [str(prefix / "bin" / "exemptio"), "--version"], capture_output=True, text=True
    ).stdout == ("exemptio-standin --version\n")
    installed = prefix / "share" / "applications" / DESKTOP.name
    text = installed.read_text(encoding="utf-8")
    assert f"Exec={prefix}/bin/exemptio\n" in text and f"TryExec={prefix}/bin/exemptio\n" in text
    if shutil.which("desktop-file-validate"):
        assert subprocess.run(["desktop-file-validate", str(installed)]).returncode == 0
    assert (prefix / "share" / "metainfo" / METAINFO.name).exists()
    assert (prefix / "share/icons/hicolor/48x48/apps" / f"{APP_ID}.png").exists()
    assert (prefix / "share/icons/hicolor/scalable/apps" / f"{APP_ID}.svg").exists()
    # installing again replaces the program folder
    assert subprocess.run(["sh", str(script), str(prefix)], env=env, capture_output=True).returncode == 0
    r = subprocess.run(
        ["sh", str(script), "--uninstall", str(prefix)], capture_output=True, text=True, env=env
    )
    assert r.returncode == 0, r.stderr
    assert not (prefix / "bin" / "exemptio").exists() and not (prefix / "lib" / "exemptio").exists()
    assert not (prefix / "share" / "applications" / DESKTOP.name).exists()


def test_install_refuses_without_a_bundle(tmp_path: Path) -> None:
    script = REPO / "packaging" / "linux" / "install.sh"
    env = {**os.environ, "DIST": str(tmp_path / "none")}
    r = subprocess.run(["sh", str(script), str(tmp_path / "p")], capture_output=True, text=True, env=env)
    assert r.returncode == 2 and "run packaging/build.sh first" in r.stderr
    assert not (tmp_path / "p").exists()
