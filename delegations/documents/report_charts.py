"""Horizontal bar charts for the activity report, drawn with reportlab graphics.

Labels are drawn run by run (fonts.runs), so 杭州 or Калининград come out in a font
that has them; the value axis counts whole things, so its ticks are integers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from delegations.documents.bidi import visual
from delegations.documents.fonts import SANS, register_fonts, runs
from delegations.documents.styles import INK, MUTED, RULE
from delegations.documents.template import TEXT_WIDTH

PALETTE = tuple(colors.HexColor(c) for c in (
    "#1f3a5f", "#5b8db8", "#a9c6e0", "#c98b2b", "#6b8e4e", "#8a5a9e"))
FONT_SIZE = 7.5
MAX_LABEL = 0.42  # of the width, for the category labels


@dataclass(frozen=True)
class Series:
    """One row of values across the categories, with its legend name."""

    name: str
    values: tuple[int, ...]


def label_width(text: str, size: float = FONT_SIZE) -> float:
    """The width of `text` set run by run in the fonts that have its characters."""
    register_fonts()
    return sum(stringWidth(run, font, size) for font, run in runs(visual(text)))


def fit(text: str, width: float, size: float = FONT_SIZE) -> str:
    """`text`, cut with '…' where needed to fit `width`."""
    if label_width(text, size) <= width:
        return text
    while text and label_width(text + "…", size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def label(text: str, right: float, y: float, size: float = FONT_SIZE) -> Group:
    """A right-aligned label at (right, y), each run in its own font, right-to-left
    scripts in the order they read."""
    group, x = Group(), right - label_width(text, size)
    for font, run in runs(visual(text)):
        group.add(String(x, y, run, fontName=font, fontSize=size, fillColor=INK))
        x += stringWidth(run, font, size)
    return group


def integer_scale(top: int, most_ticks: int = 8) -> tuple[int, int]:
    """(axis maximum, step): whole-number ticks 1, 2, 5, 10, 20… apart, at most `most_ticks`."""
    top = max(top, 1)
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            if math.ceil(top / step) <= most_ticks:
                return math.ceil(top / step) * step, step
        magnitude *= 10


def _legend(series: Sequence[Series], x: float, y: float) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 7
    legend.deltax, legend.dxTextSpace = 0, 4
    legend.fontName, legend.fontSize = SANS, FONT_SIZE
    legend.strokeWidth = 0
    legend.colorNamePairs = [(PALETTE[n % len(PALETTE)], s.name) for n, s in enumerate(series)]
    legend.boxAnchor = "nw"
    legend.autoXPadding = 12
    return legend


def _chart(series: Sequence[Series], stacked: bool, top: int) -> HorizontalBarChart:
    chart = HorizontalBarChart()
    # grouped bars are drawn bottom-up: reversed, the first series is on top
    order = list(range(len(series))) if stacked else list(reversed(range(len(series))))
    chart.data = [list(series[n].values) for n in order]
    chart.categoryAxis.reverseDirection = 1  # first category at the top
    chart.categoryAxis.labels.visible = 0  # drawn by `label`, run by run
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.style = "stacked" if stacked else "parallel"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax, chart.valueAxis.valueStep = integer_scale(top)
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.labels.fontName, chart.valueAxis.labels.fontSize = SANS, FONT_SIZE
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.barSpacing, chart.groupSpacing = 0.5, 4
    for place, n in enumerate(order):
        chart.bars[place].fillColor = PALETTE[n % len(PALETTE)]
        chart.bars[place].strokeColor = None
    return chart


def bar_chart(categories: Sequence[str], series: Sequence[Series], stacked: bool = False,
              width: float = TEXT_WIDTH) -> Drawing:
    """Categories down the left, one bar (stacked) or one per series (grouped) each."""
    texts = [fit(c, MAX_LABEL * width) for c in categories]
    label_room = max((label_width(t) for t in texts), default=0) + 8
    row = (12 if stacked else 5 * len(series) + 8)
    legend_room = 16 if len(series) > 1 else 0
    height = row * len(categories) + 18 + legend_room
    chart = _chart(series, stacked, max((sum(v) if stacked else max(v, default=0))
                                        for v in zip(*(s.values for s in series),
                                                     strict=True)) if categories else 1)
    chart.x, chart.y = label_room, 14
    chart.width, chart.height = width - label_room - 12, row * len(categories)
    drawing = Drawing(width, height)
    drawing.add(chart)
    for n, text in enumerate(texts):
        centre = chart.y + chart.height - (n + 0.5) * row
        drawing.add(label(text, label_room - 5, centre - FONT_SIZE * 0.35))
    if legend_room:
        drawing.add(_legend(series, chart.x, height - 2))
    return drawing
