"""Every path the app reads or writes is resolved here, each with an environment override."""

from __future__ import annotations

import os
import re
from pathlib import Path

APP_NAME = "Truce"


def home_dir() -> Path:
    """Where Truce keeps its data: ``TRUCE_HOME`` or the platform's data directory."""
    override = os.environ.get("TRUCE_HOME")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def database_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The session database: ``--db`` beats ``TRUCE_DB`` beats the data directory. A team library
    named there is not a file: then this computer's library is the usual one."""
    if explicit and not is_team_address(explicit):
        return Path(explicit).expanduser()
    override = os.environ.get("TRUCE_DB")
    if override and not is_team_address(override):
        return Path(override).expanduser()
    return home_dir() / "truce.db"


# A team library is named the way libpq names a server: a connection URI or a keyword string
# starting with one of these keywords (``service=truce``); anything else is a file's path.
TEAM_SCHEMES = ("postgresql://", "postgres://")
TEAM_KEYWORDS = re.compile(r"^\s*(service|host|hostaddr|dbname|user|port)\s*=", re.IGNORECASE)


def is_team_address(text: object) -> bool:
    value = str(text or "").strip()
    return value.lower().startswith(TEAM_SCHEMES) or bool(TEAM_KEYWORDS.match(value))


def team_address(explicit: str | None = None) -> str | None:
    """The team library named by ``--db`` (or, without it, ``TRUCE_DB``), if it names one: a
    ``postgresql://`` URI or a libpq keyword string such as ``service=truce``."""
    given = explicit or os.environ.get("TRUCE_DB") or ""
    return given.strip() if is_team_address(given) else None


def backup_dir(db_path: Path) -> Path:
    """Backups live beside the database they protect."""
    return db_path.parent / "backups"


def log_path() -> Path:
    """The log file: the detail (tracebacks included) behind every one-line message."""
    return home_dir() / "truce.log"


def settings_path() -> Path:
    return home_dir() / "settings.ini"


def resources_dir() -> Path:
    """``resources/`` inside an installed wheel, or at the top of a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if (candidate / "content").is_dir():
            return candidate
    raise FileNotFoundError("Truce's resources folder is missing; reinstall the application.")


def documents_dir() -> Path:
    """Default folder for exports: the user's Documents folder, or home."""
    from platformdirs import user_documents_dir

    path = Path(user_documents_dir())
    return path if path.is_dir() else Path.home()
