"""The core never imports Qt, pyqtgraph or the interface: the CLI, exports and tests run headless."""

from __future__ import annotations

import ast
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

import workshop_app

FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "ui")
CORE = Path(workshop_app.__file__).parent


@cache
def parsed(path: Path) -> ast.Module:
    """A module's syntax tree, read once for the checks of this file."""
    return ast.parse(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module", autouse=True)
def trees_let_go():
    """The trees are let go when this file's tests end: some 350,000 objects that every later full
    garbage collection of the test process would otherwise walk through again."""
    yield
    parsed.cache_clear()


def imported_modules(path: Path) -> set[str]:
    tree = parsed(path)
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_no_module_of_the_core_imports_qt_or_the_interface():
    offenders = {
        str(path.relative_to(CORE)): sorted(found)
        for path in CORE.rglob("*.py")
        if (found := imported_modules(path) & set(FORBIDDEN))
    }
    assert offenders == {}


def test_the_architecture_check_would_notice_a_qt_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport ui.store\n")
    assert imported_modules(bad) & set(FORBIDDEN) == {"PySide6", "ui"}


def test_a_cli_command_runs_without_loading_qt(tmp_path):
    code = (
        "import sys; from ui.app import main; rc = main(['list', '--db', sys.argv[1]]); "
        "heavy = [m for m in ('PySide6', 'pyqtgraph', 'numpy', 'reportlab') if m in sys.modules]; "
        "print('LOADED', heavy); sys.exit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "t.db")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "LOADED []" in result.stdout


def type_checking_names(path: Path) -> dict[str, str]:
    """The names a module imports under ``if TYPE_CHECKING:``, each with its module's last part."""
    names = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
            for inner in node.body:
                if isinstance(inner, ast.ImportFrom) and inner.module:
                    names.update({a.name: inner.module.rsplit(".", 1)[-1] for a in inner.names})
    return names


def test_the_type_checker_sees_every_lazily_loaded_domain_name_where_it_really_lives():
    # The domain package loads its names on first use; mypy reads the TYPE_CHECKING imports
    # instead, so the two lists must be the same or a type quietly becomes Any.
    from workshop_app import domain

    assert type_checking_names(CORE / "domain" / "__init__.py") == domain._HOME


# ----------------------------------------------------------------- import cycles

# The import graph of the project's own modules (workshop_app and ui), read from their source.
#
# An edge A → B means that running A's code imports B: an ``import`` or ``from … import`` at module
# level or inside a function (a deferred import only postpones a cycle, it does not break it; the
# design notes say a registry or a protocol breaks them). Imports under ``if TYPE_CHECKING:`` are
# left out: they never run. ``from pkg import name`` is an edge to ``pkg.name`` when that is a module,
# else to ``pkg``; the implicit import of a package's ``__init__`` by its submodules is not an edge.

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("workshop_app", "ui")


def project_modules(root: Path = ROOT, packages: tuple[str, ...] = PACKAGES) -> dict[str, Path]:
    found = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


# Where statements nest (an import is a statement, so expressions need no visit): the bodies of
# functions, classes, if, for, while, with, try and its handlers, and match cases.
NESTED = ("body", "orelse", "finalbody", "handlers", "cases")


def _imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    """Every import the module runs, at any depth, except under `if TYPE_CHECKING:`."""
    found: list[ast.Import | ast.ImportFrom] = []
    waiting: list[ast.AST] = list(tree.body)
    while waiting:
        node = waiting.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        elif isinstance(node, ast.If) and _is_type_checking(node.test):
            waiting.extend(node.orelse)  # the else of `if TYPE_CHECKING:` does run
        else:
            for field in NESTED:
                waiting.extend(getattr(node, field, None) or ())
    return found


def _absolute(module: str, node: ast.ImportFrom, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    base = base[: len(base) - node.level + (1 if is_package else 0)]
    return ".".join(base + ([node.module] if node.module else []))


def import_graph(root: Path = ROOT, packages: tuple[str, ...] = PACKAGES) -> dict[str, set[str]]:
    known = project_modules(root, packages)
    edges: dict[str, set[str]] = {name: set() for name in known}
    for name, path in known.items():
        for node in _imports(parsed(path)):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = _absolute(name, node, path.name == "__init__.py")
                targets = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                    for alias in node.names
                ]
            for target in targets:
                while target and target not in known:  # `import a.b.c` of a name in a.b
                    target = target.rpartition(".")[0]
                if target and target != name:
                    edges[name].add(target)
    return edges


def import_cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(edges.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return sorted(groups)


def test_no_import_cycles_among_the_projects_modules():
    assert import_cycles(import_graph()) == []


def test_the_cycle_check_sees_deferred_imports_and_ignores_type_checking(tmp_path):
    package = tmp_path / "workshop_app"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("def f():\n    from workshop_app import b\n")
    (package / "b.py").write_text("from workshop_app.c import x\n")
    (package / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import workshop_app.a\n"
        "import workshop_app.b as bee\n"
    )
    (package / "d.py").write_text("from . import e\n")
    (package / "e.py").write_text("from .d import thing\n")
    edges = import_graph(tmp_path, ("workshop_app",))
    assert edges["workshop_app.a"] == {"workshop_app.b"}
    assert edges["workshop_app.c"] == {"workshop_app.b"}
    assert import_cycles(edges) == [
        ["workshop_app.b", "workshop_app.c"],
        ["workshop_app.d", "workshop_app.e"],
    ]


# ----------------------------------------------------------------- module length

MAX_LINES = 400
# Over the limit, each in a file another piece of work is changing now; the list only shrinks.
LONG_MODULES: set[str] = set()


def long_modules(root: Path = ROOT, packages: tuple[str, ...] = PACKAGES) -> set[str]:
    return {
        path.relative_to(root).as_posix()
        for package in packages
        for path in (root / package).rglob("*.py")
        if len(path.read_text(encoding="utf-8").splitlines()) > MAX_LINES
    }


def test_no_module_of_the_core_or_the_interface_is_over_400_lines():
    assert long_modules() == LONG_MODULES


def test_the_length_check_counts_lines(tmp_path):
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "short.py").write_text("x = 1\n" * MAX_LINES)
    (tmp_path / "ui" / "long.py").write_text("x = 1\n" * (MAX_LINES + 1))
    assert long_modules(tmp_path, ("ui",)) == {"ui/long.py"}
