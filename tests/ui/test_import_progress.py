"""Large imports in the window: read and written off the GUI thread behind a progress
dialog; Cancel leaves the store exactly as it was; a finished import lands (and undoes)."""

from __future__ import annotations

import json
import shutil

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

from delegations.exchange import dumps, export_store
from delegations.services import contacts
from delegations.storage.store import open_store
from tests.ui.directory_support import make_page
from tests.ui.test_delegation import SF, make_tab, names
from ui.common import background
from ui.context import AppContext
from ui.directory.exchange_actions import VCARD
from ui.exchange_import import open_import

COUNT = 1500  # written in a few seconds: long enough to be stopped half-way
NOTE = "Barrierearmes Zimmer, Anreise über Gdańsk; Dolmetscherin für İskenderun. " * 12


@pytest.fixture
def store(migrated_file, tmp_path):
    """An empty store of this test's own."""
    path = tmp_path / "office.sqlite"
    shutil.copyfile(migrated_file, path)
    opened = open_store(path)
    yield opened
    opened.close()


def _cards(path, count):
    """A vCard file over the size read in the background (each card ~1 KB)."""
    path.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kämpfer {k}\r\n"
                            f"EMAIL:k{k}@example.org\r\nNOTE:{NOTE}\r\nEND:VCARD\r\n"
                            for k in range(count)), encoding="utf-8")
    assert path.stat().st_size >= background.BACKGROUND_BYTES
    return path


def _watch(run):
    """The progress a run reports, and whether its dialog was on screen meanwhile."""
    seen: list[tuple[int, int, bool]] = []
    run.task.progressed.connect(lambda done, total: seen.append(
        (done, total, run.dialog.isVisible())))
    return seen


def test_a_large_vcard_file_shows_progress_cancel_writes_nothing_then_it_lands(
        app, qtbot, store, tmp_path):
    page = make_page(qtbot, store)
    contacts.create_contact(store, {"name": "Jürgen Müller"})
    assert page.exchange.import_file(_cards(tmp_path / "many.vcf", COUNT), VCARD) is None
    qtbot.waitUntil(lambda: page.exchange.dialog is not None, timeout=60_000)
    dialog = page.exchange.dialog
    assert dialog.model.rowCount() == COUNT
    assert dialog.import_button.text() == f"&Import {COUNT}"
    before = dumps(export_store(store))

    dialog.import_button.click()
    run = dialog.running
    assert run is not None and not dialog.import_button.isEnabled()  # in the background
    seen = _watch(run)
    qtbot.waitUntil(lambda: any(done > 0 for done, _, _ in seen), timeout=60_000)
    run.dialog.findChild(QPushButton).click()  # the progress dialog's Cancel
    qtbot.waitUntil(lambda: dialog.running is None, timeout=60_000)
    assert dialog.result_value is None and seen[-1][0] < COUNT
    assert "stopped; nothing was saved" in dialog.banner.text()
    assert dumps(export_store(store)) == before  # all or nothing: nothing
    assert dialog.isVisible() and dialog.import_button.isEnabled()

    dialog.import_button.click()
    seen = _watch(dialog.running)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=120_000)
    assert all(total == COUNT for _, total, _ in seen)
    assert any(0 < done < COUNT and shown for done, _, shown in seen)  # the dialog showed
    assert contacts.count_contacts(store) == COUNT + 1
    assert page.ctx.undo.count() == 1
    page.ctx.undo.undo()
    assert [c.name for c in contacts.list_contacts(store)] == ["Jürgen Müller"]


def test_a_small_file_is_still_read_at_once(app, qtbot, store, tmp_path):
    page = make_page(qtbot, store)
    path = tmp_path / "one.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tõnis\r\nEND:VCARD\r\n", encoding="utf-8")
    dialog = page.exchange.import_file(path, VCARD)
    assert dialog is not None and dialog.running is None
    dialog.import_button.click()
    assert dialog.result_value is not None and contacts.count_contacts(store) == 1


def test_an_unreadable_large_file_is_refused_from_the_background(app, qtbot, store,
                                                                 tmp_path):
    page = make_page(qtbot, store)
    path = tmp_path / "broken.vcf"
    path.write_bytes(b"no card here " * 30_000)
    assert page.exchange.import_file(path, VCARD) is None
    qtbot.waitUntil(lambda: getattr(page, "message_box", None) is not None, timeout=60_000)
    assert "BEGIN:VCARD" in page.message_box.text()
    assert page.exchange.dialog is None and contacts.count_contacts(store) == 0


def test_a_large_participant_list_can_be_stopped(app, qtbot, demo_store, tmp_path):
    tab = make_tab(qtbot, demo_store, SF)
    before = names(demo_store, tab.trip_id)
    rows = "".join(f"Zeynep Aktaş {k};z{k}@example.org;Mitglied;{NOTE}\n" for k in range(COUNT))
    path = tmp_path / "anmeldungen.csv"
    path.write_text("Name;E-Mail;Rolle;Notizen\n" + rows, encoding="utf-8")
    assert tab.import_file(path) is None
    qtbot.waitUntil(lambda: tab.dialog is not None, timeout=60_000)
    dialog = tab.dialog
    dialog.import_button.click()
    run = dialog.running
    assert run is not None
    seen = _watch(run)
    qtbot.waitUntil(lambda: any(done > 0 for done, _, _ in seen), timeout=60_000)
    run.cancel()
    qtbot.waitUntil(lambda: dialog.running is None, timeout=60_000)
    assert names(demo_store, tab.trip_id) == before


def test_a_large_exchange_file_is_imported_in_the_background(app, qtbot, store, tmp_path):
    ctx, parent = AppContext.create(store), QWidget()
    qtbot.addWidget(parent)
    people = [{"ref": f"c{k}", "name": f"Kämpfer {k}", "notes": NOTE} for k in range(COUNT)]
    path = tmp_path / "partner.json"
    path.write_text(json.dumps({"format": "delegations-exchange", "version": 1,
                                "contacts": people}), encoding="utf-8")
    assert open_import(ctx, path, parent) is None
    qtbot.waitUntil(lambda: parent.exchange_dialog is not None, timeout=60_000)
    dialog = parent.exchange_dialog
    qtbot.addWidget(dialog)
    dialog.import_button.click()
    run = dialog.running
    assert run is not None
    seen = _watch(run)
    qtbot.waitUntil(lambda: any(done > 0 for done, _, _ in seen), timeout=60_000)
    run.cancel()
    qtbot.waitUntil(lambda: dialog.running is None, timeout=60_000)
    assert contacts.count_contacts(store) == 0
    assert "nothing was saved" in dialog.note.text() and dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result_summary is not None, timeout=120_000)
    assert contacts.count_contacts(store) == COUNT


def test_a_large_host_calendar_is_read_and_imported_in_the_background(app, qtbot, store,
                                                                      tmp_path):
    from delegations.services import agenda, cities, trips
    from tests.ui.programme_support import make_tab as programme_tab

    city = cities.create_city(store, {"name": "杭州", "timezone": "Asia/Shanghai"})
    trip = trips.create_trip(store, {"ref": "hz-2027", "title": "Besuch in Hangzhou",
                                     "kind": "outgoing", "status": "planned",
                                     "start": "2027-04-01", "end": "2027-04-20",
                                     "destinations": [city.id]})
    events = "".join(f"BEGIN:VEVENT\r\nUID:e{k}@host.example\r\nSUMMARY:Termin {k}\r\n"
                     f"DTSTART:202704{1 + k % 19:02d}T{k % 12:02d}{k % 60:02d}00Z\r\n"
                     f"DURATION:PT20M\r\nDESCRIPTION:{NOTE[:600]}\r\nEND:VEVENT\r\n"
                     for k in range(600))
    path = tmp_path / "host.ics"
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Host//CN\r\n" + events
                    + "END:VCALENDAR\r\n", encoding="utf-8")
    assert path.stat().st_size >= background.BACKGROUND_BYTES
    tab = programme_tab(qtbot, store, "hz-2027")
    assert tab.calendar.import_file(path) is None  # read in the background
    qtbot.waitUntil(lambda: tab.calendar.dialog is not None, timeout=60_000)
    dialog = tab.calendar.dialog
    dialog.import_button.click()
    run = dialog.running
    assert run is not None
    seen = _watch(run)
    qtbot.waitUntil(lambda: any(done > 0 for done, _, _ in seen), timeout=60_000)
    run.dialog.findChild(QPushButton).click()
    qtbot.waitUntil(lambda: dialog.running is None, timeout=60_000)
    assert agenda.list_items(store, trip.id) == []
    assert "nothing was saved" in dialog.banner.text()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=120_000)
    assert len(agenda.list_items(store, trip.id)) == dialog.result_value.created > 500
