"""Truce as a citizen of a Linux desktop: its id, and `truce install-desktop`, which puts the
desktop entry, the AppStream metainfo and the icons where a launcher looks for them.

Files go under $XDG_DATA_HOME (~/.local/share by default) for the current user only; nothing
here needs root. Never imports Qt.
"""

from __future__ import annotations

APP_ID = "io.github.truce.Truce"
