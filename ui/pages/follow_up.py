"""Turning something the room said into an action on the plan, in one step, from any stage."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from ui import prompts
from ui.pages.base import StagePage
from workshop_app.domain import Action, new_id
from workshop_app.domain.limits import LINE, TEXT

MESSAGE_MS = 6000


def _t(text: str) -> str:
    return QCoreApplication.translate("follow_up", text)


def announce(page: StagePage, message: str) -> None:
    """A quiet confirmation in the window's status bar, where "Saved" also appears."""
    window = page.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, MESSAGE_MS)


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
            page, _t("Turn into an action"), _t("Write something first: an action needs a title.")
        )
        return None
    existing = next(
        (a for a in session.actions if a.source_kind == source_kind and a.source_ref == source_ref),
        None,
    )
    if existing is not None:
        choice = prompts.choose(
            page,
            _t("Turn into an action"),
            _t("The action plan already has “%1” for this. Add another action anyway?").replace(
                "%1", existing.title
            ),
            [_t("Add another")],
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
        _t("Turn into an action"), lambda: page.store.save_action(session.id, action)
    ):
        return None
    session.actions.append(action)
    announce(page, _t("Added to the action plan: %1").replace("%1", title))
    return action
