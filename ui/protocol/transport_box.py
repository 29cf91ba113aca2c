"""Cars of a visit in the Protocol tab: the cars with driver and seats, and who rides in
which car for each transfer; every change undoable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from delegations.enums import AgendaKind
from delegations.errors import DelegationsError
from delegations.services import agenda, participants, transport
from ui.common.editor import Commit, EditorDialog
from ui.common.messages import tell
from ui.context import AppContext, Change
from ui.undo import perform, perform_create
from ui.widgets import fitting_combo

KINDS = (Change.VEHICLE,)


class VehicleEditor(EditorDialog):
    """A new car: name, driver, the driver's phone and the seats for guests."""

    def __init__(self, commit: Commit, parent: QWidget | None = None) -> None:
        super().__init__(transport.VEHICLE, commit, parent)
        self.setWindowTitle(self.tr("New Car"))
        form, line = self.form, self.line
        form.add("name", self.tr("&Car:"), line(self.tr("e.g. official car 1, minibus")))
        form.add("driver", self.tr("&Driver:"), line())
        form.add("driver_phone", self.tr("&Phone:"), line("+49 431 901-0"))
        form.add("seats", self.tr("&Seats:"), line("4", letters=6))
        self.load({"name": "", "driver": "", "driver_phone": "", "seats": "4"}, True)


class TransportBox(QGroupBox):
    """The cars table, and the riders of the transfer and car chosen."""

    def __init__(self, ctx: AppContext, trip_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Cars for the transfers"))
        self.ctx, self.trip_id = ctx, trip_id
        self.cars = QTableWidget(0, 4, self)
        self.cars.setHorizontalHeaderLabels([self.tr("Car"), self.tr("Driver"),
                                             self.tr("Phone"), self.tr("Seats")])
        self.cars.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cars.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.item, self.car = fitting_combo(self, 30), fitting_combo(self, 12)
        self.riders = QListWidget(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.editor: VehicleEditor | None = None
        self.save_button = QPushButton(self.tr("Save Car List…"), self)
        self._lay_out()
        self.item.currentIndexChanged.connect(self.show_riders)
        self.car.currentIndexChanged.connect(self.show_riders)

    def _lay_out(self) -> None:
        add, remove = QPushButton(self.tr("Add Car…"), self), QPushButton(
            self.tr("Remove Car"), self)
        seat = QPushButton(self.tr("Seat the Checked People"), self)
        add.clicked.connect(self.add_car)
        remove.clicked.connect(self.remove_current)
        seat.clicked.connect(self.seat_checked)
        buttons = QHBoxLayout()
        for button in (add, remove, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Transfer:"), self))
        choose.addWidget(self.item, 2)
        choose.addWidget(QLabel(self.tr("Car:"), self))
        choose.addWidget(self.car, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.cars)
        layout.addLayout(buttons)
        layout.addLayout(choose)
        layout.addWidget(self.riders)
        layout.addWidget(seat)
        layout.addWidget(self.summary)

    # ------------------------------------------------------------------ showing

    def refresh(self) -> None:
        try:
            vehicles = transport.list_vehicles(self.ctx.store, self.trip_id)
            items = agenda.list_items(self.ctx.store, self.trip_id)
        except DelegationsError:
            return
        self.cars.setRowCount(len(vehicles))
        for row, v in enumerate(vehicles):
            for column, text in enumerate((v.name, v.driver, v.driver_phone, str(v.seats))):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, v.id)
                self.cars.setItem(row, column, cell)
        self._fill(self.car, [(v.name, v.id) for v in vehicles])
        transfers = sorted(items, key=lambda i: (i.kind != AgendaKind.TRANSFER, i.start))
        self._fill(self.item, [(f"{i.start:%d.%m. %H:%M} {i.title}", i.id) for i in transfers])
        self.show_riders()

    @staticmethod
    def _fill(combo: QComboBox, entries: list[tuple[str, Any]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in entries:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def show_riders(self) -> None:
        """Everyone of the trip, checked when they ride in the car chosen."""
        self.riders.clear()
        item_id, car_id = self.item.currentData(), self.car.currentData()
        if item_id is None:
            self.summary.setText("")
            return
        rides = transport.item_rides(self.ctx.store, item_id)
        for person in participants.list_participants(self.ctx.store, self.trip_id):
            entry = QListWidgetItem(person.name, self.riders)
            entry.setData(Qt.ItemDataRole.UserRole, person.id)
            checked = person.id in rides.get(car_id, [])
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        names = {v.id: v.name for v in transport.list_vehicles(self.ctx.store, self.trip_id)}
        self.summary.setText("; ".join(f"{names.get(v, '?')}: {len(p)}"
                                       for v, p in rides.items()))

    def checked_ids(self) -> list[int]:
        return [int(self.riders.item(r).data(Qt.ItemDataRole.UserRole))
                for r in range(self.riders.count())
                if self.riders.item(r).checkState() == Qt.CheckState.Checked]

    # ------------------------------------------------------------------ changing

    def add_car(self) -> VehicleEditor:
        store, trip = self.ctx.store, self.trip_id

        def commit(values: dict[str, Any]) -> int:
            text = self.tr("New car “%1”").replace("%1", str(values.get("name") or ""))
            return perform_create(self.ctx, text, KINDS,
                                  lambda: transport.add_vehicle(store, trip, values).id,
                                  lambda ident: transport.delete_vehicle(store, ident))

        self.editor = VehicleEditor(commit, self)
        self.editor.open()
        return self.editor

    def remove_current(self) -> None:
        row = self.cars.currentRow()
        cell = self.cars.item(row, 0) if row >= 0 else None
        if cell is None:
            return
        ident = int(cell.data(Qt.ItemDataRole.UserRole))
        store, trip = self.ctx.store, self.trip_id
        car = next(v for v in transport.list_vehicles(store, trip) if v.id == ident)
        rides = transport.vehicle_rides(store, ident)
        data = {k: getattr(car, k) for k in ("ref", "name", "driver", "driver_phone", "seats",
                                             "notes")}
        current = {"id": ident}

        def again() -> None:
            current["id"] = transport.restore_vehicle(store, trip, data, rides).id

        perform(self.ctx, self.tr("Remove car “%1”").replace("%1", car.name), KINDS,
                lambda: transport.delete_vehicle(store, current["id"]), again,
                lambda: transport.delete_vehicle(store, current["id"]))

    def seat_checked(self) -> bool:
        """The checked people ride in the chosen car for the chosen transfer (undoable)."""
        item_id, car_id = self.item.currentData(), self.car.currentData()
        if item_id is None or car_id is None:
            return False
        store, before = self.ctx.store, transport.item_rides(self.ctx.store, item_id)
        ids = self.checked_ids()
        try:
            perform(self.ctx, self.tr("Seat people in “%1”").replace("%1", self.car.currentText()),
                    KINDS, lambda: transport.set_riders(store, item_id, car_id, ids),
                    lambda: transport.restore_rides(store, item_id, before))
        except DelegationsError as exc:
            tell(self, self.tr("Not seated"), str(exc))
            return False
        return True
