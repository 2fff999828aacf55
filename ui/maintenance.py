"""The integrity check and the daily backup, run in a background thread once the window shows.

Both read the whole database: for a library of 10,000 sessions they held up start-up by seconds.
The thread uses its own connection and only reads; the results come back to the window as
signals. A damaged database found this way is handled as one found at start: set aside, newest
backup restored, or Truce closes if the user refuses.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ui import prompts
from workshop_app.errors import TruceError
from workshop_app.store.connection import DatabaseDamaged
from workshop_app.store.maintenance import check_and_back_up

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("StartupMaintenance", text)


class StartupMaintenance(QObject):
    damaged = Signal(str)
    backupFailed = Signal(str)
    finished = Signal()

    def __init__(self, path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.path = path
        self._thread: threading.Thread | None = None

    def start_soon(self) -> None:
        """Start once the event loop runs, that is once the window is on screen."""
        QTimer.singleShot(0, self.start)

    def start(self) -> None:
        if self._thread is not None:
            return
        # A daemon thread: quitting at once must not wait for a backup of hundreds of megabytes.
        # A backup cut short is never kept (it is renamed into place only when complete), and
        # the next start takes the day's backup again.
        self._thread = threading.Thread(target=self._run, name="truce-maintenance", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            check_and_back_up(self.path)
        except DatabaseDamaged as exc:
            self.damaged.emit(str(exc))
        except (TruceError, OSError) as exc:
            self.backupFailed.emit(str(exc))
        finally:
            self.finished.emit()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> None:
        """Before the database file is replaced or the window closes."""
        if self._thread is not None:
            self._thread.join(timeout)


def attach(window: MainWindow) -> StartupMaintenance:
    """Run the checks for ``window``'s database and handle what they find."""
    maintenance = StartupMaintenance(window.context.db_path, window)
    maintenance.backupFailed.connect(
        lambda message: prompts.error(window, _tr("Daily backup"), message)
    )
    maintenance.damaged.connect(lambda problem: _recover(window, problem))
    maintenance.start_soon()
    return maintenance


def _recover(window: MainWindow, problem: str) -> None:
    from ui.backup_commands import recover

    store = window.store
    if store is None:
        return
    store.repo.close()
    repo = recover(window.context.db_path, problem)
    if repo is None:
        window.close()
        return
    store.repo = repo
    window.undo.clear()
    window.show_library()
    store.libraryChanged.emit()
