"""What every Truce PDF shares: embedded fonts, styles, safe text, tables, page furniture.

All text that reaches a PDF — typed by a user or read from the content files — goes through
``Kit.markup``: reportlab's Paragraph parses its input as markup, so unescaped text could break
the export (``<b>``) or read local files (``<img src=…>``). Nothing else builds paragraph markup.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import InitVar, dataclass, field
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from workshop_app.documents.pdf_flowables import FlowingTable, Heading, Text, numbered_canvas
from workshop_app.documents.pdf_fonts import (
    CJK,
    CJK_LANGUAGES,
    LATIN,
    LATIN_BOLD,
    characters,
    clean,
    coverage,
)
from workshop_app.documents.pdf_styles import ACCENT, ALERT, INK, MUTED, paragraph_styles  # noqa: F401 (re-exported)
from workshop_app.documents.pdf_wrap import (
    character_widths,
    fit_columns,
    keep_chinese_punctuation_off_line_starts,
    keep_together,
    measure_characters_once,
    measure_words_once,
    widest_word,
)
from workshop_app.documents.wording import Wording
from workshop_app.domain import Session

PAPERS = {"a4": A4, "letter": LETTER}
MARGIN = 18 * mm

RULE = colors.HexColor("#d5dbe1")
TINT = colors.HexColor("#edf1f5")
SALES = colors.HexColor("#1f77b4")
MARKETING = colors.HexColor("#d9822b")


class Plain(str):
    """Cell text drawn as it is (see ``Kit.plain``)."""


@dataclass
class Kit:
    """Fonts, styles and labels for one session's documents, and the safe ways to print text."""

    session: Session
    paper: str = "a4"
    # When the document is made: it dates the file and the action plan's "status as of". Only
    # reproducible documents (the samples in exports/) pass a fixed time.
    when: InitVar[datetime | None] = None
    printed_at: datetime = field(init=False)
    words: Wording = field(init=False)
    styles: dict[str, ParagraphStyle] = field(init=False)

    def __post_init__(self, when: datetime | None) -> None:
        if self.paper not in PAPERS:
            raise ValueError(f"Unknown paper size {self.paper!r}")
        self.printed_at = when or datetime.now().astimezone()
        keep_chinese_punctuation_off_line_starts()
        measure_characters_once()
        measure_words_once()
        self.words = Wording.of(self.session)
        self.cjk = self.words.language in CJK_LANGUAGES
        self.regular = CJK if self.cjk else LATIN
        self.bold = CJK if self.cjk else LATIN_BOLD
        # The Latin fonts always (a worksheet's tick circles are Latin), the Chinese font for a
        # Chinese document; otherwise it is registered when text first has a character for it.
        coverage(LATIN)
        coverage(self.regular)
        self.page_size = PAPERS[self.paper]
        self.width = self.page_size[0] - 2 * MARGIN
        self.frame_height = self.page_size[1] - 2 * MARGIN
        self.styles = self._styles()
        # Split pieces are made from their table's class, so each paper size gets its own.
        self.table_class = type(
            "FlowingTable", (FlowingTable,), {"frame_height": self.page_size[1] - 2 * MARGIN}
        )

    def _styles(self) -> dict[str, ParagraphStyle]:
        # A copy: a document may add a style of its own (the series does), never change one.
        return dict(paragraph_styles(self.regular, self.bold, self.cjk))

    # -- text -------------------------------------------------------------------------------

    def runs(self, text: str, font: str) -> list[tuple[str, str]]:
        """Split text into runs of one font: characters the main font lacks borrow the other's."""
        if characters(font).issuperset(text):
            return [(font, text)] if text else []  # the usual case, without a look at each one
        other = LATIN if font == CJK else CJK
        have, spare = coverage(font), coverage(other)
        runs: list[tuple[str, str]] = []
        for char in text:
            code = ord(char)
            use = other if code not in have and code in spare and char != "\n" else font
            if runs and runs[-1][0] == use:
                runs[-1] = (use, runs[-1][1] + char)
            else:
                runs.append((use, char))
        return runs

    def markup(self, text: object, *, bold: bool = False) -> str:
        """Paragraph markup that prints ``text`` literally, whatever it contains."""
        font = self.bold if bold else self.regular
        out = []
        for run_font, chunk in self.runs(clean(text), font):
            safe = escape(chunk, {'"': "&quot;"}).replace("\n", "<br/>")
            out.append(safe if run_font == font else f'<font face="{run_font}">{safe}</font>')
        body = "".join(out)
        if bold and self.cjk:
            # WenQuanYi has no bold face: bold Chinese is set in the accent colour instead, the
            # same in every table and label, so a title still stands out from its description.
            return f'<font face="{font}" color="#{ACCENT.hexval()[2:]}">{body}</font>'
        return f'<font face="{font}">{body}</font>' if bold else body

    def p(self, text: object, style: str = "body", *, bold: bool = False) -> Paragraph:
        kind = Heading if style in Heading.RESERVE else Text
        return kind(self.markup(text, bold=bold), self.styles[style])

    def rich(self, parts: Iterable[tuple[object, bool]], style: str = "body") -> Paragraph:
        """One paragraph from (text, bold) pieces, each escaped on its own."""
        return Text("".join(self.markup(t, bold=b) for t, b in parts if t), self.styles[style])

    def label(self, key: str, style: str = "body") -> Paragraph:
        return self.p(self.words(key), style)

    def heading(self, key_or_text: str, *, level: int = 1, literal: bool = False) -> Paragraph:
        text = key_or_text if literal else self.words(key_or_text)
        return self.p(text, f"h{level}")

    def keep(self, flowables: Sequence[Flowable]) -> list[Flowable]:
        """The flowables on one page if they fit on one (see ``pdf_wrap.keep_together``)."""
        return keep_together(flowables, self.width, self.page_size[1] - 2 * MARGIN)

    def nothing(self) -> Paragraph:
        return self.p(self.words("nothing_recorded"), "muted")

    # -- tables -----------------------------------------------------------------------------

    def cell(self, value: Any, style: str = "cell") -> Any:
        return value if isinstance(value, Flowable | list | Plain) else self.p(value, style)

    def plain(self, value: object) -> Plain | Paragraph:
        """A short one-line cell (a number, a date) drawn as a string, without the paragraph
        engine: a 500-action plan has a thousand of them. Anything that could wrap or needs
        another font's characters stays a paragraph."""
        text = clean(value)
        have = coverage(self.regular)
        if len(text) <= 12 and "\n" not in text and all(ord(c) in have for c in text):
            return Plain(text)
        return self.p(text, "cell")

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Any]],
        widths: Sequence[float],
        *,
        right: Sequence[int] = (),
        center: Sequence[int] = (),
        extra: Sequence[tuple[Any, ...]] = (),
    ) -> Table:
        """A table whose rows split across pages under a repeated header; widths are fractions."""
        head = [self.p(h, "head_right" if i in right else "head") for i, h in enumerate(header)]
        align = {i: "cell_right" for i in right} | {i: "cell_center" for i in center}
        body = [[self.cell(c, align.get(i, "cell")) for i, c in enumerate(row)] for row in rows]
        # A header word wider than its column would split mid-word ("Nulmeti-ng").
        widths = fit_columns(widths, [widest_word([h], self.bold, 8) for h in header], self.width)
        table = self.table_class(
            [head, *body],
            colWidths=[w * self.width for w in widths],
            repeatRows=1,
            splitInRow=1,
            hAlign="LEFT",
        )
        table.setStyle(
            self.table_style(
                [
                    # Plain cells (``plain``) look like the "cell" paragraphs around them.
                    ("FONTSIZE", (0, 1), (-1, -1), self.styles["cell"].fontSize),
                    ("LEADING", (0, 1), (-1, -1), self.styles["cell"].leading),
                    ("TEXTCOLOR", (0, 1), (-1, -1), INK),
                    *[("ALIGN", (i, 1), (i, -1), "RIGHT") for i in right],
                    *[("ALIGN", (i, 1), (i, -1), "CENTER") for i in center],
                    ("BACKGROUND", (0, 0), (-1, 0), TINT),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.35, RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    *extra,
                ]
            )
        )
        return table

    def table_style(self, commands: Sequence[tuple[Any, ...]]) -> TableStyle:
        """A table style whose default font is ours: a plain-string cell (even an empty one)
        would otherwise pull in a non-embedded Helvetica."""
        return TableStyle([("FONTNAME", (0, 0), (-1, -1), self.regular), *commands])

    def facts(self, pairs: Sequence[tuple[str, object]], columns: int = 2) -> Table:
        """Label-over-value pairs in a grid: the title block of every document."""
        cells = [[self.p(label, "label"), self.p(value or "–")] for label, value in pairs]
        cells = [
            [c for pair in cells[i : i + columns] for c in pair]
            for i in range(0, len(cells), columns)
        ]
        width = self.width / columns
        if cells and len(cells[-1]) < 2 * columns:
            cells[-1] += [""] * (2 * columns - len(cells[-1]))
        # Flowing: a fact may be a 20,000-character text, taller than a page.
        table = self.table_class(
            cells, colWidths=[width * 0.32, width * 0.68] * columns, hAlign="LEFT"
        )
        table.setStyle(
            self.table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.35, RULE),
                ]
            )
        )
        return table

    def title_block(
        self, document_key: str, extra: Sequence[tuple[str, object]] = ()
    ) -> list[Flowable]:
        info = self.session.info
        words = self.words
        return [
            self.p(words(document_key), "title"),
            self.p(info.title, "subtitle"),
            Spacer(1, 6),
            self.facts(
                [
                    (words("organisation"), info.organisation),
                    (words("date"), words.date(info.date)),
                    (words("facilitator"), info.facilitator),
                    (words("location"), info.location),
                    *extra,
                ]
            ),
            Spacer(1, 4),
        ]

    # -- the page ---------------------------------------------------------------------------

    def draw_text(
        self,
        canvas: Canvas,
        x: float,
        y: float,
        text: str,
        size: float,
        width: float,
        *,
        right: bool = False,
    ) -> None:
        """Draw one line in mixed fonts, shortened with an ellipsis to fit ``width``."""
        runs = self.runs(clean(text).replace("\n", " "), self.regular)
        total, fitted = 0.0, list[tuple[str, str]]()
        room = width - pdfmetrics.stringWidth("…", self.regular, size)
        for font, chunk in runs:
            for char, w in zip(chunk, character_widths(chunk, font, size), strict=True):
                if total + w > room:
                    # Shorten at a word's end rather than mid-word ("Instruments · Spr…"),
                    # unless that would drop most of the line (Chinese has no spaces).
                    spaces = [i for i, (_, c) in enumerate(fitted) if c == " "]
                    if spaces and spaces[-1] > len(fitted) * 0.6:
                        fitted = fitted[: spaces[-1]]
                        while fitted and fitted[-1][1] in " ·–-,;:":
                            fitted.pop()
                    fitted.append((self.regular, "…"))
                    total = sum(pdfmetrics.stringWidth(c, f, size) for f, c in fitted)
                    break
                fitted.append((font, char))
                total += w
            else:
                continue
            break
        x = x - total if right else x
        # Whole runs, not single glyphs, so the line copies and extracts as one piece of text.
        joined: list[tuple[str, str]] = []
        for font, char in fitted:
            if joined and joined[-1][0] == font:
                joined[-1] = (font, joined[-1][1] + char)
            else:
                joined.append((font, char))
        for font, chunk in joined:
            canvas.setFont(font, size)
            canvas.drawString(x, y, chunk)
            x += pdfmetrics.stringWidth(chunk, font, size)

    def decorate(self, canvas: Canvas, page: int, pages: int, document: str) -> None:
        info = self.session.info
        width, height = self.page_size
        canvas.saveState()
        canvas.setFillColor(MUTED)
        top = height - MARGIN + 8 * mm
        left = " · ".join(t for t in (info.organisation, info.title) if t)
        self.draw_text(canvas, MARGIN, top, left, 7.5, self.width * 0.66)
        self.draw_text(canvas, width - MARGIN, top, document, 7.5, self.width * 0.32, right=True)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 2.5 * mm, width - MARGIN, top - 2.5 * mm)
        bottom = MARGIN - 9 * mm
        canvas.line(MARGIN, bottom + 3.5 * mm, width - MARGIN, bottom + 3.5 * mm)
        self.draw_text(canvas, MARGIN, bottom, self.words("generated_by"), 7.5, self.width * 0.5)
        self.draw_text(
            canvas,
            width - MARGIN,
            bottom,
            self.words.page_of(page, pages),
            7.5,
            self.width * 0.4,
            right=True,
        )
        canvas.restoreState()

    def build(self, story: list[Flowable], document_key: str) -> bytes:
        """Lay out the story on numbered pages; the same session and ``printed_at`` give the
        same bytes (reportlab's invariant mode, dated by ``numbered_canvas``)."""
        document = self.words(document_key)
        info = self.session.info
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.page_size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=clean(f"{document} – {info.title}"),
            author=clean(info.facilitator),
            subject=clean(info.organisation),
            creator="Truce",
            lang=info.language.replace("_", "-"),
            initialFontName=self.regular,
            invariant=1,
        )
        frame = Frame(
            MARGIN,
            MARGIN,
            self.width,
            self.page_size[1] - 2 * MARGIN,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        doc.build(
            story,
            canvasmaker=numbered_canvas(
                lambda c, n, total: self.decorate(c, n, total, document), self.printed_at
            ),
        )
        return buffer.getvalue()
