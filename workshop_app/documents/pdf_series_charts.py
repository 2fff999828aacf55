"""The series comparison's charts, drawn as vector graphics with reportlab.

Drawn by hand rather than with reportlab's chart classes: the stage bands behind the score lines
and the value labels on each point need finer control than LinePlot offers.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors

from workshop_app.documents.pdf_common import INK, MARKETING, MUTED, RULE, SALES, Kit
from workshop_app.scoring import BANDS, STAGES
from workshop_app.series import Comparison, Workshop

# Light tints for the four stage bands, darkening as the relationship matures.
BAND_TINTS = ("#f6f7f9", "#eef2f6", "#e5ecf3", "#dbe5ef")
OVERALL = INK
LEFT, RIGHT, BOTTOM, TOP = 30.0, 88.0, 30.0, 22.0


def _x_positions(count: int, left: float, right: float) -> list[float]:
    if count == 1:
        return [(left + right) / 2]
    step = (right - left) / (count - 1)
    return [left + i * step for i in range(count)]


def _date_axis(
    drawing: Drawing, kit: Kit, xs: Sequence[float], workshops: Sequence[Workshop], y: float
) -> None:
    """Each workshop's date under its place on the chart, written as the tables write it."""
    for x, workshop in zip(xs, workshops, strict=True):
        label = kit.words.date(workshop.date) or "–"
        drawing.add(
            String(
                x, y, label, fontName=kit.regular, fontSize=7.5, fillColor=INK, textAnchor="middle"
            )
        )


def _legend(
    drawing: Drawing, kit: Kit, items: Sequence[tuple[colors.Color, str]], y: float
) -> None:
    x = LEFT
    for colour, name in items:
        drawing.add(Line(x, y + 3, x + 14, y + 3, strokeColor=colour, strokeWidth=2))
        drawing.add(String(x + 18, y, name, fontName=kit.regular, fontSize=8, fillColor=INK))
        x += 18 + kit_width(kit, name, 8) + 16


def _gridline(drawing: Drawing, kit: Kit, left: float, right: float, y: float, label: str) -> None:
    """A horizontal rule across the plot with its value in the left margin."""
    drawing.add(Line(left, y, right, y, strokeColor=RULE, strokeWidth=0.4))
    drawing.add(
        String(
            left - 4,
            y - 2.5,
            label,
            fontName=kit.regular,
            fontSize=7,
            fillColor=MUTED,
            textAnchor="end",
        )
    )


def kit_width(kit: Kit, text: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(chunk, font, size) for font, chunk in kit.runs(text, kit.regular))


def _label(kit: Kit, text: str) -> str:
    """Chart strings are drawn in one font: keep only what the drawing font can print."""
    return "".join(chunk for font, chunk in kit.runs(text, kit.regular) if font == kit.regular)


def score_chart(kit: Kit, comparison: Comparison, height: float = 220) -> Drawing:
    """Sales, Marketing and overall totals per workshop over the four stage bands (20–100)."""
    words = kit.words
    width = kit.width
    drawing = Drawing(width, height, initialFontName=kit.regular)
    plot_bottom, plot_top = BOTTOM, height - TOP
    plot_left, plot_right = LEFT, width - RIGHT

    def y_of(total: float) -> float:
        return plot_bottom + (total - 20) / 80 * (plot_top - plot_bottom)

    edges = [BANDS[s] for s in STAGES] + [100]
    for i, stage in enumerate(STAGES):
        low, high = y_of(edges[i]), y_of(edges[i + 1])
        drawing.add(
            Rect(
                plot_left,
                low,
                plot_right - plot_left,
                high - low,
                strokeColor=None,
                fillColor=colors.HexColor(BAND_TINTS[i]),
            )
        )
        drawing.add(
            String(
                plot_right + 6,
                (low + high) / 2 - 3,
                _label(kit, words.stage(stage)),
                fontName=kit.regular,
                fontSize=7.5,
                fillColor=MUTED,
            )
        )
    for total in edges:
        y = y_of(total)
        _gridline(drawing, kit, plot_left, plot_right, y, str(total))

    workshops = comparison.workshops
    xs = _x_positions(len(workshops), plot_left + 28, plot_right - 28)
    _date_axis(drawing, kit, xs, workshops, plot_bottom - 12)
    series = (
        ("sales", SALES, 1.6, words("sales")),
        ("marketing", MARKETING, 1.6, words("marketing")),
        ("all", OVERALL, 2.4, words("overall")),
    )
    for key, colour, stroke, _name in series:
        points = [
            (x, y_of(score))
            for x, w in zip(xs, workshops, strict=True)
            if (score := w.scores.get(key)) is not None
        ]
        if len(points) > 1:
            drawing.add(
                PolyLine([c for p in points for c in p], strokeColor=colour, strokeWidth=stroke)
            )
        for (x, y), w in zip(
            points, [w for w in workshops if w.scores.get(key) is not None], strict=True
        ):
            drawing.add(Circle(x, y, 2.6, fillColor=colour, strokeColor=colors.white))
            drawing.add(
                String(
                    x + 5,
                    y + 3,
                    str(w.scores[key]),
                    fontName=kit.bold,
                    fontSize=7.5,
                    fillColor=colour,
                )
            )
    _legend(drawing, kit, [(c, _label(kit, n)) for _, c, _, n in series], height - 10)
    return drawing


def gap_chart(kit: Kit, comparison: Comparison, height: float = 130) -> Drawing:
    """One bar per workshop: the perception gap (0 to the largest, at least 2 points)."""
    width = kit.width
    drawing = Drawing(width, height, initialFontName=kit.regular)
    workshops = comparison.workshops
    gaps = [w.gap for w in workshops]
    top = max([2.0, *[g for g in gaps if g is not None]])
    plot_bottom, plot_top = 24.0, height - 10
    plot_left, plot_right = LEFT, width - 10

    def y_of(value: float) -> float:
        return plot_bottom + value / top * (plot_top - plot_bottom)

    for tick in range(int(top) + 1):
        y = y_of(tick)
        _gridline(drawing, kit, plot_left, plot_right, y, str(tick))
    xs = _x_positions(len(workshops), plot_left + 40, plot_right - 40)
    bar = min(46.0, (plot_right - plot_left) / max(len(workshops), 1) / 2)
    _date_axis(drawing, kit, xs, workshops, plot_bottom - 12)
    for x, workshop in zip(xs, workshops, strict=True):
        if workshop.gap is None:
            continue
        drawing.add(
            Rect(
                x - bar / 2,
                plot_bottom,
                bar,
                y_of(workshop.gap) - plot_bottom,
                fillColor=colors.HexColor("#6b7f99"),
                strokeColor=None,
            )
        )
        drawing.add(
            String(
                x,
                y_of(workshop.gap) + 3,
                kit.words.number(workshop.gap, 2),
                fontName=kit.bold,
                fontSize=7.5,
                fillColor=INK,
                textAnchor="middle",
            )
        )
    return drawing
