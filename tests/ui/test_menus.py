"""Every command the window defines can be found in its menus, and no two share a shortcut."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu


def _menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        found.append(action)
        if action.menu() is not None:
            found += _menu_actions(action.menu())
    return found


def test_every_named_command_is_in_a_menu(window):
    in_menus = set()
    for top in window.menuBar().actions():
        in_menus.update(_menu_actions(top.menu()))
    named = [
        a
        for a in window.findChildren(QAction)
        if a.objectName().startswith("action") and a.parent() is window
    ]
    assert len(named) > 20
    missing = [a.objectName() for a in named if a not in in_menus]
    assert missing == []


def test_menu_shortcuts_are_unique(window):
    seen: dict[str, str] = {}
    for top in window.menuBar().actions():
        for action in _menu_actions(top.menu()):
            for key in action.shortcuts():
                text = key.toString()
                assert text not in seen, f"{text}: {seen.get(text)} and {action.text()}"
                seen[text] = action.text()


@pytest.mark.parametrize("language", ["en", "pl", "nl", "zh_CN", "zh_TW"])
def test_each_menu_has_its_own_alt_key(qtbot, qapp, context, answers, language):
    import re

    from ui.i18n import install_translators, remove_translators
    from ui.main_window import MainWindow

    install_translators(qapp, language)
    try:
        window = MainWindow(context)
        assert window.open_store()
        qtbot.addWidget(window)
        titles = [a.text() for a in window.menuBar().actions() if a.text()]
    finally:
        remove_translators(qapp)
    keys = [re.search(r"&(\w)", t).group(1).casefold() for t in titles]
    assert len(keys) == len(set(keys)), titles
