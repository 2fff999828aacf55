"""The integrity check and the daily backup, run in a background thread once the window shows.

Both read the whole database: for a library of 10,000 sessions they held up start-up by seconds.
The thread uses its own connection and only reads; the results come back to the window as
signals. A damaged database found this way is handled as one found at start: set aside, newest
backup restored, or Truce closes if the user refuses.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ui import prompts
from ui.messages import say
from workshop_app.errors import TruceError
from workshop_app.store.connection import DatabaseDamaged

if TYPE_CHECKING:
    from ui.main_window import MainWindow


translate = QCoreApplication.translate


class StartupMaintenance(QObject):
    damaged = Signal(str)
    backupFailed = Signal(str)
    finished = Signal()

    def __init__(self, path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.path = path
        self._thread: threading.Thread | None = None

    # Nobody waits for these checks: they start once the window has settled, so the first
    # seconds of work (opening a session, typing) do not compete with them for the disk and CPU.
    DELAY_MS = 1500

    def start_soon(self) -> None:
        QTimer.singleShot(self.DELAY_MS, self.start)

    def start(self) -> None:
        if self._thread is not None:
            return
        # A daemon thread: quitting at once must not wait for a backup of hundreds of megabytes.
        # A backup cut short is never kept (it is renamed into place only when complete), and
        # the next start takes the day's backup again.
        self._thread = threading.Thread(target=self._run, name="truce-maintenance", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        # Imported here, on this thread: backups are no part of the window's first paint.
        from workshop_app.store.maintenance import check_and_back_up

        if sys.platform.startswith("linux"):  # there, a thread's id names it alone
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        try:
            check_and_back_up(self.path)
        except DatabaseDamaged as exc:
            self._tell(self.damaged, say(exc))
        except (TruceError, OSError) as exc:
            self._tell(self.backupFailed, say(exc))
        finally:
            self._tell(self.finished)

    @staticmethod
    def _tell(signal: Signal, *args: str) -> None:
        # A window closed while the thread worked has taken this object with it: nobody is left
        # to tell, and the next start checks again.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)

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
        lambda message: prompts.error(
            window, translate("StartupMaintenance", "Daily backup"), message
        )
    )
    maintenance.damaged.connect(lambda problem: _recover(window, problem))
    maintenance.start_soon()
    return maintenance


def _recover(window: MainWindow, problem: str) -> None:
    from ui.commands.backup import recover

    store = window.store
    if store is None:
        return
    store.let_go()
    repo = recover(window.context.db_path, problem)
    if repo is None:
        window.close()
        return
    store.reopen(repo)  # the window forgets its undo steps (SessionStore.reopened)
    window.show_library()
