"""Truce in a Linux launcher: the shipped desktop entry and metainfo pass the freedesktop tools,
and `truce install-desktop` puts them, with the icons, under $XDG_DATA_HOME and takes them away."""

from __future__ import annotations

import configparser
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_app import __version__, desktop
from workshop_app.paths import resources_dir

SHIPPED = resources_dir() / "desktop"
TRUCE = Path(sys.executable).with_name("truce")


def tool(name: str, package: str) -> str:
    """A Debian tool the check needs: `make test` installs it; in CI its absence is a failure."""
    found = shutil.which(name)
    if found:
        return found
    message = f"{name} is missing: apt-get install {package} (make test does)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.RawConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def install(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(TRUCE), "install-desktop", *args],
        env={**os.environ, "XDG_DATA_HOME": str(home)},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_shipped_desktop_entry_is_valid():
    validate = tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run(
        [validate, str(SHIPPED / desktop.DESKTOP_FILE)], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_the_shipped_metainfo_is_valid_and_names_the_entry_and_this_version():
    appstream = tool("appstreamcli", "appstream")
    metainfo = SHIPPED / desktop.METAINFO_FILE
    result = subprocess.run(
        [appstream, "validate", "--no-net", "--strict", str(metainfo)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    text = metainfo.read_text(encoding="utf-8")
    assert f"<id>{desktop.APP_ID}</id>" in text
    assert f'<launchable type="desktop-id">{desktop.DESKTOP_FILE}</launchable>' in text
    newest = re.search(r'<release version="([^"]+)"', text)
    assert newest and newest.group(1) == __version__, "the newest release is this version"


def test_the_entry_is_named_after_the_id_and_shows_truces_icon():
    shipped = entry(SHIPPED / desktop.DESKTOP_FILE)
    assert shipped["Icon"] == desktop.APP_ID
    assert shipped["Exec"] == "truce"
    assert shipped["StartupWMClass"] == "Truce"  # the class Qt gives its windows: the app's name
    assert "Office" in shipped["Categories"].split(";")


def test_install_desktop_puts_the_entry_metainfo_and_icons_under_xdg_data_home(tmp_path):
    home = tmp_path / "share"
    result = install(home)
    assert result.returncode == 0, result.stderr
    installed = entry(home / "applications" / desktop.DESKTOP_FILE)
    assert shlex.split(installed["Exec"]) == [str(TRUCE)], "the truce that installed it"
    assert (home / "metainfo" / desktop.METAINFO_FILE).is_file()
    icons = sorted(p.relative_to(home).as_posix() for p in (home / "icons").rglob("*.*"))
    assert f"icons/hicolor/scalable/apps/{desktop.APP_ID}.svg" in icons
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert f"icons/hicolor/{size}x{size}/apps/{desktop.APP_ID}.png" in icons
    assert str(home / "applications" / desktop.DESKTOP_FILE) in result.stdout
    validate = tool("desktop-file-validate", "desktop-file-utils")
    check = subprocess.run(
        [validate, str(home / "applications" / desktop.DESKTOP_FILE)],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0 and not check.stdout.strip(), check.stdout


def test_install_desktop_uninstall_takes_away_all_it_put(tmp_path):
    home = tmp_path / "share"
    mine = home / "applications" / "someone-else.desktop"
    mine.parent.mkdir(parents=True)
    mine.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=other\n")
    assert install(home).returncode == 0
    result = install(home, "--uninstall")
    assert result.returncode == 0, result.stderr
    left = sorted(p.relative_to(home).as_posix() for p in home.rglob("*") if p.is_file())
    assert [p for p in left if "truce" in p.lower()] == []
    assert mine.is_file(), "only Truce's own files are removed"
    again = install(home, "--uninstall")
    assert again.returncode == 0 and "was not in the launcher" in again.stdout


def test_a_path_with_spaces_is_quoted_as_the_specification_asks(tmp_path):
    assert desktop.quote_exec("/opt/truce/truce") == "/opt/truce/truce"
    assert desktop.quote_exec("/home/ann/My Apps/truce") == '"/home/ann/My Apps/truce"'
    assert desktop.quote_exec('/a "b"/$x') == r'"/a \\"b\\"/\\$x"'
    home = tmp_path / "share"
    desktop.install(home, command=desktop.quote_exec("/home/ann/My Apps/truce"))
    validate = tool("desktop-file-validate", "desktop-file-utils")
    check = subprocess.run(
        [validate, str(home / "applications" / desktop.DESKTOP_FILE)],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0 and not check.stdout.strip(), check.stdout


def test_a_relative_xdg_data_home_is_ignored_as_the_specification_says(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert desktop.data_home() == Path.home() / ".local/share"
