"""The report's record of the day beyond the stages' results: the one-page "Where we stand" it
opens with, the notes captured in the room, and the agenda's planned and actual times."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from workshop_app.documents import record
from workshop_app.documents.pdf_common import ACCENT, Kit
from workshop_app.documents.wording import number

_TIGHT = [("TOPPADDING", (0, 1), (-1, -1), 2), ("BOTTOMPADDING", (0, 1), (-1, -1), 2)]


def where_we_stand(kit: Kit, room: float) -> list[Flowable]:
    """Stage, totals per department, the situation and what it calls for, the levers, the top
    frictions and the handoff rule: the Wrap-up page on one printed page (``room`` high)."""
    words = kit.words
    found = record.standing(kit.session, words, kit.printed_at.date())
    summary = found.summary
    story: list[Flowable] = [kit.heading("where_we_stand")]
    stage = summary.stage
    if stage is None:
        story.append(kit.nothing())
    else:
        story.append(
            kit.rich(
                [
                    (words.label("stage_reached"), True),
                    (
                        words.stage_named(stage.stage)
                        + words.parens(f"{words('total')} {stage.total} / 100"),
                        False,
                    ),
                ],
                "h2",
            )
        )
        if stage.summary:
            story.append(kit.p(stage.summary, "muted"))
    if found.totals:
        rows = [
            [
                kit.p(t.department, "cell" if t.counted else "cell_muted"),
                str(t.respondents),
                t.shown_total,
                t.stage or "–",
            ]
            for t in found.totals
        ]
        header = [
            words("department"),
            words("respondents"),
            words("total"),
            words("relationship_stage"),
        ]
        story += [
            Spacer(1, 4),
            kit.table(
                header,
                rows,
                [0.38, 0.18, 0.14, 0.3],
                right=(1, 2),
                extra=_TIGHT + [("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.8, ACCENT)]
                if found.totals[-1].department == words("whole_company")
                else [],
            ),
            kit.p(words("totals_explained"), "small"),
        ]
    story.append(kit.heading("situation", level=2))
    if found.situation:
        story.append(kit.facts(list(found.situation), columns=1))
    if stage is not None and stage.advice:
        story.append(
            kit.rich([(words.label("situation_calls_for"), True), (stage.advice, False)], "body")
        )
    elif stage is not None:
        story.append(kit.p(words("situation_not_asked"), "muted"))
    if stage is not None and stage.levers:
        story.append(kit.heading("recommended_levers", level=2))
        # Names only: the Wrap-up page and the ten steps explain them; this page must stay one.
        story.append(kit.p("  ·  ".join(lever.name for lever in stage.levers), "body"))
    handoff = [
        (words("handoff_stage"), summary.handoff_stage),
        (
            words("follow_up"),
            words("hours").format(hours=summary.follow_up_hours)
            if summary.follow_up_hours is not None
            else "",
        ),
    ]
    if any(value for _, value in handoff) or summary.qualified_lead:
        story.append(kit.heading("handoff_rule", level=2))
        parts: list[tuple[object, bool]] = []
        for label, value in handoff:
            if value:
                parts += [("  ·  " if parts else "", False), (words.label_text(label), True)]
                parts.append((value, False))
        if parts:
            story.append(kit.rich(parts, "body"))
        if summary.qualified_lead:
            story.append(
                kit.rich(
                    [(words.label("qualified_lead"), True), (summary.qualified_lead, False)],
                    "cell_muted",
                )
            )
    # As many of the top frictions as the page holds: the chapter is one page.
    for count in range(len(summary.frictions), 0, -1):
        rows = [
            [
                f.title,
                number(f.sales, lang=words.language),
                number(f.marketing, lang=words.language),
                str(f.votes),
            ]
            for f in summary.frictions[:count]
        ]
        header = [words("friction"), words("sales"), words("marketing"), words("votes")]
        frictions = [
            # Measured here, so a plain paragraph rather than a Heading with its own reserve.
            kit.rich([(words("top_frictions"), False)], "h2"),
            kit.table(header, rows, [0.58, 0.14, 0.16, 0.12], right=(1, 2, 3), extra=_TIGHT),
        ]
        if _height(kit, [*story, *frictions]) <= room:
            story += frictions
            break
    return [*story, PageBreak()]


def _height(kit: Kit, flowables: list[Flowable]) -> float:
    total = 0.0
    for f in flowables:
        total += f.wrap(kit.width, 100_000)[1] + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def room_notes(kit: Kit) -> list[Flowable]:
    words = kit.words
    grouped = record.notes_by_stage(kit.session, words)
    if not grouped:
        return []
    story: list[Flowable] = [CondPageBreak(160), kit.heading("room_notes")]
    header = [words("note"), words("kind"), words("department"), words("votes")]
    for stage, notes in grouped:
        rows = []
        for note in notes:
            cell: list[Flowable] = [kit.p(note.text, "cell_bold" if note.members else "cell")]
            if note.action:
                cell.append(kit.p(note.action, "cell_muted"))
            # A theme's notes, each with its own dots, under the theme's name.
            cell += [
                kit.p(f"– {member.text}{words.parens(str(member.votes))}", "cell_muted")
                for member in note.members
            ]
            rows.append([cell, note.kind, note.side, str(note.votes)])
        story += kit.keep(
            [
                kit.p(stage, "h2"),
                kit.table(header, rows, [0.6, 0.13, 0.17, 0.1], right=(3,)),
            ]
        )
    return story


def agenda(kit: Kit) -> list[Flowable]:
    words = kit.words
    lines, started, ended = record.agenda_lines(kit.session, words)
    story: list[Flowable] = [CondPageBreak(220), kit.heading("agenda")]
    if started and ended:
        story.append(kit.p(words("workshop_ran").format(start=started, end=ended), "muted"))
    elif not started:
        story.append(kit.p(words("clock_not_started"), "muted"))

    rows = record.agenda_rows(lines, words, bool(started))
    header = [words("agenda_stage"), words("planned"), words("actual")]
    story.append(kit.table(header, rows, [0.4, 0.35, 0.25]))
    return story
