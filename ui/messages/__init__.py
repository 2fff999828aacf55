"""The core's messages in the interface language.

The core raises its errors with a message id and parameters (``workshop_app/messages.py``). Each
id's English text is here too, in the ``table_*.py`` modules, as a literal that lupdate finds
and the five ``resources/i18n/truce_*.ts`` translate (context ``CoreMessages``);
``resources/content/<lang>/messages.json`` holds the same texts for the command line, and
``tests/core/test_messages.py`` keeps the two alike. Parameters (file names, what a user typed)
are inserted as they are; whatever shows the result shows it as plain text.
"""

from __future__ import annotations

from workshop_app.messages import Message


def templates() -> dict[str, str]:
    """Every id's text in the interface language now installed."""
    from ui.messages.tables import TABLES

    found: dict[str, str] = {}
    for table in TABLES:
        found.update(table.templates())
    return found


def say(error: BaseException | Message) -> str:
    """An error (or a message) in the interface language; an error raised with an English
    sentence rather than an id is shown as it is."""
    message = error if isinstance(error, Message) else getattr(error, "message", None)
    if not isinstance(message, Message):
        return str(error)
    table = templates()
    return message.said(table.__getitem__)
