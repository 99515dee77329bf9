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


def _python(code: str) -> str:
    """What a fresh interpreter running ``code`` in the repository prints."""
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120, check=True
    ).stdout


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
    qt, failed = eval(_python(code).strip().splitlines()[-1])  # noqa: S307 - our own repr
    assert qt == [], f"PySide6 loaded by the core: {qt}"
    # A module that cannot be imported at all would hide a Qt import: none may fail.
    assert failed == []


STDLIB = set(sys.stdlib_module_names)


def _imports(path: Path) -> list[tuple[int, str]]:
    """Every module named by an import statement, at any depth (function-level too)."""
    import ast

    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
    return found


def test_no_qt_or_ui_import_anywhere_below_the_ui() -> None:
    """Static check, function-level imports included (the runtime check above sees
    only module-level ones)."""
    bad = []
    for folder in ("app/domain", "app/services", "db"):
        for path in sorted((REPO / folder).rglob("*.py")):
            for line, mod in _imports(path):
                if mod.split(".")[0] in ("PySide6", "shiboken6") or mod.startswith("app.ui"):
                    bad.append(f"{path.relative_to(REPO)}:{line} imports {mod}")
    assert bad == []


# The domain is stdlib only, with one deliberate exception: licence screening
# reads SPDX identifiers from the maintained license-expression data package.
DOMAIN_ALLOWED = {"app", "license_expression"}


def test_domain_imports_only_the_standard_library() -> None:
    bad = []
    for path in sorted((REPO / "app/domain").rglob("*.py")):
        for line, mod in _imports(path):
            top = mod.split(".")[0]
            if top not in STDLIB and top not in DOMAIN_ALLOWED and top != "__future__":
                bad.append(f"{path.relative_to(REPO)}:{line} imports {mod}")
            if top == "app" and not (mod.startswith("app.domain") or mod == "app.resources"):
                bad.append(f"{path.relative_to(REPO)}:{line} imports {mod} (above the domain)")
    assert bad == []


def test_cli_main_loads_no_qt() -> None:
    code = (
        "import sys\n"
        "from app.cli.main import build_parser\n"
        "build_parser()\n"
        "print(any(k.startswith('PySide6') for k in sys.modules))\n"
    )
    assert _python(code).strip() == "False"
