"""The one seam for modal dialogs. Tests patch these functions; nothing else opens a QMessageBox
or a QFileDialog.

The Qt dialog classes are imported where they are used: PySide sets a class up on its first use,
and QMessageBox alone costs a few milliseconds that no start of Truce needs to pay."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QMessageBox, QWidget

    from ui.dialogs.preview import PdfPages


def _plain(box: QMessageBox) -> QMessageBox:
    """A message quotes file names and what people typed: never read as markup."""
    from PySide6.QtCore import Qt

    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def error(parent: QWidget | None, title: str, message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    _plain(QMessageBox(QMessageBox.Icon.Warning, title, message, parent=parent)).exec()


def info(parent: QWidget | None, title: str, message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    _plain(QMessageBox(QMessageBox.Icon.Information, title, message, parent=parent)).exec()


def confirm(parent: QWidget | None, title: str, message: str, action: str) -> bool:
    """Ask before anything is destroyed; the destructive button is never the default."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Cancel, parent
    )
    go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go


def choose(parent: QWidget | None, title: str, message: str, options: list[str]) -> int | None:
    """Offer a few labelled choices; returns the index picked, or None when cancelled."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Question, title, message, QMessageBox.StandardButton.Cancel, parent
    )
    buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None


def text(parent: QWidget | None, title: str, label: str, value: str = "") -> str | None:
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    result, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, value)
    return result if ok else None


def new_driver(parent: QWidget | None, title: str, groups: list[str]) -> tuple[str, int] | None:
    """A friction driver's name and the index of its group, or None when cancelled."""
    from ui.dialogs.new_driver import NewDriverDialog

    dialog = NewDriverDialog(title, groups, parent)
    return dialog.chosen() if dialog.exec() == NewDriverDialog.DialogCode.Accepted else None


def open_file(parent: QWidget | None, title: str, folder: str, filters: str) -> str | None:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return path or None


def save_file(parent: QWidget | None, title: str, path: str, filters: str) -> str | None:
    from PySide6.QtWidgets import QFileDialog

    chosen, _ = QFileDialog.getSaveFileName(parent, title, path, filters)
    return chosen or None


def new_session(parent: QWidget | None) -> dict | None:
    """The details of a new session, or None when cancelled."""
    from ui.dialogs.new_session import NewSessionDialog

    dialog = NewSessionDialog(parent)
    return dialog.details() if dialog.exec() == NewSessionDialog.DialogCode.Accepted else None


def about(parent: QWidget | None, language: str) -> None:
    from ui.dialogs.about import AboutDialog

    AboutDialog(language, parent).exec()


def pick(parent: QWidget | None, title: str, label: str, items: list[str]) -> int | None:
    """Pick one of a list; returns its index, or None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    chosen, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return items.index(chosen) if ok and chosen in items else None


def preview(
    parent: QWidget | None,
    title: str,
    pdf: bytes,
    print_pages: Callable[[QWidget, PdfPages], object] | None = None,
) -> None:
    """Show a PDF's pages; its Print button calls ``print_pages`` (none: no Print button)."""
    from ui.dialogs.preview import PreviewDialog

    PreviewDialog(title, pdf, parent, print_pages).exec()


def bulk_edit(parent: QWidget | None, count: int, names: list[str]) -> dict | None:
    """The fields to change on ``count`` selected actions, or None when cancelled."""
    from ui.dialogs.bulk_edit import BulkEditDialog

    dialog = BulkEditDialog(count, names, parent)
    return dialog.changes() if dialog.exec() == BulkEditDialog.DialogCode.Accepted else None


def update_action(parent: QWidget | None, title: str, status: str, due: str) -> dict | None:
    """A new status, an optional new due date and a comment for one action, or None."""
    from ui.dialogs.action_update import ActionUpdateDialog

    dialog = ActionUpdateDialog(title, status, due, parent)
    return dialog.values() if dialog.exec() == ActionUpdateDialog.DialogCode.Accepted else None


def follow_up_review(parent: QWidget | None, store, session_id: str) -> None:
    """The review of the previous workshop's open actions, for the follow-up ``session_id``."""
    from ui.dialogs.follow_up_review import FollowUpReviewDialog

    FollowUpReviewDialog(store, session_id, parent).exec()


def preferences(parent: QWidget | None, settings) -> dict | None:  # a ui.settings.Settings
    """The chosen preferences (setting key → value), or None when cancelled."""
    from ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(settings, parent)
    return dialog.values() if dialog.exec() == PreferencesDialog.DialogCode.Accepted else None


def compare(
    parent: QWidget | None,
    title: str,
    message: str,
    headings: tuple[str, str],
    rows: list[tuple[str, str, str]],
    options: list[str],
) -> int | None:
    """Two versions of a session side by side (what, here, there) and a few ways on; returns
    the index picked, or None when cancelled."""
    from html import escape

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QMessageBox

    cells = "".join(
        f"<tr><th align='left'>{escape(what)}</th><td>{escape(here)}</td><td>{escape(there)}</td></tr>"
        for what, here, there in rows
    )
    table = (
        "<table cellspacing='0' cellpadding='4' border='1'>"
        f"<tr><th></th><th>{escape(headings[0])}</th><th>{escape(headings[1])}</th></tr>"
        f"{cells}</table>"
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, "", QMessageBox.StandardButton.Cancel, parent
    )
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(f"<p>{escape(message)}</p>{table}")
    label = box.findChild(QLabel, "qt_msgbox_label")  # wide enough for two versions of a line
    if label is not None:
        label.setMinimumWidth(680)
    buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole) for option in options]
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None
