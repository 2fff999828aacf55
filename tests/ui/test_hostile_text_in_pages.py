"""Right-to-left text and control characters typed into the pages: saved and shown as typed, or
refused with a message and nothing written."""

from __future__ import annotations

from PySide6.QtCore import Qt

ARABIC = "ورشة المبيعات والتسويق <b>&</b>"
HEBREW = "סדנת מכירות ושיווק 😀"


def open_setup(window, session_id):
    window.open_session(session_id)
    return window.session_view.page("setup")


def test_right_to_left_text_is_saved_and_shown_after_a_reopen(window, demo, qtbot):
    page = open_setup(window, demo.id)
    page.fields["organisation"].setText(ARABIC)
    page.fields["organisation"].editingFinished.emit()
    page.fields["location"].setText(HEBREW)
    page.fields["location"].editingFinished.emit()
    info = window.store.load(demo.id).info
    assert (info.organisation, info.location) == (ARABIC, HEBREW)

    window.show_library()
    row = window.library.model.row_of(demo.id)
    shown = window.library.model.index(row, 1).data(Qt.ItemDataRole.DisplayRole)
    assert shown == ARABIC
    page = open_setup(window, demo.id)
    assert page.fields["organisation"].text() == ARABIC
    assert page.fields["location"].text() == HEBREW
    assert window.session_view.session_meta.text().startswith(ARABIC)


def test_a_control_character_is_refused_with_a_message_and_nothing_is_written(
    window, demo, answers, qtbot
):
    page = open_setup(window, demo.id)
    page.fields["organisation"].setText("Acme\x00Corp")
    page.fields["organisation"].editingFinished.emit()
    assert answers.errors and "control character (U+0000)" in answers.errors[-1][1]
    assert window.store.load(demo.id).info.organisation == demo.info.organisation


def test_a_right_to_left_override_in_a_title_cannot_reorder_the_window_title(window, demo, qtbot):
    page = open_setup(window, demo.id)
    page.fields["title"].setText("Workshop \u202eevil")
    page.fields["title"].editingFinished.emit()
    title = window.windowTitle()
    # The user's text sits between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, so the
    # override ends with it and "— Truce" reads as written.
    assert "\u2068Workshop \u202eevil\u2069 — " in title
    assert title.endswith(" — Truce")
