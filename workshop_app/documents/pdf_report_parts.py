"""Chapters of the session report: role swap, department goals, who does what, the ten steps."""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from workshop_app.documents import pdf_lead_terms, record
from workshop_app.documents.pdf_common import MARKETING, SALES, Kit
from workshop_app.documents.pdf_wrap import fit_columns, heading_with_first_row, widest_word
from workshop_app.documents.wording import TEN_STEP_COLUMNS


def role_swap(kit: Kit) -> list[Flowable]:
    words = kit.words
    section = kit.session.role_swap
    if section.sealed:  # answers from phones wait for the facilitator's reveal
        section = replace(section, answers=[])
    story: list[Flowable] = [CondPageBreak(160), kit.heading("role_swap")]
    if not section.answers and not section.insights:
        return [*story, kit.nothing()]
    prompts = [p["id"] for p in words.content.items("role_swap.prompts")]
    prompts += sorted({a.prompt for a in section.answers} - set(prompts))
    answer = {(a.prompt, a.author, a.about): a.text for a in section.answers}
    # A row is about one department: the other's guess beside its own answer, each cell
    # naming its author, so nobody reads Sales' guess as Marketing's words.
    header = [words("about_department"), words("guess_by_other"), words("own_answer")]

    def said(author: str, text: str) -> list[Flowable]:
        return [kit.p(words.department(author), "cell_muted"), kit.p(text or "–", "cell")]

    for prompt in prompts:
        rows = []
        for about, other in (("marketing", "sales"), ("sales", "marketing")):
            guess = answer.get((prompt, other, about), "")
            own = answer.get((prompt, about, about), "")
            if guess or own:
                rows.append([words.department(about), said(other, guess), said(about, own)])
        if rows:
            table = kit.table(
                header,
                rows,
                [0.16, 0.42, 0.42],
                extra=[("LINEBEFORE", (0, 1), (0, 1), 2, MARKETING)]
                + ([("LINEBEFORE", (0, 2), (0, 2), 2, SALES)] if len(rows) > 1 else []),
            )
            story += heading_with_first_row(kit.p(words.prompt(prompt), "h2"), table, kit.width)
    for kind, key in (("misreading", "misreadings"), ("insight", "insights")):
        found = [i for i in section.insights if i.kind == kind]
        if found:
            story.append(kit.heading(key, level=2))
            story += [kit.p(f"•  {i.text}") for i in found]
    activities = [
        (words.content.item("role_swap.activities", a) or {}).get("title", a)
        for a in section.activities
    ]
    if activities:
        story += [kit.heading("next_moves", level=2)]
        story += [kit.p(f"•  {title}") for title in activities]
    return story


def department_goals(kit: Kit) -> list[Flowable]:
    words = kit.words
    goals = kit.session.goals.department_goals
    if not goals:
        return []
    rows = [[words.department(g.department), g.text] for g in goals]
    return [
        Spacer(1, 8),
        kit.table([words("department"), words("goal")], rows, [0.22, 0.78]),
    ]


_RACI_TINT = {
    "R": colors.HexColor("#dbe7f3"),
    "A": colors.HexColor("#c6d7ea"),
    "C": colors.HexColor("#f1f3f5"),
    "I": colors.HexColor("#f8f9fa"),
}


def role_split(kit: Kit) -> list[Flowable]:
    words = kit.words
    section = kit.session.role_map
    story: list[Flowable] = [CondPageBreak(200), kit.heading("role_split")]
    if not section.stages or not section.cells:
        story.append(kit.nothing())
    else:
        parties = section.parties
        letters = {(c.stage, c.party): c.letter for c in section.cells}
        handoff = section.handoff.stage
        rows: list[list[object]] = []
        extra: list[tuple[object, ...]] = []
        for r, stage in enumerate(section.stages, start=1):
            name = [kit.p(stage.name, "cell")]
            if stage.id == handoff:
                name.append(kit.p(words("handoff"), "cell_muted"))
                extra.append(("LINEABOVE", (0, r), (-1, r), 1.2, MARKETING))
            row: list[object] = [name]
            for c, party in enumerate(parties, start=1):
                letter = letters.get((stage.id, party.id), "")
                row.append(letter)
                if letter in _RACI_TINT:
                    extra.append(("BACKGROUND", (c, r), (c, r), _RACI_TINT[letter]))
            rows.append(row)
        share = 0.66 / max(1, len(parties))
        header = [words("funnel_stage")] + [words.party(p.id, p.name) for p in parties]
        story.append(
            kit.table(
                header,
                rows,
                [0.34] + [share] * len(parties),
                center=range(1, len(parties) + 1),
                extra=extra,
            )
        )
        legend = " · ".join(
            f"{k} = {words.content.text(f'role_split.raci.{k}.name', k)}" for k in "RACI"
        )
        story.append(kit.p(legend, "small"))
    facts = record.handoff_facts(section, words)
    if any(value for _, value in facts):
        story += heading_with_first_row(
            kit.heading("handoff", level=2), kit.facts(facts, columns=1), kit.width
        )
    if section.contributions:
        names = {s.id: s.name for s in section.stages}
        rows = [[names.get(c.stage, c.stage), c.text] for c in section.contributions]
        story += [
            Spacer(1, 8),
            kit.table([words("funnel_stage"), words("marketing")], rows, [0.3, 0.7]),
        ]
    story += pdf_lead_terms.report(kit)
    if section.rules:
        story.append(kit.heading("rules_of_engagement", level=2))
        story += [kit.p(f"{n}.  {rule.text}") for n, rule in enumerate(section.rules, start=1)]
    if section.contacts:
        rows = [
            [c.topic, c.person, words.department(c.department), c.contact] for c in section.contacts
        ]
        header = [words("topic"), words("person"), words("department"), words("contact")]
        # Contact details hold e-mail addresses, which could only break mid-domain: their
        # column is made as wide as the longest, taking the room from the topic's.
        longest = widest_word([c.contact for c in section.contacts], kit.regular, 8.5)
        widths = fit_columns([0.4, 0.2, 0.14, 0.26], [0, 0, 0, longest], kit.width)
        table = kit.table(header, rows, widths)
        story += heading_with_first_row(kit.heading("who_to_call", level=2), table, kit.width)
    return story


def ten_steps(kit: Kit) -> list[Flowable]:
    words = kit.words
    steps = [s for s in kit.session.checklist.steps if s.rated]
    if not steps:
        return [CondPageBreak(160), kit.heading("ten_steps"), kit.nothing()]
    order = {s["id"]: n for n, s in enumerate(words.content.items("checklist.steps"), start=1)}

    def level(value: int | None) -> str:
        return "–" if value is None else f"{value} / 5"

    rows = [
        [
            str(order.get(s.step, "–")),
            words.step(s.step),
            level(s.sales),
            level(s.marketing),
            # A wide split between the departments stands out, as the perception gap does.
            kit.p(record.step_gap(s), "cell_right", bold=True)
            if s.wide_gap
            else record.step_gap(s),
            level(s.current),
            level(s.target),
            s.evidence or "–",
        ]
        for s in steps
    ]
    header = ["#"] + [words(key) for key in TEN_STEP_COLUMNS]
    widths = [0.05, 0.25, 0.09, 0.11, 0.07, 0.09, 0.1, 0.24]
    table = kit.table(header, rows, widths, right=(0, 2, 3, 4, 5, 6))
    # The heading goes to the next page with the table's first row, never alone at a page's foot.
    story: list[Flowable] = [CondPageBreak(160)]
    story += heading_with_first_row(kit.heading("ten_steps"), table, kit.width)
    if any(s.gap is not None for s in steps):
        story.append(kit.p(words("step_gap_explained"), "small"))
    return story
