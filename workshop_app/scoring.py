"""The relationship self-assessment in numbers: totals, stage bands, perception gaps, advice.

Totals live on the 20–100 range of a full questionnaire. "Don't know" is not a score: a
respondent's total is the mean of the statements they did rate, scaled to 20 statements, so
skipping a statement neither drags a total down nor lifts it. Rounding is half-up on exact
fractions, so 64.5 is always 65 and the same answers always give the same total.

Who counts where: Sales and Marketing respondents make the two sides of the perception gap.
Leadership and other respondents get a total of their own, shown beside the others, but they are
left out of the gap and of the overall total, which weighs both departments equally so that a
bigger team cannot outvote the smaller one.

Every average carries its count, and anonymity holds in a small room: when a department's
respondents include anonymous people and fewer than the session's minimum have rated anything,
its score, its side of every gap and its share of the company's total are withheld (never a
number; see ``withheld_departments`` and ``results``, the one call the window, the documents and
phone rounds make).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from math import floor

from workshop_app.domain import Assessment, Department, Participant

ITEMS = 20  # the bands below are written for a questionnaire of twenty statements
STAGES = ("undefined", "defined", "aligned", "integrated")
# The lowest total of each stage; the next stage's floor closes the band.
BANDS = {"undefined": 20, "defined": 40, "aligned": 60, "integrated": 80}
SIDES = (Department.SALES.value, Department.MARKETING.value)
MINIMUM_ANSWERS = 3  # a session's default (Assessment.minimum_answers)
NOTHING_WITHHELD: frozenset[str] = frozenset()


def round_half_up(value: Fraction) -> int:
    return floor(value + Fraction(1, 2))


def scaled_total(values: Iterable[int | None]) -> int | None:
    """A total on the 20–100 range from ratings, skipping "don't know" (None); None if nothing rated."""
    rated = [v for v in values if v is not None]
    if not rated:
        return None
    return round_half_up(Fraction(sum(rated), len(rated)) * ITEMS)


def stage_for(total: float | None) -> str | None:
    if total is None:
        return None
    stage = STAGES[0]
    for name in STAGES:
        if total >= BANDS[name]:
            stage = name
    return stage


def next_stage(stage: str) -> str | None:
    position = STAGES.index(stage)
    return STAGES[position + 1] if position + 1 < len(STAGES) else None


def _mean(values: Sequence[int]) -> Fraction | None:
    return Fraction(sum(values), len(values)) if values else None


@dataclass
class Score:
    total: int | None
    stage: str | None
    respondents: int = 0  # respondents with at least one rating
    dont_know: int = 0  # "don't know" answers given
    # Too few answers from anonymous people: total and stage are None, and no number is shown.
    withheld: bool = False


def _score(totals: list[int], dont_know: int, withheld: bool = False) -> Score:
    if withheld:
        return Score(None, None, len(totals), dont_know, True)
    mean = _mean(totals)
    total = round_half_up(mean) if mean is not None else None
    return Score(total, stage_for(total), len(totals), dont_know)


def _rated_respondents(assessment: Assessment) -> dict[str, set[str]]:
    """Each department's respondents who rated at least one statement."""
    people: dict[str, set[str]] = defaultdict(set)
    for answer in assessment.answers:
        if answer.value is not None:
            people[answer.department].add(answer.respondent)
    return people


def withheld_departments(
    assessment: Assessment, participants: Iterable[Participant]
) -> frozenset[str]:
    """Departments whose scores stay unshown: anonymous people answered, and too few of them.

    A department counts as anonymous when any of its respondents is an anonymous participant (a
    named colleague's answers beside one anonymous set would give that set away). Answers entered
    as one set per department belong to nobody, so they are never withheld.
    """
    anonymous = {p.id for p in participants if p.anonymous}
    minimum = max(1, assessment.minimum_answers)
    return frozenset(
        department
        for department, people in _rated_respondents(assessment).items()
        if people & anonymous and len(people) < minimum
    )


def respondent_totals(assessment: Assessment) -> dict[str, int | None]:
    by_respondent: dict[str, list[int | None]] = defaultdict(list)
    for answer in assessment.answers:
        by_respondent[answer.respondent].append(answer.value)
    return {respondent: scaled_total(values) for respondent, values in by_respondent.items()}


def department_scores(
    assessment: Assessment, withheld: frozenset[str] = NOTHING_WITHHELD
) -> dict[str, Score]:
    """Each department's total: the mean of its respondents' totals."""
    totals = respondent_totals(assessment)
    department_of = {a.respondent: a.department for a in assessment.answers}
    per_department: dict[str, list[int]] = defaultdict(list)
    dont_know: dict[str, int] = defaultdict(int)
    for answer in assessment.answers:
        if answer.value is None:
            dont_know[answer.department] += 1
    for respondent, total in totals.items():
        if total is not None:
            per_department[department_of[respondent]].append(total)
    departments = set(per_department) | set(dont_know)
    return {d: _score(per_department[d], dont_know[d], d in withheld) for d in departments}


def overall_score(assessment: Assessment, withheld: frozenset[str] = NOTHING_WITHHELD) -> Score:
    """Sales and Marketing weighed equally; one side alone stands for the company if it is all there is.

    A withheld side is left out (its count with it): a total of both beside the other side's
    would give the withheld one away.
    """
    scores = department_scores(assessment, withheld)
    sides = [scores[d] for d in SIDES if d in scores and scores[d].total is not None]
    mean = _mean([s.total for s in sides if s.total is not None])
    total = round_half_up(mean) if mean is not None else None
    return Score(
        total,
        stage_for(total),
        sum(s.respondents for s in sides),
        sum(scores[d].dont_know for d in SIDES if d in scores and not scores[d].withheld),
    )


@dataclass
class Gap:
    key: str  # a statement id or a theme id
    sales: float | None  # the department's mean rating, 1–5; None when unrated or withheld
    marketing: float | None
    sales_count: int = 0  # respondents behind each mean
    marketing_count: int = 0

    @property
    def gap(self) -> float | None:
        """Sales minus Marketing: negative when Sales sees things more darkly."""
        if self.sales is None or self.marketing is None:
            return None
        return self.sales - self.marketing


Ratings = dict[str, dict[str, list[tuple[str, int]]]]  # group → department → (respondent, value)


def _means(assessment: Assessment, group_of: dict[str, str]) -> Ratings:
    ratings: Ratings = defaultdict(lambda: defaultdict(list))
    for answer in assessment.answers:
        group = group_of.get(answer.statement)
        if group is not None and answer.value is not None and answer.department in SIDES:
            ratings[group][answer.department].append((answer.respondent, answer.value))
    return ratings


def _side(ratings: Ratings, key: str, department: str, withheld: bool) -> tuple[float | None, int]:
    given = ratings[key][department] if key in ratings else []
    people = len({respondent for respondent, _value in given})
    mean = _mean([value for _respondent, value in given])
    return (float(mean) if mean is not None and not withheld else None), people


def _sorted_gaps(keys: list[str], ratings: Ratings, withheld: frozenset[str]) -> list[Gap]:
    gaps = []
    for key in keys:
        (sales, sales_count), (marketing, marketing_count) = (
            _side(ratings, key, d, d in withheld) for d in SIDES
        )
        gaps.append(Gap(key, sales, marketing, sales_count, marketing_count))
    order = {key: i for i, key in enumerate(keys)}
    # Largest disagreement first; statements one side has not rated go last, in questionnaire order.
    return sorted(
        gaps, key=lambda g: (g.gap is None, -abs(g.gap) if g.gap is not None else 0, order[g.key])
    )


def statement_gaps(
    assessment: Assessment, statement_ids: list[str], withheld: frozenset[str] = NOTHING_WITHHELD
) -> list[Gap]:
    ratings = _means(assessment, {s: s for s in statement_ids})
    return _sorted_gaps(statement_ids, ratings, withheld)


def theme_gaps(
    assessment: Assessment, theme_of: dict[str, str], withheld: frozenset[str] = NOTHING_WITHHELD
) -> list[Gap]:
    """``theme_of`` maps each statement id to its theme id; themes keep their first appearance order."""
    themes = list(dict.fromkeys(theme_of.values()))
    return _sorted_gaps(themes, _means(assessment, theme_of), withheld)


@dataclass
class PredictionCheck:
    department: str  # who predicted
    about: str  # whose total they predicted
    predicted: int
    actual: int | None

    @property
    def difference(self) -> int | None:
        """Predicted minus actual: positive when the other side was expected to be happier than it is."""
        return None if self.actual is None else self.predicted - self.actual


def other_side(department: str) -> str:
    return Department.MARKETING.value if department == Department.SALES else Department.SALES.value


def prediction_checks(
    assessment: Assessment, withheld: frozenset[str] = NOTHING_WITHHELD
) -> list[PredictionCheck]:
    scores = department_scores(assessment, withheld)
    checks = []
    for prediction in assessment.predictions:
        about = other_side(prediction.department)
        actual = scores[about].total if about in scores else None
        checks.append(
            PredictionCheck(prediction.department, about, prediction.predicted_total, actual)
        )
    return checks


@dataclass(frozen=True)
class Results:
    """A session's assessment as it may be shown: scores with their counts, withholding applied."""

    departments: dict[str, Score]
    overall: Score
    withheld: frozenset[str]
    minimum: int  # the fewest answers an anonymous department's score is shown from

    def score(self, department: str) -> Score | None:
        return self.departments.get(department)


def results(assessment: Assessment, participants: Iterable[Participant]) -> Results:
    """The one call for shown figures: what a page, a panel, a document or a phone may show."""
    withheld = withheld_departments(assessment, participants)
    return Results(
        department_scores(assessment, withheld),
        overall_score(assessment, withheld),
        withheld,
        max(1, assessment.minimum_answers),
    )


@dataclass
class Recommendation:
    current: str
    needed: str | None  # None until the facilitator has answered at least one condition
    verdict: str  # "stay", "move" or "unknown"
    levers: list[str] = field(default_factory=list)  # lever ids that lead one stage up


def recommend(
    current: str,
    answers: dict[str, str],
    conditions: list[dict],
    levers: dict[str, dict],
) -> Recommendation:
    """Whether the company needs to move on from ``current``, from the facilitator's answers.

    Each answered condition suggests the stage that is enough for such a company; the most
    demanding one wins, since one fast market is reason enough to integrate however small the firm.
    The levers are always the current stage's, so the room sees what moving would take even
    when staying is the advice.
    """
    suggested = []
    for condition in conditions:
        chosen = answers.get(condition.get("id", ""))
        for option in condition.get("options", []):
            if option.get("id") == chosen and option.get("suggests") in STAGES:
                suggested.append(option["suggests"])
    lever_ids = [key for key, lever in levers.items() if lever.get("from") == current]
    if not suggested:
        return Recommendation(current, None, "unknown", lever_ids)
    needed = max(suggested, key=STAGES.index)
    verdict = "move" if STAGES.index(needed) > STAGES.index(current) else "stay"
    return Recommendation(current, needed, verdict, lever_ids)
