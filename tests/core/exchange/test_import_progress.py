"""Long imports report their progress and stop when asked, writing nothing then: the
vCard/CSV previews and their writing, the exchange import and the calendar import."""

from __future__ import annotations

from pathlib import Path

import pytest

from delegations.calendar import read_ics
from delegations.exchange import dumps, export_store, import_exchange, read_exchange
from delegations.exchange.csvfile import read_csv
from delegations.exchange.vcard import read_vcards
from delegations.progress import Cancelled, Progress
from delegations.services import agenda, contacts
from tests.core.calendar.test_ics_import import make_trip

RICH = Path(__file__).resolve().parents[2] / "data" / "exchange_rich.json"


class Watch:
    """Progress that records what it hears and asks to stop after `stop_at` reports."""

    def __init__(self, stop_at: int | None = None) -> None:
        self.heard: list[tuple[int, int]] = []
        self.stop_at = stop_at

    def progress(self) -> Progress:
        return Progress(lambda done, total: self.heard.append((done, total)),
                        lambda: self.stop_at is not None and len(self.heard) >= self.stop_at)


def _cards(path: Path, count: int) -> Path:
    path.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kämpfer {k}\r\n"
                            f"EMAIL:k{k}@example.org\r\nEND:VCARD\r\n" for k in range(count)),
                    encoding="utf-8")
    return path


def test_writing_contacts_reports_each_row_and_a_stop_writes_nothing(store, tmp_path):
    preview = read_vcards(_cards(tmp_path / "many.vcf", 40), store)
    contacts.create_contact(store, {"name": "Jürgen Müller"})
    watch = Watch(stop_at=25)
    with pytest.raises(Cancelled):
        preview.apply(store, progress=watch.progress())
    assert watch.heard[-1] == (24, 40)
    assert [c.name for c in contacts.list_contacts(store)] == ["Jürgen Müller"]
    done = Watch()
    preview.apply(store, progress=done.progress())
    assert done.heard[0] == (0, 40) and done.heard[-1] == (40, 40)
    assert contacts.count_contacts(store) == 41


def test_reading_reports_each_record_and_can_be_stopped(store, tmp_path):
    watch = Watch()
    preview = read_vcards(_cards(tmp_path / "many.vcf", 30), store, progress=watch.progress())
    assert len(preview.rows) == 30 and watch.heard[-1] == (30, 30)
    table = tmp_path / "many.csv"
    table.write_text("Name;E-Mail\n" + "".join(f"Gdańsk {k};g{k}@example.org\n"
                                               for k in range(30)), encoding="utf-8")
    with pytest.raises(Cancelled):
        read_csv(table, store, progress=Watch(stop_at=10).progress())
    assert contacts.count_contacts(store) == 0


def test_a_stopped_exchange_import_changes_nothing(store):
    before = dumps(export_store(store))
    watch = Watch(stop_at=3)
    with pytest.raises(Cancelled):
        import_exchange(store, read_exchange(RICH), progress=watch.progress())
    assert dumps(export_store(store)) == before
    done = Watch()
    import_exchange(store, read_exchange(RICH), progress=done.progress())
    total = done.heard[-1][1]
    assert total > 3 and done.heard[-1] == (total, total)


def test_a_stopped_calendar_import_changes_nothing(store, tmp_path):
    trip_id = make_trip(store, "hz", "2026-03-05", "2026-03-10", "Asia/Shanghai")
    events = "".join(f"BEGIN:VEVENT\r\nUID:e{k}@host\r\nDTSTART:202603{6 + k % 4:02d}T0{k % 9}00"
                     f"00Z\r\nDURATION:PT30M\r\nSUMMARY:杭州 {k}\r\nEND:VEVENT\r\n"
                     for k in range(20))
    path = tmp_path / "host.ics"
    path.write_text(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n{events}"
                    "END:VCALENDAR\r\n", encoding="utf-8")
    watch = Watch()
    preview = read_ics(path, store, trip_id, progress=watch.progress())
    assert len(preview.rows) == 20 and watch.heard[-1] == (20, 20)
    with pytest.raises(Cancelled):
        preview.apply(store, progress=Watch(stop_at=12).progress())
    assert agenda.list_items(store, trip_id) == []
    preview.apply(store)
    assert len(agenda.list_items(store, trip_id)) == 20
