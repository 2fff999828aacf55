"""Numbered schema migrations. The database records the last one applied in PRAGMA user_version.

A migration is a script (statements separated by semicolons) or a list of steps, each one SQL
statement or a Python function given the connection; the runner (connection.migrate) applies one
migration in one transaction, with foreign keys off so that tables can be rebuilt, and checks
every reference before it commits. Never edit a migration that has shipped: add the next number.

A table whose columns, rules or references change is rebuilt by sqlite-utils
(``Table.transform``/``transform_sql``: create, copy with rowids, drop, rename, indexes again), which
keeps every CHECK, default and reference it does not change; ``add_column`` and ``create_index``
serve the simpler steps. sqlite-utils is imported inside the step, so an ordinary start never loads
it. Migrations 1 to 4 are plain SQL as they shipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from workshop_app.store import schema
from workshop_app.store.faults import DatabaseError
from workshop_app.store.schema import (
    ACTION_DEPARTMENTS,
    DEPARTMENTS,
    EVENT_KINDS,
    LANGUAGES,
    PRIORITIES,
    SOURCE_KINDS,
    STATUSES,
)

Step = str | Callable[[sqlite3.Connection], None]

# Every rule of migration 4, to find the rows an older Truce (or a hand edit) left outside them.
RULES = [
    ("sessions", "language", f"language NOT IN {LANGUAGES!r}"),
    ("participants", "department", f"department NOT IN {DEPARTMENTS!r}"),
    ("participants", "anonymous", "anonymous NOT IN (0, 1)"),
    ("actions", "status", f"status NOT IN {STATUSES!r}"),
    ("actions", "priority", f"priority NOT IN {PRIORITIES!r}"),
    ("actions", "department", f"department NOT IN {('', *DEPARTMENTS)!r}"),
    ("actions", "source_kind", f"source_kind NOT IN {SOURCE_KINDS!r}"),
    ("actions", "impact", "impact IS NOT NULL AND impact NOT BETWEEN 1 AND 5"),
    ("actions", "effort", "effort IS NOT NULL AND effort NOT BETWEEN 1 AND 5"),
    ("actions", "votes", "votes NOT BETWEEN 0 AND 100000"),
    ("action_events", "kind", f"kind NOT IN {EVENT_KINDS!r}"),
    ("action_events", "status", f"status NOT IN {STATUSES!r}"),
]


def _check_rows(conn: sqlite3.Connection) -> None:
    """Refuse, in words, to tighten a database holding values the new rules would refuse; the
    database is left as it was (and the backup taken before migrating is there)."""
    for table, column, outside in RULES:
        count = conn.execute(f"SELECT count(*) FROM {table} WHERE {outside}").fetchone()[0]
        if count:
            raise DatabaseError("storage.unknown_values", what=f"{table}.{column}", count=count)


def _drop_orphan_events(conn: sqlite3.Connection) -> None:
    # History of an action that was removed before removal took its history with it: nothing
    # shows it, and a document holding it would be refused on import.
    conn.execute(
        "DELETE FROM action_events WHERE NOT EXISTS (SELECT 1 FROM actions a "
        "WHERE a.session_id = action_events.session_id AND a.id = action_events.action_id)"
    )


def _rebuild(table: str, definition: str, indexes: list[str]) -> list[Step]:
    """SQLite cannot add a CHECK or a foreign key to a table: build it anew, copy, swap."""
    definition = schema.compact(definition)
    return [
        f"CREATE TABLE {table}_new ({definition})",
        f"INSERT INTO {table}_new SELECT * FROM {table}",
        f"DROP TABLE {table}",
        f"ALTER TABLE {table}_new RENAME TO {table}",
        *indexes,
    ]


CONSTRAINTS: list[Step] = [
    _check_rows,
    _drop_orphan_events,
    *_rebuild("sessions", schema.SESSIONS, schema.SESSIONS_INDEXES),
    *_rebuild("participants", schema.PARTICIPANTS, []),
    *_rebuild("actions", schema.actions(DEPARTMENTS), schema.ACTIONS_INDEXES),
    *_rebuild("action_events", schema.ACTION_EVENTS, schema.ACTION_EVENTS_INDEXES),
]


def _allow_joint_actions(conn: sqlite3.Connection) -> None:
    """Let an action's department be "joint": the table is rebuilt with the wider CHECK.

    sqlite-utils reads the table as it stands (columns, defaults, NOT NULLs, CHECKs, references
    with their ON DELETE, indexes) and plans the rebuild: create a new table, copy every row with
    its rowid, drop the old one, rename, recreate the indexes. It cannot change a CHECK itself,
    so the one department CHECK is widened in its plan's CREATE TABLE. The runner holds the
    transaction and has foreign keys off, so the history that refers to the actions stays."""
    import sqlite_utils  # only when a library is created or updated, never on an ordinary start

    db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
    # sqlite-utils writes an integer default back as text ('0'); keep the number
    plan = db.table("actions").transform_sql(defaults={"votes": 0})
    old = schema.one_of("department", ("", *DEPARTMENTS))
    if plan[0].count(old) != 1:
        raise DatabaseError("storage.foreign_table")
    plan[0] = plan[0].replace(old, schema.one_of("department", ("", *ACTION_DEPARTMENTS)))
    for statement in plan:
        conn.execute(statement)


MIGRATIONS: list[tuple[int, str | list[Step]]] = [
    (
        1,
        """
        CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            organisation TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL DEFAULT '',
            location TEXT NOT NULL DEFAULT '',
            facilitator TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'en',
            notes TEXT NOT NULL DEFAULT '',
            series_id TEXT NOT NULL DEFAULT '',
            previous_id TEXT NOT NULL DEFAULT '',
            follow_up_date TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            search_text TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX sessions_listing ON sessions (deleted_at, date DESC, updated_at DESC);
        CREATE INDEX sessions_series ON sessions (series_id);

        CREATE TABLE participants (
            session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            position INTEGER NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            department TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            anonymous INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (session_id, id)
        );

        CREATE TABLE sections (
            session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (session_id, name)
        );

        CREATE TABLE actions (
            session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            source_kind TEXT NOT NULL DEFAULT '',
            source_ref TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL DEFAULT '',
            department TEXT NOT NULL DEFAULT '',
            due TEXT NOT NULL DEFAULT '',
            priority TEXT NOT NULL DEFAULT 'medium',
            status TEXT NOT NULL DEFAULT 'planned',
            success_measure TEXT NOT NULL DEFAULT '',
            impact INTEGER,
            effort INTEGER,
            votes INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (session_id, id)
        );
        CREATE INDEX actions_tracker ON actions (status, due);
        """,
    ),
    (
        2,
        # Review and follow-up: an action remembers the earlier action it continues, and every
        # status or due-date change is kept as a dated event. Events belong to the session, so
        # trashing and purging a session takes its history with it.
        """
        ALTER TABLE actions ADD COLUMN carried_from TEXT NOT NULL DEFAULT '';

        CREATE TABLE action_events (
            session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            action_id TEXT NOT NULL,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            status TEXT NOT NULL,
            due TEXT NOT NULL DEFAULT '',
            comment TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (session_id, id)
        );
        CREATE INDEX action_events_by_action ON action_events (session_id, action_id, at);
        CREATE INDEX actions_due ON actions (due);
        CREATE INDEX actions_carried_from ON actions (carried_from) WHERE carried_from != '';
        """,
    ),
    (
        3,
        # The library lists every session's id at start-up, newest first. With the id in the
        # listing index SQLite reads the index alone, not each session's row too: half the
        # time for a library of 10,000 sessions.
        """
        DROP INDEX sessions_listing;
        CREATE INDEX sessions_listing ON sessions (deleted_at, date DESC, updated_at DESC, id);
        """,
    ),
    # The schema's enumerations and references, enforced by the database as well as by Truce.
    (4, CONSTRAINTS),
    # An action may be joint: Sales and Marketing carry it out together.
    (5, [_allow_joint_actions]),
]

LATEST = MIGRATIONS[-1][0]
