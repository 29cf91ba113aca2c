"""Which field each column of a CSV file is read into: one combo per column, guessed from
the header by the core and changeable by the user."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QWidget

from delegations.exchange.csvfile.columns import fields_for, label_for
from delegations.exchange.preview import ImportPreview, Kind
from ui.common.colours import error_colour

PAIRS_PER_LINE = 3


class ColumnMap(QGroupBox):
    """Emits `changed(mapping)`: column index → field (None: the column is ignored)."""

    changed = Signal(object)

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Columns of the file"), parent)
        self.combos: list[QComboBox] = []
        self.warning = QLabel(self)
        self.warning.setStyleSheet(f"color: {error_colour().name()};")
        self.warning.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(10)
        for column in preview.columns:
            line, pair = divmod(column.index, PAIRS_PER_LINE)
            caption = QLabel(column.header or self.tr("(column %1)").replace(
                "%1", str(column.index + 1)), self)
            combo = self._combo(column.field, preview.kind)
            caption.setBuddy(combo)
            grid.addWidget(caption, line, pair * 2)
            grid.addWidget(combo, line, pair * 2 + 1)
            self.combos.append(combo)
        grid.addWidget(self.warning, grid.rowCount(), 0, 1, PAIRS_PER_LINE * 2)
        for pair in range(PAIRS_PER_LINE):
            grid.setColumnStretch(pair * 2 + 1, 1)
        self.show_missing(preview.missing)

    def _combo(self, field: str | None, kind: Kind) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(self.tr("— ignore —"), None)
        for name in fields_for(kind):
            combo.addItem(label_for(name), name)
        combo.setCurrentIndex(max(combo.findData(field), 0))
        combo.activated.connect(lambda _n: self.changed.emit(self.mapping()))
        return combo

    def mapping(self) -> dict[int, str | None]:
        return {n: combo.currentData() for n, combo in enumerate(self.combos)}

    def choose(self, column: int, field: str | None) -> None:
        """Read `column` as `field` (as if the user picked it)."""
        combo = self.combos[column]
        combo.setCurrentIndex(max(combo.findData(field), 0))
        self.changed.emit(self.mapping())

    def show_missing(self, missing: tuple[str, ...]) -> None:
        names = ", ".join(label_for(name) for name in missing)
        self.warning.setText(self.tr("No column is read as: %1. Choose it above to import.")
                             .replace("%1", names) if missing else "")
        self.warning.setVisible(bool(missing))
