"""A directory table: whole rows, sortable headers, Enter or a double-click opens the editor."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QWidget

from ui.common.rows_table import OpeningTable
from ui.paged_model import ID_ROLE


class DirectoryTable(OpeningTable):
    """Emits `open_requested(row)`; `selected_ids()` for actions on the selection."""

    def __init__(self, multi: bool, parent: QWidget | None = None) -> None:
        super().__init__(multi, parent)
        header = self.horizontalHeader()
        header.setMinimumSectionSize(48)
        header.setStretchLastSection(True)

    def set_widths(self, letters: dict[int, int], shrink: tuple[int, ...] = ()) -> None:
        """Short columns get a width in average letters; the others share what is left
        (at least MAIN_SHARE of a narrow table, the `shrink` columns narrowing)."""
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        unit = self.fontMetrics().averageCharWidth()
        for column in letters:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.set_fitted({column: count * unit + 24 for column, count in letters.items()}, shrink)

    def selected_ids(self) -> list[int]:
        """Ids of the selected rows, in the order shown."""
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        model = self.model()
        return [model.index(row, 0).data(ID_ROLE) for row in rows]

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None
