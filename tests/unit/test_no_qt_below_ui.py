"""The core (app.domain, app.services, app.cli, db) never loads PySide6."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _modules(package: str) -> list[str]:
    pkg_path = REPO.joinpath(*package.split("."))
    names = [package]
    for info in pkgutil.walk_packages([str(pkg_path)], prefix=package + "."):
        names.append(info.name)
    return names


def test_core_modules_import_without_pyside6() -> None:
    modules = _modules("app.domain") + _modules("app.services") + _modules("db") + ["app.cli.main"]
    assert "app.services.cases" in modules and "db.search" in modules
    code = (
        "import importlib, sys\n"
        f"mods = {modules!r}\n"
        "failed = []\n"
        "for m in mods:\n"
        "    try:\n"
        "        importlib.import_module(m)\n"
        "    except ImportError as e:\n"
        "        failed.append((m, str(e)))\n"
        "qt = sorted(k for k in sys.modules if k.startswith('PySide6') or k.startswith('shiboken'))\n"
        "print(repr((qt, failed)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120, check=True
    )
    qt, failed = eval(out.stdout.strip().splitlines()[-1])  # noqa: S307 - our own repr
    assert qt == [], f"PySide6 loaded by the core: {qt}"
    # A module that cannot be imported at all would hide a Qt import: report it.
    assert [m for m, err in failed if "PySide6" in err] == []


def test_cli_main_loads_no_qt() -> None:
    code = (
        "import sys\n"
        "from app.cli.main import build_parser\n"
        "build_parser()\n"
        "print(any(k.startswith('PySide6') for k in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120, check=True
    )
    assert out.stdout.strip() == "False"
