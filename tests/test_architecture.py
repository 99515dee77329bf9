"""The house rules, checked on the source (docs/dev/architecture.md).

The import graph of ``app``, ``db`` and ``migrations`` is read from the source
with ``ast`` (every ``import`` statement, also inside functions; imports under
``if TYPE_CHECKING:`` are left out, they never run). Then:

* **no import cycles** (a cycle means two modules cannot be understood, tested or
  moved apart);
* **layer rules**: ``app.domain`` imports only the standard library (plus the
  ``license_expression`` package) and ``app.domain``; ``app.services`` and ``db``
  never import Qt nor ``app.ui``; ``db`` and ``migrations`` never import ``app``;
  the UI writes no SQL (no ``sqlalchemy``, ``sqlite3``, ``alembic`` or ``db``
  import); the CLI never imports Qt nor ``app.ui``.

``PENDING`` lists the known exceptions still being removed, each with its owner;
it may only shrink (``test_pending_entries_still_occur`` names the entries that
can be deleted; it does not fail, so that fixing one never breaks the suite).
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ("app", "db", "migrations")
DOMAIN_ALLOWED = {"license_expression"}
DOMAIN_ALLOWED_APP = {"app", "app.resources"}  # the package version and the resource locator (stdlib only)
QT = ("PySide6", "shiboken6")
SQL = ("sqlalchemy", "sqlite3", "alembic", "psycopg", "db")

# Known exceptions being removed in this redesign step: (kind, detail) -> owner.
# A cycle is pending while it contains a pending edge ("cycle", "a -> b").
PENDING: dict[tuple[str, str], str] = {}


def _module_name(path: Path) -> str:
    rel = path.relative_to(REPO).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _sources() -> dict[str, Path]:
    out: dict[str, Path] = {}
    for pkg in PACKAGES:
        for path in sorted((REPO / pkg).rglob("*.py")):
            out[_module_name(path)] = path
    return out


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, module: str, is_package: bool) -> Iterator[str]:
    """Every module name imported by ``tree`` (relative imports resolved), run-time only."""
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".") if is_package else module.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module or ""
            for alias in node.names:
                yield f"{prefix}.{alias.name}"  # a submodule, or a name in ``prefix`` (resolved below)
            yield prefix
        stack.extend(ast.iter_child_nodes(node))


def import_graph() -> dict[str, set[str]]:
    """module -> the modules it imports (external ones by their full dotted name)."""
    sources = _sources()
    graph: dict[str, set[str]] = {}
    for module, path in sources.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        targets: set[str] = set()
        for name in _imports(tree, module, path.name == "__init__.py"):
            if name.split(".")[0] in PACKAGES:
                while name and name not in sources:  # "from app.services import cases" -> app.services.cases
                    name = name.rpartition(".")[0]
                if name and name != module:
                    targets.add(name)
            elif name:
                targets.add(name)
        graph[module] = targets
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    out: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(root, iter(sorted(graph[root] & graph.keys())))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    comp = []
                    while True:
                        top = stack.pop()
                        on_stack.discard(top)
                        comp.append(top)
                        if top == node:
                            break
                    if len(comp) > 1:
                        out.append(sorted(comp))
            elif child not in index:
                index[child] = low[child] = counter
                counter += 1
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(sorted(graph[child] & graph.keys()))))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return sorted(out)


def _top(name: str) -> str:
    return name.split(".")[0]


def _in(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def _violations(graph: dict[str, set[str]]) -> set[tuple[str, str]]:
    stdlib = set(sys.stdlib_module_names) | {"__future__"}
    found: set[tuple[str, str]] = set()
    for module, targets in graph.items():
        for t in targets:
            edge = f"{module} -> {t}"
            if _in(module, "app.domain"):
                if _in(t, "app"):
                    if not (_in(t, "app.domain") or t in DOMAIN_ALLOWED_APP):
                        found.add(("domain-above", edge))
                elif _top(t) not in stdlib and _top(t) not in DOMAIN_ALLOWED:
                    found.add(("domain-stdlib", edge))
            if (_in(module, "app.services") or _in(module, "db")) and (_top(t) in QT or _in(t, "app.ui")):
                found.add(("core-qt", edge))
            if (_in(module, "db") or _in(module, "migrations")) and _in(t, "app"):
                found.add(("db-app", edge))
            if _in(module, "app.ui") and _top(t) in SQL:
                found.add(("ui-sql", edge))
            if _in(module, "app.cli") and (_top(t) in QT or _in(t, "app.ui")):
                found.add(("cli-qt", edge))
    return found


def test_the_graph_is_read_from_real_imports() -> None:
    graph = import_graph()
    assert "db.uow" in graph["app.services.cases"] or any(_in(t, "db") for t in graph["app.services.cases"])
    assert "app.domain.errors" in graph["app.services.boundary"]
    assert not any(_top(t) == "alembic" for t in graph["app.cli.main"])


def _pending_edges() -> set[tuple[str, str]]:
    out = set()
    for kind, detail in PENDING:
        if kind == "cycle":
            a, _arrow, b = detail.partition(" -> ")
            out.add((a, b))
    return out


def test_there_are_no_import_cycles() -> None:
    graph = import_graph()
    pending = _pending_edges()
    new = []
    for comp in _cycles(graph):
        members = set(comp)
        if not any(a in members and b in members and b in graph.get(a, ()) for a, b in pending):
            new.append(" <-> ".join(comp))
    assert new == [], "import cycles (see docs/dev/architecture.md):\n" + "\n".join(new)


def test_every_layer_rule_holds() -> None:
    found = _violations(import_graph())
    pending = {key for key in PENDING if key[0] != "cycle"}
    new = sorted(found - pending)
    listing = "\n".join(f"{k}: {d}" for k, d in new)
    assert new == [], "layer rule broken (docs/dev/architecture.md):\n" + listing


def test_pending_entries_still_occur(capsys) -> None:  # type: ignore[no-untyped-def]
    graph = import_graph()
    found = _violations(graph)
    in_cycle = {m for comp in _cycles(graph) for m in comp}
    stale = [key for key in PENDING if key[0] != "cycle" and key not in found]
    stale += [
        ("cycle", f"{a} -> {b}")
        for a, b in _pending_edges()
        if not (a in in_cycle and b in in_cycle and b in graph.get(a, ()))
    ]
    with capsys.disabled():
        for key in stale:
            print(f"\ntests/test_architecture.py: PENDING {key} ({PENDING[key]}) no longer occurs: delete it")


def test_the_rules_catch_what_they_say() -> None:
    graph = {
        "app.domain.x": {"sqlalchemy", "app.services.y", "json"},
        "app.services.y": {"PySide6.QtCore", "app.domain.x"},
        "db.z": {"app.domain.errors"},
        "app.ui.w": {"sqlalchemy.orm"},
        "app.cli.v": {"app.ui.qt"},
    }
    kinds = {k for k, _d in _violations(graph)}
    assert kinds == {"domain-stdlib", "domain-above", "core-qt", "db-app", "ui-sql", "cli-qt"}
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
