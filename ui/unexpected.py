"""The window's last resort: an exception that nothing else caught is written to the log file
with its traceback and shown as a calm dialog, instead of a traceback on a terminal nobody reads.

Everything here is imported when it is needed: the hook costs the window's start nothing.
"""

from __future__ import annotations

import sqlite3
import sys
from types import TracebackType

_showing = False  # one dialog at a time: an error raised while one is open is only logged


def handle(kind: type[BaseException], value: BaseException, trace: TracebackType | None) -> None:
    global _showing
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, trace)
        return
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from ui import prompts
    from workshop_app import logbook, mishaps
    from workshop_app.errors import TruceError

    log = logbook.start()
    logbook.LOG.error("Unexpected error in the window", exc_info=(kind, value, trace))
    if _showing:
        return

    if isinstance(value, TruceError | OSError | sqlite3.Error):
        from ui.messages import say
        from workshop_app.messages import Message
        from workshop_app.store.faults import explain

        words: BaseException | Message
        if isinstance(value, sqlite3.Error):
            words = explain(value, None)
        elif isinstance(value, OSError):
            words = mishaps.system_words(value)
        else:
            words = value
        message = mishaps.one_line(say(words))  # in the interface language
    else:
        message = QCoreApplication.translate(
            "Unexpected",
            "Truce ran into a problem it did not expect, so what you were doing may not have "
            "finished. Check it before you go on.",
        )
    if log is not None:
        message += " " + QCoreApplication.translate("Unexpected", "The details are in %1.").replace(
            "%1", str(log)
        )
    _showing = True
    try:
        title = QCoreApplication.translate("Unexpected", "Something Went Wrong")
        prompts.error(QApplication.activeWindow(), title, message)
    finally:
        _showing = False


def install() -> None:
    sys.excepthook = handle
