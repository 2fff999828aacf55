"""The repository's part for undo and redo: parts of a session written back in one transaction,
each only if it is still what the step being taken back left it as. Mixed into Repository.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from workshop_app.domain.codec import to_data
from workshop_app.errors import TruceError
from workshop_app.store import rows

if TYPE_CHECKING:
    from workshop_app.domain import Action
    from workshop_app.store.database import Database


class PartChanged(TruceError):
    """An undo or redo found a part of the session changed since the step it would take back."""

    def __init__(self, kind: str):
        super().__init__("undo.part_changed", part=kind)
        self.kind = kind


def digest(value: Any) -> str:
    """A fingerprint of a stored part (a section, the participants, the plan, or a dict of some
    session details) that is the same for equal content however it was built."""
    import hashlib  # here, not at the top: OpenSSL takes 2–3 ms to load, and no start needs it
    import json  # nor this (workshop_app.store.rows)

    data = json.dumps(to_data(value), sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(data.encode()).hexdigest()


class PartReplay:
    db: Database
    _write: Callable[[], AbstractContextManager[None]]
    update_info: Callable[..., Any]
    save_participants: Callable[..., None]
    save_section: Callable[..., None]
    save_action: Callable[..., None]
    remove_action: Callable[[str, str], None]
    reorder_actions: Callable[..., None]

    def stored_digest(self, session_id: str, kind: str, fields: Sequence[str] = ()) -> str:
        """The digest of a part as stored now; for "info", of the ``fields`` named."""
        if kind == "info":
            info = rows.info(self.db, session_id)
            return digest({k: getattr(info, k) for k in fields})
        return digest(rows.part(self.db, session_id, kind))

    # ----------------------------------------------------------------- undo and redo

    def put_parts(self, session_id: str, steps: Sequence[tuple[str, Any, Any]]) -> None:
        """Write parts back (an undo or a redo), in one transaction. Each step is (kind, left,
        value): the part must still be ``left`` (what the step being taken back left it as),
        or nothing is written and PartChanged says which part moved on."""
        with self._write():
            for kind, left, value in steps:
                if self.stored_digest(session_id, kind, list(left) if kind == "info" else ()) != (
                    digest(left)
                ):
                    raise PartChanged(kind)
                if kind == "info":
                    self.update_info(session_id, **value)
                elif kind == "participants":
                    self.save_participants(session_id, value)
                elif kind == "actions":
                    self._put_plan(session_id, value)
                else:
                    self.save_section(session_id, kind, value)

    def _put_plan(self, session_id: str, actions: Sequence[Action]) -> None:
        wanted = {a.id for a in actions}
        for action in rows.actions(self.db, session_id):
            if action.id not in wanted:
                self.remove_action(session_id, action.id)
        for action in actions:
            self.save_action(session_id, action)
        self.reorder_actions(session_id, [a.id for a in actions])
