"""The Diagnosis on the projector: each side's total and the themes' mean ratings, with counts.

A department whose anonymous people are too few to be shown (workshop_app.scoring.results) says
so in words; neither its total nor its bars appear, so the back of the room cannot work it out.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.i18n import show_number
from ui.labels import counted, department_name, withheld
from ui.live.bars import Bar, BarList, BarRow
from ui.live.panels import Projection, column, label, legend, register, translate
from ui.style import MARKETING_COLOUR, PROJECTOR_TEXT, SALES_COLOUR
from workshop_app import scoring
from workshop_app.domain import Department


@register("diagnosis")
def diagnosis(p: Projection, parent: QWidget) -> QWidget | None:
    assessment = p.session.assessment
    if not assessment.answers:
        return None
    if assessment.predict_reveal and not assessment.revealed:
        return label(
            translate("projector", "The results appear here once they are revealed."),
            "heading",
            parent,
        )
    widget, layout = column(parent)
    shown = scoring.results(assessment, p.session.participants)
    scores, overall = shown.departments, shown.overall
    stages = p.content.get("relationship.stages")
    parts = []
    for d in (Department.SALES, Department.MARKETING):
        score = scores.get(d)
        if score is not None and score.withheld:
            parts.append(f"{department_name(d)} {withheld(shown.minimum)}")
        elif score is not None and score.total is not None:
            parts.append(counted(f"{department_name(d)} {score.total}", score.respondents))
    if overall.stage:
        parts.append(
            translate("projector", "together %1: %2")
            .replace("%1", str(overall.total))
            .replace("%2", stages[overall.stage]["name"])
        )
    layout.addWidget(label(" · ".join(parts), "heading"))
    statements = p.content.items("assessment.statements")
    themes = {s["id"]: s.get("theme", "") for s in statements}
    gaps = scoring.theme_gaps(assessment, themes, shown.withheld)
    rows = [
        BarRow(
            p.content.text(f"assessment.themes.{g.key}", g.key),
            [Bar(g.sales, SALES_COLOUR), Bar(g.marketing, MARKETING_COLOUR)],
            " / ".join(
                "–" if v is None else counted(show_number(v, 1), n)
                for v, n in ((g.sales, g.sales_count), (g.marketing, g.marketing_count))
            ),
        )
        for g in gaps
    ]
    layout.addWidget(BarList(rows, 5.0, widget, PROJECTOR_TEXT), 1)
    layout.addWidget(
        legend(
            widget,
            [
                (department_name(Department.SALES), SALES_COLOUR.name()),
                (department_name(Department.MARKETING), MARKETING_COLOUR.name()),
            ],
        )
    )
    return widget
