"""Truce as a citizen of a Linux desktop: its id, and `truce install-desktop`, which puts the
desktop entry, the AppStream metainfo and the icons where launchers and software centres look.

Everything goes under $XDG_DATA_HOME (~/.local/share by default), for the current user only:
nothing here needs root. The entry starts the very `truce` that installed it, by its absolute
path, so it works from a pipx install or a bundle whose folder is not on the launcher's PATH.
Never imports Qt.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from workshop_app import APP_ID
from workshop_app.paths import resources_dir

DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share as the XDG base directory specification says."""
    value = os.environ.get("XDG_DATA_HOME", "")
    # The specification ignores a relative path.
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".local/share"


def launcher_command() -> str:
    """The running `truce`, by absolute path: the script pip or pipx made, or a bundle's program."""
    if getattr(sys, "frozen", False):
        return str(Path(sys.executable).absolute())
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name.startswith("truce") and script.is_file():
        return str(script.absolute())
    found = shutil.which("truce")
    if found:
        return str(Path(found).absolute())
    # Started as `python -m workshop_app` from a checkout: that is what the entry runs too.
    return f"{quote_exec(sys.executable)} -m ui.app"


def quote_exec(argument: str) -> str:
    """One argument of a desktop entry's Exec key (quoted only when it has to be)."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    if not any(ch in reserved for ch in argument):
        return argument
    inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in argument)
    # Inside a desktop file's string value each backslash is written twice.
    return '"' + inner.replace("\\", "\\\\") + '"'


@dataclass(frozen=True)
class Placement:
    """A shipped file and where it goes under the data home."""

    source: Path
    target: Path


def placements(home: Path) -> list[Placement]:
    shipped = resources_dir()
    found = [
        Placement(shipped / "desktop" / DESKTOP_FILE, home / "applications" / DESKTOP_FILE),
        Placement(shipped / "desktop" / METAINFO_FILE, home / "metainfo" / METAINFO_FILE),
        Placement(
            shipped / "icons" / "truce.svg", home / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg"
        ),
    ]
    hicolor = shipped / "icons" / "hicolor"
    for png in sorted(hicolor.glob(f"*/apps/{APP_ID}.png")):
        found.append(Placement(png, home / "icons" / "hicolor" / png.relative_to(hicolor)))
    return found


def desktop_entry(command: str) -> str:
    """The shipped entry, starting ``command``."""
    text = (resources_dir() / "desktop" / DESKTOP_FILE).read_text(encoding="utf-8")
    lines = []
    for line in text.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={command}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def install(home: Path | None = None, command: str | None = None) -> list[Path]:
    """Writes the entry, the metainfo and the icons; returns what it wrote."""
    home = home or data_home()
    command = command or launcher_command()
    written = []
    for place in placements(home):
        place.target.parent.mkdir(parents=True, exist_ok=True)
        if place.target.name == DESKTOP_FILE:
            place.target.write_text(desktop_entry(command), encoding="utf-8")
        else:
            shutil.copyfile(place.source, place.target)
        written.append(place.target)
    _refresh(home)
    return written


def uninstall(home: Path | None = None) -> list[Path]:
    """Removes what install wrote; returns what was there."""
    home = home or data_home()
    removed = []
    for place in placements(home):
        if place.target.is_file():
            place.target.unlink()
            removed.append(place.target)
    _refresh(home)
    return removed


def _refresh(home: Path) -> None:
    """Tells the launcher's caches, where the tools for it are installed (they may well not be)."""
    hicolor = home / "icons" / "hicolor"
    if hicolor.is_dir():
        os.utime(hicolor)  # icon caches compare the theme folder's time
    import subprocess  # here: only this command runs programs

    tool = shutil.which("update-desktop-database")
    if tool and (home / "applications").is_dir():
        subprocess.run([tool, "-q", str(home / "applications")], check=False, timeout=60)
