"""The action plan PDF: the page HR prints and files, and department heads sign.

Its parts (shared goals, grouped actions, signatures) are also chapters of the session report.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table

from workshop_app import action_plan
from workshop_app.documents import pdf_lead_terms
from workshop_app.documents.pdf_common import INK, MUTED, RULE, Kit
from workshop_app.documents.pdf_wrap import fit_columns, heading_with_first_row, widest_word
from workshop_app.documents.wording import GOAL_COLUMNS, group_actions, number
from workshop_app.domain import Action, ActionPriority, ActionStatus, Decision

# Column widths of the actions table as fractions of the text width: #, action, owner or
# department, due, status (with priority), and on the printed plan the blank column to write the
# progress in at the follow-up. The status column widens for languages whose status words are
# long ("Porzucone", "Zaplanowane"), taking the room from the action column.
PLAN_COLUMNS = (0.05, 0.37, 0.14, 0.12, 0.12, 0.2)
REPORT_COLUMNS = (0.05, 0.55, 0.15, 0.12, 0.13)


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
    words = kit.words
    cell: list[Flowable] = [kit.p(action.title, "cell_bold")]
    if action.description:
        cell.append(kit.p(action.description, "cell"))
    for key, text in (
        ("success_measure", action.success_measure),
        ("answers", words.responds_to(kit.session, action)),
    ):
        if text:
            cell.append(kit.rich([(words.label(key), True), (text, False)], "cell_muted"))
    history = words.history(kit.session, action)
    if history:
        cell.append(kit.rich([(words.label("history"), True), (history[0], False)], "cell_muted"))
        cell += [kit.p(line, "cell_muted") for line in history[1:]]
    return cell


def _action_columns(kit: Kit, write_in: bool) -> list[float]:
    """The columns with a status column wide enough for every status and priority word."""
    words = kit.words
    status = max(
        widest_word([words(f"status_{s}") for s in ActionStatus], kit.regular, 8.5),
        widest_word(
            [words(f"priority_{p}") for p in ActionPriority] + [words.label("priority")],
            kit.regular,
            7.8,
        ),
    )
    # A Chinese date may break between any two characters ("2026年3月27" / "日"): its column
    # holds the longest one whole.
    due = stringWidth(words.date("2026-12-28"), kit.regular, 8.5) if kit.cjk else 0
    columns = PLAN_COLUMNS if write_in else REPORT_COLUMNS
    return fit_columns(columns, [0, 0, 0, due, status, 0][: len(columns)], kit.width)


def _summary(kit: Kit, today: date) -> str:
    found = kit.session.actions
    counts = {
        "total": len(found),
        "open": sum(1 for a in found if action_plan.is_open(a)),
        "overdue": sum(1 for a in found if action_plan.is_overdue(a, today)),
        "done": sum(1 for a in found if a.status == ActionStatus.DONE),
        "dropped": sum(1 for a in found if a.status == ActionStatus.DROPPED),
    }
    try:
        return kit.words("plan_summary").format(**counts)
    except (KeyError, IndexError, ValueError):
        return ""


def actions(
    kit: Kit,
    group_by: str = "owner",
    *,
    level: int = 1,
    write_in: bool = False,
    tail: Sequence[Flowable] = (),
) -> list[Flowable]:
    """The actions grouped by owner or department, as of the day the document is printed;
    ``write_in`` adds the blank column the follow-up meeting fills in by hand. ``tail`` (the
    signatures) stays on a page with the last actions, never alone on the last page."""
    words = kit.words
    today = kit.printed_at.date()
    story: list[Flowable] = [CondPageBreak(200), kit.heading("actions", level=level)]
    if not kit.session.actions:
        return [*story, kit.p(words("no_actions"), "muted"), *tail]
    # The chapter's heading goes with the first group's heading and rows.
    lead = [story.pop(), kit.p(_summary(kit, today), "muted")]
    position = {a.id: n for n, a in enumerate(kit.session.actions, start=1)}
    other = "owner" if group_by == "department" else "department"
    header = ["#", words("action"), words(other), words("due"), words("status")]
    header += [words("progress_at_follow_up")] if write_in else []
    columns = _action_columns(kit, write_in)
    late = False
    groups = group_actions(kit.session, words, group_by)
    last: list[Flowable] = []
    for n, (name, items) in enumerate(groups):
        rows = []
        for action in items:
            who = (
                action.owner or words("no_owner")
                if other == "owner"
                else words.department(action.department) or "–"
            )
            when = words.date(action.due) or words("no_date")
            due: object = kit.plain(when)
            if action_plan.is_overdue(action, today):
                late = True
                due = [kit.p(when, "cell"), kit.p(words("overdue"), "cell_alert")]
            row = [
                kit.plain(position[action.id]),
                _action_cell(kit, action),
                kit.plain(who),
                due,
                [
                    kit.p(words.status(action), "cell"),
                    kit.p(words.labelled_priority(action), "cell_muted"),
                ],
            ]
            # Room to write in: a line or three at the follow-up meeting.
            rows.append(row + ([[Spacer(1, 30)]] if write_in else []))
        extra = [("LINEBEFORE", (5, 0), (5, -1), 0.35, RULE)] if write_in else []
        heading = [
            *(lead if n == 0 else []),
            kit.rich([(name, True), (f"  ·  {len(items)}", False)], "h2"),
        ]

        def table_of(part: list, extra: list = extra) -> Flowable:
            return kit.table(header, part, columns, right=(0,), extra=extra)

        if n < len(groups) - 1 or not tail:
            story += heading_with_first_row(heading, table_of(rows), kit.width, table_of(rows[:2]))
            continue
        # The last group carries the tail: whole if it is short, else its last row does. Every
        # row is two lines at least, so past MANY_ROWS it is long without laying it out.
        table = table_of(rows)
        if len(rows) > 1 and (len(rows) > MANY_ROWS or _height(kit, table) > kit.frame_height / 2):
            story += heading_with_first_row(
                heading, table_of(rows[:-1]), kit.width, table_of(rows[:2])
            )
            last = [table_of(rows[-1:])]
        else:
            last = [*heading, table]
    legend = [kit.p(words("overdue_explained"), "small")] if late else []
    if tail:
        return story + kit.keep([*last, *legend, *tail])
    return story + legend


# Rows that cannot fit in half a page on any paper: each is two lines of 8.5 pt type at least.
MANY_ROWS = 30


def _height(kit: Kit, flowable: Flowable) -> float:
    return flowable.wrap(kit.width, 100_000)[1]


def since_previous(kit: Kit) -> list[Flowable]:
    """What became of the previous workshop's open actions; nothing for a first workshop."""
    review = kit.session.since_previous
    if not review.items:
        return []
    words = kit.words
    story: list[Flowable] = [CondPageBreak(150), kit.heading("since_previous")]
    if review.previous_title:
        when = words.parens(words.date(review.previous_date)) if review.previous_date else ""
        story.append(
            kit.rich(
                [(words.label("previous_workshop"), True), (review.previous_title + when, False)]
            )
        )
    opened = len(story)  # the story so far is the chapter's opening
    header = [words("action"), words("owner"), words("due"), words("status")]
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
        heading = kit.rich([(words(key), True), (f"  ·  {len(items)}", False)], "h2")
        table = kit.table(header, rows, [0.5, 0.18, 0.14, 0.18])
        # The chapter's heading (and the previous workshop's name) go with the first group.
        lead, story = (story[1:], story[:1]) if len(story) == opened else ([], story)
        story += heading_with_first_row([*lead, heading], table, kit.width)
    return story


def signatures(kit: Kit) -> list[Flowable]:
    """Where the two heads of department and the executive sponsor sign the plan."""
    words = kit.words
    follow_up = words.date(kit.session.info.follow_up_date) or words("no_date")
    gap = 18
    signers = ("signature_sales_head", "signature_marketing_head", "signature_sponsor")
    column = (kit.width - gap * (len(signers) - 1)) / len(signers)

    def spaced(cells: list[object]) -> list[object]:
        out: list[object] = []
        for n, c in enumerate(cells):
            out += ([""] if n else []) + [c]
        return out

    line = kit.p(words.label("name").strip(), "label")
    date_line = kit.p(words.label("date").strip(), "label")
    grid = Table(
        [
            spaced([""] * len(signers)),
            spaced([kit.p(words(key), "cell_bold") for key in signers]),
            spaced([line] * len(signers)),
            spaced([date_line] * len(signers)),
        ],
        colWidths=spaced([column] * len(signers)),
        rowHeights=[40, None, 22, 22],
        hAlign="LEFT",
    )
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 1), (-1, -1), 4),
    ]
    for n in range(len(signers)):
        # A line to sign on, and lines to print the name and date on.
        commands += [
            ("LINEBELOW", (2 * n, 0), (2 * n, 0), 0.8, INK),
            ("LINEBELOW", (2 * n, 2), (2 * n, 3), 0.35, MUTED),
        ]
    grid.setStyle(kit.table_style(commands))
    return [
        kit.heading("signatures"),
        kit.rich([(words.label("follow_up_date"), True), (follow_up, False)]),
        Spacer(1, 6),
        grid,
    ]


def story(kit: Kit, group_by: str = "owner") -> list[Flowable]:
    info = kit.session.info
    words = kit.words
    story = kit.title_block(
        "action_plan",
        [
            (words("follow_up_date"), words.date(info.follow_up_date) or words("no_date")),
            (words("participants"), str(len(kit.session.participants))),
            (words("status_as_of"), words.date(kit.printed_at.date().isoformat())),
        ],
    )
    return [
        *story,
        *shared_goals(kit),
        *pdf_lead_terms.agreements_box(kit),
        *since_previous(kit),
        *actions(kit, group_by, write_in=True, tail=signatures(kit)),
    ]


def render(kit: Kit, group_by: str = "owner") -> bytes:
    return kit.build(story(kit, group_by), "action_plan")
