"""Which libraries are team libraries, and how to name one in a message, without psycopg.

A team library is named the way libpq names a server: a connection URI (``postgresql://…``,
``sslmode`` and every other parameter passed through as they are) or a keyword string, most often
just a service from ``~/.pg_service.conf`` (``service=truce``). Passwords come from libpq's own
places (``~/.pgpass``, the service file, ``PGPASSWORD``), never from Truce's settings.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from workshop_app.messages import Message, say
from workshop_app.paths import TEAM_SCHEMES as SCHEMES
from workshop_app.paths import is_team_address

__all__ = ["has_password", "is_team_address", "label", "place", "where"]


def has_password(address: str) -> bool:
    """Whether the address carries a password, which Truce will not keep in its settings."""
    if address.lower().startswith(SCHEMES):
        parts = urlsplit(address)
        return bool(parts.password) or "password" in parse_qs(parts.query)
    return bool(re.search(r"(^|\s)password\s*=", address, re.IGNORECASE))


def label(address: str) -> str:
    """The library's name in any language's sentence: “database” on host, or “service”."""
    named = where(address).removeprefix("the team library ")
    return named.replace(" on this computer", "").replace(" on ", " @ ")


def where(address: str) -> str:
    """The library as a person would name it, in English: "database on host", or the service;
    never the password or other parameters."""
    return say(Message("team.the_library", place=place(address)))


def place(address: str) -> Message:
    """The library's own name, “database” on host or “service”, as a message that each
    language says in its own words (its templates say "the team library" in their grammar)."""
    address = address.strip()
    if address.lower().startswith(SCHEMES):
        parts = urlsplit(address)
        query = parse_qs(parts.query)
        if "service" in query:
            return Message("team.place.service", service=query["service"][0])
        database = parts.path.lstrip("/") or (query.get("dbname") or [""])[0]
        host = parts.hostname or (query.get("host") or [""])[0]
        return _on(database or "default", "" if host.startswith("/") else host)
    found = dict(re.findall(r"(\w+)\s*=\s*'?([^\s']*)", address))
    if "service" in found:
        return Message("team.place.service", service=found["service"])
    return _on(found.get("dbname", "default"), found.get("host", ""))


def _on(database: str, host: str) -> Message:
    if host:
        return Message("team.place.on_host", database=database, host=host)
    return Message("team.place.here", database=database)
