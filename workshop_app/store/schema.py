"""The library's tables as this Truce makes them.

A new library is created from ``NEW_LIBRARY`` in one transaction, at ``VERSION``; an older one is
brought to the same shape by ``migrations.py`` (``tests/store/test_migrations.py`` migrates a
library from every earlier version and compares the two). A migration that changes a table
changes its definition here too, and ``VERSION`` with it.
"""

from __future__ import annotations

# The enumerations of resources/schema/session.schema.json, enforced by the database too.
LANGUAGES = ("en", "pl", "nl", "zh_CN", "zh_TW")
DEPARTMENTS = ("sales", "marketing", "leadership", "other")
ACTION_DEPARTMENTS = (*DEPARTMENTS, "joint")  # migration 5: Sales and Marketing together
STATUSES = ("planned", "in_progress", "done", "dropped", "carried_over")
PRIORITIES = ("high", "medium", "low")
SOURCE_KINDS = ("", "friction", "goal", "role_swap", "role_map", "checklist", "lever", "note")
EVENT_KINDS = ("status", "due", "note", "carried_over")

VERSION = 5  # the migration whose result NEW_LIBRARY is


def one_of(column: str, values: tuple[str, ...]) -> str:
    return f"CHECK ({column} IN ({', '.join(repr(v) for v in values)}))"


def rating(column: str) -> str:
    return f"CHECK ({column} IS NULL OR {column} BETWEEN 1 AND 5)"


def compact(definition: str) -> str:
    """One line: the whole schema stays on the database's first page."""
    return " ".join(definition.split())


SESSIONS = f"""
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    facilitator TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en' {one_of("language", LANGUAGES)},
    notes TEXT NOT NULL DEFAULT '',
    series_id TEXT NOT NULL DEFAULT '',
    previous_id TEXT NOT NULL DEFAULT '',
    follow_up_date TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    search_text TEXT NOT NULL DEFAULT ''
"""
SESSIONS_INDEXES = [
    "CREATE INDEX sessions_listing ON sessions (deleted_at, date DESC, updated_at DESC, id)",
    "CREATE INDEX sessions_series ON sessions (series_id)",
]

PARTICIPANTS = f"""
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL {one_of("department", DEPARTMENTS)},
    role TEXT NOT NULL DEFAULT '',
    anonymous INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
    PRIMARY KEY (session_id, id)
"""

SECTIONS = """
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (session_id, name)
"""


def actions(departments: tuple[str, ...]) -> str:
    """The actions' table; migration 4 made it with DEPARTMENTS, migration 5 widened them."""
    return f"""
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    source_kind TEXT NOT NULL DEFAULT '' {one_of("source_kind", SOURCE_KINDS)},
    source_ref TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '' {one_of("department", ("", *departments))},
    due TEXT NOT NULL DEFAULT '',
    priority TEXT NOT NULL DEFAULT 'medium' {one_of("priority", PRIORITIES)},
    status TEXT NOT NULL DEFAULT 'planned' {one_of("status", STATUSES)},
    success_measure TEXT NOT NULL DEFAULT '',
    impact INTEGER {rating("impact")},
    effort INTEGER {rating("effort")},
    votes INTEGER NOT NULL DEFAULT 0 CHECK (votes BETWEEN 0 AND 100000),
    carried_from TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (session_id, id)
"""


ACTIONS_INDEXES = [
    "CREATE INDEX actions_tracker ON actions (status, due)",
    "CREATE INDEX actions_due ON actions (due)",
    "CREATE INDEX actions_carried_from ON actions (carried_from) WHERE carried_from != ''",
]

ACTION_EVENTS = f"""
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    action_id TEXT NOT NULL,
    at TEXT NOT NULL,
    kind TEXT NOT NULL {one_of("kind", EVENT_KINDS)},
    status TEXT NOT NULL {one_of("status", STATUSES)},
    due TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (session_id, id),
    FOREIGN KEY (session_id, action_id) REFERENCES actions (session_id, id) ON DELETE CASCADE
"""
ACTION_EVENTS_INDEXES = [
    "CREATE INDEX action_events_by_action ON action_events (session_id, action_id, at)"
]

NEW_LIBRARY: list[str] = [
    f"CREATE TABLE sessions ({compact(SESSIONS)})",
    *SESSIONS_INDEXES,
    f"CREATE TABLE participants ({compact(PARTICIPANTS)})",
    f"CREATE TABLE sections ({compact(SECTIONS)})",
    f"CREATE TABLE actions ({compact(actions(ACTION_DEPARTMENTS))})",
    *ACTIONS_INDEXES,
    f"CREATE TABLE action_events ({compact(ACTION_EVENTS)})",
    *ACTION_EVENTS_INDEXES,
]
