"""The Sales-versus-Marketing chart of the report, drawn as vector graphics with reportlab."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String

from workshop_app.documents.pdf_common import INK, MARKETING, MUTED, RULE, SALES, Kit
from workshop_app.documents.results import AssessmentResult


def gap_chart(kit: Kit, result: AssessmentResult, height: float = 190) -> Drawing:
    """Each statement's mean answer per department (1–5), side by side, numbered as on the sheet."""
    words = kit.words
    rows = result.statements
    width = kit.width
    drawing = Drawing(width, height, initialFontName=kit.regular)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 34
    chart.width, chart.height = width - 40, height - 62
    # A statement one side left blank draws no bar; reportlab skips None values.
    chart.data = [[r.sales for r in rows], [r.marketing for r in rows]]
    chart.categoryAxis.categoryNames = [str(n) for n in range(1, len(rows) + 1)]
    chart.categoryAxis.labels.fontName = kit.regular
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fillColor = MUTED
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickDown = 0
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 5, 1
    chart.valueAxis.labels.fontName = kit.regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.bars[0].fillColor = SALES
    chart.bars[1].fillColor = MARKETING
    chart.bars.strokeColor = None
    chart.barSpacing = 0.5
    chart.groupSpacing = 4
    drawing.add(chart)

    legend = Legend()
    legend.x, legend.y = 30, height - 6
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 90
    legend.dx = legend.dy = 7
    legend.fontName = kit.regular
    legend.fontSize = 8
    legend.fillColor = INK
    legend.strokeColor = None
    legend.colorNamePairs = [(SALES, words("sales")), (MARKETING, words("marketing"))]
    drawing.add(legend)
    drawing.add(
        String(
            30,
            12,
            words("statement") + " 1–" + str(len(rows)),
            fontName=kit.regular,
            fontSize=7,
            fillColor=MUTED,
        )
    )
    return drawing
