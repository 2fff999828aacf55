"""The self-contained bundle (`make bundle`, not built by `make test`: it takes a minute or two)
starts under Xvfb, exports an action plan with its fonts embedded, and keeps to one window."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PROGRAM = ROOT / "bundle" / "truce" / "truce"


@pytest.mark.slow
@pytest.mark.skipif(not PROGRAM.exists(), reason="no bundle: `make bundle` builds it")
def test_the_bundle_starts_and_exports_an_action_plan(tmp_path):
    missing = [t for t in ("xvfb-run", "xdotool", "xprop", "pdffonts") if not shutil.which(t)]
    if missing:
        pytest.fail(f"the bundle's smoke test needs {missing}: `make bundle-smoke` installs them")
    result = subprocess.run(
        [str(ROOT / "tools" / "bundle_smoke.sh"), str(PROGRAM), str(tmp_path / "shot.png")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "bundle_smoke: passed" in result.stdout
    assert (tmp_path / "shot.png").stat().st_size > 10_000, "a screenshot of the window"
