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
from workshop_app.messages import Message

NAME_BYTES = 255  # the longest file name most file systems hold, in bytes


class ExportError(TruceError):
    pass


def write_atomically(path: Path, data: bytes) -> Path:
    """Write to a temporary file beside ``path``, then rename it into place."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise ExportError("export.target_is_folder", path=path)
    if not folder.is_dir():
        raise ExportError("export.no_folder", folder=folder)
    if len(os.fsencode(path.name)) > NAME_BYTES:
        raise ExportError("export.name_too_long", start=path.name[:40])
    # The temporary name must fit as well: the name's start is enough to recognise it.
    prefix = "." + shorten(path.name, NAME_BYTES - 20) + "."
    try:
        fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".part", dir=folder)
    except OSError as exc:
        raise ExportError("export.folder_refused", folder=folder, reason=_reason(exc)) from exc
    try:
        with os.fdopen(fd, "wb") as handle:  # mkstemp made it 0600: its owner only
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ExportError("export.file_refused", path=path, reason=_reason(exc)) from exc
    return path


def shorten(name: str, most: int) -> str:
    """``name`` cut to at most ``most`` bytes of UTF-8, on a character boundary."""
    data = name.encode("utf-8", "surrogateescape")
    return name if len(data) <= most else data[:most].decode("utf-8", "ignore")


def _reason(exc: OSError) -> Message | str:
    if exc.errno == errno.ENOSPC:
        return Message("export.reason.full")
    if exc.errno == errno.EROFS:
        return Message("export.reason.read_only")
    if exc.errno == errno.ENAMETOOLONG:
        return Message("export.reason.name_too_long")
    return str(exc.strerror or exc)
