"""The Contacts half: counterparts and stakeholders, each with the history the data holds."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from delegations.errors import DelegationsError
from delegations.services import address, cities, contacts, followups
from ui.common.messages import ask, tell
from ui.context import AppContext
from ui.directory.contact_editor import ContactEditor
from ui.directory.detail_html import DetailWriter
from ui.directory.filter_bar import FilterBar
from ui.directory.list_pane import ListPane
from ui.directory.models import (
    P_CITY,
    P_NAME,
    P_PHONE,
    ContactsTableModel,
)
from ui.directory.ops import DirectoryOps, contact_values
from ui.protocol.address_box import with_forms


class ContactsPane(ListPane):
    """Lists contacts (thousands stay quick: pages are fetched as the list scrolls);
    `selection_count_changed(n)` lets Merge… wait for exactly two."""

    selection_count_changed = Signal(int)

    def __init__(self, ctx: AppContext, ops: DirectoryOps, parent: QWidget | None = None) -> None:
        super().__init__(ctx, ops, True, parent)
        self.setAccessibleName(self.tr("Contacts"))
        self.table.setAccessibleName(self.tr("Contacts list"))
        self.new_button = QPushButton(self.tr("New Contact…"), self)
        self.new_button.clicked.connect(self.new)
        self.filters.add_widget(self.new_button)
        self.table.set_widths({P_NAME: 17, P_CITY: 10, P_PHONE: 14})
        self.reload_choices()
        self.apply_filter()

    model: ContactsTableModel  # made by _make_model

    def _make_model(self) -> ContactsTableModel:
        return ContactsTableModel(self.ctx.store, self)

    def _make_bar(self) -> FilterBar:
        return FilterBar(self.tr("Search name, organisation, e-mail, city…"),
                         self.tr("C&ity:"), self)

    def reload_choices(self) -> None:
        self.filters.set_choices(self.tr("All cities"), [
            (c.name, c.id) for c in cities.list_cities(self.ctx.store)])

    def _set_model_filter(self) -> None:
        self.model.set_filter(self.filters.text, self.filters.value)

    def _page_html(self, ident: int) -> str:
        store = self.ctx.store
        person = contacts.get_contact(store, ident)
        return DetailWriter(self).contact(
            person, contacts.contact_trips(store, ident), contacts.contact_history(store, ident),
            followups.list_follow_ups(store, contact_id=ident, open_only=True))

    def _nothing_selected(self) -> str:
        return self.tr("Select a contact to see their meetings, trips and open follow-ups.")

    def _empty_texts(self, filtered: bool) -> tuple[str, str]:
        if filtered:
            return self.tr("No contacts match"), self.tr(
                "Try a shorter search, or set the city back to “All cities”.")
        return self.tr("No contacts yet"), self.tr(
            "Counterparts and local stakeholders will be listed here. Add one with "
            "“New Contact…”, or import an address book (vCard) or a spreadsheet (CSV).")

    def _summary(self, shown: int, filtered: bool) -> str:
        if filtered:
            everything = contacts.count_contacts(self.ctx.store)
            return self.tr("%1 of %2 contacts").replace("%1", str(shown)).replace(
                "%2", str(everything))
        return self.tr("%n contact(s)", "", shown)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        self.selection_count_changed.emit(len(self.table.selectionModel().selectedRows()))

    # ------------------------------------------------------------------ actions

    def new(self) -> ContactEditor:
        """Open the editor for a new contact, in the city filtered on if there is one."""
        preset = {"city": self.filters.value} if self.filters.value is not None else None
        editor = ContactEditor(self.ops.create_contact, cities.list_cities(self.ctx.store),
                               None, self, self._proposals)
        if preset:
            editor.form.set_values(preset, show_errors=False)
        return self._open(editor)

    def edit_current(self) -> None:
        ident = self.table.current_id()
        if ident is None:
            return
        try:
            old = with_forms(contact_values(contacts.get_contact(self.ctx.store, ident)),
                             address.forms_values(self.ctx.store, contact_id=ident))
        except DelegationsError as exc:
            tell(self, self.tr("Contact not available"), str(exc))
            return
        commit = self._updater(ident, old, self.ops.update_contact)
        store = self.ctx.store
        self._open(ContactEditor(commit, cities.list_cities(store), old, self,
                                 self._proposals)).watch(
            lambda: with_forms(contact_values(contacts.get_contact(store, ident)),
                               address.forms_values(store, contact_id=ident)))

    def _proposals(self, values: dict) -> dict:
        return address.proposals(self.ctx.store, values)

    def delete_selected(self) -> None:
        ident = self.table.current_id()
        if ident is None or not self.table.selectionModel().hasSelection():
            return
        name = contacts.get_contact(self.ctx.store, ident).name
        ask(self, self.tr("Delete Contact"),
            self.tr("Delete “%1”? You can undo this with Edit ▸ Undo.").replace("%1", name),
            self.tr("Delete"), lambda: self._delete(ident))

    def _delete(self, ident: int) -> None:
        try:
            self.ops.delete_contact(ident)
        except DelegationsError as exc:  # InUseError: a counterpart in meetings
            tell(self, self.tr("Contact not deleted"), str(exc))
