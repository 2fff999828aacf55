"""An installed Truce (from the wheel, not the checkout) finds its content, schema and demo."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    return next(out.glob("truce-*.whl"))


def test_the_wheel_ships_the_resources_inside_the_package(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "workshop_app/resources/schema/session.schema.json" in names
    assert "workshop_app/resources/demo/en.json" in names
    assert any(n.startswith("workshop_app/resources/content/en/") for n in names)
    assert any(n.startswith("ui/") for n in names)
    assert not any(n.startswith(("tests/", "resources/")) for n in names)


def test_the_installed_cli_works_from_the_wheel(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--quiet",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        timeout=600,
    )
    env = {**os.environ, "PYTHONPATH": str(target), "TRUCE_HOME": str(tmp_path / "home")}
    code = (
        "import workshop_app, sys; from workshop_app.paths import resources_dir; "
        f"assert workshop_app.__file__.startswith({str(target)!r}), workshop_app.__file__; "
        f"assert str(resources_dir()).startswith({str(target)!r}); "
        "from ui.app import main; sys.exit(main(['demo']) or main(['list']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "Brightwater Instruments" in result.stdout
