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
from workshop_app.messages import Message, say

MOST = 400  # characters: a message is a line, whatever it quotes


def one_line(message: str) -> str:
    line = " ".join(message.split())
    return line if len(line) <= MOST else line[: MOST - 1] + "…"


def storage_words(exc: sqlite3.Error, db_path: Path | None, language: str = "en") -> str:
    """SQLite's complaint as what it means for the library, in the words the window uses too."""
    from workshop_app.store.faults import explain

    return _said(explain(exc, db_path), language)


def system_words(exc: OSError) -> Message:
    name = exc.filename or ""
    if exc.errno == errno.ENOSPC:
        return Message("system.full_named" if name else "system.full", name=name)
    if exc.errno == errno.EROFS:
        return Message("system.read_only_named" if name else "system.read_only", name=name)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return Message("system.permission_named" if name else "system.permission", name=name)
    detail = exc.strerror or str(exc)
    return Message("system.other_named" if name else "system.other", detail=detail, name=name)


def _said(exc: BaseException, language: str) -> str:
    message = getattr(exc, "message", None)
    return say(message, language) if isinstance(message, Message) else str(exc)


def in_words(
    exc: BaseException, db_path: Path | None = None, log: Path | None = None, language: str = "en"
) -> str:
    """``exc`` in one line of ``language`` (English for the log)."""
    if isinstance(exc, TruceError):
        return one_line(_said(exc, language))
    if isinstance(exc, sqlite3.Error):
        return one_line(storage_words(exc, db_path, language))
    if isinstance(exc, OSError):
        return one_line(say(system_words(exc), language))
    if isinstance(exc, MemoryError):
        return say(Message("system.out_of_memory"), language)
    if isinstance(exc, UnicodeError):
        return one_line(say(Message("system.not_utf8"), language))
    if log:
        unexpected = Message("system.unexpected_logged", kind=type(exc).__name__, log=log)
    else:
        unexpected = Message("system.unexpected", kind=type(exc).__name__)
    return one_line(say(unexpected, language))
