"""The assessment figures a printed document shows: totals, the stage, the per-statement gap.

A small private computation so documents can print before the shared scoring module lands; it
follows the brief's rules (mean per statement per department; the total is the sum over the
twenty statements, scaled to 20–100 when some were left blank; bands 20–39 Undefined, 40–59
Defined, 60–79 Aligned, 80–100 Integrated). Point it at workshop_app/scoring.py once that exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import fmean

from workshop_app.domain import Assessment

BANDS = (("undefined", 20, 39), ("defined", 40, 59), ("aligned", 60, 79), ("integrated", 80, 100))
SIDES = ("sales", "marketing")


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


def stage_for(total: float | None) -> str | None:
    if total is None:
        return None
    rounded = round(total)
    return next((name for name, low, high in BANDS if low <= rounded <= high), None)


def _scaled(means: list[float | None]) -> float | None:
    known = [m for m in means if m is not None]
    if not known:
        return None
    # The total of twenty 1–5 answers is 20–100; four in five per statement → ×20 of the mean.
    return fmean(known) * 20


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
    sales = _scaled([r.sales for r in rows])
    marketing = _scaled([r.marketing for r in rows])
    both = [t for t in (sales, marketing) if t is not None]
    return AssessmentResult(
        statements=rows,
        totals={"sales": sales, "marketing": marketing, "all": fmean(both) if both else None},
        respondents={side: len(people) for side, people in respondents.items()},
    )
