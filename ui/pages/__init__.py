"""One page per workshop stage: ``ui/pages/<stage id>.py`` defines ``<StageId>Page`` (the id in
CamelCase: ``role_split`` → ``RoleSplitPage``), for every stage in ``workshop_app.stages``. A page's
module is imported when its page is first built, so opening a session costs the page on screen,
not all of them."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from workshop_app.stages import STAGE_IDS

if TYPE_CHECKING:
    from ui.pages.base import StagePage


def class_name(stage: str) -> str:
    return "".join(part.capitalize() for part in stage.split("_")) + "Page"


def page_class(stage: str) -> type[StagePage]:
    if stage not in STAGE_IDS:
        raise KeyError(stage)
    return getattr(import_module(f"ui.pages.{stage}"), class_name(stage))


def go_shortcut(position: int) -> str | None:
    """The Go menu's key for the stage at ``position`` (1 for the first): Ctrl+1 to Ctrl+9, then
    Ctrl+0 for a tenth stage; any later stage is reached through the menu and the navigator."""
    if 1 <= position <= 9:
        return f"Ctrl+{position}"
    return "Ctrl+0" if position == 10 else None
