"""The few exceptions the core raises. Their messages are written for the person at the keyboard.

An error is raised with a message id and its parameters (``workshop_app/messages.py``):
``DocumentError("document.not_json", line=3, column=7, problem=...)``. ``str(error)`` is the
English text, for logs and tests; the window and the command line say ``error.message`` in their
own language. An error raised with a sentence instead of an id is shown as it is, in English.
"""

from __future__ import annotations

from typing import Any

from workshop_app.messages import ID, Message


class TruceError(Exception):
    """Base class: the message is shown as it is, never with a traceback."""

    def __init__(self, message: str | Message = "", /, **params: Any):
        if isinstance(message, str) and ID.fullmatch(message):
            message = Message(message, **params)
        self.message: Message | None = message if isinstance(message, Message) else None
        super().__init__(message if self.message is None else self.message.id)

    def __str__(self) -> str:
        if self.message is None:
            return super().__str__()
        from workshop_app.messages import say

        return say(self.message)


class DocumentError(TruceError):
    """A session document is malformed; the message names what is wrong and where."""


class AlreadyInLibrary(DocumentError):
    """An imported session is already stored: the user chooses a copy or a replacement."""


class NotFound(TruceError):
    """No session (or item) matches what was asked for."""


class Ambiguous(TruceError):
    """A title matches more than one session."""


class ValidationError(TruceError):
    """A value a user entered cannot be stored as it is."""
