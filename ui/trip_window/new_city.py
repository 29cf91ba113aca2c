""""New city…" beside a destination picker: a trip can get a destination even while the
directory has none, without leaving the dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from delegations.services import cities
from ui.context import AppContext
from ui.directory.city_editor import CityEditor
from ui.directory.ops import DirectoryOps
from ui.trip_window.pickers import DestinationPicker


def offer_new_city(ctx: AppContext, picker: DestinationPicker, parent: QWidget) -> None:
    """The picker's New city… opens the city editor; the city saved becomes a destination."""
    ops = DirectoryOps(ctx, parent)

    def created(ident: int | None) -> None:
        if ident is not None:
            picker.add_new(cities.get_city(ctx.store, ident), cities.list_cities(ctx.store))

    def open_editor() -> None:
        editor = CityEditor(ops.create_city, parent=parent)
        editor.accepted.connect(lambda: created(editor.result_value))
        picker.editor = editor  # kept alive while open
        editor.open()

    picker.new_requested.connect(open_editor)
