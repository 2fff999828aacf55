"""Diagnosis: the relationship self-assessment, typed in, scored, and read as a perception gap.

Answers are entered per participant, or for a quick session as one set per department. Every
answer carries its respondent's department, so anonymous answers still count for their side.
Leadership and other participants may answer too: their totals are shown on their own, and they
stay out of the Sales–Marketing gap and the overall total (see workshop_app.scoring).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import prompts
from ui.i18n import show_number
from ui.labels import counted, department_name, withheld
from ui.models.answers import AnswersModel, Respondent
from ui.pages.base import StagePage
from ui.pages.diagnosis_gaps import GapView
from ui.pages.diagnosis_results import ResultsPanel
from ui.store import SessionStore
from ui.style import SPACING, SUBTITLE_POINT_DELTA, scaled_font
from ui.widgets.answer_grid import AnswerGrid
from workshop_app.content import Content, load_content
from workshop_app.domain import Assessment, Department, Prediction
from workshop_app.domain.limits import TEXT
from workshop_app.scoring import results
from workshop_app.series import perception_gap

PARTICIPANTS, DEPARTMENTS = "participants", "departments"
ANSWERS_TAB, RESULTS_TAB, GAP_TAB = range(3)


class DiagnosisPage(StagePage):
    stage = "diagnosis"

    def __init__(self, store: SessionStore, parent: QWidget | None = None):
        super().__init__(store, parent)
        self._loading = False
        self.content: Content | None = None

        # --- answers
        self.by_participant = QRadioButton(
            self.tr("One set of answers per &participant"), objectName="modeParticipants"
        )
        self.by_department = QRadioButton(
            self.tr("One set per &department (quick session)"), objectName="modeDepartments"
        )
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.by_participant)
        self.mode_group.addButton(self.by_department)
        self.by_participant.toggled.connect(self._mode_toggled)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.by_participant)
        mode_row.addWidget(self.by_department)
        mode_row.addStretch(1)
        self.progress = QLabel(objectName="answersProgress")
        self.progress.setProperty("role", "hint")
        mode_row.addWidget(self.progress)
        mode_row.addWidget(self.phone_button("assessment", self.tr("Answers from Phones…")))

        self.model = AnswersModel(self)
        self.model.edited.connect(self._save_answers)
        self.grid = AnswerGrid(self.model)
        self.grid.statementFocused.connect(self._show_statement)
        self.empty = QLabel(objectName="answersEmpty", wordWrap=True)
        self.empty.setProperty("role", "hint")
        self.statement = QLabel(objectName="currentStatement", wordWrap=True)
        self.statement.setFont(scaled_font(self.font(), SUBTITLE_POINT_DELTA, bold=False))
        self.statement.setMinimumHeight(self.statement.fontMetrics().lineSpacing() * 3)
        self.statement.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        keys = QLabel(
            self.tr(
                "Type 1–5 to rate (1 strongly disagree, 5 strongly agree), 0 or ? for “don't know”: the "
                "cursor moves on by itself. Tab or Enter skips a statement, Delete clears it."
            ),
            wordWrap=True,
        )
        keys.setProperty("role", "hint")
        self.notes = QPlainTextEdit(objectName="assessmentNotes")
        self.notes.setPlaceholderText(
            self.tr("Notes on the answers: what people said while rating…")
        )
        self.notes.setMaximumHeight(90)
        self.notes.textChanged.connect(self._notes_typed)
        self.save_notes = self.debounced(self._save_notes_now)

        answers_tab = QWidget()
        answers_layout = QVBoxLayout(answers_tab)
        answers_layout.setSpacing(SPACING)
        answers_layout.addLayout(mode_row)
        answers_layout.addWidget(self.empty)
        answers_layout.addWidget(self.grid)
        answers_layout.addWidget(self.statement)
        answers_layout.addWidget(keys)
        answers_layout.addWidget(self.notes)
        answers_layout.addStretch(1)

        # --- results and gap
        self.results = ResultsPanel()
        self.results.minimumChanged.connect(self._minimum_changed)
        self.results.predictRevealToggled.connect(self._predict_reveal_toggled)
        self.results.revealToggled.connect(self._reveal_toggled)
        self.results.predictionChanged.connect(self._prediction_changed)
        self.results.conditionChosen.connect(self._condition_chosen)
        self.gaps = GapView()

        self.baseline_note = QLabel(objectName="diagnosisBaseline", wordWrap=True)
        self.baseline_note.setProperty("role", "hint")
        self.baseline_note.hide()
        self.tabs = QTabWidget(objectName="diagnosisTabs")
        self.tabs.addTab(answers_tab, self.tr("1 · Answers"))
        self.tabs.addTab(self.results, self.tr("2 · Results"))
        self.tabs.addTab(self.gaps, self.tr("3 · Perception gap"))
        self.tabs.currentChanged.connect(lambda _i: self._show_gaps())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.baseline_note)
        layout.addWidget(self.tabs)

    # ------------------------------------------------------------------ model → widgets

    @property
    def assessment(self) -> Assessment:
        assert self.session is not None
        return self.session.assessment

    def _respondents(self) -> list[Respondent]:
        assert self.session is not None
        if self.assessment.mode == DEPARTMENTS:
            return [
                Respondent(d.value, department_name(d), d.value)
                for d in (Department.SALES, Department.MARKETING)
            ]
        rows = [
            Respondent(p.id, p.name or department_name(p.department), p.department.value)
            for p in self.session.participants
        ]
        known = {p.id for p in self.session.participants}
        # Answers of someone since removed from the room still count, so they stay visible.
        for answer in self.assessment.answers:
            if answer.respondent not in known:
                known.add(answer.respondent)
                label = self.tr("Former participant (%1)").replace(
                    "%1", department_name(answer.department)
                )
                rows.append(Respondent(answer.respondent, label, answer.department))
        return rows

    def entry_widget(self) -> QWidget | None:
        # The answers grid, at the first statement nobody has answered yet.
        return self.grid if self.tabs.currentIndex() == 0 and self.grid.isVisibleTo(self) else None

    def refresh(self) -> None:
        if self.session is None:
            return
        self._loading = True
        self.content = load_content(self.session.info.language)
        assessment = self.assessment
        mode = DEPARTMENTS if assessment.mode == DEPARTMENTS else PARTICIPANTS
        (self.by_department if mode == DEPARTMENTS else self.by_participant).setChecked(True)
        self.model.load(
            self._respondents(), self.content.items("assessment.statements"), assessment.answers
        )
        empty = self.model.rowCount() == 0
        self.empty.setVisible(empty)
        self.empty.setText(
            self.tr(
                "Nobody to enter answers for yet: add the participants on the Setup page, or switch to "
                "one set per department."
            )
        )
        self.grid.setVisible(not empty)
        if self.notes.toPlainText() != assessment.notes:
            self.notes.setPlainText(assessment.notes)
        self._show_statement(self.grid.currentIndex().column())
        self._loading = False
        self._show_baseline()
        self._show_results()

    def _show_baseline(self) -> None:
        """A follow-up starts empty: the earlier workshop's totals and gap stand greyed above."""
        earlier = self.baseline()
        shown = earlier is not None and any(a.value is not None for a in earlier.assessment.answers)
        self.baseline_note.setVisible(shown)
        if not shown or earlier is None:
            return
        shown = results(earlier.assessment, earlier.participants)
        scores = shown.departments
        parts = [
            department_name(Department(d)) + " " + withheld(shown.minimum)
            if scores[d].withheld
            else self.tr("%1 %2 / 100")
            .replace("%1", department_name(Department(d)))
            .replace("%2", str(scores[d].total) if scores[d].total is not None else "–")
            + counted("", scores[d].respondents)
            for d in ("sales", "marketing")
            if d in scores
        ]
        parts.append(
            self.tr("perception gap %1").replace("%1", show_number(perception_gap(earlier), 2))
        )
        self.baseline_note.setText(f"{self.baseline_heading()}: {' · '.join(parts)}")

    def _show_results(self) -> None:
        assert self.session is not None and self.content is not None
        complete = sum(
            1
            for row in range(self.model.rowCount())
            if self.model.answered(row) == self.model.total_column
        )
        self.progress.setText(
            self.tr("%1 of %2 complete")
            .replace("%1", str(complete))
            .replace("%2", str(self.model.rowCount()))
        )
        self.results.show_assessment(self.assessment, self.content, self.session.participants)
        self._show_gaps()

    def _show_gaps(self) -> None:
        if self.session is None or self.content is None:
            return
        hidden = self.assessment.predict_reveal and not self.assessment.revealed
        # The chart is built the first time it is looked at, keeping pyqtgraph off the start-up path.
        self.gaps.show_assessment(
            results(self.assessment, self.session.participants),
            self.assessment,
            self.content,
            hidden,
            build=self.tabs.currentIndex() == GAP_TAB,
        )

    def _show_statement(self, column: int) -> None:
        statements = self.model.statements
        if not 0 <= column < len(statements) or self.content is None:
            self.statement.setText(self.tr("Select a cell to see its statement here."))
            return
        statement = statements[column]
        theme = self.content.text(f"assessment.themes.{statement.get('theme', '')}")
        self.statement.setText(
            f"{statement['id'].upper()}  ·  {theme}\n{statement.get('text', '')}"
            if theme
            else f"{statement['id'].upper()}\n{statement.get('text', '')}"
        )

    # ------------------------------------------------------------------ widgets → store

    def _save(self, assessment: Assessment) -> None:
        self.write_section(self.tr("Diagnosis"), "assessment", assessment)
        self._show_results()

    def _save_answers(self) -> None:
        if self.session is not None:
            self._save(replace(self.assessment, answers=self.model.answers()))

    def _mode_toggled(self) -> None:
        if self._loading or self.session is None:
            return
        mode = PARTICIPANTS if self.by_participant.isChecked() else DEPARTMENTS
        if mode == self.assessment.mode:
            return
        count = len(self.assessment.answers)
        if count and not prompts.confirm(
            self,
            self.tr("Change how answers are entered"),
            self.tr(
                "The %1 answers entered so far belong to the other way of entering them and will be "
                "removed. Switch anyway?"
            ).replace("%1", str(count)),
            self.tr("Switch and remove answers"),
        ):
            self.refresh()  # puts the radio buttons back
            return
        self._save(replace(self.assessment, mode=mode, answers=[]))
        self.refresh()

    def _notes_typed(self) -> None:
        if not self._loading and len(self.notes.toPlainText()) <= TEXT:
            self.save_notes.poke()

    def _save_notes_now(self) -> None:
        if self.session is not None and self.notes.toPlainText() != self.assessment.notes:
            self._save(replace(self.assessment, notes=self.notes.toPlainText()))

    def _minimum_changed(self, value: int) -> None:
        if value != self.assessment.minimum_answers:
            self._save(replace(self.assessment, minimum_answers=value))

    def _predict_reveal_toggled(self, checked: bool) -> None:
        self._save(replace(self.assessment, predict_reveal=checked, revealed=False))

    def _reveal_toggled(self, revealed: bool) -> None:
        self._save(replace(self.assessment, revealed=revealed))
        if revealed:
            self.tabs.setCurrentIndex(RESULTS_TAB)

    def _prediction_changed(self, department: str, total: int | None) -> None:
        predictions = [p for p in self.assessment.predictions if p.department != department]
        if total is not None:
            predictions.append(Prediction(department, total))
        predictions.sort(key=lambda p: p.department != Department.SALES)
        self._save(replace(self.assessment, predictions=predictions))

    def _condition_chosen(self, condition: str, option: str) -> None:
        context = {k: v for k, v in self.assessment.context.items() if k != condition}
        if option:
            context[condition] = option
        self._save(replace(self.assessment, context=context))
