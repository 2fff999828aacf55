"""Writing files so that a failure never leaves half a document behind.

Exported documents are private to their owner (mode 0600), whatever the umask, like the database
they come from: a report holds frank notes about colleagues. Share a file by sending it.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from workshop_app.errors import TruceError

NAME_BYTES = 255  # the longest file name most file systems hold, in bytes


class ExportError(TruceError):
    pass


def write_atomically(path: Path, data: bytes) -> Path:
    """Write to a temporary file beside ``path``, then rename it into place."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise ExportError(f"{path} is a folder; choose a file name to export to.")
    if not folder.is_dir():
        raise ExportError(f"The folder {folder} does not exist.")
    if len(os.fsencode(path.name)) > NAME_BYTES:
        raise ExportError(
            f"The file name {path.name[:40]}… is too long for a disk to hold; choose a shorter one."
        )
    # The temporary name must fit as well: the name's start is enough to recognise it.
    prefix = "." + shorten(path.name, NAME_BYTES - 20) + "."
    try:
        fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".part", dir=folder)
    except OSError as exc:
        raise ExportError(f"Cannot write to {folder}: {_reason(exc)}.") from exc
    try:
        with os.fdopen(fd, "wb") as handle:  # mkstemp made it 0600: its owner only
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ExportError(f"Cannot write {path}: {_reason(exc)}.") from exc
    return path


def shorten(name: str, most: int) -> str:
    """``name`` cut to at most ``most`` bytes of UTF-8, on a character boundary."""
    data = name.encode("utf-8", "surrogateescape")
    return name if len(data) <= most else data[:most].decode("utf-8", "ignore")


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    if exc.errno == errno.ENAMETOOLONG:
        return "the name is too long for this disk"
    return str(exc.strerror or exc)
