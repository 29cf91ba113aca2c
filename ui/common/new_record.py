""""New city…" / "New contact…" beside a picker: a record missing from the directory is
created without leaving the dialog (through the directory's editor, with undo), and the
record saved is chosen in the picker. One implementation for every picker."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from delegations.services import cities, contacts
from delegations.services.dto import CityRow, ContactRow
from ui.context import AppContext
from ui.directory.city_editor import CityEditor
from ui.directory.contact_editor import ContactEditor
from ui.directory.ops import DirectoryOps
from ui.trip_window.pickers import DestinationPicker


def _open(editor: QDialog, parent: QWidget, created: Callable[[int], None]) -> QDialog:
    """Open `editor` over `parent` (kept alive there while open); `created(id)` on save."""
    def saved() -> None:
        ident = getattr(editor, "result_value", None)
        if ident is not None:
            created(int(ident))

    editor.accepted.connect(saved)
    parent.new_record_editor = editor  # type: ignore[attr-defined]  # kept alive while open
    editor.open()
    return editor


def new_city(ctx: AppContext, parent: QWidget,
             chosen: Callable[[CityRow, list[CityRow]], None]) -> QDialog:
    """The city editor; `chosen(city, all cities)` once it is saved."""
    ops = DirectoryOps(ctx, parent)
    return _open(CityEditor(ops.create_city, parent=parent), parent, lambda ident: chosen(
        cities.get_city(ctx.store, ident), cities.list_cities(ctx.store)))


def new_contact(ctx: AppContext, parent: QWidget,
                chosen: Callable[[ContactRow], None]) -> QDialog:
    """The contact editor; `chosen(contact)` once it is saved."""
    ops = DirectoryOps(ctx, parent)
    editor = ContactEditor(ops.create_contact, cities.list_cities(ctx.store), parent=parent)
    return _open(editor, parent,
                 lambda ident: chosen(contacts.get_contact(ctx.store, ident)))


def offer_new_city(ctx: AppContext, picker: DestinationPicker, parent: QWidget) -> None:
    """A destination picker's New city… opens the city editor; the city saved is added."""
    def open_editor() -> None:
        picker.editor = new_city(ctx, parent, picker.add_new)

    picker.new_requested.connect(open_editor)


def offer_new_contact(ctx: AppContext, editor: QWidget, button: QPushButton,
                      chosen: Callable[[ContactRow], None]) -> None:
    """The editor's New contact… `button` shows and opens the contact editor over it;
    `chosen(contact)` once that is saved."""
    button.show()
    button.clicked.connect(lambda: new_contact(ctx, editor, chosen))
