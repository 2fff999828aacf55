"""Blank worksheets participants fill in by hand, in the session's content language: the
self-assessment, the role swap (one per department), the friction map, the ten steps, a shared
goal, the handoff and a blank action plan. Each sheet says what to do on it."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from workshop_app.documents.pdf_common import MUTED, RULE, Kit
from workshop_app.documents.pdf_flowables import Text
from workshop_app.documents.pdf_fonts import LATIN

CIRCLE = "○"
# Rows of a questionnaire: close enough that a sheet stays one page in every language and paper.
_ROOMY = [("TOPPADDING", (0, 1), (-1, -1), 2), ("BOTTOMPADDING", (0, 1), (-1, -1), 1.5)]


def _circle(kit: Kit) -> Paragraph:
    """A tick circle in the Latin font at one size: Chinese fonts draw "○" half as large."""
    return Text(f'<font face="{LATIN}" size="11">{CIRCLE}</font>', kit.styles["cell_center"])


def _writing_lines(kit: Kit, count: int, height: float = 22, width: float | None = None) -> Table:
    table = Table([[""]] * count, colWidths=[width or kit.width], rowHeights=[height] * count)
    table.setStyle(kit.table_style([("LINEBELOW", (0, 0), (-1, -1), 0.35, RULE)]))
    return table


def _sheet_head(kit: Kit, key: str, instructions: str, department: str = "") -> list[Flowable]:
    words = kit.words
    info = kit.session.info
    place = " · ".join(t for t in (info.organisation, info.title, words.date(info.date)) if t)
    blank = "" if department else " "
    fields = Table(
        [
            [
                kit.p(words.label("name_line").strip(), "label"),
                "",
                kit.p(words.label("department_line").strip(), "label"),
                kit.p(department or blank, "body"),
            ]
        ],
        colWidths=[kit.width * 0.1, kit.width * 0.45, kit.width * 0.14, kit.width * 0.31],
    )
    fields.setStyle(
        kit.table_style(
            [
                ("LINEBELOW", (1, 0), (1, 0), 0.5, MUTED),
                ("LINEBELOW", (3, 0), (3, 0), 0.5, MUTED),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return [
        kit.p(words(key), "sheet_title"),
        kit.p(place, "muted"),
        Spacer(1, 4),
        kit.p(words(instructions), "body"),
        fields,
        Spacer(1, 12),
    ]


def _boxes(kit: Kit, labels: list[str]) -> Table:
    """Labelled boxes to write a figure in."""
    row: list[object] = []
    for label in labels:
        row += [kit.p(label, "label"), ""]
    share = 1 / len(labels)
    table = Table(
        [row],
        colWidths=[kit.width * share * 0.62, kit.width * share * 0.38] * len(labels),
        rowHeights=[30],
    )
    table.setStyle(
        kit.table_style(
            [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
            + [("BOX", (2 * i + 1, 0), (2 * i + 1, 0), 0.8, MUTED) for i in range(len(labels))]
        )
    )
    return table


def _legend(pairs: list[tuple[object, str]]) -> str:
    # Paragraphs fold runs of spaces into one: a visible separator keeps the items apart.
    return "  ·  ".join(f"{key} = {label}" for key, label in pairs)


def assessment(kit: Kit) -> list[Flowable]:
    words = kit.words
    content = words.content
    statements = content.items("assessment.statements")
    scale = [content.text(f"assessment.scale.{n}", str(n)) for n in range(1, 6)]
    legend = _legend([*enumerate(scale, start=1), ("?", words("dont_know"))])
    header = ["#", words("statement"), "1", "2", "3", "4", "5", "?"]
    rows = [
        [str(n), s.get("text", s.get("id", "")), *[_circle(kit) for _ in range(6)]]
        for n, s in enumerate(statements, start=1)
    ]
    story = _sheet_head(kit, "worksheet_assessment", "worksheet_instructions_assessment")
    story += [kit.p(legend, "small"), Spacer(1, 6)]
    if not rows:
        return [*story, kit.nothing()]
    table = kit.table(
        header, rows, [0.05, 0.68] + [0.045] * 6, right=(0,), center=range(2, 8), extra=_ROOMY
    )
    boxes = _boxes(kit, [words("our_total"), words("other_total_guess")])
    return [*story, table, Spacer(1, 10), *kit.keep([boxes])]


def role_swap(kit: Kit, department: str) -> list[Flowable]:
    """Two pages: the questions answered as the other department, then as this one, each page
    with as many writing lines per question as it holds."""
    words = kit.words
    other = "marketing" if department == "sales" else "sales"
    prompts = words.content.items("role_swap.prompts")
    story: list[Flowable] = []
    for part in ("as_other", "as_self"):
        head = _sheet_head(
            kit,
            "worksheet_role_swap",
            "worksheet_instructions_role_swap",
            words.department(department),
        )
        if part == "as_self":
            story.append(PageBreak())
        head.append(kit.heading(part, level=2))
        if not prompts:
            return [*head, kit.nothing()]
        questions = []
        for n, prompt in enumerate(prompts, start=1):
            text = str(prompt.get(part) or prompt.get("question", ""))
            # The content writes "{other}" where the other department's name belongs.
            questions.append(kit.p(f"{n}.  {text.replace('{other}', words.department(other))}"))
        used = sum(_height(kit, f) for f in head) + sum(_height(kit, q) for q in questions)
        room = (kit.frame_height - used - 12) / len(questions) - 8
        lines = max(2, min(6, int(room // 22)))
        story += head
        for question in questions:
            story += [question, _writing_lines(kit, lines), Spacer(1, 8)]
    return story


def _height(kit: Kit, flowable: Flowable) -> float:
    height = flowable.wrap(kit.width, kit.frame_height)[1]
    return height + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def frictions(kit: Kit) -> list[Flowable]:
    words = kit.words
    content = words.content
    scale = (
        content.get("frictions.rating_scale") if content.text("frictions.rating_scale.0") else {}
    )
    story = _sheet_head(kit, "worksheet_frictions", "worksheet_instructions_frictions")
    if scale:
        story += [kit.p(_legend(sorted(scale.items())), "small"), Spacer(1, 6)]
    rows = []
    for d in content.items("frictions.drivers"):
        cell = [kit.p(d.get("title", d.get("id", "")), "cell_bold")]
        if d.get("description"):
            cell.append(kit.p(d["description"], "cell_muted"))
        rows.append([cell, *[_circle(kit) for _ in range(6)]])
    header = [words("friction"), "0", "1", "2", "3", "4", "5"]

    def table(blank: int) -> Flowable:
        # Room for frictions the participant adds: rows tall enough to write a sentence in.
        added = [[Spacer(1, 24), *[_circle(kit) for _ in range(6)]] for _ in range(blank)]
        return kit.table(
            header, rows + added, [0.76] + [0.04] * 6, center=range(1, 7), extra=_ROOMY
        )

    used = sum(_height(kit, f) for f in story)
    # As many rows to add as the page holds (three at most); if even one would spill, three go
    # on the next page together, never a lone empty row. The first table that fits is printed.
    tables = (table(n) for n in (3, 2, 1))
    fitting = next((t for t in tables if used + _height(kit, t) <= kit.frame_height), None)
    story.append(fitting or table(3))
    return story


def ten_steps(kit: Kit) -> list[Flowable]:
    words = kit.words
    story = _sheet_head(kit, "worksheet_ten_steps", "worksheet_instructions_ten_steps")
    steps = words.content.items("checklist.steps")
    if not steps:
        return [*story, kit.nothing()]
    rows = []
    for n, step in enumerate(steps, start=1):
        cell = [kit.p(step.get("title", ""), "cell_bold")]
        if step.get("question"):
            cell.append(kit.p(step["question"], "cell_muted"))
        scale = kit.p("1   2   3   4   5", "cell_center")
        rows.append([str(n), cell, scale, scale, Spacer(1, 30)])
    header = ["#", words("step"), words("current"), words("target_level"), words("evidence")]
    story.append(kit.table(header, rows, [0.05, 0.4, 0.14, 0.14, 0.27], right=(0,), extra=_ROOMY))
    return story


def _field(kit: Kit, label: str, lines: int = 1) -> list[Flowable]:
    return [kit.p(label, "label"), _writing_lines(kit, lines, 22), Spacer(1, 6)]


def shared_goal(kit: Kit) -> list[Flowable]:
    words = kit.words
    story = _sheet_head(kit, "worksheet_goal", "worksheet_instructions_goal")
    story += _field(kit, words("goal"), 3)
    story += _field(kit, words("metric"))
    story += [
        _boxes(kit, [words("baseline"), words("target"), words("deadline")]),
        Spacer(1, 10),
    ]
    story += _field(kit, words("owners"))
    story += _field(kit, words("sales_part"), 3)
    story += _field(kit, words("marketing_part"), 3)
    return story


def handoff(kit: Kit) -> list[Flowable]:
    words = kit.words
    story = _sheet_head(kit, "worksheet_handoff", "worksheet_instructions_handoff")
    stages = [s.get("name", "") for s in words.content.items("role_split.funnel")]
    if stages:
        story += [
            kit.p(words("handoff_stage"), "label"),
            kit.p("   ".join(f"{CIRCLE} {name}" for name in stages), "body"),
            Spacer(1, 10),
        ]
    else:
        story += _field(kit, words("handoff_stage"))
    story += _field(kit, words("qualified_lead"), 6)
    story += [_boxes(kit, [words("follow_up_within")]), Spacer(1, 10)]
    story += _field(kit, words("feedback"), 4)
    story += _field(kit, words("rules_of_engagement"), 5)
    return story


def action_plan(kit: Kit) -> list[Flowable]:
    words = kit.words
    story = _sheet_head(kit, "worksheet_actions", "worksheet_instructions_actions")
    header = ["#", words("action"), words("owner"), words("due"), words("success_measure")]
    rows = [[str(n), Spacer(1, 40), "", "", ""] for n in range(1, 11)]
    story.append(
        kit.table(
            header,
            rows,
            [0.05, 0.42, 0.16, 0.12, 0.25],
            right=(0,),
            extra=[("LINEBEFORE", (1, 0), (-1, -1), 0.35, RULE)],
        )
    )
    return story


def story(kit: Kit) -> list[Flowable]:
    sheets = [
        assessment(kit),
        role_swap(kit, "sales"),
        role_swap(kit, "marketing"),
        frictions(kit),
        ten_steps(kit),
        shared_goal(kit),
        handoff(kit),
        action_plan(kit),
    ]
    out: list[Flowable] = []
    for n, sheet in enumerate(sheets):
        out += ([PageBreak()] if n else []) + sheet
    return out


def render(kit: Kit, group_by: str = "owner") -> bytes:
    del group_by  # worksheets are blank: there is nothing to group
    return kit.build(story(kit), "worksheets")
