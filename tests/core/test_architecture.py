"""The core never imports Qt, pyqtgraph or the interface: the CLI, exports and tests run headless."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import workshop_app

FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "ui")
CORE = Path(workshop_app.__file__).parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_no_module_of_the_core_imports_qt_or_the_interface():
    offenders = {
        str(path.relative_to(CORE)): sorted(imported_modules(path) & set(FORBIDDEN))
        for path in CORE.rglob("*.py")
        if imported_modules(path) & set(FORBIDDEN)
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
