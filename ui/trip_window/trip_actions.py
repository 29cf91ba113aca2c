"""Whole-trip actions of a trip window: duplicate a trip, delete it after asking."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from delegations.errors import NotFoundError
from delegations.services import trips
from delegations.services.dto import TripDetail
from ui.common import messages
from ui.context import AppContext, Change
from ui.trip_window.trip_dialog import TripDialog, undoable_create

translate = QCoreApplication.translate  # lupdate finds translate("Context", "…")


class DuplicateDialog(TripDialog):
    """A new trip planned like `trip`: asks the new start, title and reference."""

    def __init__(self, ctx: AppContext, trip: TripDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.trip = trip
        self.setWindowTitle(self.tr("Duplicate “%1”").replace("%1", trip.title))
        self.form.row(self.rows, "start", self.tr("New &start:"))
        self.form.row(self.rows, "title", self.tr("&Title:"))
        self.form.row(self.rows, "ref", self.tr("&Reference:"))
        explanation = self.tr(
            "The new trip keeps the destinations, goals and delegation (registered anew) and "
            "moves programme, travel and hotels by the same number of days. Outcomes and "
            "follow-ups are not copied."
        )
        self.rows.addRow(_wrapped(explanation, self))
        self.form.set_value("start", _a_year_later(trip.start))
        self.form.set_value("title", trip.title)
        self.follow_ref()
        self.propose_ref()
        self.resize(520, self.sizeHint().height())

    def make_trip(self, values: dict[str, Any]) -> int:
        text = self.tr("Duplicate trip “%1”").replace("%1", values["title"])
        return undoable_create(
            self.ctx,
            text,
            lambda: (
                trips.duplicate_trip(
                    self.ctx.store, self.trip.id, values["start"], values["ref"], values["title"]
                ).id
            ),
        )


def duplicate(
    ctx: AppContext, trip: TripDetail, parent: QWidget, opened: Callable[[int], Any]
) -> DuplicateDialog:
    """Open the Duplicate dialog; `opened(new_id)` once the copy is made."""
    dialog = DuplicateDialog(ctx, trip, parent)
    dialog.accepted.connect(
        lambda: opened(dialog.created_id) if dialog.created_id is not None else None)
    dialog.finished.connect(dialog.deleteLater)
    parent.duplicate_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def confirm_delete(ctx: AppContext, trip_id: int, title: str, parent: QWidget) -> None:
    """Ask (naming the trip and saying it cannot be undone), then delete it."""
    text = translate(
        "TripActions",
        "Delete the trip “%1” with its delegation, programme, travel, outcomes and "
        "follow-ups?\n\nThis cannot be undone.",
    ).replace("%1", title)
    messages.ask(
        parent,
        translate("TripActions", "Delete Trip"),
        text,
        translate("TripActions", "Delete Trip"),
        lambda: delete(ctx, trip_id),
    )


def delete(ctx: AppContext, trip_id: int) -> None:
    """Delete the trip; the edit history is cleared, as its steps may refer to it."""
    with contextlib.suppress(NotFoundError):  # already gone: its windows close all the same
        trips.delete_trip(ctx.store, trip_id)
    ctx.undo.clear()
    ctx.changes.announce(Change.TRIP, ident=trip_id)


def _a_year_later(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def _wrapped(text: str, parent: QWidget) -> QWidget:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label
