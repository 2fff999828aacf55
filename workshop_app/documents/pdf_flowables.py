"""reportlab pieces Truce's PDFs need that reportlab lacks or gets wrong for us."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table


def to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """reportlab's ToUnicode map, but with characters beyond U+FFFF written as UTF-16 pairs.

    reportlab writes them as five hex digits, which PDF readers reject, so an emoji a user typed
    would vanish from copied or extracted text.
    """
    pairs = [
        f"<{i:02X}> <{chr(v).encode('utf-16-be').hex().upper()}>" for i, v in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *pairs,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@lru_cache(maxsize=4096)
def parsed(markup: str, style: ParagraphStyle) -> tuple[str, ParagraphStyle, list[Any], Any]:
    """What reportlab's markup parser makes of ``markup`` in ``style``: the text it keeps, the
    style, the fragments and the bullet. Parsing is a paragraph's largest cost, and the same
    catalogue text (a statement, a circle to tick) is printed in document after document, so it
    is parsed once per style. Styles are made once per language (``pdf_styles``), which keeps
    them, and so this cache's keys, alive and unchanged."""
    paragraph = Paragraph(markup, style)
    return paragraph.text, paragraph.style, paragraph.frags, paragraph.bulletText


class Text(Paragraph):
    """A paragraph that parses its markup once per style and lays its lines out once per width.

    Each paragraph gets its own copies of the parsed fragments (``parsed``): laying out lines
    marks them, and a paragraph's fragments must not depend on another paragraph's layout.

    A table asks each cell's size when it measures its rows, again when a frame asks the
    table's size, and again at every page it is split across; reportlab breaks the paragraph
    into lines each time. The lines depend only on the width (and the text and style, which
    never change once the paragraph is made), so a second request at the same width returns
    the first answer. A split may drop the lines (``del self.blPara``): then they are made anew.
    """

    _wrapped: tuple[float, Any, tuple[float, float]] | None = None

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        bulletText: Any = None,
        frags: list[Any] | None = None,
        **kwargs: Any,
    ) -> None:
        # reportlab makes the pieces of a split with their fragments: only new text is parsed.
        if frags is None and bulletText is None and not kwargs:
            text, style, shared, bulletText = parsed(text, style)
            frags = [fragment.clone() for fragment in shared]
        super().__init__(text, style, bulletText, frags, **kwargs)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        known = self._wrapped
        if known and known[0] == availWidth and known[1] is self.__dict__.get("blPara"):
            self.width, self.height = known[2]
            return known[2]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, self.__dict__.get("blPara"), size)
        return size


class Heading(Text):
    """A heading that moves to the next page rather than sit alone at the foot of this one.

    Unlike ``keepWithNext`` it does not drag a whole table along when that table would fit
    on a fresh page, which left half-empty pages behind.
    """

    RESERVE = {"h1": 150.0, "h2": 100.0}

    def _room(self, availHeight: float) -> bool:
        return availHeight >= self.RESERVE.get(self.style.name, 0.0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        width, height = super().wrap(availWidth, availHeight)
        return (width, height) if self._room(availHeight) else (width, availHeight + 1)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return super().split(availWidth, availHeight) if self._room(availHeight) else []


class FlowingTable(Table):
    """A table that splits between rows, and inside a row only when that row is taller than a page.

    reportlab would otherwise fill the rest of a page with the start of a row that fits on the
    next page, under a header repeated in mid-page. Nor does it leave a single row behind: not
    alone at the foot of a page, not alone under the repeated header on the next.
    """

    frame_height = 0.0
    _measured_for: tuple[float, float] | None = None

    def _calc(self, availWidth: float, availHeight: float) -> None:
        # A frame asks a table's size (wrap), then splits it in the same room: reportlab lays its
        # rows out for each, and again inside its own split. Once is enough until the room changes.
        if not self._measured_in(availWidth, availHeight):
            super()._calc(availWidth, availHeight)
            self._measured_for = (availWidth, availHeight)

    def _measured_in(self, availWidth: float, availHeight: float) -> bool:
        """Whether the rows as last laid out are what this room would give.

        The height of the room only matters to reportlab's long-table shortcut, which may stop
        laying rows out once they overflow it (reportlab 5 does when rows span): rows all laid
        out (a table measured before it is placed, in a room of 10,000 points) are what any
        room as tall as the table gives."""
        known = self._measured_for
        if known is None or known[0] != availWidth:
            return False
        return known[1] == availHeight or (
            None not in self._rowHeights and self._height <= availHeight
        )

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._calc(availWidth, availHeight)
        heights = self._rowHeights
        head = sum(heights[: self.repeatRows])
        first = heights[self.repeatRows] if len(heights) > self.repeatRows else 0
        # Decided afresh at every split: the pieces of a split inherit the flag they were made with.
        self.splitInRow = 1 if head + first > self.frame_height else 0
        parts = super().split(availWidth, availHeight)
        self._measured_for = None  # a split may leave the rows measured otherwise
        if len(parts) != 2 or self.splitInRow:
            return parts
        body = len(heights) - self.repeatRows
        kept = len(parts[0]._cellvalues) - self.repeatRows
        if kept == 1 and body >= 2 and availHeight < self.frame_height * 0.9:
            # One row alone under the header at the foot of a page: start on the next one.
            return []
        if body - kept == 1 and kept > 1:
            # One row alone under the repeated header on the next page: take one more along.
            last = parts[0]._rowHeights[-1]
            self._calc(availWidth, availHeight)
            return super().split(availWidth, availHeight - last - 1)
        return parts


def stamp(canvas: Canvas, when: datetime) -> None:
    """Date the PDF (its CreationDate and ModDate) ``when`` rather than reportlab's choice.

    reportlab dates a document either now or, in its invariant mode, 2000-01-01; Truce builds
    in invariant mode (the same document and time give the same bytes) and dates the file itself.
    """
    offset = when.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset else 0
    clock = canvas._doc._timeStamp
    clock.t = when.timestamp()
    clock.lt = when.timetuple()
    clock.YMDhms = tuple(when.timetuple())[:6]
    clock.dhh = (1 if minutes >= 0 else -1) * (abs(minutes) // 60)
    clock.dmm = abs(minutes) % 60
    clock.tzname = when.tzname() or "UTC"


def numbered_canvas(
    decorate: Callable[[Canvas, int, int], None], printed_at: datetime
) -> type[Canvas]:
    """A canvas that holds its pages back until it knows how many there are ("page N of M"),
    dated ``printed_at``."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            stamp(self, printed_at)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                decorate(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas
