"""The action plan PDF: the page HR prints and files, and department heads sign.

Its parts (shared goals, grouped actions, signatures) are also chapters of the session report.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table

from workshop_app.documents.pdf_common import INK, MUTED, Kit
from workshop_app.documents.pdf_wrap import fit_columns, heading_with_first_row, widest_word
from workshop_app.documents.wording import GOAL_COLUMNS, group_actions, number
from workshop_app.domain import Action, ActionPriority, ActionStatus, Decision

# Column widths of the actions table as fractions of the text width: #, action, owner or
# department, due, status, success measure. The status column widens for languages whose
# status words are long ("Porzucone", "Zaplanowane"), taking the room from the action column.
ACTION_COLUMNS = (0.05, 0.38, 0.14, 0.13, 0.1, 0.2)


def shared_goals(kit: Kit) -> list[Flowable]:
    words = kit.words
    goals = sorted(kit.session.goals.shared, key=lambda g: not g.revenue)
    if not goals:
        return [kit.heading("shared_goals"), kit.nothing()]
    rows = []
    for goal in goals:
        parts: list[Flowable] = [kit.p(goal.statement, "cell_bold")]
        for side, text in (("sales", goal.sales_part), ("marketing", goal.marketing_part)):
            if text:
                parts.append(kit.rich([(words.label(side), True), (text, False)], "cell_muted"))
        rows.append(
            [
                parts,
                words.metric(goal),
                number(goal.baseline, goal.unit, words.language),
                number(goal.target, goal.unit, words.language),
                words.date(goal.deadline) or "–",
                goal.owners or "–",
            ]
        )
    header = [words(key) for key in GOAL_COLUMNS]
    table = kit.table(header, rows, [0.34, 0.17, 0.1, 0.1, 0.13, 0.16], right=(2, 3))
    return heading_with_first_row(kit.heading("shared_goals"), table, kit.width)


def _action_cell(kit: Kit, action: Action) -> list[Flowable]:
    cell: list[Flowable] = [kit.p(action.title, "cell_bold")]
    if action.description:
        cell.append(kit.p(action.description, "cell"))
    answers = kit.words.responds_to(kit.session, action)
    if answers:
        cell.append(kit.rich([(kit.words.label("answers"), True), (answers, False)], "cell_muted"))
    return cell


def _action_columns(kit: Kit) -> list[float]:
    """ACTION_COLUMNS with a status column wide enough for every status and priority word."""
    words = kit.words
    status = max(
        widest_word([words(f"status_{s}") for s in ActionStatus], kit.regular, 8.5),
        widest_word([words(f"priority_{p}") for p in ActionPriority], kit.regular, 7.8),
    )
    return fit_columns(ACTION_COLUMNS, [0, 0, 0, 0, status, 0], kit.width)


def actions(kit: Kit, group_by: str = "owner", *, level: int = 1) -> list[Flowable]:
    words = kit.words
    story: list[Flowable] = [CondPageBreak(200), kit.heading("actions", level=level)]
    if not kit.session.actions:
        return [*story, kit.p(words("no_actions"), "muted")]
    position = {a.id: n for n, a in enumerate(kit.session.actions, start=1)}
    other = "owner" if group_by == "department" else "department"
    header = [
        "#",
        words("actions"),
        words(other),
        words("due"),
        words("status"),
        words("success_measure"),
    ]
    for n, (name, items) in enumerate(group_actions(kit.session, words, group_by)):
        rows = []
        for action in items:
            who = (
                action.owner or words("no_owner")
                if other == "owner"
                else words.department(action.department) or "–"
            )
            rows.append(
                [
                    kit.plain(position[action.id]),
                    _action_cell(kit, action),
                    kit.plain(who),
                    kit.plain(words.date(action.due) or words("no_date")),
                    [
                        kit.p(words.status(action), "cell"),
                        kit.p(words.priority(action), "cell_muted"),
                    ],
                    action.success_measure or "–",
                ]
            )
        story += [
            *([CondPageBreak(150)] if n else []),
            kit.rich([(name, True), (f"  ·  {len(items)}", False)], "h2"),
            kit.table(header, rows, _action_columns(kit), right=(0,)),
        ]
    return story


def since_previous(kit: Kit) -> list[Flowable]:
    """What became of the previous workshop's open actions; nothing for a first workshop."""
    review = kit.session.since_previous
    if not review.items:
        return []
    words = kit.words
    story: list[Flowable] = [CondPageBreak(150), kit.heading("since_previous")]
    if review.previous_title:
        when = f" ({words.date(review.previous_date)})" if review.previous_date else ""
        story.append(
            kit.rich(
                [(words.label("previous_workshop"), True), (review.previous_title + when, False)]
            )
        )
    header = [words("actions"), words("owner"), words("due"), words("status")]
    for decision, key in (
        (Decision.DONE, "review_done"),
        (Decision.CARRIED, "review_carried"),
        (Decision.DROPPED, "review_dropped"),
    ):
        items = [i for i in review.items if i.decision == decision]
        if not items:
            continue
        rows = []
        for item in items:
            outcome: list[Flowable] = [kit.p(words(key), "cell")]
            if item.new_due:
                outcome.append(
                    kit.p(words.label("new_due") + words.date(item.new_due), "cell_muted")
                )
            cell: list[Flowable] = [kit.p(item.title, "cell_bold")]
            if item.reason:
                cell.append(
                    kit.rich([(words.label("reason"), True), (item.reason, False)], "cell_muted")
                )
            rows.append(
                [
                    cell,
                    item.owner or words("no_owner"),
                    words.date(item.due) or words("no_date"),
                    outcome,
                ]
            )
        story += [
            kit.rich([(words(key), True), (f"  ·  {len(items)}", False)], "h2"),
            kit.table(header, rows, [0.5, 0.18, 0.14, 0.18]),
        ]
    return story


def signatures(kit: Kit) -> list[Flowable]:
    words = kit.words
    follow_up = words.date(kit.session.info.follow_up_date) or words("no_date")
    gap = 28
    column = (kit.width - gap) / 2

    def line(key: str) -> Flowable:
        return kit.p(f"{words(key)}:", "label")

    grid = Table(
        [
            ["", "", ""],
            [
                kit.p(words("signature_sales_head"), "cell_bold"),
                "",
                kit.p(words("signature_marketing_head"), "cell_bold"),
            ],
            [line("name"), "", line("name")],
            [line("date"), "", line("date")],
        ],
        colWidths=[column, gap, column],
        rowHeights=[40, None, 22, 22],
        hAlign="LEFT",
    )
    grid.setStyle(
        kit.table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, -1), 4),
                # A line to sign on, and lines to print the name and date on.
                ("LINEBELOW", (0, 0), (0, 0), 0.8, INK),
                ("LINEBELOW", (2, 0), (2, 0), 0.8, INK),
                ("LINEBELOW", (0, 2), (0, 3), 0.35, MUTED),
                ("LINEBELOW", (2, 2), (2, 3), 0.35, MUTED),
            ]
        )
    )
    return [
        *kit.keep(
            [
                kit.heading("signatures"),
                kit.rich([(words.label("follow_up_date"), True), (follow_up, False)]),
                Spacer(1, 6),
                grid,
            ]
        )
    ]


def story(kit: Kit, group_by: str = "owner") -> list[Flowable]:
    info = kit.session.info
    words = kit.words
    story = kit.title_block(
        "action_plan",
        [
            (words("follow_up_date"), words.date(info.follow_up_date) or words("no_date")),
            (words("participants"), str(len(kit.session.participants))),
        ],
    )
    return [
        *story,
        *shared_goals(kit),
        *since_previous(kit),
        *actions(kit, group_by),
        *signatures(kit),
    ]


def render(kit: Kit, group_by: str = "owner") -> bytes:
    return kit.build(story(kit, group_by), "action_plan")
