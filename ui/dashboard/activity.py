"""The year's activity per partner and friendly city: one horizontal bar per city, its
trips stacked by kind; outcomes and open actions in the tooltip and the summary line."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QPainter, QPalette
from PySide6.QtWidgets import QComboBox, QLabel, QToolTip, QWidget

from delegations.enums import TripKind
from delegations.services.dashboard import CityActivity
from ui.dashboard.card import Card, muted_label
from ui.labels import label

#: Calm, distinguishable colours (the kinds are also named in the legend and tooltips).
KIND_COLOURS = {
    TripKind.OUTGOING: "#3b6ea5", TripKind.INCOMING: "#e08a3c",
    TripKind.CITIZENS: "#4f9a6b", TripKind.STAFF_EXCHANGE: "#8a6bb8",
    TripKind.YOUTH_EXCHANGE: "#c4577a", TripKind.FORUM: "#7f8c99",
}
ROW_HEIGHT = 30
FRAME_HEIGHT = 110


class ActivityCard(Card):
    """`year_changed(year)` when the user picks another year."""

    year_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("The year with partner and friendly cities"), parent)
        self.year_box = QComboBox(self)
        self.year_box.setAccessibleName(self.tr("Year"))
        year_label = QLabel(self.tr("&Year:"), self)
        year_label.setBuddy(self.year_box)
        self.top.addWidget(year_label)
        self.top.addWidget(self.year_box)
        self.year_box.activated.connect(
            lambda index: self.year_changed.emit(int(self.year_box.itemData(index))))
        self.chart = QChart()
        self.chart.setBackgroundVisible(False)
        self.chart.setMargins(QMargins(0, 0, 0, 0))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.legend().setLabelColor(self.palette().color(QPalette.ColorRole.WindowText))
        self.view = QChartView(self.chart, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setStyleSheet("background: transparent;")
        self.summary = muted_label("", self)
        self.empty = muted_label("", self)
        for widget in (self.view, self.summary, self.empty):
            self.body.addWidget(widget)
        self.rows: list[CityActivity] = []

    def set_years(self, years: Sequence[int], chosen: int) -> None:
        """The years the user may pick (newest first), `chosen` shown."""
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for year in sorted(set(years) | {chosen}, reverse=True):
            self.year_box.addItem(str(year), year)
        self.year_box.setCurrentIndex(self.year_box.findData(chosen))
        self.year_box.blockSignals(False)

    def show_year(self, year: int, rows: Sequence[CityActivity]) -> None:
        """The chart for `year`, or a calm note when nothing happened with twinned cities."""
        self.rows = list(rows)
        self.view.setVisible(bool(rows))
        self.summary.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.empty.setText(self.tr("No trips with partner or friendly cities in %1.")
                           .replace("%1", str(year)))
        self._draw(rows)
        self.summary.setText(self._summary(rows))
        self.view.setAccessibleName(self.tr("Trips per city in %1").replace("%1", str(year)))
        self.view.setAccessibleDescription("\n".join(self.describe(r) for r in rows))

    def _summary(self, rows: Sequence[CityActivity]) -> str:
        cities = self.tr("%n cities", "", len(rows))
        outcomes = self.tr("%n outcome(s)", "", sum(r.outcomes for r in rows))
        actions = self.tr("%n open action(s)", "", sum(r.open_actions for r in rows))
        note = self.tr("(a trip to several cities counts for each)")
        return f"{cities} · {outcomes} · {actions} {note}"

    def describe(self, row: CityActivity) -> str:
        """'Aarhus: 2 trips (Forum 1, Staff exchange 1), 6 outcomes, 1 open action'."""
        kinds = ", ".join(f"{label(k)} {n}" for k, n in _kinds(row))
        trips = self.tr("%n trip(s)", "", row.trips)
        return (f"{row.name}: {trips} ({kinds}), "
                + self.tr("%n outcome(s)", "", row.outcomes) + ", "
                + self.tr("%n open action(s)", "", row.open_actions))

    def _draw(self, rows: Sequence[CityActivity]) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        if not rows:
            return
        ordered = list(reversed(rows))  # the busiest city on top
        series = QHorizontalStackedBarSeries()
        series.setBarWidth(0.6)
        for kind in TripKind:
            if any(r.trips_by_kind.get(kind) for r in rows):
                series.append(self._bar_set(kind, ordered))
        self.chart.addSeries(series)
        self._axes(series, ordered)
        self.view.setMinimumHeight(FRAME_HEIGHT + ROW_HEIGHT * len(rows))

    def _bar_set(self, kind: TripKind, ordered: Sequence[CityActivity]) -> QBarSet:
        bars = QBarSet(label(kind))
        bars.setColor(QColor(KIND_COLOURS[kind]))
        bars.setBorderColor(QColor(KIND_COLOURS[kind]))
        for row in ordered:
            bars.append(row.trips_by_kind.get(kind, 0))
        bars.hovered.connect(lambda on, index: self._hover(on, ordered[index]))
        return bars

    def _axes(self, series: QHorizontalStackedBarSeries, ordered: Sequence[CityActivity]) -> None:
        cities = QBarCategoryAxis()
        cities.append([r.name for r in ordered])
        cities.setGridLineVisible(False)
        most = max(r.trips for r in ordered)
        counts = QValueAxis()
        counts.setRange(0, most)
        counts.setLabelFormat("%d")
        counts.setTickType(QValueAxis.TickType.TicksDynamic)
        counts.setTickAnchor(0)
        counts.setTickInterval(max(1, most // 8))
        counts.setTitleText(self.tr("Trips"))
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for axis in (cities, counts):
            axis.setLabelsBrush(text)
            axis.setTitleBrush(text)
        self.chart.addAxis(cities, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(cities)
        series.attachAxis(counts)

    def _hover(self, on: bool, row: CityActivity) -> None:
        if on:
            QToolTip.showText(QCursor.pos(), self.describe(row), self.view)
        else:
            QToolTip.hideText()

    def bar_count(self) -> int:
        """How many cities have a bar (for tests and the summary)."""
        series = self.chart.series()
        bars = series[0] if series else None
        if not isinstance(bars, QAbstractBarSeries) or not bars.barSets():
            return 0
        return bars.barSets()[0].count()


def _kinds(row: CityActivity) -> list[tuple[TripKind, int]]:
    return [(k, row.trips_by_kind[k]) for k in TripKind if row.trips_by_kind.get(k)]
