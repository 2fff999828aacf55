"""The assessment figures a printed document shows: totals, the stage, the per-statement gap.

Totals and stages come from workshop_app.scoring, so a printed report always agrees with the
Diagnosis page; this module only arranges them for printing.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import fmean

from workshop_app import scoring
from workshop_app.domain import Assessment
from workshop_app.scoring import stage_for

SIDES = scoring.SIDES


@dataclass(frozen=True)
class StatementResult:
    statement: str
    sales: float | None
    marketing: float | None

    @property
    def gap(self) -> float | None:
        if self.sales is None or self.marketing is None:
            return None
        return self.sales - self.marketing


@dataclass(frozen=True)
class AssessmentResult:
    statements: list[StatementResult]
    totals: dict[str, float | None]  # "sales", "marketing", "all"
    respondents: dict[str, int]

    @property
    def stage(self) -> str | None:
        return stage_for(self.totals["all"])

    @property
    def answered(self) -> bool:
        return self.totals["all"] is not None

    def largest_gaps_first(self) -> list[StatementResult]:
        return sorted(
            self.statements,
            key=lambda s: -abs(s.gap) if s.gap is not None else 1.0,
        )


def compute(assessment: Assessment, statement_ids: list[str]) -> AssessmentResult:
    values: dict[tuple[str, str], list[int]] = {}
    respondents: dict[str, set[str]] = {side: set() for side in SIDES}
    for answer in assessment.answers:
        if answer.department not in SIDES or answer.value is None:
            continue
        values.setdefault((answer.department, answer.statement), []).append(answer.value)
        respondents[answer.department].add(answer.respondent)
    ids = list(statement_ids) + sorted(
        {s for _, s in values} - set(statement_ids)
    )  # answers to statements no longer in the catalogue still count
    rows = []
    for sid in ids:
        means = {
            side: (fmean(values[(side, sid)]) if (side, sid) in values else None) for side in SIDES
        }
        rows.append(StatementResult(sid, means["sales"], means["marketing"]))
    scores = scoring.department_scores(assessment)
    totals: dict[str, float | None] = {
        side: scores[side].total if side in scores else None for side in SIDES
    }
    totals["all"] = scoring.overall_score(assessment).total
    return AssessmentResult(
        statements=rows,
        totals=totals,
        respondents={side: len(people) for side, people in respondents.items()},
    )
