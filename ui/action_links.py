"""Adding an action from the stage item it answers (a checklist step, a funnel stage...).

The action plan page shows it the next time it is opened, already linked to its source.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui import prompts
from ui.pages.base import StagePage
from workshop_app.domain import Action, new_id
from workshop_app.domain.limits import LINE


def add_linked_action(
    page: StagePage, kind: str, ref: str, label: str, department: str = ""
) -> Action | None:
    """Ask for the action's title and save it linked to ``kind``/``ref``; None if cancelled."""
    session = page.session
    if session is None:
        return None
    translate = QCoreApplication.translate  # named so for pyside6-lupdate
    title = prompts.text(
        page,
        translate("actions", "New action"),
        translate("actions", "What will be done about “%1”?").replace("%1", label),
    )
    if title is None or not title.strip():
        return None
    action = Action(
        id=new_id(),
        title=title.strip()[:LINE],
        source_kind=kind,
        source_ref=ref,
        department=department,
    )
    if page.write(
        translate("actions", "New action"), lambda: page.store.save_action(session.id, action)
    ):
        session.actions.append(action)
        return action
    return None
