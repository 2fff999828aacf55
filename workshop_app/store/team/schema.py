"""The team library's schema in PostgreSQL, as numbered migrations applied on first connect.

The tables are the local library's (store/schema.py, the shape its migrations reach),
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

from workshop_app.store import schema as local

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


def _statements(statements: list[str]) -> str:
    return "".join(f"{statement};\n" for statement in statements)


# The local library's tables (store/schema.py, the shape its migrations reach), column for column;
# sessions gain the team's three columns, history an identity column that keeps its order.
TABLES = f"""
CREATE TABLE sessions ({local.SESSIONS.rstrip()},
    version BIGINT NOT NULL DEFAULT 1,
    owner_role TEXT NOT NULL DEFAULT current_user,
    changed_by TEXT NOT NULL DEFAULT current_user,
    changed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
{_statements(local.SESSIONS_INDEXES)}CREATE INDEX sessions_organisation ON sessions (organisation);
CREATE TABLE participants ({local.PARTICIPANTS});
CREATE TABLE sections ({local.SECTIONS});
CREATE TABLE actions ({local.actions(local.ACTION_DEPARTMENTS)});
{_statements(local.ACTIONS_INDEXES)}
-- Append-only: rowid keeps the order history was written in.
CREATE TABLE action_events (
    rowid BIGINT GENERATED ALWAYS AS IDENTITY,{local.ACTION_EVENTS});
{_statements(local.ACTION_EVENTS_INDEXES)}"""

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
