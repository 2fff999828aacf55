"""Names for screen readers on controls that have no visible label of their own.

Tables, lists, charts and filter boxes are named here by their objectName, in one place, so each
page keeps its layout code and a new control is named by adding a line. StageFrame applies it
after a page is (re)loaded, which also covers widgets a page builds lazily (the charts).
tests/ui/test_accessibility.py walks every page and fails on a control left without a name.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("accessibility", text)


def _names() -> dict[str, str]:
    return {
        "setup_follow_up": _t("Date of the follow-up workshop"),
        "participantsTable": _t("Participants"),
        "answerGrid": _t("Assessment answers, one row per participant"),
        "assessmentNotes": _t("Notes on the assessment"),
        "frictionTable": _t("Friction map ratings"),
        "frictionNotes": _t("Notes on the selected driver"),
        "timerMinutes": _t("Minutes on the timer"),
        "ownGoals_sales": _t("Sales' own goals"),
        "ownGoals_marketing": _t("Marketing's own goals"),
        "sharedGoals": _t("Shared goals"),
        "goalTarget": _t("Target"),
        "goalUnit": _t("Unit"),
        "goalDeadline": _t("Deadline"),
        "archetype": _t("How the work is split"),
        "raciGrid": _t("Who is responsible at each funnel stage"),
        "filterStatus": _t("Show actions with this status"),
        "filterDepartment": _t("Show actions of this department"),
        "filterSource": _t("Show actions answering this kind of item"),
        "filterOwner": _t("Show actions of this owner"),
        "actionsTable": _t("Action plan"),
        "wrapUpText": _t("Wrap-up summary"),
        "gapTable": _t("Perception gap per statement"),
        "ruleSuggestions": _t("Suggested rules of engagement"),
        "newRule": _t("New rule of engagement"),
        "rulesList": _t("Rules of engagement"),
        "contactsTable": _t("Who to call"),
        "insightsList": _t("Insights and misreadings"),
    }


def _by_class() -> dict[str, str]:
    return {
        "GapChart": _t("Chart of the perception gap between Sales and Marketing"),
        "StepChart": _t("Chart of today's level and the target for each step"),
        "RoleMapChart": _t("Chart of who leads each funnel stage"),
    }


_NUMBERED = re.compile(r"^evidence_s?(\d+)$")


def name_controls(root: QWidget) -> None:
    """Give every known control under ``root`` its accessible name, unless it already has one."""
    names, classes = _names(), _by_class()
    for widget in root.findChildren(QWidget):
        if widget.accessibleName():
            continue
        name = names.get(widget.objectName()) or classes.get(type(widget).__name__)
        if name is None:
            match = _NUMBERED.match(widget.objectName())
            if match:
                name = _t("Evidence for step %1").replace("%1", match.group(1))
        if name:
            widget.setAccessibleName(name)
