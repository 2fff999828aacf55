"""Truce's PySide6 interface. Imports workshop_app; workshop_app never imports it."""
