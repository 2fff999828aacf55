"""Series in the window: the library's Series column, the comparison, joining and leaving."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from tests.pdf_text import pdf_text
from ui import prompts
from workshop_app.series import compare


def trigger(window, name):
    window.findChild(QAction, name).trigger()


def cells(table, row):
    return [table.item(row, c).text() for c in range(table.columnCount())]


@pytest.fixture
def series(window):
    sessions = window.store.create_demo_series()
    window.library.select(sessions[-1].id)
    return sessions


def test_the_library_shows_each_workshops_place_in_its_series(window, series, demo):
    window.library.refresh()  # the demo fixture wrote behind the window's back
    model = window.library.model
    column = model.COLUMNS.index("series")
    shown = {model.summary(r).id: model.index(r, column).data() for r in range(model.rowCount())}
    assert [shown[s.id] for s in series] == ["1 of 3", "2 of 3", "3 of 3"]
    assert shown[demo.id] is None  # a lone session belongs to no series worth naming


def test_the_comparison_shows_the_figures_of_the_core(window, series, qtbot):
    action = window.findChild(QAction, "actionCompareSeries")
    assert action.shortcut() == QKeySequence("Ctrl+Shift+C")
    action.trigger()
    view = window.series.view
    qtbot.waitUntil(view.isVisible)
    expected = compare(series)
    assert cells(view.score_table, 3)[1:] == [
        f"{w.scores['all']} (n = {w.counts['all']})" for w in expected.workshops
    ]
    assert cells(view.score_table, 3) == ["Overall", "39 (n = 9)", "45 (n = 9)", "48 (n = 9)"]
    assert cells(view.score_table, 4) == ["Stage reached", "Undefined", "Defined", "Defined"]
    assert cells(view.gap_table, 0) == ["Perception gap", "1.42", "1.20", "1.17"]
    assert cells(view.gap_table, 1) == [
        "Since the previous workshop",
        "–",
        "narrowing",
        "narrowing",
    ]
    assert cells(view.steps_table, 0)[1:] == ["1 → 3", "2 → 3", "2 → 4"]
    assert cells(view.steps_table, 10) == ["Mean level today", "1.2", "1.6", "2.0"]
    revenue = cells(view.goals_table, 0)
    assert revenue[1:] == ["1% (target 10%)", "2.5% (target 12%)", "4% (target 12%)", "27%"]
    assert cells(view.actions_table, 3) == ["Completion", "80%", "71%", "17%"]
    assert "39 → 48" in view.summary.text() and "narrowing" in view.summary.text()
    assert view.tabs.count() == 5


def test_a_lone_session_explains_how_to_make_a_series(window, demo, qtbot):
    window.library.refresh()
    window.library.select(demo.id)
    trigger(window, "actionCompareSeries")
    view = window.series.view
    assert view.body.currentIndex() == 1
    assert "not part of a series" in view.empty_title.text()
    assert not view.export_button.isEnabled()


def test_exporting_the_comparison_writes_the_pdf(window, series, answers, qtbot, tmp_path):
    trigger(window, "actionCompareSeries")
    view = window.series.view
    answers.save_path = str(tmp_path / "series.pdf")
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "series.pdf").exists(), timeout=20000)
    text = pdf_text((tmp_path / "series.pdf").read_bytes())
    assert "39 → 48 / 100" in text and "1.42 → 1.17" in text and "80%" in text
    assert not answers.errors


def test_a_session_joins_and_leaves_a_series(window, series, answers, monkeypatch):
    asked = []

    def pick(parent, title, label, items):
        asked.append(items)
        return 0

    monkeypatch.setattr(prompts, "pick", pick)
    newcomer = window.store.create("Winter check-in", organisation="Brightwater Instruments")
    window.show_library()
    window.library.select(newcomer.id)
    trigger(window, "actionAddToSeries")
    assert "Brightwater Instruments — Sales and Marketing alignment workshop" in asked[0][0]
    assert "the latest of 3 workshops" in asked[0][0]
    info = window.store.repo.get(newcomer.id).info
    assert info.series_id == series[0].info.series_id
    assert info.previous_id == series[-1].id  # it took place after the latest one
    assert [s.id for s in window.store.repo.series(info.series_id)][-1] == newcomer.id
    row = window.library.model.row_of(newcomer.id)
    column = window.library.model.COLUMNS.index("series")
    assert window.library.model.index(row, column).data() == "4 of 4"

    window.library.select(series[0].id)  # the first workshop: the series is keyed by its id
    trigger(window, "actionRemoveFromSeries")
    first = window.store.repo.get(series[0].id).info
    assert first.series_id != series[0].id and first.previous_id == ""
    assert len(window.store.repo.series(info.series_id)) == 3
    assert not window.findChild(QAction, "actionRemoveFromSeries").isEnabled()


def test_the_demo_series_from_the_menu(window, qtbot):
    trigger(window, "actionDemoSeries")
    rows = window.store.sessions()
    assert len(rows) == 3 and {r.series_size for r in rows} == {3}
    assert window.library.selected_id() == max(rows, key=lambda r: r.series_position).id


def test_the_comparison_writes_numbers_as_the_interface_language_does(window, series, qtbot, qapp):
    from ui.i18n import install_translators, remove_translators

    install_translators(qapp, "pl")
    try:
        trigger(window, "actionCompareSeries")
        view = window.series.view
        qtbot.waitUntil(view.isVisible)
        assert "1,42 → 1,17" in view.summary.text()
        assert cells(view.goals_table, 0)[2].startswith("2,5%")
    finally:
        remove_translators(qapp)


def export_text(window, view, answers, qtbot, path) -> str:
    answers.save_path = str(path)
    view.export_button.click()
    qtbot.waitUntil(path.exists, timeout=20000)
    return " ".join(pdf_text(path.read_bytes()).split())


def test_a_fresh_follow_up_is_named_but_not_compared(window, series, answers, qtbot, tmp_path):
    follow_up = window.store.duplicate(series[-1].id, "Autumn follow-up")
    window.library.select(follow_up.id)
    trigger(window, "actionCompareSeries")
    view = window.series.view
    assert [w.session_id for w in view.comparison.workshops] == [s.id for s in series]
    assert view.score_table.columnCount() == 4  # the label column and three workshops
    assert "Not held yet, so not compared: “Autumn follow-up”" in view.summary.text()
    text = export_text(window, view, answers, qtbot, tmp_path / "series.pdf")
    assert "39 → 48 / 100" in text and "Autumn follow-up" not in text


def test_the_window_and_the_pdf_say_the_same_trend_words(window, series, answers, qtbot, tmp_path):
    latest = window.store.load(series[-1].id)
    again = window.store.duplicate(latest.id, "Same answers again")
    window.store.update_info(again.id, date=latest.info.date)
    window.store.save_section(again.id, "assessment", latest.assessment)  # the gap did not move
    window.library.select(again.id)
    trigger(window, "actionCompareSeries")
    view = window.series.view
    assert len(view.comparison.workshops) == 4
    summary = view.summary.text()
    assert "Perception gap 1.42 → 1.17: narrowing." in summary
    assert cells(view.gap_table, 1)[1:] == ["–", "narrowing", "narrowing", "unchanged"]
    text = export_text(window, view, answers, qtbot, tmp_path / "series.pdf")
    assert "1.42 → 1.17 (narrowing)" in text
    assert "unchanged" in text  # the last workshop against the one before, as in the window
