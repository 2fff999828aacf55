"""One page per workshop stage, in the order of the workshop. A stage appears here when its page exists."""

from __future__ import annotations

from ui.pages.actions import ActionsPage
from ui.pages.base import StagePage
from ui.pages.diagnosis import DiagnosisPage
from ui.pages.frictions import FrictionsPage
from ui.pages.goals import GoalsPage
from ui.pages.role_split import RoleSplitPage
from ui.pages.role_swap import RoleSwapPage
from ui.pages.setup import SetupPage
from ui.pages.ten_steps import TenStepsPage
from ui.pages.wrap_up import WrapUpPage

PAGES: list[type[StagePage]] = [
    SetupPage,
    DiagnosisPage,
    FrictionsPage,
    RoleSwapPage,
    GoalsPage,
    RoleSplitPage,
    TenStepsPage,
    ActionsPage,
    WrapUpPage,
]
