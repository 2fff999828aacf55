"""Truce's log file, ``truce.log`` in the data folder: the detail, tracebacks included, behind
every one-line message the command line prints and every error dialog the window shows.

It rotates at 1 MB (three old files are kept) and is private to its owner, like the database:
a traceback can quote a session's title or notes. Logging never makes anything fail: if the data
folder cannot hold the file, nothing is logged.
"""

from __future__ import annotations

import io
import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from workshop_app.paths import log_path

LOG = logging.getLogger("truce")
LOG.addHandler(logging.NullHandler())  # until start(): never logging's last resort, stderr


class _PrivateFile(RotatingFileHandler):
    """A rotating log whose files are created readable by their owner only."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)

    def handleError(self, record: logging.LogRecord) -> None:
        """A log that cannot be written (a full disk) stays silent: the person at the keyboard
        has already been told what went wrong, in one line, and never gets a traceback."""


def start() -> Path | None:
    """Send the "truce" log to the data folder's log file (once per folder); its path, or None
    when the folder cannot be written."""
    path = log_path()
    for handler in list(LOG.handlers):
        if isinstance(handler, _PrivateFile):
            if handler.baseFilename == str(path.absolute()):
                return path
            LOG.removeHandler(handler)
            handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _PrivateFile(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", errors="backslashreplace"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    LOG.addHandler(handler)
    LOG.setLevel(logging.INFO)
    LOG.propagate = False
    return path
