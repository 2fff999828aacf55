"""What every window and page needs, built once in ui.app.main and passed down."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ui.settings import Settings
from workshop_app.paths import database_path, settings_path, team_address


@dataclass
class AppContext:
    db_path: Path
    settings: Settings
    # A team library named by --db or TRUCE_DB: its window opens beside this computer's library.
    team_address: str | None = None

    @classmethod
    def create(cls, db: str | None = None) -> AppContext:
        path = settings_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return cls(
            db_path=database_path(db), settings=Settings(path), team_address=team_address(db)
        )
