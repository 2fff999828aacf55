"""The series comparison PDF: one organisation's workshops side by side, for department heads.

Every figure comes from workshop_app.series (which takes its scores from workshop_app.scoring),
so the printed comparison always agrees with the comparison window and each workshop's own pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from workshop_app.documents.pdf_common import Kit
from workshop_app.documents.pdf_series_charts import gap_chart, score_chart
from workshop_app.documents.wording import number
from workshop_app.domain import Session, SharedGoal
from workshop_app.errors import ValidationError
from workshop_app.formats import format_percent
from workshop_app.series import Comparison, Workshop, compare, held, ordered

# A page has room for this many workshop columns; older workshops beyond it are left out.
MOST_WORKSHOPS = 6


def _total(value: int | None) -> str:
    return "–" if value is None else str(value)


def _percent(value: float | None, lang: str) -> str:
    return "–" if value is None else format_percent(value * 100, lang)


def _widths(first: float, count: int, last: float = 0.0) -> list[float]:
    rest = (1.0 - first - last) / count
    return [first] + [rest] * count + ([last] if last else [])


def _table(
    kit: Kit,
    label: str,
    workshops: Sequence[Workshop],
    rows: Sequence[Sequence[object]],
    first: float = 0.3,
    last_head: str = "",
) -> Flowable:
    """One row per figure, one column per workshop, headed by its date and title."""
    header = [label, *[f"{kit.words.date(w.date) or '–'}\n{w.title}" for w in workshops]]
    header += [last_head] if last_head else []
    count = len(workshops)
    return kit.table(
        header,
        rows,
        _widths(first, count, 0.16 if last_head else 0.0),
        right=tuple(range(1, len(header))),
    )


def summary(kit: Kit, comparison: Comparison) -> list[Flowable]:
    words = kit.words
    first, latest = comparison.workshops[0], comparison.workshops[-1]

    def stage(w: Workshop) -> str:
        return words.stage_named(w.stage) if w.stage else "–"

    lines: list[tuple[str, str]] = [
        (
            words("overall"),
            f"{_total(first.scores.get('all'))} → {_total(latest.scores.get('all'))} / 100"
            + words.parens(f"{stage(first)} → {stage(latest)}"),
        ),
        (
            words("perception_gap"),
            f"{words.number(first.gap, 2)} → {words.number(latest.gap, 2)}"
            + (words.parens(words(comparison.gap_trend)) if comparison.gap_trend else ""),
        ),
        (
            words.label("ten_steps") + words("mean_level"),
            f"{words.number(first.mean_current, 1)} → {words.number(latest.mean_current, 1)} / 5",
        ),
    ]
    for trend in comparison.goals:
        known = [f for f in trend.figures if f is not None and f.value is not None]
        if len(known) >= 2:
            lines.append(
                (
                    trend.statement,
                    f"{number(known[0].value, trend.unit, words.language)} → {number(known[-1].value, trend.unit, words.language)}"
                    + words.parens(
                        f"{words('target')} {number(known[-1].target, trend.unit, words.language)}"
                    ),
                )
            )
    rows = [[kit.p(label, "cell_bold"), kit.p(value)] for label, value in lines]
    header = [words("topic"), f"{words.date(first.date)} → {words.date(latest.date)}"]
    return [kit.heading("series_at_a_glance"), kit.table(header, rows, [0.45, 0.55])]


def scores(kit: Kit, comparison: Comparison) -> list[Flowable]:
    words = kit.words
    workshops = comparison.workshops
    departments = [
        d for d in ("sales", "marketing", "leadership", "other")
        if any(w.scores.get(d) is not None or d in w.withheld for w in workshops)
    ]  # fmt: skip

    def cell(w: Workshop, key: str) -> str:
        if key in w.withheld:
            return words.withheld(w.minimum)
        total = w.scores.get(key)
        return (
            _total(total) if total is None else words.counted(_total(total), w.counts.get(key, 0))
        )

    rows = [[words.department(d), *[cell(w, d) for w in workshops]] for d in departments]
    rows.append([kit.p(words("overall"), "cell_bold"), *[cell(w, "all") for w in workshops]])
    rows.append(
        [
            words("relationship_stage"),
            *[words.stage(w.stage) if w.stage else "–" for w in workshops],
        ]
    )
    return [
        CondPageBreak(260),
        kit.heading("scores_over_time"),
        score_chart(kit, comparison),
        Spacer(1, 8),
        _table(kit, words("total"), workshops, rows),
    ]


def gap(kit: Kit, comparison: Comparison) -> list[Flowable]:
    words = kit.words
    workshops = comparison.workshops
    rows = [
        [words("perception_gap"), *[words.number(w.gap, 2) for w in workshops]],
        [words("trend"), *[words(w.gap_trend) if w.gap_trend else "–" for w in workshops]],
    ]
    return [
        *kit.keep(
            [
                kit.heading("gap_over_time"),
                kit.p(words("gap_explained"), "muted"),
                Spacer(1, 4),
                gap_chart(kit, comparison),
                Spacer(1, 6),
                _table(kit, "", workshops, rows),
            ]
        )
    ]


def steps(kit: Kit, comparison: Comparison) -> list[Flowable]:
    words = kit.words
    workshops = comparison.workshops
    order = {s["id"]: n for n, s in enumerate(words.content.items("checklist.steps"), start=1)}

    def level(w: Workshop, step: str) -> str:
        found = w.steps.get(step)
        if found is None or (found.current is None and found.target is None):
            return "–"
        now = "–" if found.current is None else str(found.current)
        return now if found.target is None else f"{now} → {found.target}"

    rows: list[list[object]] = [
        [f"{order.get(step, '–')}. {words.step(step)}", *[level(w, step) for w in workshops]]
        for step in comparison.steps
    ]
    rows.append(
        [
            kit.p(words("mean_level"), "cell_bold"),
            *[words.number(w.mean_current, 1) for w in workshops],
        ]
    )
    return [
        CondPageBreak(220),
        kit.heading("steps_over_time"),
        kit.p(words("steps_explained"), "muted"),
        Spacer(1, 4),
        _table(kit, words("step"), workshops, rows, first=0.4),
    ]


def goals(kit: Kit, comparison: Comparison) -> list[Flowable]:
    words = kit.words
    workshops = comparison.workshops
    story: list[Flowable] = [CondPageBreak(160), kit.heading("goals_over_time")]
    if not comparison.goals:
        return [*story, kit.nothing()]
    rows = []
    for trend in comparison.goals:
        cells: list[object] = []
        for figure in trend.figures:
            if figure is None:
                cells.append("–")
            else:
                cells.append(
                    [
                        kit.p(number(figure.value, trend.unit, words.language), "cell_right"),
                        kit.p(
                            f"{words('target')} {number(figure.target, trend.unit, words.language)}",
                            "cell_muted_right",
                        ),
                    ]
                )
        metric = words.metric(SharedGoal("", "", trend.metric, trend.custom_metric))
        rows.append(
            [
                [kit.p(trend.statement, "cell_bold"), kit.p(metric, "cell_muted")],
                *cells,
                _percent(trend.progress, words.language),
            ]
        )
    story += [
        kit.p(words("goals_explained"), "muted"),
        Spacer(1, 4),
        _table(kit, words("goal"), workshops, rows, first=0.3, last_head=words("progress")),
    ]
    return story


def completion(kit: Kit, comparison: Comparison) -> list[Flowable]:
    words = kit.words
    workshops = comparison.workshops
    rows = [
        [words("actions"), *[str(w.completion.total) for w in workshops]],
        [words("status_done"), *[str(w.completion.done) for w in workshops]],
        [words("status_dropped"), *[str(w.completion.dropped) for w in workshops]],
        [
            kit.p(words("completion_rate"), "cell_bold"),
            *[_percent(w.completion.rate, words.language) for w in workshops],
        ],
    ]
    return [
        *kit.keep(
            [
                kit.heading("completion_over_time"),
                kit.p(words("completion_explained"), "muted"),
                Spacer(1, 4),
                _table(kit, "", workshops, rows),
            ]
        )
    ]


def story(kit: Kit, comparison: Comparison, left_out: int = 0) -> list[Flowable]:
    words = kit.words
    info = kit.session.info
    workshops = comparison.workshops
    story: list[Flowable] = [
        kit.p(words("series_comparison"), "title"),
        kit.p(info.organisation or info.title, "subtitle"),
        Spacer(1, 6),
        kit.facts(
            [
                (words("organisation"), info.organisation),
                (words("workshops"), str(len(workshops) + left_out)),
                (
                    words("series_period"),
                    f"{words.date(workshops[0].date)} – {words.date(workshops[-1].date)}",
                ),
                (words("facilitator"), info.facilitator),
            ]
        ),
        Spacer(1, 4),
    ]
    story += summary(kit, comparison)
    story += scores(kit, comparison)
    story += gap(kit, comparison)
    story += steps(kit, comparison)
    story += goals(kit, comparison)
    story += completion(kit, comparison)
    return story


def render(
    sessions: Sequence[Session], paper: str = "a4", printed_at: datetime | None = None
) -> bytes:
    chosen = ordered(held(sessions))  # a workshop not yet held has nothing to compare
    if len(chosen) < 2:
        raise ValidationError("export.series_too_short")
    shown = chosen[-MOST_WORKSHOPS:]
    kit = Kit(shown[-1], paper, printed_at)
    kit.styles["cell_muted_right"] = ParagraphStyle(
        "cell_muted_right", parent=kit.styles["cell_muted"], alignment=TA_RIGHT
    )
    return kit.build(story(kit, compare(shown), len(chosen) - len(shown)), "series_comparison")
