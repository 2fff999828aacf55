"""The comparison window's tabs: scores, perception gap, ten steps, shared goals, action plans."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.style import SPACING

if TYPE_CHECKING:
    from ui.series_view import SeriesWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("SeriesWindow", text)


def _page(*widgets: QWidget, explain: str = "") -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setSpacing(SPACING)
    if explain:
        note = QLabel(explain, wordWrap=True)
        note.setProperty("role", "hint")
        layout.addWidget(note)
    for widget in widgets:
        layout.addWidget(widget, 1 if widget.objectName().endswith("Plot") else 0)
    layout.addStretch(0)
    return page


def build_tabs(window: SeriesWindow) -> None:
    from ui.widgets.trend_chart import TrendChart

    comparison = window.comparison
    workshops = comparison.workshops
    tabs = window.tabs

    window.score_chart = TrendChart(window, "scorePlot")
    window.score_chart.setObjectName("scorePlot")
    window.score_chart.set_lines(window.dates(), window.score_lines(), (20, 100), window.bands())
    window.score_table = window.table(
        "seriesScores", window.columns(_t("Total (20–100)")), window.department_rows()
    )
    tabs.addTab(
        _page(
            window.score_chart,
            window.score_table,
            explain=_t(
                "Each department's self-assessment total at each workshop, over the four stage bands."
            ),
        ),
        _t("&Scores"),
    )

    window.gap_chart = TrendChart(window, "gapPlot")
    window.gap_chart.setObjectName("gapPlot")
    window.gap_chart.set_bars(window.dates(), [w.gap for w in workshops], QColor("#6b7f99"))
    window.gap_table = window.table(
        "seriesGap",
        window.columns(""),
        [
            [_t("Perception gap"), *["–" if w.gap is None else f"{w.gap:.2f}" for w in workshops]],
            [
                _t("Since the previous workshop"),
                *[window._trend_word(w.gap_trend) for w in workshops],
            ],
        ],
    )
    tabs.addTab(
        _page(
            window.gap_chart,
            window.gap_table,
            explain=_t(
                "The mean difference between the Sales and the Marketing rating of each statement "
                "(1–5 scale). Smaller means the two departments see their relationship more alike."
            ),
        ),
        _t("Perception &gap"),
    )

    step_rows = [
        [window.step_name(step), *[window.step_level(w, step) for w in workshops]]
        for step in comparison.steps
    ]
    step_rows.append(
        [
            _t("Mean level today"),
            *[f"{w.mean_current:.1f}" if w.mean_current is not None else "–" for w in workshops],
        ]
    )
    step_rows.append([_t("Steps at their target"), *[str(w.steps_on_target) for w in workshops]])
    window.steps_table = window.table(
        "seriesSteps", window.columns(_t("Step")), step_rows, wide_labels=True
    )
    tabs.addTab(
        _page(
            window.steps_table,
            explain=_t("Level today → the target the room set, on the 1–5 scale."),
        ),
        _t("&Ten steps"),
    )

    goal_rows = []
    for trend in comparison.goals:
        cells = [
            "–" if f is None else window.figure(f.value, f.target, trend.unit)
            for f in trend.figures
        ]
        progress = "–" if trend.progress is None else f"{round(trend.progress * 100)}%"
        name = f"{trend.statement}\n{window.metric_name(trend.metric, trend.custom_metric)}"
        goal_rows.append([name, *cells, progress])
    window.goals_table = window.table(
        "seriesGoals",
        [*window.columns(_t("Shared goal")), _t("Progress")],
        goal_rows,
        wide_labels=True,
    )
    goals_page = _page(
        window.goals_table,
        explain=_t(
            "The figure each workshop recorded for the goal's metric, with the target set then. "
            "Progress: how far the latest figure has come from the first towards the latest target."
        ),
    )
    if not goal_rows:
        empty = QLabel(_t("None of these workshops has set a shared goal yet."))
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        goals_page.layout().insertWidget(1, empty)
        window.goals_table.hide()
    tabs.addTab(goals_page, _t("Shared g&oals"))

    window.actions_table = window.table(
        "seriesActions",
        window.columns(""),
        [
            [_t("Actions"), *[str(w.completion.total) for w in workshops]],
            [_t("Done"), *[str(w.completion.done) for w in workshops]],
            [_t("Dropped"), *[str(w.completion.dropped) for w in workshops]],
            [_t("Completion"), *[_percent(w.completion.rate) for w in workshops]],
        ],
    )
    tabs.addTab(
        _page(
            window.actions_table,
            explain=_t(
                "Completion: done actions as a share of each plan, dropped ones left out. "
                "A recent plan is naturally less complete than an older one."
            ),
        ),
        _t("&Action plans"),
    )


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)}%"
