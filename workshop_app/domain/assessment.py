"""The relationship self-assessment: statements rated 1–5 by each department."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class AssessmentAnswer:
    # A participant id, or a department value when answers are entered as one set per department.
    respondent: str
    # Always recorded, so an anonymous answer still counts for its side of the perception gap.
    department: str
    statement: str
    value: int | None = None  # 1 (strongly disagree) … 5 (strongly agree); None: don't know


@dataclass
class Prediction:
    """Before the reveal, a department guesses the other's total (20–100)."""

    department: str
    predicted_total: int


@dataclass
class Assessment:
    mode: str = "participants"  # or "departments": one set of answers per department
    answers: list[AssessmentAnswer] = field(default_factory=list)
    predict_reveal: bool = False
    revealed: bool = (
        False  # with predict_reveal, results stay hidden until the facilitator reveals them
    )
    predictions: list[Prediction] = field(default_factory=list)
    # The facilitator's answers to "does this company need to move further?" (condition id → option id)
    context: dict[str, str] = field(default_factory=dict)
    notes: str = ""
    # When a department's respondents include anonymous people, its score is shown only from this
    # many respondents on (workshop_app.scoring.withheld_departments).
    minimum_answers: int = 3
