"""The Overview tab: every field of the trip, each committed (undoably) when its editing
is finished, and checked as it is typed; status steps, Duplicate and Delete."""

from __future__ import annotations

import contextlib
import itertools
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from delegations.enums import TripKind, TripStatus
from delegations.errors import (
    ConflictError,
    DelegationsError,
    NotFoundError,
    ValidationError,
)
from delegations.services import cities, goals, trips
from delegations.services.dto import TripDetail
from ui.common import conflict
from ui.common.new_record import offer_new_city
from ui.context import AppContext, Change
from ui.labels import label
from ui.translations import QT_TRANSLATE_NOOP
from ui.trip_window import trip_actions
from ui.trip_window.pickers import DestinationPicker, GoalPicker
from ui.trip_window.trip_form import TripForm, cleaned, stored_values
from ui.undo import perform_update
from ui.widgets import page_title

#: The name of each change in the Edit menu ("Undo Change trip title").
CHANGE_NAMES = {
    "title": QT_TRANSLATE_NOOP("OverviewTab", "Change trip title"),
    "ref": QT_TRANSLATE_NOOP("OverviewTab", "Change trip reference"),
    "kind": QT_TRANSLATE_NOOP("OverviewTab", "Change kind of trip"),
    "status": QT_TRANSLATE_NOOP("OverviewTab", "Change trip status"),
    "start": QT_TRANSLATE_NOOP("OverviewTab", "Change start date"),
    "end": QT_TRANSLATE_NOOP("OverviewTab", "Change end date"),
    "destinations": QT_TRANSLATE_NOOP("OverviewTab", "Change destinations"),
    "purpose": QT_TRANSLATE_NOOP("OverviewTab", "Change purpose"),
    "objectives": QT_TRANSLATE_NOOP("OverviewTab", "Change objectives"),
    "language": QT_TRANSLATE_NOOP("OverviewTab", "Change document language"),
    "capacity": QT_TRANSLATE_NOOP("OverviewTab", "Change capacity"),
    "budget": QT_TRANSLATE_NOOP("OverviewTab", "Change budget"),
    "funding_source": QT_TRANSLATE_NOOP("OverviewTab", "Change funding source"),
    "goals": QT_TRANSLATE_NOOP("OverviewTab", "Change goals"),
    "notes": QT_TRANSLATE_NOOP("OverviewTab", "Change notes"),
}
STEPS = (TripStatus.IDEA, TripStatus.PLANNED, TripStatus.CONFIRMED, TripStatus.UNDER_WAY,
         TripStatus.COMPLETED)
_RELOAD_KINDS = {Change.TRIP, Change.CITY, Change.GOAL}
FIELD_ORDER = ("title", "ref", "kind", "status", "start", "end", "language", "capacity",
               "budget", "funding_source", "destinations", "goals", "purpose", "objectives",
               "notes")


class OverviewTab(QWidget):
    """Edits one trip; `trip_requested(id)` asks to open another (a duplicate)."""

    trip_requested = Signal(int)

    def __init__(self, ctx: AppContext, trip_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.trip_id = ctx, trip_id
        self.setAccessibleName(self.tr("Overview"))
        self.form = TripForm(self)
        self.heading = page_title("", self)
        self.status_line = QLabel(self)
        self.next_button = QPushButton(self)
        self.cancel_button = QPushButton(self.tr("C&ancel Trip"), self)
        self._make_actions()
        self._lay_out()
        self._order_tabs()
        self.form.edited.connect(self.commit)
        self.next_button.clicked.connect(self.next_step)
        self.cancel_button.clicked.connect(lambda: self.set_status(TripStatus.CANCELLED))
        self.trip: TripDetail | None = None
        self._stored: dict[str, Any] = {}
        self.reload()
        ctx.changes.changed.connect(self._changed)

    def _make_actions(self) -> None:
        self.duplicate_action = QAction(self.tr("D&uplicate Trip…"), self)
        self.duplicate_action.triggered.connect(self.duplicate)
        self.delete_action = QAction(self.tr("&Delete Trip…"), self)
        self.delete_action.triggered.connect(self.delete)
        self.duplicate_button = _button(self.duplicate_action, self)
        self.delete_button = _button(self.delete_action, self)

    def _lay_out(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.duplicate_button)
        header.addWidget(self.delete_button)
        status = QHBoxLayout()
        status.addWidget(self.status_line)
        status.addSpacing(12)
        status.addWidget(self.next_button)
        status.addWidget(self.cancel_button)
        status.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(self._fields())
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 8)
        layout.addLayout(header)
        layout.addLayout(status)
        layout.addWidget(scroll, 1)

    def _order_tabs(self) -> None:
        """Tab runs through the fields as they are read, then the trip's buttons."""
        chain: list[QWidget] = []
        for name in FIELD_ORDER:
            widget = self.form.fields[name]
            chain += widget.focus_chain() if isinstance(widget, DestinationPicker) else [widget]
        chain += [self.next_button, self.cancel_button, self.duplicate_button,
                  self.delete_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _fields(self) -> QWidget:
        """Basics on the left, places and goals on the right, the texts below."""
        box = QWidget(self)
        left, right, below = _form(), _form(), _form()
        f = self.form
        f.row(left, "title", self.tr("&Title:"))
        f.row(left, "ref", self.tr("&Reference:"))
        f.row(left, "kind", self.tr("&Kind:"))
        f.row(left, "status", self.tr("&Status:"))
        f.row(left, "start", self.tr("&From:"))
        f.row(left, "end", self.tr("&Until:"))
        f.row(left, "language", self.tr("Document &language:"))
        f.row(left, "capacity", self.tr("&Places:"), self.tr("For citizens' trips; "
                                                           "empty means no limit."))
        f.row(left, "budget", self.tr("&Budget:"))
        f.row(left, "funding_source", self.tr("Funding sour&ce:"))
        f.row(right, "destinations", self.tr("&Destinations:"))
        offer_new_city(self.ctx, f.field("destinations", DestinationPicker), self)
        f.row(right, "goals", self.tr("&Goals:"))
        f.row(below, "purpose", self.tr("Purpos&e:"))
        f.row(below, "objectives", self.tr("&Objectives:"))
        f.row(below, "notes", self.tr("&Notes:"))
        columns = QHBoxLayout()
        columns.addLayout(_top(left), 1)
        columns.addSpacing(24)
        columns.addLayout(_top(right), 1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 8, 0)
        layout.addLayout(columns)
        layout.addLayout(below)
        layout.addStretch(1)
        return box

    # ------------------------------------------------------------------ showing

    def reload(self, *, keep_edits: bool = True) -> None:
        """Show the stored trip; fields with an unresolved problem keep what was typed, and
        (`keep_edits`) so do fields holding an edit not yet saved."""
        try:
            trip = trips.get_trip(self.ctx.store, self.trip_id)
        except NotFoundError:
            return  # the window closes itself
        self.form.field("destinations", DestinationPicker).set_cities(
            cities.list_cities(self.ctx.store))
        self.form.field("goals", GoalPicker).set_goals(goals.list_goals(self.ctx.store))
        before = self._stored
        self.trip, self._stored = trip, stored_values(trip)
        for name, value in self._stored.items():
            if not self.form.message(name) and not (keep_edits and self._typing(name, before)):
                self.form.set_value(name, value)
        names = [c.name for c in trip.destinations]
        self.form.field("destinations", DestinationPicker).set_ids(
            self._stored["destinations"], names)
        self._show_state(trip)

    def _typing(self, name: str, before: dict) -> bool:
        """The field holds an edit not yet saved (another planner's change, shown live,
        must not take the user's text away; they are asked when they save)."""
        if name not in before or name not in self.form.fields:
            return False
        shown = cleaned(name, self.form.value(name))
        return shown not in (cleaned(name, before[name]), cleaned(name, self._stored[name]))

    def _show_state(self, trip: TripDetail) -> None:
        self.heading.setText(trip.title)
        self.status_line.setText(self.tr("Status: %1").replace("%1", label(trip.status)))
        following = _next_step(trip.status)
        self.next_button.setVisible(following is not None)
        if following is not None:
            self.next_button.setText(self.tr("Mark as %1").replace("%1", label(following)))
        self.cancel_button.setVisible(trip.status not in (TripStatus.CANCELLED,
                                                          TripStatus.COMPLETED))
        citizens = trip.kind == TripKind.CITIZENS
        self.form.fields["capacity"].setEnabled(citizens or trip.capacity is not None)

    def _changed(self, kind: Change, ident: object) -> None:
        if kind in _RELOAD_KINDS and (kind != Change.TRIP or ident in (None, self.trip_id)):
            self.reload()

    # ------------------------------------------------------------------ committing

    def commit(self, name: str) -> None:
        """Store a finished edit undoably; a problem stays marked at the field instead."""
        if not self.form.check(name):
            return
        new, old = self.form.value(name), self._stored.get(name)
        if cleaned(name, new) == cleaned(name, old):
            return
        text = QCoreApplication.translate("OverviewTab", CHANGE_NAMES[name])
        self._update(text, name, {name: old}, {name: new})

    def _update(self, text: str, name: str, old: dict, new: dict, *,
                over_theirs: bool = False) -> None:
        """Save; the first save checks that nobody changed the trip since it was shown
        (undo and redo, and "keep mine", write over whatever is stored)."""
        version = [None if over_theirs or self.trip is None else self.trip.version]

        def update(values: dict) -> TripDetail:
            expected, version[0] = version[0], None
            return trips.update_trip(self.ctx.store, self.trip_id, values, version=expected)

        try:
            perform_update(self.ctx, text, (Change.TRIP,), update, old, new)
        except ConflictError as exc:
            self._conflict(exc, text, name, old, new)
        except ValidationError as exc:
            self.form.mark(exc.field if exc.field in self.form.fields else name, exc.message())
        except DelegationsError as exc:
            self.form.mark(name, str(exc))

    def _conflict(self, exc: ConflictError, text: str, name: str, old: dict,
                  new: dict) -> None:
        """Someone else saved the trip since it was shown: their version, mine, or mixed?"""
        if exc.actor and exc.at is not None:
            question = self.tr("This trip was changed by %1 at %2 since you opened it."
                               ).replace("%1", exc.actor).replace(
                                   "%2", exc.at.astimezone().strftime("%H:%M"))
        else:
            question = self.tr("This trip was changed elsewhere since you opened it.")
        conflict.resolve(
            self, exc, text=question, show_theirs=lambda: self.reload(keep_edits=False),
            keep_mine=lambda: self._update(text, name, old, new, over_theirs=True),
            merge=lambda: self.merge_fields(text, name, new))

    def merge_fields(self, text: str, name: str, new: dict) -> conflict.MergeFields | None:
        """Each field where my trip and theirs differ: mine or theirs (those only they
        changed start on theirs); Save stores the mix over their version."""
        try:
            stored = trips.get_trip(self.ctx.store, self.trip_id)
        except NotFoundError:
            return None
        theirs, opened = stored_values(stored), dict(self._stored)
        mine = {**opened, **self._edits(), **new}
        captions = {n: w.accessibleName() or n for n, w in self.form.fields.items()
                    if n in theirs}
        names = [n for n in captions if not _same(n, mine[n], theirs[n])]
        untouched = frozenset(n for n in names if _same(n, mine[n], opened.get(n)))
        known = {c.id: c.name for t in (stored, self.trip) if t for c in t.destinations}
        known.update({g.id: g.name for t in (stored, self.trip) if t for g in t.goals})
        dialog = conflict.MergeFields([(n, captions[n]) for n in names], mine, theirs,
                                      lambda n, v: self._describe(n, v, known), self,
                                      theirs_first=untouched)
        dialog.accepted.connect(lambda: self._save_merged(text, stored, dialog.merged()))
        self.merge_dialog = dialog
        dialog.open()
        return dialog

    def _edits(self) -> dict:
        """Fields holding a readable edit not yet saved."""
        out = {}
        for field in self.form.fields:
            with contextlib.suppress(ValidationError, TypeError):
                out[field] = self.form.value(field)
        return out

    def _save_merged(self, text: str, stored: TripDetail, merged: dict) -> None:
        theirs = stored_values(stored)
        keep = {n: v for n, v in merged.items() if n in theirs and not _same(n, v, theirs[n])}
        self.trip, self._stored = stored, theirs
        if keep:
            first = next(iter(keep))
            self._update(text, first, {n: theirs[n] for n in keep}, keep)
        self.reload(keep_edits=False)

    def _describe(self, name: str, value: Any, known: dict[int, str]) -> str:
        """A value as the form shows it (a choice's text, names for lists of ids)."""
        widget = self.form.fields.get(name)
        if isinstance(value, list):
            return ", ".join(known.get(v, str(v)) for v in value)
        if isinstance(widget, QComboBox) and (index := widget.findData(value)) >= 0:
            return widget.itemText(index)
        return "" if value is None else str(value)

    def set_status(self, status: TripStatus) -> None:
        if self.trip is None or self.trip.status == status:
            return
        text = QCoreApplication.translate("OverviewTab", CHANGE_NAMES["status"])
        self._update(text, "status", {"status": self.trip.status.value},
                     {"status": status.value})

    def next_step(self) -> None:
        following = _next_step(self.trip.status) if self.trip else None
        if following is not None:
            self.set_status(following)

    # ------------------------------------------------------------------ whole trip

    def duplicate(self) -> None:
        if self.trip is not None:
            trip_actions.duplicate(self.ctx, self.trip, self, self.trip_requested.emit)

    def delete(self) -> None:
        if self.trip is not None:
            trip_actions.confirm_delete(self.ctx, self.trip.id, self.trip.title, self)


def _same(name: str, one: Any, other: Any) -> bool:
    """Two values of a field are the same trip (lists of ids in any order)."""
    if isinstance(one, list) and isinstance(other, list):
        return sorted(one) == sorted(other)
    try:
        return bool(cleaned(name, one) == cleaned(name, other))
    except ValidationError:  # a field holding what cannot be read: as typed
        return bool(one == other)


def _next_step(status: TripStatus) -> TripStatus | None:
    """The next status along idea → … → completed (none after completed or cancelled)."""
    if status not in STEPS or status == STEPS[-1]:
        return None
    return STEPS[STEPS.index(status) + 1]


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return form


def _top(form: QFormLayout) -> QVBoxLayout:
    """The form at the top of its column (the other column may be taller)."""
    column = QVBoxLayout()
    column.addLayout(form)
    column.addStretch(1)
    return column


def _button(action: QAction, parent: QWidget) -> QPushButton:
    """A push button that triggers `action` and follows its text."""
    text = action.text().replace("&", "")  # the menu has the mnemonic
    button = QPushButton(text, parent)
    button.setAccessibleName(text.rstrip("…"))
    button.clicked.connect(action.trigger)
    return button
