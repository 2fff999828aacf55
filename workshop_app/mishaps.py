"""A failure in one line of plain words, for the command line (and the window's last resort).

Truce's own errors already speak to the person at the keyboard; SQLite's and the system's are
translated here (a lock held by another program, a full disk, a read-only file); anything else is
called unexpected and points to the log file, which keeps the traceback.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from workshop_app.errors import TruceError

MOST = 400  # characters: a message is a line, whatever it quotes

# How long a command waits for another program's write to finish before saying so.
LOCK_WAIT_MS = 2000


def one_line(message: str) -> str:
    line = " ".join(message.split())
    return line if len(line) <= MOST else line[: MOST - 1] + "…"


def storage_words(exc: sqlite3.Error, db_path: Path | None) -> str:
    """SQLite's complaint as what it means for the library, in the words the window uses too."""
    from workshop_app.store.faults import explain

    return str(explain(exc, db_path))


def system_words(exc: OSError) -> str:
    name = f": {exc.filename}" if exc.filename else ""
    if exc.errno == errno.ENOSPC:
        return f"The disk is full{name}; nothing was written. Free some space and try again."
    if exc.errno == errno.EROFS:
        return f"The disk is read-only{name}; nothing was written."
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"Permission denied{name}."
    return f"{exc.strerror or exc}{name}."


def in_words(exc: BaseException, db_path: Path | None = None, log: Path | None = None) -> str:
    if isinstance(exc, TruceError):
        return one_line(str(exc))
    if isinstance(exc, sqlite3.Error):
        return one_line(storage_words(exc, db_path))
    if isinstance(exc, OSError):
        return one_line(system_words(exc))
    if isinstance(exc, MemoryError):
        return "Truce ran out of memory and stopped; nothing more was changed."
    if isinstance(exc, UnicodeError):
        return one_line(
            "A name or text given is not valid UTF-8 (or cannot be written as such), so Truce "
            "cannot use it."
        )
    details = f"; the details are in {log}" if log else ""
    return one_line(
        f"Something went wrong that Truce did not expect ({type(exc).__name__}){details}."
    )
