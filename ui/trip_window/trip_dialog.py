"""The frame of the dialogs that make a trip (New trip, Duplicate trip): a TripForm,
a reference proposed from title and year until the user types their own, and OK
enabled only while every field is valid. What the service refuses is shown at its field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from delegations.errors import DelegationsError, ValidationError
from delegations.services import trips
from ui.common.colours import error_colour
from ui.common.dialogs import Dialog
from ui.context import AppContext, Change
from ui.trip_window.trip_form import TripForm
from ui.undo import perform_create
from ui.widgets import muted_color


class TripDialog(Dialog):
    """Subclasses place their rows in `self.rows` and implement `create(values) -> id`."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created_id: int | None = None
        self.form = TripForm(self)
        self.rows = QFormLayout()
        self.rows.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {muted_color(self.palette()).name()};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._ref_typed = False
        layout = QVBoxLayout(self)
        layout.addLayout(self.rows)
        layout.addStretch(1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

    def default_button(self) -> QAbstractButton:
        return self.ok_button

    def follow_ref(self) -> None:
        """Propose the ref from title and start year until the user types one."""
        ref = self.form.fields["ref"]
        assert isinstance(ref, QLineEdit)
        ref.textEdited.connect(lambda *_: setattr(self, "_ref_typed", True))
        self.form.field("title", QLineEdit).textChanged.connect(lambda *_: self.propose_ref())
        self.form.field("start", QDateEdit).dateChanged.connect(lambda *_: self.propose_ref())
        self.form.validity_changed.connect(lambda *_: self.update_ok())

    def propose_ref(self) -> None:
        if self._ref_typed:
            return
        title = str(self.form.value("title")).strip()
        year = self.form.value("start").year
        proposal = trips.propose_ref(self.ctx.store, title, year) if title else ""
        self.form.set_value("ref", proposal)
        if proposal:
            self.form.check("ref")
        self.update_ok()

    def missing(self) -> str:
        """What still keeps OK disabled, in a sentence ('' when nothing)."""
        if not str(self.form.value("title")).strip():
            return self.tr("Enter a title to go on.")
        if not self.form.is_valid():
            return self.tr("Correct the fields marked in red to go on.")
        return ""

    def update_ok(self) -> None:
        reason = self.missing()
        self.ok_button.setEnabled(not reason)
        self.note.setText(reason)
        self.note.setVisible(bool(reason))

    def values(self) -> dict[str, Any]:
        return self.form.values()

    def make_trip(self, values: dict[str, Any]) -> int:
        raise NotImplementedError

    def accept(self) -> None:
        """Create the trip; a refusal is shown at the field it names and the dialog stays."""
        if not self.form.check_all() or self.missing():
            self.update_ok()
            return
        try:
            self.created_id = self.make_trip(self.values())
        except ValidationError as exc:
            field = exc.field if exc.field in self.form.fields else "title"
            self.form.mark(field, exc.message())
            self.form.fields[field].setFocus(Qt.FocusReason.OtherFocusReason)
            self.update_ok()
            return
        except DelegationsError as exc:
            self._refusal(str(exc))
            return
        super().accept()

    def _refusal(self, text: str) -> None:
        self.note.setText(text)
        self.note.setStyleSheet(f"color: {error_colour().name()};")
        self.note.show()


def undoable_create(ctx: AppContext, text: str, create: Callable[[], int]) -> int:
    """Create a trip so that Undo deletes it again."""
    return perform_create(ctx, text, (Change.TRIP,), create,
                          lambda ident: trips.delete_trip(ctx.store, ident))
