"""Names for screen readers on controls that have no visible label of their own.

Tables, lists, charts and filter boxes are named here by their objectName, in one place, so each
page keeps its layout code and a new control is named by adding a line. StageFrame applies it
after a page is (re)loaded, which also covers widgets a page builds lazily (the charts).
tests/ui/test_accessibility.py walks every page and fails on a control left without a name.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtWidgets import QWidget

translate = QCoreApplication.translate


def _names() -> dict[str, str]:
    return {
        "setup_follow_up": translate("accessibility", "Date of the follow-up workshop"),
        "participantsTable": translate("accessibility", "Participants"),
        "answerGrid": translate("accessibility", "Assessment answers, one row per participant"),
        "assessmentNotes": translate("accessibility", "Notes on the assessment"),
        "frictionTable": translate("accessibility", "Friction map ratings"),
        "frictionNotes": translate("accessibility", "Notes on the selected driver"),
        "timerMinutes": translate("accessibility", "Minutes on the timer"),
        "ownGoals_sales": translate("accessibility", "Sales' own goals"),
        "ownGoals_marketing": translate("accessibility", "Marketing's own goals"),
        "sharedGoals": translate("accessibility", "Shared goals"),
        "goalTarget": translate("accessibility", "Target"),
        "goalUnit": translate("accessibility", "Unit"),
        "goalDeadline": translate("accessibility", "Deadline"),
        "archetype": translate("accessibility", "How the work is split"),
        "raciGrid": translate("accessibility", "Who is responsible at each funnel stage"),
        "filterStatus": translate("accessibility", "Show actions with this status"),
        "filterDepartment": translate("accessibility", "Show actions of this department"),
        "filterSource": translate("accessibility", "Show actions answering this kind of item"),
        "filterOwner": translate("accessibility", "Show actions of this owner"),
        "actionsTable": translate("accessibility", "Action plan"),
        "wrapUpText": translate("accessibility", "Wrap-up summary"),
        "gapTable": translate("accessibility", "Perception gap per statement"),
        "ruleSuggestions": translate("accessibility", "Suggested rules of engagement"),
        "newRule": translate("accessibility", "New rule of engagement"),
        "rulesList": translate("accessibility", "Rules of engagement"),
        "contactsTable": translate("accessibility", "Who to call"),
        "insightsList": translate("accessibility", "Insights and misreadings"),
        "gapChart": translate(
            "accessibility", "Chart of the perception gap between Sales and Marketing"
        ),
        "stepChart": translate(
            "accessibility", "Chart of today's level and the target for each step"
        ),
        "roleMapChart": translate("accessibility", "Chart of who leads each funnel stage"),
    }


_NUMBERED = re.compile(r"^evidence_s?(\d+)$")


@cache
def _named_controls() -> QRegularExpression:
    """Every objectName named here (and the numbered evidence boxes), as one pattern: Qt walks
    the page for them without handing Python each of its hundreds of widgets (~1 ms a page)."""
    names = "|".join(re.escape(name) for name in _names())
    return QRegularExpression(f"^(?:{names}|{_NUMBERED.pattern[1:-1]})$")


def name_controls(root: QWidget) -> None:
    """Give every known control under ``root`` its accessible name, unless it already has one."""
    names = _names()
    for widget in root.findChildren(QWidget, _named_controls()):
        if widget.accessibleName():
            continue
        name = names.get(widget.objectName())
        if name is None:
            match = _NUMBERED.match(widget.objectName())
            if match:
                name = translate("accessibility", "Evidence for step %1").replace(
                    "%1", match.group(1)
                )
        if name:
            widget.setAccessibleName(name)
