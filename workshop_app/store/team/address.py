"""Which libraries are team libraries, and how to name one in a message, without psycopg.

A team library is named the way libpq names a server: a connection URI (``postgresql://…``,
``sslmode`` and every other parameter passed through as they are) or a keyword string, most often
just a service from ``~/.pg_service.conf`` (``service=truce``). Passwords come from libpq's own
places (``~/.pgpass``, the service file, ``PGPASSWORD``), never from Truce's settings.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from workshop_app.paths import TEAM_SCHEMES as SCHEMES
from workshop_app.paths import is_team_address

__all__ = ["has_password", "is_team_address", "label", "where"]


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
    """The library as a person would name it: "database on host", or the service; never the
    password or other parameters."""
    address = address.strip()
    if address.lower().startswith(SCHEMES):
        parts = urlsplit(address)
        query = parse_qs(parts.query)
        if "service" in query:
            return f"the team library “{query['service'][0]}”"
        database = parts.path.lstrip("/") or (query.get("dbname") or [""])[0]
        host = parts.hostname or (query.get("host") or [""])[0] or "this computer"
        if host.startswith("/"):
            host = "this computer"
        return f"the team library “{database or 'default'}” on {host}"
    found = dict(re.findall(r"(\w+)\s*=\s*'?([^\s']*)", address))
    if "service" in found:
        return f"the team library “{found['service']}”"
    return f"the team library “{found.get('dbname', 'default')}” on {found.get('host', 'this computer')}"
