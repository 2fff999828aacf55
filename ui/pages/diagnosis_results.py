"""The Diagnosis results: totals and stages, predictions against reality, and the advice.

The panel only shows what the core computed; every change the facilitator makes goes out as a
signal for the page to save.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.labels import department_name, withheld
from ui.style import (
    MARKETING_COLOUR,
    MUTED_TEXT,
    SALES_COLOUR,
    SHARED_COLOUR,
    SPACING,
    SUBTITLE_POINT_DELTA,
    TITLE_POINT_DELTA,
    scaled_font,
)
from workshop_app.content import Content
from workshop_app.domain import Assessment, Department, Participant
from workshop_app.scoring import (
    Results,
    Score,
    next_stage,
    prediction_checks,
    recommend,
    results,
)
from workshop_app.scoring import other_side as other_department

NOT_PREDICTED = 19  # the spin box's "no prediction" value, one below the lowest total
SIDES = (Department.SALES.value, Department.MARKETING.value)


class ScoreCard(QFrame):
    def __init__(self, name: str, colour: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"scoreCard_{name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"QFrame#scoreCard_{name} {{ border: 2px solid {colour}; border-radius: 10px; }}"
        )
        self.heading = QLabel()
        self.heading.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.total = QLabel(objectName=f"total_{name}")
        self.total.setFont(scaled_font(self.font(), TITLE_POINT_DELTA + 8))
        self.stage = QLabel(objectName=f"stage_{name}", wordWrap=True)
        self.stage.setFont(scaled_font(self.font(), SUBTITLE_POINT_DELTA))
        self.detail = QLabel()
        self.detail.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.total, self.stage, self.detail):
            layout.addWidget(widget)
        self.setMinimumWidth(170)

    def show_score(self, heading: str, score: Score | None, stage_name: str, detail: str) -> None:
        self.heading.setText(heading)
        self.total.setText(str(score.total) if score and score.total is not None else "–")
        self.stage.setText(stage_name)
        self.detail.setText(detail)
        withheld = bool(score and score.withheld)
        self.total.setToolTip(stage_name if withheld else "")
        # Why there is no number reads as an explanation, not as a stage.
        muted = f"font-weight: normal; color: {MUTED_TEXT.name()};"
        self.stage.setStyleSheet(muted if withheld else "")


class ResultsPanel(QWidget):
    minimumChanged = Signal(int)  # the fewest anonymous answers a department's score shows from
    predictRevealToggled = Signal(bool)
    revealToggled = Signal(bool)
    predictionChanged = Signal(str, object)  # department, total or None
    conditionChosen = Signal(str, str)  # condition id, option id ("" for not answered)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = False

        # --- predict, then reveal
        self.predict_reveal = QCheckBox(
            self.tr(
                "Predict, then reveal: hide the results until each side has guessed the other's total"
            ),
            objectName="predictReveal",
        )
        self.predict_reveal.toggled.connect(self._predict_reveal_toggled)
        self.prompt = QLabel(wordWrap=True)
        self.prompt.setProperty("role", "hint")
        self.predictions: dict[str, QSpinBox] = {}
        prediction_form = QFormLayout()
        prediction_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for department in SIDES:
            spin = QSpinBox(objectName=f"prediction_{department}")
            spin.setRange(NOT_PREDICTED, 100)
            spin.setSpecialValueText(self.tr("not yet"))
            spin.valueChanged.connect(
                lambda value, d=department: self._prediction_changed(d, value)
            )
            self.predictions[department] = spin
            prediction_form.addRow(
                self.tr("%1 expects %2 to score:")
                .replace("%1", department_name(department))
                .replace("%2", department_name(other_department(department))),
                spin,
            )
        self.reveal_button = QPushButton(self.tr("&Reveal the results"), objectName="revealButton")
        self.reveal_button.clicked.connect(lambda: self.revealToggled.emit(True))
        self.hide_button = QPushButton(self.tr("Hide the results again"), objectName="hideResults")
        self.hide_button.clicked.connect(lambda: self.revealToggled.emit(False))
        reveal_row = QHBoxLayout()
        reveal_row.addWidget(self.reveal_button)
        reveal_row.addWidget(self.hide_button)
        reveal_row.addStretch(1)
        self.prediction_results = QLabel(objectName="predictionResults", wordWrap=True)
        self.prediction_box = QWidget()
        box_layout = QVBoxLayout(self.prediction_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.prompt)
        box_layout.addLayout(prediction_form)
        box_layout.addLayout(reveal_row)
        box_layout.addWidget(self.prediction_results)
        predict_group = QGroupBox(self.tr("Predict, then reveal"))
        predict_layout = QVBoxLayout(predict_group)
        predict_layout.addWidget(self.predict_reveal)
        predict_layout.addWidget(self.prediction_box)

        # --- where you are
        self.hidden_note = QLabel(
            self.tr(
                "The results are hidden until you reveal them, so nobody's guess is coloured by them."
            ),
            objectName="resultsHidden",
            wordWrap=True,
        )
        self.hidden_note.setProperty("role", "hint")
        self.cards = {
            "sales": ScoreCard("sales", SALES_COLOUR.name()),
            "marketing": ScoreCard("marketing", MARKETING_COLOUR.name()),
            "overall": ScoreCard("overall", SHARED_COLOUR.name()),
            "leadership": ScoreCard("leadership", "#777777"),
        }
        cards = QGridLayout()
        for column, card in enumerate(self.cards.values()):
            cards.addWidget(card, 0, column)
        cards.setColumnStretch(len(self.cards), 1)
        self.minimum = QSpinBox(objectName="minimumAnswers")
        self.minimum.setRange(1, 20)
        self.minimum.valueChanged.connect(self._minimum_changed)
        minimum_label = QLabel(
            self.tr("Show an anonymous department's score from this many answers:"),
            wordWrap=True,
        )
        minimum_label.setBuddy(self.minimum)
        minimum_label.setProperty("role", "hint")
        minimum_row = QHBoxLayout()
        minimum_row.addWidget(minimum_label)
        minimum_row.addWidget(self.minimum)
        minimum_row.addStretch(1)
        self.stage_title = QLabel(objectName="stageTitle", wordWrap=True)
        self.stage_title.setFont(scaled_font(self.font(), SUBTITLE_POINT_DELTA))
        self.stage_text = QLabel(objectName="stageText", wordWrap=True)
        self.stage_text.setTextFormat(Qt.TextFormat.RichText)

        # --- does the company need to move?
        self.conditions: dict[str, QComboBox] = {}
        self.conditions_form = QFormLayout()
        # Questions are full sentences: each sits above its answer rather than squeezed beside it.
        self.conditions_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.advice = QLabel(objectName="advice", wordWrap=True)
        self.advice.setFont(scaled_font(self.font(), 1))
        self.levers = QLabel(objectName="levers", wordWrap=True)
        self.levers.setTextFormat(Qt.TextFormat.RichText)
        move_group = QGroupBox(self.tr("Does the company need to move further?"))
        move_layout = QVBoxLayout(move_group)
        move_layout.addLayout(self.conditions_form)
        move_layout.addWidget(self.advice)
        move_layout.addWidget(self.levers)

        self.results = QWidget()
        results_layout = QVBoxLayout(self.results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.setSpacing(SPACING * 2)
        results_layout.addLayout(cards)
        results_layout.addLayout(minimum_row)
        results_layout.addWidget(self.stage_title)
        results_layout.addWidget(self.stage_text)
        results_layout.addWidget(move_group)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING * 2)
        layout.addWidget(predict_group)
        layout.addWidget(self.hidden_note)
        layout.addWidget(self.results)
        layout.addStretch(1)

    # ------------------------------------------------------------------ model → widgets

    def show_assessment(
        self, assessment: Assessment, content: Content, participants: list[Participant]
    ) -> None:
        self._loading = True
        shown = results(assessment, participants)
        self.minimum.setValue(shown.minimum)
        self._build_conditions(assessment, content)
        self.predict_reveal.setChecked(assessment.predict_reveal)
        self.prompt.setText(content.text("assessment.prediction_prompt"))
        self.prediction_box.setVisible(assessment.predict_reveal)
        predicted = {p.department: p.predicted_total for p in assessment.predictions}
        for department, spin in self.predictions.items():
            spin.setValue(predicted.get(department, NOT_PREDICTED))
            spin.setEnabled(not assessment.revealed)
        hidden = assessment.predict_reveal and not assessment.revealed
        self.reveal_button.setVisible(hidden)
        self.hide_button.setVisible(assessment.predict_reveal and assessment.revealed)
        self.hidden_note.setVisible(hidden)
        self.results.setVisible(not hidden)
        self._show_predictions(assessment, shown)
        self._show_scores(assessment, content, shown)
        self._loading = False

    def _stage_name(self, content: Content, stage: str | None) -> str:
        return content.text(f"relationship.stages.{stage}.name", stage or "") if stage else ""

    def _show_predictions(self, assessment: Assessment, shown: Results) -> None:
        lines = []
        for check in prediction_checks(assessment, shown.withheld):
            if check.actual is None:
                continue
            lines.append(
                self.tr("%1 expected %2 to score %3; %2 gave %4 (%5).")
                .replace("%1", department_name(check.department))
                .replace("%2", department_name(check.about))
                .replace("%3", str(check.predicted))
                .replace("%4", str(check.actual))
                .replace("%5", f"{check.difference:+d}" if check.difference else "±0")
            )
        self.prediction_results.setText("\n".join(lines))
        self.prediction_results.setVisible(bool(lines) and assessment.revealed)

    def _show_scores(self, assessment: Assessment, content: Content, shown: Results) -> None:
        scores, overall = shown.departments, shown.overall
        for key, card in self.cards.items():
            score = overall if key == "overall" else scores.get(key)
            heading = self.tr("Overall") if key == "overall" else department_name(key)
            detail = self.tr("%n respondent(s)", "", score.respondents if score else 0)
            hidden = [d for d in SIDES if d in shown.withheld]
            if key == "overall" and hidden:
                shown_side = next(d for d in SIDES if d not in hidden) if len(hidden) == 1 else ""
                alone = (
                    self.tr("%1 alone: the other side is withheld").replace(
                        "%1", department_name(shown_side)
                    )
                    if shown_side
                    else self.tr("Both sides are withheld")
                )
                detail = alone + "\n" + detail
            elif key == "overall":
                detail = self.tr("Sales and Marketing weigh the same") + "\n" + detail
            stage = (
                withheld(shown.minimum)
                if score and score.withheld
                else self._stage_name(content, score.stage if score else None)
            )
            card.show_score(heading, score, stage, detail)
        self.cards["leadership"].setVisible("leadership" in scores)
        stage = overall.stage
        if stage is None:
            self.stage_title.setText(self.tr("No results yet: enter some answers first."))
            self.stage_text.setText("")
            self.advice.setText("")
            self.levers.setText("")
            return
        name = self._stage_name(content, stage)
        self.stage_title.setText(self.tr("Where you are: %1").replace("%1", name))
        looks_like = content.get_list(f"relationship.stages.{stage}.looks_like")
        self.stage_text.setText(
            f"<p>{escape(content.text(f'relationship.stages.{stage}.summary'))}</p><ul>"
            + "".join(f"<li>{escape(line)}</li>" for line in looks_like)
            + "</ul>"
        )
        self._show_advice(assessment, content, stage)

    def _show_advice(self, assessment: Assessment, content: Content, stage: str) -> None:
        try:
            levers = dict(content.get("relationship.levers"))
        except KeyError:
            levers = {}
        advice = recommend(
            stage, assessment.context, content.items("relationship.conditions"), levers
        )
        name = self._stage_name(content, stage)
        if advice.verdict == "unknown":
            self.advice.setText(
                self.tr(
                    "Answer the questions above to see whether %1 is enough for this company."
                ).replace("%1", name)
            )
        elif advice.verdict == "stay":
            self.advice.setText(content.text("relationship.advice.stay").replace("{stage}", name))
        else:
            self.advice.setText(
                content.text("relationship.advice.move")
                .replace("{stage}", name)
                .replace("{target}", self._stage_name(content, advice.needed))
            )
        following = next_stage(stage)
        if not advice.levers or following is None:
            self.levers.setText("")
            return
        heading = self.tr("Levers that lead from %1 to %2").replace("%1", name)
        heading = heading.replace("%2", self._stage_name(content, following))
        items = "".join(
            f"<li><b>{escape(levers[i]['name'])}</b>: {escape(levers[i]['description'])}</li>"
            for i in advice.levers
        )
        self.levers.setText(f"<p><b>{escape(heading)}</b></p><ul>{items}</ul>")

    def _build_conditions(self, assessment: Assessment, content: Content) -> None:
        conditions = content.items("relationship.conditions")
        if [c["id"] for c in conditions] != list(self.conditions):
            while self.conditions_form.rowCount():
                self.conditions_form.removeRow(0)
            self.conditions = {}
            for condition in conditions:
                combo = QComboBox(objectName=f"condition_{condition['id']}")
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
                combo.setMinimumContentsLength(40)
                combo.currentIndexChanged.connect(
                    lambda _i, c=condition["id"], box=combo: self._condition_changed(c, box)
                )
                label = QLabel(condition["question"])
                label.setBuddy(combo)
                self.conditions_form.addRow(label, combo)
                self.conditions[condition["id"]] = combo
        for condition in conditions:
            combo = self.conditions[condition["id"]]
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Not answered yet"), "")
            for option in condition.get("options", []):
                combo.addItem(option["label"], option["id"])
            combo.setCurrentIndex(
                max(combo.findData(assessment.context.get(condition["id"], "")), 0)
            )
            combo.blockSignals(False)

    # ------------------------------------------------------------------ widgets → signals

    def _minimum_changed(self, value: int) -> None:
        if not self._loading:
            self.minimumChanged.emit(value)

    def _predict_reveal_toggled(self, checked: bool) -> None:
        if not self._loading:
            self.predictRevealToggled.emit(checked)

    def _prediction_changed(self, department: str, value: int) -> None:
        if not self._loading:
            self.predictionChanged.emit(department, None if value == NOT_PREDICTED else value)

    def _condition_changed(self, condition: str, combo: QComboBox) -> None:
        if not self._loading:
            self.conditionChosen.emit(condition, combo.currentData() or "")
