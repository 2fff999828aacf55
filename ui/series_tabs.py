"""The comparison window's tabs: scores, perception gap, ten steps, shared goals, action plans."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.i18n import show_number
from ui.style import SPACING

if TYPE_CHECKING:
    from ui.series_view import SeriesWindow


translate = QCoreApplication.translate


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
        "seriesScores",
        window.columns(translate("SeriesWindow", "Total (20–100)")),
        window.department_rows(),
    )
    tabs.addTab(
        _page(
            window.score_chart,
            window.score_table,
            explain=translate(
                "SeriesWindow",
                "Each department's self-assessment total at each workshop, over the four stage bands.",
            ),
        ),
        translate("SeriesWindow", "&Scores"),
    )

    window.gap_chart = TrendChart(window, "gapPlot")
    window.gap_chart.setObjectName("gapPlot")
    window.gap_chart.set_bars(window.dates(), [w.gap for w in workshops], QColor("#6b7f99"))
    window.gap_table = window.table(
        "seriesGap",
        window.columns(""),
        [
            [
                translate("SeriesWindow", "Perception gap"),
                *[show_number(w.gap, 2) for w in workshops],
            ],
            [
                translate("SeriesWindow", "Since the previous workshop"),
                *[window.trend_word(w.gap_trend) for w in workshops],
            ],
        ],
    )
    tabs.addTab(
        _page(
            window.gap_chart,
            window.gap_table,
            explain=translate(
                "SeriesWindow",
                "The mean difference between the Sales and the Marketing rating of each statement "
                "(1–5 scale). Smaller means the two departments see their relationship more alike.",
            ),
        ),
        translate("SeriesWindow", "Perception &gap"),
    )

    step_rows = [
        [window.step_name(step), *[window.step_level(w, step) for w in workshops]]
        for step in comparison.steps
    ]
    step_rows.append(
        [
            translate("SeriesWindow", "Mean level today"),
            *[show_number(w.mean_current, 1) for w in workshops],
        ]
    )
    step_rows.append(
        [
            translate("SeriesWindow", "Steps at their target"),
            *[str(w.steps_on_target) for w in workshops],
        ]
    )
    window.steps_table = window.table(
        "seriesSteps",
        window.columns(translate("SeriesWindow", "Step")),
        step_rows,
        wide_labels=True,
    )
    tabs.addTab(
        _page(
            window.steps_table,
            explain=translate(
                "SeriesWindow", "Level today → the target the room set, on the 1–5 scale."
            ),
        ),
        translate("SeriesWindow", "&Ten steps"),
    )

    goal_rows = []
    for trend in comparison.goals:
        cells = [
            "–" if f is None else window.figure(f.value, f.target, trend.unit)
            for f in trend.figures
        ]
        progress = _percent(trend.progress)
        name = f"{trend.statement}\n{window.metric_name(trend.metric, trend.custom_metric)}"
        goal_rows.append([name, *cells, progress])
    window.goals_table = window.table(
        "seriesGoals",
        [
            *window.columns(translate("SeriesWindow", "Shared goal")),
            translate("SeriesWindow", "Progress"),
        ],
        goal_rows,
        wide_labels=True,
    )
    goals_page = _page(
        window.goals_table,
        explain=translate(
            "SeriesWindow",
            "The figure each workshop recorded for the goal's metric, with the target set then. "
            "Progress: how far the latest figure has come from the first towards the latest target.",
        ),
    )
    if not goal_rows:
        empty = QLabel(
            translate("SeriesWindow", "None of these workshops has set a shared goal yet.")
        )
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        goals_page.layout().insertWidget(1, empty)
        window.goals_table.hide()
    tabs.addTab(goals_page, translate("SeriesWindow", "Shared g&oals"))

    window.actions_table = window.table(
        "seriesActions",
        window.columns(""),
        [
            [translate("SeriesWindow", "Actions"), *[str(w.completion.total) for w in workshops]],
            [translate("SeriesWindow", "Done"), *[str(w.completion.done) for w in workshops]],
            [translate("SeriesWindow", "Dropped"), *[str(w.completion.dropped) for w in workshops]],
            [
                translate("SeriesWindow", "Completion"),
                *[_percent(w.completion.rate) for w in workshops],
            ],
        ],
    )
    tabs.addTab(
        _page(
            window.actions_table,
            explain=translate(
                "SeriesWindow",
                "Completion: done actions as a share of each plan, dropped ones left out. "
                "A recent plan is naturally less complete than an older one.",
            ),
        ),
        translate("SeriesWindow", "&Action plans"),
    )


def _percent(value: float | None) -> str:
    return "–" if value is None else show_number(value * 100, 0) + "%"
