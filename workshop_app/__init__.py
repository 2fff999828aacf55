"""Truce core: the workshop domain, its content, storage, documents and CLI. Never imports Qt."""

__version__ = "0.1.0"
# The application's id: its desktop entry, metainfo and icon files are named after it
# (workshop_app.desktop installs them), and the window tells the desktop it is this application.
APP_ID = "io.github.truce.Truce"
