"""The few exceptions the core raises. Their messages are written for the person at the keyboard."""


class TruceError(Exception):
    """Base class: the message is shown as it is, never with a traceback."""


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
