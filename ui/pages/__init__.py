"""One page per workshop stage, in ``ui/pages/<stage>.py``. A page's module is imported when its
page is first built, so opening a session costs the page on screen, not all nine."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.pages.base import StagePage

CLASSES = {
    "setup": "SetupPage",
    "diagnosis": "DiagnosisPage",
    "frictions": "FrictionsPage",
    "role_swap": "RoleSwapPage",
    "goals": "GoalsPage",
    "role_split": "RoleSplitPage",
    "ten_steps": "TenStepsPage",
    "actions": "ActionsPage",
    "wrap_up": "WrapUpPage",
}


def page_class(stage: str) -> type[StagePage]:
    return getattr(import_module(f"ui.pages.{stage}"), CLASSES[stage])
