"""Numbered schema migrations. The database records the last one applied in PRAGMA user_version.

Never edit a migration that has shipped: add the next number.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str]] = [
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
]

LATEST = MIGRATIONS[-1][0]
