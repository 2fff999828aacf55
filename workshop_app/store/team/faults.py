"""What went wrong with the team library, in one sentence: every message about the server is here.

A server that cannot be reached or refuses the login, a connection lost midway, a role that may
not do what was asked, a newer schema: each becomes a store.faults error (``StorageUnavailable``
with reason "unreachable" when the server is not there, so the window says the connection is
lost), never a traceback.
"""

from __future__ import annotations

from workshop_app.errors import TruceError
from workshop_app.store.faults import DatabaseError, StorageUnavailable


class NotAllowed(TruceError):
    """The team library's permissions refuse this to the connected role."""


class StaleVersion(TruceError):
    """A publish or take-out found the other library's copy changed since they last met."""


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    detail = text[0] if text else type(exc).__name__
    # libpq's "connection failed: connection to server at … failed: " says the same thing twice
    detail = detail.rsplit("failed: ", 1)[-1]
    return " ".join(detail.removeprefix("FATAL:").split()).rstrip(".") or type(exc).__name__


def unreachable(where: str, exc: BaseException, *, saving: bool = True) -> StorageUnavailable:
    ending = (
        " The last change was not saved there; the local library is unaffected." if saving else ""
    )
    return StorageUnavailable(
        f"Truce cannot reach {where} ({_first_line(exc)}).{ending}", "unreachable"
    )


def newer_schema(where: str, version: int) -> DatabaseError:
    return DatabaseError(
        f"{where[:1].upper()}{where[1:]} was set up by a newer version of Truce (schema "
        f"{version}); update Truce to use it."
    )


def cannot_migrate(where: str, version: int) -> DatabaseError:
    return DatabaseError(
        f"{where[:1].upper()}{where[1:]} needs its tables brought to schema {version}, and this "
        "role may not change them: ask the library's administrator to open it once as its owner."
    )


class Conflict(StaleVersion):
    """Both copies changed since they last met: ``rows`` are (what, here, there) side by side."""

    def __init__(self, message: str, rows: list[tuple[str, str, str]]):
        super().__init__(message)
        self.rows = rows


CHOOSE = "Compare the two and choose --as-copy or --update."


def stale(title: str, theirs: int, known: int | None, other: str) -> str:
    seen = f"version {known}" if known else "none of its versions"
    return (
        f"“{title}” changed in {other} since you last published or took it out (it is at "
        f"version {theirs}; you last met {seen}): nothing was overwritten. {CHOOSE}"
    )


def changed_here(title: str, theirs: int) -> str:
    return (
        f"“{title}” changed in this computer's library since it last met the team library's "
        f"copy (now at version {theirs}): nothing was overwritten. {CHOOSE}"
    )


def explain(exc: BaseException, where: str, *, saving: bool = True) -> TruceError:
    """The error to show for ``exc`` (a psycopg error) met on the team library ``where``."""
    import psycopg
    from psycopg import errors

    if isinstance(exc, TruceError):
        return exc
    if isinstance(exc, errors.InsufficientPrivilege):
        return NotAllowed(
            f"Your role in {where} may not do this (the library's permissions refuse it); "
            "nothing was changed."
        )
    if isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError):
        return unreachable(where, exc, saving=saving)
    if isinstance(exc, errors.CheckViolation | errors.ForeignKeyViolation | errors.UniqueViolation):
        return DatabaseError(
            f"{where[:1].upper()}{where[1:]} refused the change ({_first_line(exc)}); nothing "
            "was changed."
        )
    return DatabaseError(f"{where[:1].upper()}{where[1:]} could not be used: {_first_line(exc)}.")
