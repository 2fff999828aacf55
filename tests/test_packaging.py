"""Truce as a person installs it: `make dist`'s wheel, with its resources and compiled translations,
in a fresh virtual environment that has nothing else, running every command the README shows and
opening its window."""

from __future__ import annotations

import io
import os
import re
import shlex
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from workshop_app import __version__
from workshop_app.desktop import APP_ID, DESKTOP_FILE, METAINFO_FILE

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("en", "nl", "pl", "zh_CN", "zh_TW")


def run(args: list[str], **kwargs) -> subprocess.CompletedProcess[str]:
    kwargs.setdefault("timeout", 900)
    return subprocess.run(args, capture_output=True, text=True, **kwargs)


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    """What `make dist` builds: the sdist, then the wheel from the sdist. No isolation, so it
    needs no index: hatchling comes from the test environment."""
    out = tmp_path_factory.mktemp("dist")
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    result = run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        env={**os.environ, "PATH": path},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out


@pytest.fixture(scope="module")
def wheel(dist) -> Path:
    return next(dist.glob("truce-*.whl"))


def test_the_wheel_ships_the_resources_inside_the_package(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "workshop_app/resources/schema/session.schema.json" in names
    assert "workshop_app/resources/demo/en.json" in names
    assert any(n.startswith("workshop_app/resources/content/en/") for n in names)
    assert any(n.startswith("workshop_app/resources/fonts/") for n in names)
    assert f"workshop_app/resources/desktop/{DESKTOP_FILE}" in names
    assert f"workshop_app/resources/desktop/{METAINFO_FILE}" in names
    assert f"workshop_app/resources/icons/hicolor/512x512/apps/{APP_ID}.png" in names
    assert any(n.startswith("ui/") for n in names)
    assert not any(n.startswith(("tests/", "resources/")) for n in names)


def test_the_wheel_and_the_sdist_carry_every_compiled_translation(wheel, dist):
    """The .qm files are never committed: the build compiles them (hatch_build.py)."""
    in_wheel = zipfile.ZipFile(wheel)
    sdist = tarfile.open(next(dist.glob("truce-*.tar.gz")))
    in_sdist = {Path(name).name for name in sdist.getnames()}
    for language in LANGUAGES:
        qm = in_wheel.read(f"workshop_app/resources/i18n/truce_{language}.qm")
        assert qm.startswith(bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")), "a Qt .qm file"
        assert f"truce_{language}.qm" in in_sdist
    assert not any(".hypothesis" in name for name in sdist.getnames())


@pytest.fixture(scope="module")
def fresh(wheel, tmp_path_factory) -> Path:
    """A virtual environment with the wheel and what it depends on, and nothing else.

    The dependencies come through a wheelhouse kept in build/, enough on its own when the machine
    is offline; only when it lacks something is it filled from the index (or pip's cache)."""
    venv = tmp_path_factory.mktemp("fresh") / "venv"
    # No pip of its own (ensurepip takes seconds): this environment's pip installs into it.
    assert run([sys.executable, "-m", "venv", "--without-pip", str(venv)]).returncode == 0
    pip = [sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python")]
    wheelhouse = ROOT / "build" / "wheelhouse"
    wheelhouse.mkdir(parents=True, exist_ok=True)
    for stale in wheelhouse.glob("truce-*"):
        # pip would resolve the dependencies of an older Truce of the same version name
        stale.unlink()
    # Bytecode is written as a user's first runs import each module, not all of it up front.
    install = [*pip, "install", "--quiet", "--no-compile", "--no-index", "--find-links"]
    result = run([*install, str(wheelhouse), str(wheel)])
    if result.returncode != 0:  # something new to fetch: from the index, or pip's cache
        run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--dest",
                str(wheelhouse),
                str(wheel),
            ]
        )
        result = run([*install, str(wheelhouse), str(wheel)])
    assert result.returncode == 0, result.stdout + result.stderr
    listed = run([*pip, "list", "--format=freeze"]).stdout
    assert f"truce=={__version__}" in listed
    assert not re.search(r"^(pytest|pypdf|ruff|hatchling)==", listed, re.M), "test tools leaked in"
    return venv


@pytest.fixture
def truce(fresh, tmp_path):
    """Runs the fresh environment's `truce` as a user would, from a folder of its own."""
    # As a user's shell has it: bytecode is written by the first runs (a shell of the suite's that
    # says not to would have each of the forty commands compile every module it imports again).
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONPATH", "TRUCE_DB", "VIRTUAL_ENV", "PYTHONDONTWRITEBYTECODE")
    }
    env.update(TRUCE_HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "share"))
    env["PATH"] = f"{fresh / 'bin'}{os.pathsep}{env.get('PATH', '')}"

    def truce(*args: str, ok: bool = True) -> str:
        result = run([str(fresh / "bin" / "truce"), *args], env=env, cwd=tmp_path)
        if ok:
            assert result.returncode == 0, f"truce {shlex.join(args)}: {result.stderr}"
        return result.stdout + result.stderr

    truce.env = env
    return truce


def readme_commands() -> list[list[str]]:
    """The command lines of the README's command-line section, as words."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("## The command line", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    block = block.replace("\\\n", " ")
    lines = []
    for line in block.splitlines():
        for part in line.split("#", 1)[0].split(" | truce "):
            words = part.split()
            if words:
                lines.append(words[1:] if words[0] == "truce" else words)
    return lines


def options(words: list[str]) -> set[str]:
    """Each command with each option it is shown with, and each value the README names for it:
    {"demo", "export --format", "export --format=md", ...}. Placeholders (FILE) are no values."""
    command, rest = words[0], [word.strip("[]") for word in words[1:]]
    found = {command}
    for option, value in zip(rest, [*rest[1:], ""][: len(rest)], strict=True):
        if option.startswith("-"):
            found.add(f"{command} {option}")
            if value and not value.startswith("-") and not value.isupper():
                found.update(f"{command} {option}={c}" for c in value.split("|") if c)
    return found


@pytest.mark.slow
def test_a_fresh_environment_runs_every_command_the_readme_shows(truce, tmp_path, team_server):
    ran: list[list[str]] = []

    def cli(*args: str) -> str:
        ran.append(list(args))
        return truce(*args)

    assert "install-desktop" in cli("--help")
    assert __version__ in truce("--version")
    assert "Created the demo session" in cli("demo")
    for language in LANGUAGES:
        cli("demo", "--language", language)
    series = re.findall(r"\(([0-9a-f]{32})\)", cli("demo", "--series"))
    assert len(series) == 3
    listing = cli("list")
    assert "Brightwater" in cli("list", "--search", "Brightwater")
    session = listing.split()[0]
    out = tmp_path / "out"
    out.mkdir()
    plan = out / "plan.pdf"
    cli("export", session, "--format", "pdf", "--document", "action-plan", "-o", str(plan))
    cli("export", session, "--format", "pdf", "--paper", "a4", "-o", str(out / "a4.pdf"))
    cli("export", session, "--format", "md", "--document", "report", "-o", str(out / "r.md"))
    cli("export", session, "--format", "csv", "--group-by", "department", "-o", str(out / "a.csv"))
    cli("export", session, "--format", "pdf", "--group-by", "owner", "-o", str(out / "o.pdf"))
    cli(
        "export",
        session,
        "--document",
        "worksheets",
        "--format",
        "pdf",
        "--paper",
        "letter",
        "-o",
        str(out / "w.pdf"),
    )
    cli("export", session, "--format", "json", "-o", str(out / "s.json"))
    cli("export", session, "--format", "xlsx", "-o", str(out / "a.xlsx"))
    assert (out / "a.xlsx").read_bytes().startswith(b"PK")
    # the calendar needs icalendar, which the installed wheel must have brought along
    cli("export", session, "--format", "ics", "-o", str(out / "plan.ics"))
    assert (out / "plan.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    cli("export", series[-1], "--document", "series", "-o", str(out / "series.pdf"))
    (out / "all").mkdir()
    cli("export", "--all", "--format", "pdf", "-o", str(out / "all"))
    cli("export", "--all", "--format", "xlsx", "--include-planned", "-o", str(out / "all"))
    cli("import", str(out / "s.json"), "--as-copy")
    cli("import", str(out / "s.json"), "--replace")
    cli("import", str(out / "s.json"), "--as-copy")
    cli("backup")
    assert "backups" in cli("restore", "--list")
    cli("restore")
    backup = truce("restore", "--list").split()[0]
    cli("restore", backup)
    # a team library on the tests' PostgreSQL: psycopg came with the wheel
    team = team_server.uri(team_server.new_database("wheel"))
    assert "Published" in cli("publish", session, "--to", team)
    assert "Published a copy" in cli("publish", session, "--to", team, "--as-copy")
    assert "Updated" in cli("publish", session, "--to", team, "--update")
    assert "Brought up to date" in cli("take-out", session, "--from", team)
    assert "Took out a copy" in cli("take-out", session, "--from", team, "--as-copy")
    assert "Brought up to date" in cli("take-out", session, "--from", team, "--update")
    assert "Wrote" in cli("install-desktop")
    assert "Removed" in cli("install-desktop", "--uninstall")

    assert plan.read_bytes().startswith(b"%PDF")
    assert len(list((out / "all").glob("*.pdf"))) >= 4
    assert_fonts_embedded(plan.read_bytes())
    shown = set().union(*(options(words) for words in readme_commands()))
    tried = set().union(*(options(words) for words in ran))
    assert shown - tried == set(), "commands the README shows that this test did not run"


def assert_fonts_embedded(pdf: bytes) -> None:
    from pypdf import PdfReader

    fonts = [
        font.get_object()
        for page in PdfReader(io.BytesIO(pdf)).pages
        for font in (page["/Resources"].get("/Font") or {}).values()
    ]
    assert fonts
    for font in fonts:
        assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]


WINDOW_PROBE = """
import sys
from PySide6.QtWidgets import QApplication
QApplication.exec = lambda self=None: (QApplication.instance().processEvents(), 0)[1]
import ui, workshop_app
from ui.app import main
code = main([])
window = QApplication.activeWindow() or QApplication.topLevelWidgets()[0]
shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
print("FROM", ui.__file__, workshop_app.__file__)
print("WINDOW", [w.windowTitle() for w in shown], QApplication.windowIcon().availableSizes()[-1])
sys.exit(code)
"""


@pytest.mark.slow
def test_the_window_opens_from_the_fresh_environment(truce, fresh, tmp_path):
    result = run(
        [str(fresh / "bin" / "python"), "-c", WINDOW_PROBE],
        env={**truce.env, "QT_QPA_PLATFORM": "offscreen"},
        cwd=tmp_path,  # not the checkout, whose packages `python -c` would find first
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert all(path.startswith(str(fresh)) for path in lines["FROM"].split()), lines["FROM"]
    assert "'Truce'" in lines["WINDOW"] and "QSize(512, 512)" in lines["WINDOW"], lines["WINDOW"]
