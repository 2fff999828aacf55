"""Every setting, declared once with its default, stored with QSettings in one ini file.

Sessions never live here: they are in the SQLite database (or a team library's server).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

DEFAULTS: dict[str, Any] = {
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    "session/last_opened": "",
    "session/last_stage": "",  # where the facilitator was, to come back to after a restart
    "export/last_folder": "",
    "export/paper": "",  # empty: US Letter in the Americas' letter countries, A4 elsewhere
    "export/group_by": "owner",
    "ui/language": "",  # empty: follow the system
    "library/sort_column": 2,
    "library/sort_order": 1,
    "live/timer_sound": True,  # a beep when the countdown runs out
    # the team library's address (postgresql://… or service=NAME), never with a password
    "team/address": "",
}


def default_paper() -> str:
    from PySide6.QtCore import QLocale

    letter = {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Philippines,
    }
    return "letter" if QLocale.system().territory() in letter else "a4"


class Settings:
    def __init__(self, path: Path):
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, key: str) -> Any:
        if key == "export/paper" and not self._qsettings.value(key, ""):
            return default_paper()
        default = DEFAULTS[key]
        value = self._qsettings.value(key, default)
        if isinstance(default, bool):
            return value in (True, "true", "1", 1)
        if isinstance(default, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return default
        return value

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        self._qsettings.setValue(key, value)

    def sync(self) -> None:
        self._qsettings.sync()
