"""Every dialog and window of the application, made on the demo store, for the checks
that apply to all of them (they fit small screens, open ready to type)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget

from delegations.calendar import read_ics
from delegations.exchange.csvfile import read_csv
from delegations.exchange.vcard.read import read_vcards
from delegations.services import agenda, contacts, home, trips
from delegations.storage.store import Store
from ui.after.budget_editor import BudgetLineEditor
from ui.after.follow_up_editor import FollowUpEditor
from ui.after.gift_editor import GiftEditor
from ui.after.outcome_editor import OutcomeEditor
from ui.context import AppContext
from ui.directory.city_editor import CityEditor
from ui.directory.contact_editor import ContactEditor
from ui.directory.import_dialog import ImportDialog
from ui.directory.merge_dialog import MergeDialog
from ui.goals.editor import GoalEditor
from ui.guide import GuideDialog
from ui.help_menu import AboutDialog
from ui.main_window import MainWindow
from ui.privacy.audit_view import AuditLogDialog
from ui.privacy.person_dialog import PersonDataDialog
from ui.programme.calendar_export_dialog import CalendarExportDialog
from ui.programme.calendar_import_dialog import CalendarImportDialog
from ui.programme.item_editor import ItemEditor
from ui.programme.travel_editor import LegEditor, StayEditor
from ui.seating.editor import SeatingEditor
from ui.settings.dialog import SettingsDialog
from ui.shortcuts import ShortcutsDialog
from ui.trip_window.delegation_editor import ParticipantEditor
from ui.trip_window.delegation_import import ParticipantImportDialog
from ui.trip_window.delegation_picker import ContactPicker
from ui.trip_window.trip_actions import DuplicateDialog
from ui.trip_window.window import TripWindow
from ui.trips.new_trip_dialog import NewTripDialog
from ui.trips.overview import TripOverview

Make = Callable[[AppContext, Path], QWidget]
TRIP = "sf-2026"
DINNER = "Abendessen des Stadtpräsidenten"

ICS = """BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r
UID:a@example\r\nSUMMARY:Welcome\r\nDTSTART:20260223T170000Z\r\nDTEND:20260223T180000Z\r
END:VEVENT\r\nEND:VCALENDAR\r\n"""
VCF = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ólafur Þórsson\r\nN:Þórsson;Ólafur;;;\r\nEND:VCARD\r\n"
CSV = "name;role;status\nUlla Kämpfer;member;confirmed\nPiotr Gdański;member;confirmed\n"


def _trip(store: Store) -> int:
    return trips.find_trip(store, TRIP)


def _none(values: object) -> None:
    return None


def _dinner(ctx: AppContext) -> tuple[int, str]:
    trip_id = trips.find_trip(ctx.store, "forum-2019")
    row = next(a for a in agenda.list_items(ctx.store, trip_id) if a.title.startswith(DINNER))
    return row.id, row.title


def _file(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _merge(ctx: AppContext, _: Path) -> QWidget:
    first, second = contacts.list_contacts(ctx.store)[:2]
    return MergeDialog(first, second, lambda *_: None)


DIALOGS: dict[str, Make] = {
    "new trip": lambda ctx, _: NewTripDialog(ctx),
    "duplicate trip": lambda ctx, _: DuplicateDialog(ctx, trips.get_trip(ctx.store,
                                                                          _trip(ctx.store))),
    "trip summary": lambda ctx, _: TripOverview(trips.get_trip(ctx.store, _trip(ctx.store)),
                                                home.get_home(ctx.store)),
    "city": lambda ctx, _: CityEditor(_none),
    "contact": lambda ctx, _: ContactEditor(_none, []),
    "merge contacts": _merge,
    "import contacts": lambda ctx, folder: ImportDialog(
        read_vcards(_file(folder, "c.vcf", VCF), ctx.store), lambda *_: None),
    "goal": lambda ctx, _: GoalEditor(_none),
    "programme item": lambda ctx, _: ItemEditor(ctx, _trip(ctx.store), _none, {}),
    "travel leg": lambda ctx, _: LegEditor(ctx.store, _trip(ctx.store), _none, {}, True),
    "hotel stay": lambda ctx, _: StayEditor(ctx.store, _trip(ctx.store), _none, {}, True),
    "calendar export": lambda ctx, _: CalendarExportDialog(
        trips.get_trip(ctx.store, _trip(ctx.store))),
    "calendar import": lambda ctx, folder: CalendarImportDialog(
        read_ics(_file(folder, "p.ics", ICS), ctx.store, _trip(ctx.store)), lambda *_: None),
    "participant": lambda ctx, _: ParticipantEditor(_none),
    "add from directory": lambda ctx, _: ContactPicker(ctx.store, []),
    "import participants": lambda ctx, folder: ParticipantImportDialog(
        read_csv(_file(folder, "d.csv", CSV), ctx.store, trip_id=_trip(ctx.store)),
        lambda *_: None),
    "outcome": lambda ctx, _: OutcomeEditor(ctx.store, _none),
    "gift": lambda ctx, _: GiftEditor(ctx.store, _none),
    "follow-up": lambda ctx, _: FollowUpEditor(ctx.store, _none, None, True),
    "budget line": lambda ctx, _: BudgetLineEditor(_none),
    "seating plan": lambda ctx, _: SeatingEditor(ctx, *_dinner(ctx)),
    "settings": lambda ctx, _: SettingsDialog(ctx),
    "personal data": lambda ctx, _: PersonDataDialog(ctx, today=date(2026, 11, 23)),
    "audit log": lambda ctx, _: AuditLogDialog(ctx),
    "about": lambda ctx, _: AboutDialog("kiel.sqlite"),
    "user guide": lambda ctx, _: GuideDialog(TripWindow(ctx, _trip(ctx.store))),
    "keyboard shortcuts": lambda ctx, _: ShortcutsDialog(MainWindow(ctx)),
    "add counterparts": lambda ctx, _: ContactPicker(ctx.store, [], several=True),
    "trip window": lambda ctx, _: TripWindow(ctx, _trip(ctx.store)),
    "main window": lambda ctx, _: MainWindow(ctx),
}
# dialogs where one types: they open with the focus in their first field
FORMS = ("new trip", "duplicate trip", "city", "contact", "goal", "programme item",
         "travel leg", "hotel stay", "participant", "outcome", "gift", "follow-up",
         "budget line")
