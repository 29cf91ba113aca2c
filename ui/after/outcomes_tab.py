"""The trip window's Outcomes tab: what the trip achieved (with its documents), the
follow-ups agreed, and the gifts exchanged."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from delegations.errors import DelegationsError
from delegations.services import outcomes
from delegations.services.outcomes import OutcomeDetail
from ui.after.attachments import AttachmentsBox
from ui.after.follow_up_editor import goal_items
from ui.after.followups_page import set_widths
from ui.after.gifts_tab import GiftsTab
from ui.after.labels import name
from ui.after.ops import AfterOps, outcome_values
from ui.after.outcome_editor import OutcomeEditor
from ui.after.outcome_model import OutcomeModel
from ui.after.table_model import ID_ROLE
from ui.after.trip_follow_ups import TripFollowUps
from ui.after.trip_rows import TripRows
from ui.common.html import beside
from ui.common.messages import ask
from ui.common.new_record import offer_new_contact
from ui.context import AppContext, Change

WATCHED = (Change.OUTCOME, Change.TRIP, Change.CITY, Change.CONTACT, Change.GOAL)


class OutcomesPanel(TripRows[OutcomeDetail]):
    """The outcomes list, the selected one's links and documents."""

    watched = WATCHED

    def __init__(self, ctx: AppContext, trip_id: int, ops: AfterOps,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, trip_id, parent)
        self.ops = ops
        self.editor: OutcomeEditor | None = None
        self._list(OutcomeModel(self))
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.attachments = AttachmentsBox(ops, self)
        self._buttons(self.tr("&New outcome…"))
        self._lay_out()
        self._wire(self.new_outcome, self.delete_button)
        self.refresh()
        set_widths(self.table, (10, 12, 30, 12, 3), stretch=2)

    def _lay_out(self) -> None:
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.addWidget(self.details, 1)
        column.addWidget(QLabel(self.tr("<b>Documents</b>"), side))
        column.addWidget(self.attachments)
        splitter = beside(self, self.table, side, sizes=[660, 400])
        layout = self._header(QLabel(self.tr("<b>What came of the trip</b>"), self),
                              (self.new_button, self.edit_button, self.delete_button))
        layout.addWidget(splitter, 1)

    def refresh(self) -> None:
        kept = self.current()
        try:
            rows = outcomes.outcome_details(self.ctx.store, self.trip_id)
        except DelegationsError:
            rows = []
        self.model.set_rows(rows)
        self._goal_names = dict(goal_items(self.ctx.store))
        if kept is not None:
            self.select_id(kept.id)
        self.show_current()

    def select_id(self, ident: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == ident:
                self.table.selectRow(row)

    def show_current(self) -> None:
        row = self.current()
        self.attachments.show_outcome(row)
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.details.setText(self._html(row) if row else
                             self.tr("Select an outcome to see who and what it involves."))

    def _html(self, row: OutcomeDetail) -> str:
        def line(caption: str, items: tuple[str, ...] | list[str]) -> str:
            text = ", ".join(escape(i) for i in items) or "—"
            return f"<p><b>{escape(caption)}</b><br>{text}</p>"

        goals = [self._goal_names.get(g, "") for g in row.goal_ids]
        return (f"<p><b>{escape(name(row.kind))}</b></p><p>{escape(row.text)}</p>"
                + line(self.tr("Contacts"), row.contact_names)
                + line(self.tr("Cities"), row.city_names) + line(self.tr("Goals"), goals))

    def new_outcome(self) -> OutcomeEditor:
        self.editor = OutcomeEditor(
            self.ctx.store, lambda values: self.ops.add_outcome(self.trip_id, values), None, self)
        self.editor.accepted.connect(lambda: self.select_id(self.editor.result_value))
        self._offer_new_contact(self.editor)
        self.editor.open()
        return self.editor

    def edit_current(self) -> OutcomeEditor | None:
        row = self.current()
        if row is None:
            return None
        self.editor = OutcomeEditor(self.ctx.store,
                                    lambda values: self.ops.update_outcome(row, values),
                                    outcome_values(row), self)
        self._offer_new_contact(self.editor)
        store = self.ctx.store
        self.editor.watch(lambda: outcome_values(outcomes.get_outcome(store, row.id)))
        self.editor.open()
        return self.editor

    def _offer_new_contact(self, editor: OutcomeEditor) -> None:
        offer_new_contact(self.ctx, editor, editor.new_contact_button, editor.contact_created)

    def delete_current(self) -> None:
        row = self.current()
        if row is not None:
            ask(self, self.tr("Delete"), self.tr("Delete this outcome and its list of "
                                                 "documents?"), self.tr("Delete"),
                lambda: self.ops.delete_outcome(row))


class OutcomesTab(QWidget):
    """Outcomes, follow-ups and gifts of one trip, one inner tab each."""

    def __init__(self, ctx: AppContext, trip_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Outcomes"))
        self.ops = AfterOps(ctx, self)
        self.outcomes = OutcomesPanel(ctx, trip_id, self.ops, self)
        self.follow_ups = TripFollowUps(ctx, trip_id, self.ops, self)
        self.gifts = GiftsTab(ctx, trip_id, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.outcomes, self.tr("Outcomes"))
        self.tabs.addTab(self.follow_ups, self.tr("Follow-ups"))
        self.tabs.addTab(self.gifts, self.tr("Gifts"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
