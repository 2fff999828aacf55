"""The team library's repository: the local library's, over PostgreSQL.

``TeamRepository`` is ``store.Repository`` with another connection and other transactions: the
same methods, the same SQL (through store.team.database), the same validation and limits, so the
two libraries behave alike (the storage tests run against both). What differs:

- transactions are PostgreSQL's: writes take turns on one advisory lock, as the local library's
  BEGIN IMMEDIATE makes them, so two writers of one session never lose each other's change and a
  check and the write it allows see nothing between them (history is only ever appended); a read
  is one REPEATABLE READ snapshot and never waits for a writer;
- each session has a version the server counts (store.team.schema), for publishing;
- a lost connection is opened again before the next call, and every failure is a sentence
  (store.team.faults), never a traceback.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from workshop_app.messages import Message
from workshop_app.store.repository import Repository
from workshop_app.store.team import faults, schema
from workshop_app.store.team.address import place, where
from workshop_app.store.team.database import TeamDatabase

if TYPE_CHECKING:
    import psycopg

    from workshop_app.domain import ActionEvent, Session
    from workshop_app.domain.basics import SessionSummary
    from workshop_app.tracker import TrackedAction, TrackerFilter

CONNECT_TIMEOUT_S = 10
WRITE_LOCK = 0x7472756365  # "truce": the advisory lock every write of a team library holds
LIVENESS: dict[str, Any] = {
    "connect_timeout": CONNECT_TIMEOUT_S,
    "application_name": "Truce",
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
    "tcp_user_timeout": 20_000,
}


def connect(address: str, *, raw: bool = False) -> psycopg.Connection:
    """A connection in autocommit (the repository begins its transactions itself); a refusal in
    words, or with ``raw`` psycopg's own error for a caller that words it."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    try:
        # A server gone from a network that is down is noticed in seconds, not at TCP's own
        # timeout minutes later; what the address itself says wins.
        given = conninfo_to_dict(address)
        wanted = {k: v for k, v in LIVENESS.items() if k not in given}
        conn = psycopg.connect(make_conninfo(address, **wanted), autocommit=True)
        # Truce's queries are small; compiling one (PostgreSQL's JIT, on by default for queries
        # it guesses costly) took 40 ms of a 45 ms search of 10,000 sessions.
        conn.execute("SET jit = off")
        return conn
    except psycopg.Error as exc:
        if raw:
            raise
        raise faults.unreachable(place(address), exc, saving=False) from exc


def _one(db: TeamDatabase, sql: str) -> Any:
    row = db.execute(sql).fetchone()
    return row[0] if row else None


def schema_version(db: TeamDatabase) -> int:
    if _one(db, "SELECT to_regclass('truce_schema')") is None:
        return 0
    return int(_one(db, "SELECT coalesce(max(version), 0) FROM truce_schema"))


def migrate(db: TeamDatabase, named: Message) -> None:
    """Bring the schema to ``schema.LATEST`` (one transaction per migration, one client at a
    time); refuse a newer one."""
    from psycopg import errors

    version = schema_version(db)
    if version > schema.LATEST:
        raise faults.newer_schema(named, version)
    if version == schema.LATEST:
        return
    try:
        with db.conn.transaction():
            db.execute("SELECT pg_advisory_xact_lock(hashtext('truce_schema'))")
            db.execute("CREATE TABLE IF NOT EXISTS truce_schema (version integer NOT NULL)")
            version = schema_version(db)  # another client may have migrated meanwhile
            for number, script in schema.MIGRATIONS:
                if number > version:
                    db.execute(script)
                    db.execute("INSERT INTO truce_schema (version) VALUES (?)", [number])
    except errors.InsufficientPrivilege as exc:
        raise faults.cannot_migrate(named, schema.LATEST) from exc


class TeamRepository(Repository):
    db: TeamDatabase  # type: ignore[assignment]

    def __init__(self, db: TeamDatabase, address: str):
        super().__init__(db, None)  # type: ignore[arg-type]
        self.address = address
        self.where = where(address)
        self.place = place(address)  # the same, in the reader's language

    @classmethod
    def connect(cls, address: str) -> TeamRepository:
        import psycopg

        named = place(address)
        db = TeamDatabase(lambda: connect(address, raw=True), connect(address))
        try:
            migrate(db, named)
        except psycopg.Error as exc:
            db.close()
            raise faults.explain(exc, named) from exc
        except BaseException:
            db.close()
            raise
        return cls(db, address)

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def _transaction(self, begin: str) -> Iterator[None]:
        import psycopg

        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        read = begin == "BEGIN"
        start = "BEGIN ISOLATION LEVEL REPEATABLE READ" if read else "BEGIN"
        try:
            try:
                conn = self.db._ready()
                conn.execute(start)
            except psycopg.OperationalError:
                # Lost since the last call (a server restart, a network that came back):
                # nothing of this transaction was done yet, so once more on a new connection.
                self.db.conn.close()
                conn = self.db._ready()
                conn.execute(start)
        except psycopg.Error as exc:
            raise faults.explain(exc, self.place, saving=not read) from exc
        self._depth = 1
        self.db.in_transaction = True
        try:
            if not read:
                # Writers take turns, as in the local library (BEGIN IMMEDIATE): a check and
                # the write it allows (an undo's, a follow-up decision's) see no other write in
                # between. Writes are small; readers never wait for this lock.
                conn.execute("SELECT pg_advisory_xact_lock(%s)", [WRITE_LOCK])
            yield
            conn.execute("COMMIT")
        except BaseException as exc:
            if not conn.closed and not conn.broken:
                try:
                    conn.execute("ROLLBACK")
                except psycopg.Error:
                    pass  # the server rolled back itself
            if isinstance(exc, psycopg.Error):
                raise faults.explain(exc, self.place, saving=not read) from exc
            raise
        finally:
            self._depth = 0
            self.db.in_transaction = False

    # Reads the local library makes without a transaction: here in one, for the words and the
    # reconnection it brings.

    def list_sessions(self, search: str = "", *, trash: bool = False) -> list[SessionSummary]:
        with self._read():
            return super().list_sessions(search, trash=trash)

    def session_ids(
        self, search: str = "", *, trash: bool = False, sort: str = "date", descending: bool = True
    ) -> list[str]:
        with self._read():
            return super().session_ids(search, trash=trash, sort=sort, descending=descending)

    def summaries(self, session_ids: Sequence[str]) -> list[SessionSummary]:
        with self._read():
            return super().summaries(session_ids)

    def find(self, ref: str) -> str:
        with self._read():
            return super().find(ref)

    def exists(self, session_id: str) -> bool:
        with self._read():
            return super().exists(session_id)

    def action_history(self, session_id: str, action_id: str) -> list[ActionEvent]:
        with self._read():
            return super().action_history(session_id, action_id)

    def tracked_actions(self, rule: TrackerFilter, limit: int = 5000) -> list[TrackedAction]:
        with self._read():
            return super().tracked_actions(rule, limit)

    def tracker_sessions(self) -> list[tuple[str, str]]:
        with self._read():
            return super().tracker_sessions()

    # ----------------------------------------------------------------- the team's own

    def replace_session(self, session: Session) -> Session:
        """As the local library's, keeping the session's version counting and its owner."""
        with self._write():
            kept = self.stamp(session.id)
            stored = super().replace_session(session)
            if kept is not None:
                self.db.execute(
                    "UPDATE sessions SET version = ?, owner_role = ? WHERE id = ?",
                    [kept["version"] + 1, kept["owner_role"], session.id],
                )
            return stored

    def stamp(self, session_id: str, *, lock: bool = False) -> dict[str, Any] | None:
        """The session's version, owner, and who changed it last and when; None if absent.
        ``lock`` (inside a write) holds the row until the write ends: compare-and-set."""
        with self._write() if lock else self._read():
            found = list(
                self.db.query(
                    "SELECT version, owner_role, changed_by, changed_at FROM sessions "
                    f"WHERE id = ?{' FOR UPDATE' if lock else ''}",
                    [session_id],
                )
            )
        return found[0] if found else None

    def changes(self, search: str = "") -> list[dict[str, Any]]:
        """The library's sessions (the trash left out) with who changed each last and when,
        the latest change first."""
        from workshop_app.store.listing import _listing_filter

        where, params = _listing_filter(search, False)
        with self._read():
            return list(
                self.db.query(
                    "SELECT s.id, s.title, s.organisation, s.date, s.version, s.changed_by, "
                    "s.changed_at, (SELECT count(*) FROM actions a WHERE a.session_id = s.id) "
                    f"AS actions FROM sessions s WHERE {where} ORDER BY s.changed_at DESC, s.id",
                    params,
                )
            )

    def changed_by(self) -> dict[str, str]:
        """For `truce list`: " · changed by ROLE on DATE TIME" (UTC) per session id."""
        return {
            row["id"]: f"  · changed by {row['changed_by']} on "
            f"{row['changed_at'].strftime('%Y-%m-%d %H:%M')} UTC"
            for row in self.changes()
        }
