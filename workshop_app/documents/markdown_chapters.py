"""The report's chapters in Markdown beyond the action plan's: where we stand, the friction map,
the role swap, the department goals, who does what, the ten steps, the room's notes and the
agenda. The same values as the PDF chapters, from the same lookups."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from workshop_app.documents import lead_terms, record
from workshop_app.documents.markdown_text import bold_label, heading, md, table
from workshop_app.documents.wording import TEN_STEP_COLUMNS, Wording, number
from workshop_app.domain import Session


def where_we_stand(session: Session, words: Wording, today: date) -> list[str]:
    found = record.standing(session, words, today)
    stage = found.summary.stage
    out = heading(words("where_we_stand"))
    if stage is None:
        return [*out, md(words("nothing_recorded")), ""]
    out += [
        f"{bold_label(words, 'stage_reached')}{md(words.stage_named(stage.stage))}"
        + md(words.parens(f"{words('total')} {stage.total} / 100")),
        "",
    ]
    if stage.summary:
        out += [md(stage.summary), ""]
    rows = [
        [
            md(t.department),
            str(t.respondents),
            md(t.shown_total),
            md(t.stage),
        ]
        for t in found.totals
    ]
    header = [
        words("department"),
        words("respondents"),
        words("total"),
        words("relationship_stage"),
    ]
    out += table(header, rows) + [md(words("totals_explained")), ""]
    out += heading(words("situation"), 3)
    out += [
        f"- {bold_label(words, '', question)}{md(answer)}" for question, answer in found.situation
    ]
    out.append("")
    if stage.advice:
        out += [f"{bold_label(words, 'situation_calls_for')}{md(stage.advice)}", ""]
    else:
        out += [md(words("situation_not_asked")), ""]
    if stage.levers:
        out += heading(words("recommended_levers"), 3)
        out += [
            f"- {bold_label(words, '', lever.name)}{md(lever.description)}"
            for lever in stage.levers
        ]
        out.append("")
    summary = found.summary
    rule = [
        (words("handoff_stage"), summary.handoff_stage),
        (words("qualified_lead"), summary.qualified_lead),
        (
            words("follow_up"),
            words("hours").format(hours=summary.follow_up_hours)
            if summary.follow_up_hours is not None
            else "",
        ),
    ]
    if any(value for _, value in rule):
        out += heading(words("handoff_rule"), 3)
        out += [f"- {bold_label(words, '', label)}{md(value)}" for label, value in rule if value]
        out.append("")
    if summary.frictions:
        out += heading(words("top_frictions"), 3)
        rows = [
            [
                md(f.title),
                number(f.sales, lang=words.language),
                number(f.marketing, lang=words.language),
                str(f.votes),
            ]
            for f in summary.frictions
        ]
        out += table([words("friction"), words("sales"), words("marketing"), words("votes")], rows)
    return out


def frictions(session: Session, words: Wording) -> list[str]:
    section = session.frictions
    out = heading(words("friction_map"))
    rated = [
        f
        for f in section.items
        if f.sales_rating is not None or f.marketing_rating is not None or f.votes or f.notes
    ]
    if not rated:
        return [*out, md(words("nothing_recorded")), ""]
    rated.sort(key=lambda f: (-((f.sales_rating or 0) + (f.marketing_rating or 0)), -f.votes))
    rows = [
        [
            f"**{md(words.friction(f.id, f.custom_title))}**"
            + (f"<br>{md(f.notes)}" if f.notes else ""),
            number(f.sales_rating, lang=words.language),
            number(f.marketing_rating, lang=words.language),
            str(f.votes),
            "✓" if f.carry_forward else "",
        ]
        for f in rated
    ]
    header = [
        words("friction"),
        words("sales"),
        words("marketing"),
        words("votes"),
        words("carry_forward"),
    ]
    out += table(header, rows)
    if section.notes:
        out += [f"{bold_label(words, 'notes')}{md(section.notes)}", ""]
    return out


def role_swap(session: Session, words: Wording) -> list[str]:
    section = session.role_swap
    if section.sealed:  # answers from phones wait for the facilitator's reveal
        section = replace(section, answers=[])
    out = heading(words("role_swap"))
    if not section.answers and not section.insights:
        return [*out, md(words("nothing_recorded")), ""]
    prompts = [p["id"] for p in words.content.items("role_swap.prompts")]
    prompts += sorted({a.prompt for a in section.answers} - set(prompts))
    answer = {(a.prompt, a.author, a.about): a.text for a in section.answers}
    header = [words("about_department"), words("guess_by_other"), words("own_answer")]
    for prompt in prompts:
        rows = []
        for about, other in (("marketing", "sales"), ("sales", "marketing")):
            guess = answer.get((prompt, other, about), "")
            own = answer.get((prompt, about, about), "")
            if guess or own:
                rows.append(
                    [
                        md(words.department(about)),
                        f"{bold_label(words, '', words.department(other))}{md(guess or '–')}",
                        f"{bold_label(words, '', words.department(about))}{md(own or '–')}",
                    ]
                )
        if rows:
            out += heading(words.prompt(prompt), 3) + table(header, rows)
    for kind, key in (("misreading", "misreadings"), ("insight", "insights")):
        found = [i for i in section.insights if i.kind == kind]
        if found:
            out += heading(words(key), 3) + [f"- {md(i.text)}" for i in found] + [""]
    return out


def department_goals(session: Session, words: Wording) -> list[str]:
    goals = session.goals.department_goals
    if not goals:
        return []
    rows = [[md(words.department(g.department)), md(g.text)] for g in goals]
    return table([words("department"), words("goal")], rows)


def role_split(session: Session, words: Wording) -> list[str]:
    section = session.role_map
    out = heading(words("role_split"))
    if section.stages and section.cells:
        letters = {(c.stage, c.party): c.letter for c in section.cells}
        rows = [
            [
                md(s.name)
                + (md(words.parens(words("handoff"))) if s.id == section.handoff.stage else "")
            ]
            + [letters.get((s.id, p.id), "") for p in section.parties]
            for s in section.stages
        ]
        header = [words("funnel_stage")] + [words.party(p.id, p.name) for p in section.parties]
        out += table(header, rows)
        legend = " · ".join(
            f"{k} = {words.content.text(f'role_split.raci.{k}.name', k)}" for k in "RACI"
        )
        out += [md(legend), ""]
    else:
        out += [md(words("nothing_recorded")), ""]
    facts = record.handoff_facts(section, words)
    if any(value for _, value in facts):
        out += heading(words("handoff"), 3)
        out += [f"- {bold_label(words, '', k)}{md(v)}" for k, v in facts if v] + [""]
    out += lead_terms.markdown_chapter(section, words)
    if section.rules:
        out += heading(words("rules_of_engagement"), 3)
        out += [f"{n}\\. {md(r.text)}" for n, r in enumerate(section.rules, start=1)] + [""]
    if section.contacts:
        rows = [
            [md(c.topic), md(c.person), md(words.department(c.department)), md(c.contact)]
            for c in section.contacts
        ]
        header = [words("topic"), words("person"), words("department"), words("contact")]
        out += heading(words("who_to_call"), 3) + table(header, rows)
    return out


def ten_steps(session: Session, words: Wording) -> list[str]:
    steps = [s for s in session.checklist.steps if s.rated]
    out = heading(words("ten_steps"))
    if not steps:
        return [*out, md(words("nothing_recorded")), ""]
    order = {s["id"]: n for n, s in enumerate(words.content.items("checklist.steps"), start=1)}

    def level(value: int | None) -> str:
        return "–" if value is None else f"{value} / 5"

    rows = [
        [
            str(order.get(s.step, "–")),
            md(words.step(s.step)),
            level(s.sales),
            level(s.marketing),
            f"**{record.step_gap(s)}**" if s.wide_gap else record.step_gap(s),
            level(s.current),
            level(s.target),
            md(s.evidence),
        ]
        for s in steps
    ]
    header = ["#"] + [words(key) for key in TEN_STEP_COLUMNS]
    out += table(header, rows)
    if any(s.gap is not None for s in steps):
        out += [md(words("step_gap_explained")), ""]
    return out


def room_notes(session: Session, words: Wording) -> list[str]:
    grouped = record.notes_by_stage(session, words)
    if not grouped:
        return []
    out = heading(words("room_notes"))
    header = [words("note"), words("kind"), words("department"), words("votes")]
    for stage, notes in grouped:
        rows = [
            [
                (f"**{md(n.text)}**" if n.members else md(n.text))
                + (f"<br>{md(n.action)}" if n.action else "")
                + "".join(f"<br>– {md(m.text + words.parens(str(m.votes)))}" for m in n.members),
                md(n.kind),
                md(n.side),
                str(n.votes),
            ]
            for n in notes
        ]
        out += heading(stage, 3) + table(header, rows)
    return out


def agenda(session: Session, words: Wording) -> list[str]:
    lines, started, ended = record.agenda_lines(session, words)
    out = heading(words("agenda"))
    if started and ended:
        out += [md(words("workshop_ran").format(start=started, end=ended)), ""]
    elif not started:
        out += [md(words("clock_not_started")), ""]

    rows = [[md(cell) for cell in row] for row in record.agenda_rows(lines, words, bool(started))]
    return out + table([words("agenda_stage"), words("planned"), words("actual")], rows)
