"""The team library's schema in PostgreSQL, as numbered migrations applied on first connect.

The tables are the local library's (store.migrations, as it stands after its fifth migration),
with the same columns, checks and references, so that the same rows, listing and tracking code
serves both; and three columns of the team's own on each session: ``version`` (one more at every
change, for compare-and-set when publishing), ``changed_by`` and ``changed_at`` (who changed it
last, set by the server from the connected role, so nobody can claim another's change). A
trigger keeps them and tells listening windows (NOTIFY truce_library) that something changed: not
which session, since a listener may not be allowed to know that it exists.

``truce_schema`` records the last migration applied; a library with a newer one is refused.
Never edit a migration that has shipped: add the next number.
"""

from __future__ import annotations

from workshop_app.store.migrations import (
    ACTION_DEPARTMENTS,
    DEPARTMENTS,
    EVENT_KINDS,
    LANGUAGES,
    PRIORITIES,
    SOURCE_KINDS,
    STATUSES,
)


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"CHECK ({column} IN ({', '.join(repr(v) for v in values)}))"


def _rating(column: str) -> str:
    return f"CHECK ({column} IS NULL OR {column} BETWEEN 1 AND 5)"


# The few SQLite functions the shared SQL calls, as PostgreSQL functions of the same meaning.
FUNCTIONS = """
CREATE FUNCTION casefold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT lower($1) $$;
CREATE FUNCTION truce_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT lower(coalesce($1, '')) $$;
CREATE FUNCTION instr(text, text) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT strpos($1, $2) $$;
-- The one printf the library's series order uses: printf('%d|%s|%09d', alone, series, place).
CREATE FUNCTION printf(text, boolean, text, bigint) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT $2::int::text || '|' || $3 || '|' || lpad($4::text, 9, '0') $$;
"""

TABLES = f"""
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    facilitator TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en' {_one_of("language", LANGUAGES)},
    notes TEXT NOT NULL DEFAULT '',
    series_id TEXT NOT NULL DEFAULT '',
    previous_id TEXT NOT NULL DEFAULT '',
    follow_up_date TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    search_text TEXT NOT NULL DEFAULT '',
    version BIGINT NOT NULL DEFAULT 1,
    owner_role TEXT NOT NULL DEFAULT current_user,
    changed_by TEXT NOT NULL DEFAULT current_user,
    changed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX sessions_listing ON sessions (deleted_at, date DESC, updated_at DESC, id);
CREATE INDEX sessions_series ON sessions (series_id);
CREATE INDEX sessions_organisation ON sessions (organisation);

CREATE TABLE participants (
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL {_one_of("department", DEPARTMENTS)},
    role TEXT NOT NULL DEFAULT '',
    anonymous INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
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
    source_kind TEXT NOT NULL DEFAULT '' {_one_of("source_kind", SOURCE_KINDS)},
    source_ref TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '' {_one_of("department", ("", *ACTION_DEPARTMENTS))},
    due TEXT NOT NULL DEFAULT '',
    priority TEXT NOT NULL DEFAULT 'medium' {_one_of("priority", PRIORITIES)},
    status TEXT NOT NULL DEFAULT 'planned' {_one_of("status", STATUSES)},
    success_measure TEXT NOT NULL DEFAULT '',
    impact INTEGER {_rating("impact")},
    effort INTEGER {_rating("effort")},
    votes INTEGER NOT NULL DEFAULT 0 CHECK (votes BETWEEN 0 AND 100000),
    carried_from TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (session_id, id)
);
CREATE INDEX actions_tracker ON actions (status, due);
CREATE INDEX actions_due ON actions (due);
CREATE INDEX actions_carried_from ON actions (carried_from) WHERE carried_from != '';

-- Append-only: rowid keeps the order history was written in.
CREATE TABLE action_events (
    rowid BIGINT GENERATED ALWAYS AS IDENTITY,
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    action_id TEXT NOT NULL,
    at TEXT NOT NULL,
    kind TEXT NOT NULL {_one_of("kind", EVENT_KINDS)},
    status TEXT NOT NULL {_one_of("status", STATUSES)},
    due TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (session_id, id),
    FOREIGN KEY (session_id, action_id) REFERENCES actions (session_id, id) ON DELETE CASCADE
);
CREATE INDEX action_events_by_action ON action_events (session_id, action_id, at);
"""

# Every change of a session (its own row; its parts touch it) counts a version, names the role
# that made it and tells the windows listening.
TRIGGERS = """
CREATE FUNCTION truce_session_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('truce_library', '');
        RETURN OLD;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        -- One version per transaction, however many of its statements touch the session; a
        -- session replaced whole (deleted and added in one transaction) sets its next version.
        IF OLD.xmin::text::bigint = pg_current_xact_id()::text::bigint % 4294967296 THEN
            NEW.version := greatest(OLD.version, NEW.version);
        ELSE
            NEW.version := greatest(OLD.version, NEW.version) + 1;
        END IF;
    END IF;
    NEW.changed_by := current_user;
    NEW.changed_at := now();
    PERFORM pg_notify('truce_library', '');
    RETURN NEW;
END $$;
CREATE TRIGGER sessions_changed BEFORE INSERT OR UPDATE OR DELETE ON sessions
    FOR EACH ROW EXECUTE FUNCTION truce_session_changed();
"""

MIGRATIONS: list[tuple[int, str]] = [(1, FUNCTIONS + TABLES + TRIGGERS)]

LATEST = MIGRATIONS[-1][0]
