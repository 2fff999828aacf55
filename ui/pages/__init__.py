"""One page per workshop stage, in the order of the workshop. A stage appears here when its page exists."""

from __future__ import annotations

from ui.pages.base import StagePage
from ui.pages.diagnosis import DiagnosisPage
from ui.pages.frictions import FrictionsPage
from ui.pages.goals import GoalsPage
from ui.pages.role_swap import RoleSwapPage
from ui.pages.setup import SetupPage

PAGES: list[type[StagePage]] = [SetupPage, DiagnosisPage, FrictionsPage, RoleSwapPage, GoalsPage]
