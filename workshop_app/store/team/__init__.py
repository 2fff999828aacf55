"""The team library: an organisation's PostgreSQL database shared by facilitators, department
heads and HR. psycopg is imported only when such a library is opened, never on the way to the
local library (``address.is_team_address`` answers without it)."""

from workshop_app.store.team.address import is_team_address, where

__all__ = ["is_team_address", "where"]
