"""The assessment figures a printed document shows: totals, the stage, the per-statement gap.

Totals and stages come from workshop_app.scoring, so a printed report always agrees with the
Diagnosis page; this module only arranges them for printing.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop_app import scoring
from workshop_app.domain import Assessment, Participant
from workshop_app.scoring import stage_for

SIDES = scoring.SIDES


@dataclass(frozen=True)
class AssessmentResult:
    statements: list[scoring.Gap]  # each statement's gap, keyed by its id, in questionnaire order
    totals: dict[str, float | None]  # "sales", "marketing", "all"
    respondents: dict[str, int]
    withheld: frozenset[str] = frozenset()  # departments too few anonymous people answered for
    minimum: int = scoring.MINIMUM_ANSWERS

    @property
    def stage(self) -> str | None:
        return stage_for(self.totals["all"])

    @property
    def answered(self) -> bool:
        return self.totals["all"] is not None

    def largest_gaps_first(self) -> list[scoring.Gap]:
        return sorted(self.statements, key=lambda s: -abs(s.gap) if s.gap is not None else 1.0)


def compute(
    assessment: Assessment, statement_ids: list[str], participants: list[Participant]
) -> AssessmentResult:
    respondents: dict[str, set[str]] = {side: set() for side in SIDES}
    answered = set()
    for answer in assessment.answers:
        if answer.department in SIDES and answer.value is not None:
            respondents[answer.department].add(answer.respondent)
            answered.add(answer.statement)
    # Answers to statements no longer in the catalogue still count, after the catalogue's own.
    ids = list(statement_ids) + sorted(answered - set(statement_ids))
    shown = scoring.results(assessment, participants)
    gaps = {gap.key: gap for gap in scoring.statement_gaps(assessment, ids, shown.withheld)}
    rows = [gaps[sid] for sid in ids]
    scores = shown.departments
    totals: dict[str, float | None] = {
        side: scores[side].total if side in scores else None for side in SIDES
    }
    totals["all"] = shown.overall.total
    return AssessmentResult(
        statements=rows,
        totals=totals,
        respondents={side: len(people) for side, people in respondents.items()},
        withheld=shown.withheld,
        minimum=shown.minimum,
    )
