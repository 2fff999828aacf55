"""What went wrong with the team library: every message about the server is here, by id.

A server that cannot be reached or refuses the login, a connection lost midway, a role that may
not do what was asked, a newer schema: each becomes a store.faults error (``StorageUnavailable``
with reason "unreachable" when the server is not there, so the window says the connection is
lost), never a traceback.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workshop_app.errors import TruceError
from workshop_app.messages import Message
from workshop_app.store.faults import DatabaseError, StorageUnavailable

if TYPE_CHECKING:
    from workshop_app.domain import Session


class NotAllowed(TruceError):
    """The team library's permissions refuse this to the connected role."""


class IdTaken(TruceError):
    """A session this role cannot see (row-level security) already has the id being added: two
    facilitators who imported one document, say. A new copy, with an id of its own, can go in."""


class StaleVersion(TruceError):
    """A publish or take-out found the other library's copy changed since they last met."""


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    detail = text[0] if text else type(exc).__name__
    # libpq's "connection failed: connection to server at … failed: " says the same thing twice
    detail = detail.rsplit("failed: ", 1)[-1]
    return " ".join(detail.removeprefix("FATAL:").split()).rstrip(".") or type(exc).__name__


# Where it happened: the library as each language names it (address.place), or its English name.
Place = Message | str


def unreachable(
    where: Place, exc: BaseException | Message, *, saving: bool = True
) -> StorageUnavailable:
    """``exc`` is the driver's error, whose first line is quoted as the server said it, or a
    message saying why Truce did not try."""
    detail = exc if isinstance(exc, Message) else _first_line(exc)
    message_id = "team.unreachable_saving" if saving else "team.unreachable"
    return StorageUnavailable(Message(message_id, place=where, detail=detail), "unreachable")


def newer_schema(where: Place, version: int) -> DatabaseError:
    return DatabaseError("team.newer_schema", place=where, version=version)


def cannot_migrate(where: Place, version: int) -> DatabaseError:
    return DatabaseError("team.cannot_migrate", place=where, version=version)


class Conflict(StaleVersion):
    """Both copies changed since they last met: ``here`` and ``there`` are the two copies, which
    ``publishing.side_by_side`` sets side by side in the words of whoever shows them."""

    def __init__(self, message: Message, here: Session, there: Session):
        super().__init__(message)
        self.here = here
        self.there = there


def stale(title: str, theirs: int, known: int | None, other: Place) -> Message:
    if known:
        return Message("team.stale", title=title, place=other, theirs=theirs, known=known)
    return Message("team.stale_never_met", title=title, place=other, theirs=theirs)


def changed_here(title: str, theirs: int) -> Message:
    return Message("team.changed_here", title=title, theirs=theirs)


def explain(exc: BaseException, where: Place, *, saving: bool = True) -> TruceError:
    """The error to show for ``exc`` (a psycopg error) met on the team library ``where``."""
    import psycopg
    from psycopg import errors

    if isinstance(exc, TruceError):
        return exc
    if isinstance(exc, errors.InsufficientPrivilege):
        return NotAllowed("team.not_allowed", place=where)
    if isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError):
        return unreachable(where, exc, saving=saving)
    if isinstance(exc, errors.UniqueViolation) and exc.diag.constraint_name == "sessions_pkey":
        return IdTaken("team.id_taken", place=where)
    if isinstance(exc, errors.CheckViolation | errors.ForeignKeyViolation | errors.UniqueViolation):
        return DatabaseError("team.refused", place=where, detail=_first_line(exc))
    return DatabaseError("team.unusable", place=where, detail=_first_line(exc))
