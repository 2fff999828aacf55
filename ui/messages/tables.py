"""Every table of the core's messages (one module per area of the core)."""

from __future__ import annotations

from ui.messages import (
    table_command_line,
    table_documents,
    table_funnel,
    table_storage,
    table_team,
    table_workshop,
)

TABLES = (
    table_command_line,
    table_documents,
    table_funnel,
    table_storage,
    table_team,
    table_workshop,
)
