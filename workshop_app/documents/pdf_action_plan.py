"""The action plan PDF: the page HR prints and files, and department heads sign.

Its parts (shared goals, grouped actions, signatures) are also chapters of the session report.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from workshop_app.documents.pdf_common import INK, MUTED, Kit
from workshop_app.documents.wording import group_actions, number
from workshop_app.domain import Action


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
                parts.append(kit.rich([(f"{words(side)}: ", True), (text, False)], "cell_muted"))
        rows.append(
            [
                parts,
                words.metric(goal),
                number(goal.baseline, goal.unit),
                number(goal.target, goal.unit),
                goal.deadline or "–",
                goal.owners or "–",
            ]
        )
    header = [
        words("goal"),
        words("metric"),
        words("baseline"),
        words("target"),
        words("deadline"),
        words("owners"),
    ]
    return [
        kit.heading("shared_goals"),
        kit.table(header, rows, [0.34, 0.17, 0.1, 0.1, 0.13, 0.16], right=(2, 3)),
    ]


def _action_cell(kit: Kit, action: Action) -> list[Flowable]:
    cell: list[Flowable] = [kit.p(action.title, "cell_bold")]
    if action.description:
        cell.append(kit.p(action.description, "cell"))
    answers = kit.words.responds_to(kit.session, action)
    if answers:
        cell.append(kit.rich([(f"{kit.words('answers')}: ", True), (answers, False)], "cell_muted"))
    return cell


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
                    kit.plain(action.due or words("no_date")),
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
            kit.table(header, rows, [0.05, 0.38, 0.14, 0.13, 0.1, 0.2], right=(0,)),
        ]
    return story


def signatures(kit: Kit) -> list[Flowable]:
    words = kit.words
    follow_up = kit.session.info.follow_up_date or words("no_date")
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
        KeepTogether(
            [
                kit.heading("signatures"),
                kit.rich([(f"{words('follow_up_date')}: ", True), (follow_up, False)]),
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
            (words("follow_up_date"), info.follow_up_date or words("no_date")),
            (words("participants"), str(len(kit.session.participants))),
        ],
    )
    return [*story, *shared_goals(kit), *actions(kit, group_by), *signatures(kit)]


def render(kit: Kit, group_by: str = "owner") -> bytes:
    return kit.build(story(kit, group_by), "action_plan")
