"""The session report PDF: everything the workshop produced, in the order the room worked."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from workshop_app import scoring
from workshop_app.documents import pdf_action_plan, pdf_cascade, pdf_report_parts, pdf_standing
from workshop_app.documents.charts import gap_chart
from workshop_app.documents.pdf_common import Kit
from workshop_app.documents.results import SIDES, compute
from workshop_app.documents.wording import number
from workshop_app.friction_map import group_of


def _total(value: float | None) -> str:
    """Totals are whole points on the 20–100 scale, as on the Diagnosis page."""
    return "–" if value is None else f"{value:.0f}"


def _shown_total(kit: Kit, score: float | None, withheld: bool, minimum: int) -> str:
    return kit.words.withheld(minimum) if withheld else _total(score)


def participants(kit: Kit) -> list[Flowable]:
    words = kit.words
    story: list[Flowable] = [kit.heading("participants")]
    if not kit.session.participants:
        return [*story, kit.nothing()]
    rows = [
        [
            [kit.p(p.name or "–", "cell")]
            + ([kit.p(words("anonymous"), "cell_muted")] if p.anonymous else []),
            words.department(str(p.department)),
            p.role or "–",
        ]
        for p in kit.session.participants
    ]
    header = [words("name"), words("department"), words("role")]
    return [*story, kit.table(header, rows, [0.38, 0.22, 0.4])]


def assessment(kit: Kit) -> list[Flowable]:
    words = kit.words
    section = kit.session.assessment
    statement_ids = [s["id"] for s in kit.words.content.items("assessment.statements")]
    result = compute(section, statement_ids, kit.session.participants)
    story: list[Flowable] = [CondPageBreak(200), kit.heading("assessment")]
    if not result.answered:
        return [*story, kit.nothing()]
    stage = result.stage
    story.append(
        kit.rich(
            [
                (words.label("stage_reached"), True),
                (words.stage_named(stage) if stage else "–", False),
                (words.parens(f"{words('total')} {_total(result.totals['all'])} / 100"), False),
            ],
            "h2",
        )
    )
    if stage:
        summary = kit.words.content.text(f"relationship.stages.{stage}.summary")
        if summary:
            story.append(kit.p(summary, "muted"))
    predicted = {p.department: p.predicted_total for p in section.predictions}
    # Each department predicts the other's total: Sales' guess is about Marketing's answers.
    guess = {"sales": predicted.get("marketing"), "marketing": predicted.get("sales")}
    rows = [
        [
            words(side),
            str(result.respondents[side]),
            _shown_total(kit, result.totals[side], side in result.withheld, result.minimum),
            "–" if guess[side] is None else str(guess[side]),
        ]
        for side in ("sales", "marketing")
    ]
    # Leadership (and anyone else) answered too: shown, though not in the company's total.
    others = scoring.department_scores(section, result.withheld)
    rows += [
        [
            words.department(d),
            str(others[d].respondents),
            _shown_total(kit, others[d].total, others[d].withheld, result.minimum),
            "–",
        ]
        for d in ("leadership", "other")
        if d in others
    ]
    header = [
        words("department"),
        words("respondents"),
        words("total"),
        words("prediction_by_other"),
    ]
    story += [Spacer(1, 6), kit.table(header, rows, [0.31, 0.23, 0.23, 0.23], right=(1, 2, 3))]
    story += [
        *kit.keep([kit.heading("perception_gap", level=2), gap_chart(kit, result), Spacer(1, 4)])
    ]
    number_of = {sid: n for n, sid in enumerate(statement_ids, start=1)}
    rows = []
    for row in result.largest_gaps_first():
        gap = row.gap
        rows.append(
            [
                str(number_of.get(row.key, "–")),
                words.statement(row.key),
                words.mean(row.sales, row.sales_count),
                words.mean(row.marketing, row.marketing_count),
                words.number(gap, 1, signed=True),
            ]
        )
    header = ["#", words("statement"), words("sales"), words("marketing"), words("gap")]
    story.append(kit.table(header, rows, [0.05, 0.49, 0.17, 0.17, 0.12], right=(0, 2, 3, 4)))
    story.append(kit.p(words("gap_explained"), "small"))
    for side in SIDES:
        if side in result.withheld:
            withheld = words.label_text(words(side)) + words.withheld(result.minimum)
            story.append(kit.p(withheld, "small"))
    if section.notes:
        story += [kit.heading("notes", level=2), kit.p(section.notes)]
    return story


def frictions(kit: Kit) -> list[Flowable]:
    words = kit.words
    section = kit.session.frictions
    story: list[Flowable] = [CondPageBreak(160), kit.heading("friction_map")]
    rated = [
        f
        for f in section.items
        if f.sales_rating is not None or f.marketing_rating is not None or f.votes or f.notes
    ]
    if not rated:
        return [*story, kit.nothing()]

    def pain(f: object) -> int:
        return (getattr(f, "sales_rating", 0) or 0) + (getattr(f, "marketing_rating", 0) or 0)

    rows = []
    for f in sorted(rated, key=lambda f: (-pain(f), -f.votes)):
        cell = [kit.p(words.friction(f.id, f.custom_title), "cell_bold")]
        cell.append(kit.p(words.friction_group(group_of(f, words.content)), "cell_muted"))
        if f.notes:
            cell.append(kit.p(f.notes, "cell"))
        rows.append(
            [
                cell,
                number(f.sales_rating, lang=words.language),
                number(f.marketing_rating, lang=words.language),
                str(f.votes),
                "✓" if f.carry_forward else "",
            ]
        )
    header = [
        words("friction"),
        words("sales"),
        words("marketing"),
        words("votes"),
        words("carry_forward"),
    ]
    story.append(kit.table(header, rows, [0.52, 0.11, 0.13, 0.1, 0.14], right=(1, 2, 3)))
    if section.notes:
        story += [kit.heading("notes", level=2), kit.p(section.notes)]
    return story


def story(kit: Kit, group_by: str = "owner") -> list[Flowable]:
    info = kit.session.info
    words = kit.words
    story = kit.title_block(
        "session_report",
        [
            (words("follow_up_date"), words.date(info.follow_up_date) or words("no_date")),
            (words("participants"), str(len(kit.session.participants))),
        ],
    )
    used = sum(f.wrap(kit.width, kit.frame_height)[1] for f in story)
    story += pdf_standing.where_we_stand(kit, kit.frame_height - used - 24)
    story += participants(kit)
    story += assessment(kit)
    story += frictions(kit)
    story += pdf_report_parts.role_swap(kit)
    story += [CondPageBreak(160), *pdf_action_plan.shared_goals(kit)]
    story += pdf_report_parts.department_goals(kit)
    story += pdf_cascade.cascade(kit) + pdf_cascade.meeting(kit)
    story += pdf_report_parts.role_split(kit)
    story += pdf_report_parts.ten_steps(kit)
    story += pdf_action_plan.since_previous(kit)
    story += [CondPageBreak(160), *pdf_action_plan.actions(kit, group_by)]
    story += pdf_standing.room_notes(kit)
    story += pdf_standing.agenda(kit)
    if info.notes:
        # The facilitator's notes can run to pages, so they come last.
        story += [CondPageBreak(120), kit.heading("notes"), kit.p(info.notes)]
    return story


def render(kit: Kit, group_by: str = "owner") -> bytes:
    return kit.build(story(kit, group_by), "session_report")
