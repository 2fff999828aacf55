"""Turning something the room said into an action on the plan, in one step, from any stage."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui import prompts
from ui.pages.base import StagePage, announce
from workshop_app.domain import Action, new_id
from workshop_app.domain.limits import LINE, TEXT

# Written out in full at every call, because pyside6-lupdate only finds literal translate() calls.
translate = QCoreApplication.translate


def add_action(
    page: StagePage,
    title: str,
    *,
    source_kind: str,
    source_ref: str,
    department: str = "",
    description: str = "",
    success_measure: str = "",
) -> Action | None:
    """Add an action answering ``source_kind``/``source_ref``; asks before adding a second one."""
    session = page.session
    if session is None:
        return None
    title = " ".join(title.split())
    if not title:
        prompts.error(
            page,
            translate("follow_up", "Turn into an action"),
            translate("follow_up", "Write something first: an action needs a title."),
        )
        return None
    existing = next(
        (a for a in session.actions if a.source_kind == source_kind and a.source_ref == source_ref),
        None,
    )
    if existing is not None:
        choice = prompts.choose(
            page,
            translate("follow_up", "Turn into an action"),
            translate(
                "follow_up", "The action plan already has “%1” for this. Add another action anyway?"
            ).replace("%1", existing.title),
            [translate("follow_up", "Add another")],
        )
        if choice != 0:
            return None
    if len(title) > LINE:
        title = title[: LINE - 1] + "…"
    action = Action(
        id=new_id(),
        title=title,
        description=description[:TEXT],
        source_kind=source_kind,
        source_ref=source_ref,
        department=department,
        success_measure=success_measure[:LINE],
    )
    if not page.write(
        translate("follow_up", "Turn into an action"),
        lambda: page.store.save_action(session.id, action),
    ):
        return None
    session.actions.append(action)
    announce(page, translate("follow_up", "Added to the action plan: %1").replace("%1", title))
    return action
