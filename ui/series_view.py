"""The comparison window: one organisation's workshops side by side, for department heads.

Every figure comes from workshop_app.series; this window only lays them out. Stage, step and goal
names are workshop content, shown in the series' content language like the printed comparison.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from textwrap import shorten

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import number_language, show_date, show_number
from ui.labels import counted, department_name, withheld
from ui.style import MARGIN, MARKETING_COLOUR, SALES_COLOUR, SPACING, TITLE_POINT_DELTA, scaled_font
from workshop_app.content import load_content
from workshop_app.documents.wording import number
from workshop_app.domain import Session
from workshop_app.scoring import BANDS, STAGES
from workshop_app.series import Comparison, Workshop, compare, held, ordered

GAP_COLOUR = "#6b7f99"
OVERALL_COLOUR = "#1f2933"


def percent(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)}%"


HEADER_TITLE = 24  # characters of a workshop's title above its column


def whole(value: int | None) -> str:
    return "–" if value is None else str(value)


class SeriesWindow(QDialog):
    """Scores, perception gap, ten steps, goals and action plans of a series, over time."""

    def __init__(
        self,
        sessions: Sequence[Session],
        export: Callable[[], None] | None = None,
        add_to_series: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("seriesWindow")
        everything = ordered(sessions)
        # Only workshops that took place are compared; the others are named, not counted.
        self.sessions = held(everything)
        self.waiting = [s for s in everything if s not in self.sessions]
        self.comparison: Comparison = compare(self.sessions)
        latest = (self.sessions or everything)[-1].info
        self.content = load_content(latest.language)
        self.setWindowTitle(
            self.tr("Compare workshops — %1").replace("%1", latest.organisation or latest.title)
        )
        # Most of the screen it opens on: the tables are read side by side, workshop by workshop.
        screen = (parent.screen() if parent is not None else None) or self.screen()
        area = screen.availableGeometry()
        self.resize(max(1000, int(area.width() * 0.75)), max(720, int(area.height() * 0.8)))
        self.resize(min(self.width(), area.width()), min(self.height(), area.height()))

        self.heading = QLabel(objectName="seriesHeading", textFormat=Qt.TextFormat.PlainText)
        self.heading.setFont(scaled_font(self.font(), TITLE_POINT_DELTA))
        self.heading.setText(latest.organisation or latest.title)
        self.summary = QLabel(objectName="seriesSummary", wordWrap=True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.tabs = QTabWidget(objectName="seriesTabs")
        self.body = QStackedWidget()
        self.body.addWidget(self.tabs)
        self.body.addWidget(self._empty_state(add_to_series))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.export_button = QPushButton(self.tr("&Export PDF…"), objectName="exportSeries")
        self.export_button.setShortcut(QKeySequence("Ctrl+E"))
        self.export_button.setToolTip(self.tr("Save this comparison as a PDF (Ctrl+E)"))
        self.export_button.setEnabled(export is not None and len(self.sessions) > 1)
        if export is not None:
            self.export_button.clicked.connect(export)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.body, 1)
        layout.addWidget(buttons)

        if len(self.sessions) < 2:
            self.summary.hide()
            self.body.setCurrentIndex(1)
            if self.waiting:
                self.empty_title.setText(self.tr("The follow-up has not taken place yet"))
                self.empty_text.setText(
                    self.tr(
                        "A comparison needs two workshops that have taken place. %1 A workshop joins "
                        "the comparison once the room has recorded its findings."
                    ).replace("%1", self._waiting_line())
                )
        else:
            self._fill()

    def _waiting_line(self) -> str:
        """Names the workshops left out because they have not taken place."""
        named = [
            self.tr("“%1” (%2)")
            .replace("%1", s.info.title)
            .replace("%2", show_date(s.info.date) or "–")
            for s in self.waiting
        ]
        return self.tr("Not held yet, so not compared: %1.").replace("%1", ", ".join(named))

    # ------------------------------------------------------------------ building

    def _empty_state(self, add_to_series: Callable[[], None] | None) -> QWidget:
        frame = QFrame(objectName="emptyState")
        title = QLabel(self.tr("This workshop is not part of a series yet"))
        title.setFont(scaled_font(self.font(), 3))
        text = QLabel(
            self.tr(
                "A series is one organisation's workshops over time. It forms when you duplicate a "
                "session for a follow-up workshop (File ▸ Duplicate for Follow-up, Ctrl+D), or when "
                "you add a session to the series of another (Series ▸ Add to Series…). Once it has "
                "two workshops, this window compares them."
            ),
            wordWrap=True,
            objectName="seriesEmptyText",
        )
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(frame)
        layout.addStretch(1)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(text)
        if add_to_series is not None:
            button = QPushButton(self.tr("Add to a Series…"), objectName="emptyAddToSeries")
            button.clicked.connect(add_to_series)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.empty_title = title
        self.empty_text = text
        return frame

    def _stage(self, stage: str | None) -> str:
        return self.content.text(f"relationship.stages.{stage}.name", stage) if stage else "–"

    def trend_word(self, trend: str | None) -> str:
        return {
            "narrowing": self.tr("narrowing"),
            "widening": self.tr("widening"),
            "unchanged": self.tr("unchanged"),
        }.get(trend or "", "–")

    def _fill(self) -> None:
        workshops = self.comparison.workshops
        first, latest = workshops[0], workshops[-1]
        lines = [
            self.tr("%1 workshops from %2 to %3.")
            .replace("%1", str(len(workshops)))
            .replace("%2", show_date(first.date) or "–")
            .replace("%3", show_date(latest.date) or "–"),
            self.tr("Overall score %1 → %2 (%3 → %4).")
            .replace("%1", whole(first.scores.get("all")))
            .replace("%2", whole(latest.scores.get("all")))
            .replace("%3", self._stage(first.stage))
            .replace("%4", self._stage(latest.stage)),
        ]
        if first.gap is not None and latest.gap is not None:
            trend = self.comparison.gap_trend  # first against latest, as the PDF says it
            lines.append(
                self.tr("Perception gap %1 → %2: %3.")
                .replace("%1", show_number(first.gap, 2))
                .replace("%2", show_number(latest.gap, 2))
                .replace("%3", self.trend_word(trend))
            )
        if self.waiting:
            lines.append(self._waiting_line())
        self.summary.setText(" ".join(lines))
        from ui.series_tabs import build_tabs

        build_tabs(self)

    # ------------------------------------------------------------------ tables

    def table(
        self, name: str, header: list[str], rows: list[list[str]], wide_labels: bool = False
    ) -> QTableWidget:
        """A read-only table: figures right-aligned, the first column left as row labels."""
        table = QTableWidget(len(rows), len(header), objectName=name)
        table.setHorizontalHeaderLabels(header)
        for column, workshop in enumerate(self.comparison.workshops, start=1):
            item = table.horizontalHeaderItem(column)
            if item is not None:
                item.setToolTip(f"{show_date(workshop.date)}\n{workshop.title}")
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        # No wrapping: row heights then follow the lines each cell holds, whatever the width;
        # a label too long for its column is elided and shown whole in its tooltip.
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c > 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, item)
        head = table.horizontalHeader()
        if wide_labels:  # long row labels take the room; figures keep their headers whole
            head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        else:
            head.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            head.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.resizeRowsToContents()
        # As tall as its rows, so the chart above gets the rest of the page.
        height = head.sizeHint().height() + 2 * table.frameWidth() + 2
        table.setMaximumHeight(height + sum(table.rowHeight(r) for r in range(len(rows))))
        return table

    def columns(self, first: str) -> list[str]:
        # A long workshop title would widen its whole column: shortened here, whole in the tooltip.
        return [first] + [
            f"{show_date(w.date) or '–'}\n{shorten(w.title, HEADER_TITLE, placeholder=' …')}"
            for w in self.comparison.workshops
        ]

    def dates(self) -> list[str]:
        return [show_date(w.date) or "–" for w in self.comparison.workshops]

    def department_rows(self) -> list[list[str]]:
        workshops = self.comparison.workshops

        def cell(w: Workshop, key: str) -> str:
            if key in w.withheld:
                return withheld(w.minimum)
            total = w.scores.get(key)
            return whole(total) if total is None else counted(whole(total), w.counts.get(key, 0))

        rows = [
            [department_name(d), *[cell(w, d) for w in workshops]]
            for d in ("sales", "marketing", "leadership", "other")
            if any(w.scores.get(d) is not None or d in w.withheld for w in workshops)
        ]
        rows.append([self.tr("Overall"), *[cell(w, "all") for w in workshops]])
        rows.append([self.tr("Stage reached"), *[self._stage(w.stage) for w in workshops]])
        return rows

    def bands(self) -> list[tuple[float, float, str]]:
        edges = [BANDS[s] for s in STAGES] + [100]
        return [(edges[i], edges[i + 1], self._stage(s)) for i, s in enumerate(STAGES)]

    def score_lines(self) -> list:
        from ui.widgets.trend_chart import Line

        def values(key: str) -> list[float | None]:
            return [w.scores.get(key) for w in self.comparison.workshops]

        return [
            Line(department_name("sales"), SALES_COLOUR, values("sales")),
            Line(department_name("marketing"), MARKETING_COLOUR, values("marketing")),
            Line(self.tr("Overall"), OVERALL_COLOUR, values("all"), 3.0),
        ]

    def step_level(self, workshop: Workshop, step: str) -> str:
        found = workshop.steps.get(step)
        if found is None or (found.current is None and found.target is None):
            return "–"
        now = whole(found.current)
        return now if found.target is None else f"{now} → {found.target}"

    def step_name(self, step: str) -> str:
        item = self.content.item("checklist.steps", step)
        order = [s["id"] for s in self.content.items("checklist.steps")]
        title = str(item.get("title", step)) if item else step
        return f"{order.index(step) + 1}. {title}" if step in order else title

    def metric_name(self, metric: str, custom: str) -> str:
        if custom:
            return custom
        item = self.content.item("goals.metrics", metric)
        return str(item.get("name", metric)) if item else metric

    def figure(self, value: float | None, target: float | None, unit: str) -> str:
        return (
            self.tr("%1 (target %2)")
            .replace("%1", number(value, unit, number_language()))
            .replace("%2", number(target, unit, number_language()))
        )
