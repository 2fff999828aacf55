"""Blank worksheets participants fill in by hand, in the session's content language."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from workshop_app.documents.pdf_common import MUTED, RULE, Kit

CIRCLE = "○"


def _writing_lines(kit: Kit, count: int, height: float = 19) -> Table:
    table = Table([[""]] * count, colWidths=[kit.width], rowHeights=[height] * count)
    table.setStyle(kit.table_style([("LINEBELOW", (0, 0), (-1, -1), 0.35, RULE)]))
    return table


def _sheet_head(kit: Kit, key: str, department: str = "") -> list[Flowable]:
    words = kit.words
    info = kit.session.info
    place = " · ".join(t for t in (info.organisation, info.title, words.date(info.date)) if t)
    blank = "" if department else " "
    fields = Table(
        [
            [
                kit.p(f"{words('name_line')}:", "label"),
                "",
                kit.p(f"{words('department_line')}:", "label"),
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
        kit.p(words("worksheet_instructions"), "muted"),
        fields,
        Spacer(1, 12),
    ]


def assessment(kit: Kit) -> list[Flowable]:
    words = kit.words
    content = words.content
    statements = content.items("assessment.statements")
    scale = [content.text(f"assessment.scale.{n}", str(n)) for n in range(1, 6)]
    legend = "   ".join(f"{n} = {label}" for n, label in enumerate(scale, start=1))
    header = ["#", words("statement"), "1", "2", "3", "4", "5", "?"]
    rows = [
        [str(n), s.get("text", s.get("id", "")), *[CIRCLE] * 6]
        for n, s in enumerate(statements, start=1)
    ]
    story = _sheet_head(kit, "worksheet_assessment")
    story += [kit.p(legend + f"   ? = {words('dont_know')}", "small"), Spacer(1, 6)]
    if not rows:
        return [*story, kit.nothing()]
    story.append(
        kit.table(
            header,
            rows,
            [0.05, 0.65] + [0.05] * 6,
            right=(0,),
            center=range(2, 8),
            extra=[("TOPPADDING", (0, 1), (-1, -1), 3), ("BOTTOMPADDING", (0, 1), (-1, -1), 3)],
        )
    )
    return story


def role_swap(kit: Kit, department: str) -> list[Flowable]:
    words = kit.words
    other = "marketing" if department == "sales" else "sales"
    story = _sheet_head(kit, "worksheet_role_swap", words.department(department))
    prompts = words.content.items("role_swap.prompts")
    if not prompts:
        return [*story, kit.nothing()]
    for part in ("as_other", "as_self"):
        for n, prompt in enumerate(prompts, start=1):
            text = str(prompt.get(part) or prompt.get("question", ""))
            # The content writes "{other}" where the other department's name belongs.
            text = text.replace("{other}", words.department(other))
            block = [kit.p(f"{n}.  {text}", "body"), _writing_lines(kit, 3), Spacer(1, 6)]
            if n == 1:
                block.insert(0, kit.heading(part, level=2))
            story += kit.keep(block)
    return story


def frictions(kit: Kit) -> list[Flowable]:
    words = kit.words
    content = words.content
    scale = (
        content.get("frictions.rating_scale") if content.text("frictions.rating_scale.0") else {}
    )
    legend = "   ".join(f"{k} = {v}" for k, v in sorted(scale.items())) if scale else ""
    story = _sheet_head(kit, "worksheet_frictions")
    if legend:
        story += [kit.p(legend, "small"), Spacer(1, 6)]
    drivers = content.items("frictions.drivers")
    rows = []
    for d in drivers:
        cell = [kit.p(d.get("title", d.get("id", "")), "cell_bold")]
        if d.get("description"):
            cell.append(kit.p(d["description"], "cell_muted"))
        rows.append([cell, *[CIRCLE] * 6])
    # Room for drivers the participant wants to add.
    rows += [["", *[CIRCLE] * 6] for _ in range(2)]
    header = [words("friction"), "0", "1", "2", "3", "4", "5"]
    story.append(
        kit.table(
            header,
            rows,
            [0.7] + [0.05] * 6,
            center=range(1, 7),
            extra=[("TOPPADDING", (0, 1), (-1, -1), 3), ("BOTTOMPADDING", (0, 1), (-1, -1), 3)],
        )
    )
    return story


def story(kit: Kit) -> list[Flowable]:
    return [
        *assessment(kit),
        PageBreak(),
        *role_swap(kit, "sales"),
        PageBreak(),
        *role_swap(kit, "marketing"),
        PageBreak(),
        *frictions(kit),
    ]


def render(kit: Kit, group_by: str = "owner") -> bytes:
    del group_by  # worksheets are blank: there is nothing to group
    return kit.build(story(kit), "worksheets")
