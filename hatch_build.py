"""Build hook: the wheel and the sdist carry compiled translations (.qm), which are never committed.

Each resources/i18n/truce_*.ts whose .qm is missing or older is compiled with pyside6-lrelease
(from PATH, the checkout's .venv or $TRUCE_LRELEASE). The sdist ships the .qm it has, so a wheel
built from it (as `python -m build` does) needs no Qt tools at all.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if version == "editable":
            # `pip install -e .` reads resources/ in the checkout, where `make qm` compiles them;
            # on a fresh clone it runs before PySide6 (and so pyside6-lrelease) is installed.
            return
        root = Path(self.root)
        stale = [
            ts
            for ts in sorted((root / "resources" / "i18n").glob("truce_*.ts"))
            if not ts.with_suffix(".qm").exists()
            or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
        ]
        if not stale:
            return
        tool = lrelease(root)
        if tool is None:
            raise RuntimeError(
                "The translations need compiling and pyside6-lrelease is not to be found: "
                "run `make qm` (or `make dist`) first, or set TRUCE_LRELEASE."
            )
        for ts in stale:
            subprocess.run(
                [tool, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
            )


def lrelease(root: Path) -> str | None:
    for candidate in (
        os.environ.get("TRUCE_LRELEASE", ""),
        shutil.which("pyside6-lrelease") or "",
        str(root / ".venv" / "bin" / "pyside6-lrelease"),
    ):
        if candidate and Path(candidate).is_file():
            return candidate
    return None
