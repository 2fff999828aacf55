"""The session as Markdown: the action plan and everything the room agreed, for wikis and email.

User text is escaped so a Markdown renderer shows it literally (markdown_text). The report has
every chapter the PDF report has, in the same order.
"""

from __future__ import annotations

from datetime import date

from workshop_app import action_plan
from workshop_app.documents import lead_terms, markdown_cascade
from workshop_app.documents import markdown_chapters as chapters
from workshop_app.documents.markdown_text import block, bold_label, md, table
from workshop_app.documents.results import compute
from workshop_app.documents.wording import GOAL_COLUMNS, Wording, group_actions, number
from workshop_app.domain import Session


def render(
    session: Session, document: str = "report", group_by: str = "owner", today: date | None = None
) -> str:
    words = Wording.of(session)
    info = session.info
    title = words("action_plan" if document == "action-plan" else "session_report")
    out = [f"# {md(title)}{md(words.colon)}{md(info.title)}", ""]
    for key, value in (
        ("organisation", info.organisation),
        ("date", words.date(info.date)),
        ("facilitator", info.facilitator),
        ("location", info.location),
        ("follow_up_date", words.date(info.follow_up_date)),
    ):
        if value:
            out.append(f"- {bold_label(words, key)}{md(value)}")
    today = today or date.today()
    if document == "action-plan":
        out.append(f"- {bold_label(words, 'status_as_of')}{md(words.date(today.isoformat()))}")
    out.append("")
    if document != "action-plan":
        out += chapters.where_we_stand(session, words, today)
        out += _participants(session, words) + _assessment(session, words)
        out += chapters.frictions(session, words) + chapters.role_swap(session, words)
    out += _goals(session, words)
    if document == "action-plan":
        out += lead_terms.markdown_agreements(session, words)
    else:
        out += chapters.department_goals(session, words)
        out += markdown_cascade.cascade(session, words) + markdown_cascade.meeting(session, words)
        out += chapters.role_split(session, words) + chapters.ten_steps(session, words)
    out += _since_previous(session, words)
    out += _actions(session, words, group_by, today)
    if document != "action-plan":
        out += chapters.room_notes(session, words) + chapters.agenda(session, words)
    if document != "action-plan" and info.notes:
        out += [f"## {md(words('notes'))}", "", block(info.notes), ""]
    return "\n".join(out).rstrip() + "\n"


def _participants(session: Session, words: Wording) -> list[str]:
    out = [f"## {md(words('participants'))}", ""]
    if not session.participants:
        return [*out, md(words("nothing_recorded")), ""]
    rows = [
        [
            md(p.name) + (md(words.parens(words("anonymous"))) if p.anonymous else ""),
            md(words.department(str(p.department))),
            md(p.role),
        ]
        for p in session.participants
    ]
    return out + table([words("name"), words("department"), words("role")], rows)


def _assessment(session: Session, words: Wording) -> list[str]:
    out = [f"## {md(words('assessment'))}", ""]
    result = compute(
        session.assessment,
        [s["id"] for s in words.content.items("assessment.statements")],
        session.participants,
    )
    if not result.answered:
        return [*out, md(words("nothing_recorded")), ""]
    total = result.totals["all"] or 0.0
    stage = words.stage_named(result.stage) if result.stage else "–"
    out += [
        f"{bold_label(words, 'stage_reached')}{md(stage + words.parens(f'{total:.0f} / 100'))}",
        "",
    ]
    rows = [
        [
            md(words.statement(r.key)),
            words.mean(r.sales, r.sales_count),
            words.mean(r.marketing, r.marketing_count),
            words.number(r.gap, 1, signed=True),
        ]
        for r in result.largest_gaps_first()
    ]
    header = [words("statement"), words("sales"), words("marketing"), words("gap")]
    withheld = [
        md(words.label_text(words(side)) + words.withheld(result.minimum))
        for side in ("sales", "marketing")
        if side in result.withheld
    ]
    return (
        out + table(header, rows) + [line + "  " for line in withheld] + ([""] if withheld else [])
    )


def _goals(session: Session, words: Wording) -> list[str]:
    out = [f"## {md(words('shared_goals'))}", ""]
    goals = sorted(session.goals.shared, key=lambda g: not g.revenue)
    if not goals:
        return [*out, md(words("nothing_recorded")), ""]
    rows = [
        [
            md(g.statement),
            md(words.metric(g)),
            md(number(g.baseline, g.unit, words.language)),
            md(number(g.target, g.unit, words.language)),
            md(words.date(g.deadline)),
            md(g.owners),
        ]
        for g in goals
    ]
    header = [words(key) for key in GOAL_COLUMNS]
    return out + table(header, rows)


def _actions(session: Session, words: Wording, group_by: str, today: date) -> list[str]:
    out = [f"## {md(words('actions'))}", ""]
    if not session.actions:
        return [*out, md(words("no_actions")), ""]
    position = {a.id: n for n, a in enumerate(session.actions, start=1)}
    for name, items in group_actions(session, words, group_by):
        out += [f"### {md(name)}", ""]
        for a in items:
            late = f" — **{md(words('overdue'))}**" if action_plan.is_overdue(a, today) else ""
            out.append(f"{position[a.id]}\\. **{md(a.title)}**{late}  ")
            facts = [
                ("owner", a.owner or words("no_owner")),
                ("department", words.department(a.department)),
                ("due", words.date(a.due) or words("no_date")),
                ("status", words.status(a)),
                ("priority", words.priority(a)),
                ("success_measure", a.success_measure),
                ("answers", words.responds_to(session, a)),
            ]
            out += [f"   - {md(words.label(key) + value)}" for key, value in facts if value]
            history = words.history(session, a)
            if history:
                out.append(f"   - {md(words.label('history'))}")
                out += [f"     - {md(line)}" for line in history]
            if a.description:
                out += ["", "   " + block(a.description).replace("\n\n", "\n\n   ")]
            out.append("")
    return out


def _since_previous(session: Session, words: Wording) -> list[str]:
    """A follow-up's account of the previous workshop's open actions; nothing for a first one."""
    review = session.since_previous
    if not review.items:
        return []
    out = [f"## {md(words('since_previous'))}", ""]
    if review.previous_title:
        when = words.parens(words.date(review.previous_date)) if review.previous_date else ""
        out += [f"{bold_label(words, 'previous_workshop')}{md(review.previous_title + when)}", ""]
    for decision, key in (
        ("done", "review_done"),
        ("carried", "review_carried"),
        ("dropped", "review_dropped"),
    ):
        items = [i for i in review.items if i.decision == decision]
        if not items:
            continue
        out += [f"### {md(words(key))}", ""]
        for item in items:
            facts = [item.owner or words("no_owner"), words.date(item.due) or words("no_date")]
            line = f"- **{md(item.title)}**{md(words.parens(' · '.join(facts)))}"
            if item.new_due:
                line += f" — {md(words.label('new_due') + words.date(item.new_due))}"
            if item.reason:
                line += f" — {md(words.label('reason') + item.reason)}"
            out.append(line)
        out.append("")
    return out
