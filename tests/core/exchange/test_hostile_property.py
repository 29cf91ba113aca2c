"""Generated and mutated files: each importer raises only its own clear errors
(DelegationsError and its kinds: ValidationError, UnreadableFile, CalendarFileError,
RowFailed), never another exception, and an import that fails writes nothing.

The seeds are real files: the icalendar and vCard corpus, our test exchange file, CSV as
German and international spreadsheets write it. Hypothesis flips, deletes and inserts
bytes, drops, repeats and swaps lines, cuts files off, and changes their encoding.
"""

from __future__ import annotations

import codecs
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from delegations.calendar import CalendarFileError, read_ics
from delegations.errors import DelegationsError
from delegations.exchange import import_exchange, read_exchange
from delegations.exchange.csvfile import read_csv
from delegations.exchange.reader import UnreadableFile
from delegations.exchange.vcard import read_vcards
from delegations.progress import Progress
from delegations.services import cities, trips
from delegations.storage.store import Store, open_store
from tests.corpus_path import CORPUS as SHARED_CORPUS

CORPUS = SHARED_CORPUS
DATA = Path(__file__).parents[2] / "data"
CSV_SEEDS = [
    "Rang;Vorname;Nachname;Funktion;Organisation;Rolle;Status;E-Mail;Telefon;Ernährung\r\n"
    "1;Ulf;Kämpfer;Oberbürgermeister;Landeshauptstadt Kiel;Delegationsleitung;bestätigt;"
    "ob@kiel.example;'+49 431 901-0;vegetarisch\r\n"
    "2;Bettina;Aust;Stadtpräsidentin;Landeshauptstadt Kiel;Mitglied;Angemeldet;;;\r\n",
    "sep=,\nName,Function,Institution,Email,Phone,Role,Precedence,City,Ref\n"
    '"Tõnismägi, Mari",Deputy Mayor,Tallinn City Government,mari@tallinn.example,'
    '+372 640 4141,member,3,Tallinn,mari\n"Şahin ""Ali""",Vali,İskenderun,,,,,,\n',
    "Name\tE-Mail\tBemerkungen\r\nЛюдмила Калининград\tl@k.example\t\"zwei\r\nZeilen\"\r\n",
]
SETTINGS = settings(max_examples=30, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow,
                                           HealthCheck.data_too_large])


def _seeds(folder: str, pattern: str) -> list[bytes]:
    return [p.read_bytes() for p in sorted((CORPUS / folder).glob(pattern))]


def _encoded(text: str) -> list[bytes]:
    return [text.encode("utf-8"), codecs.BOM_UTF8 + text.encode("utf-8"),
            codecs.BOM_UTF16_LE + text.encode("utf-16-le")]


SEEDS = {
    "csv": [raw for text in CSV_SEEDS for raw in _encoded(text)],
    "vcf": _seeds("vcf", "*.vcf"),
    "ics": [*_seeds("ics", "*.ics"), *_encoded(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kiel//DE\r\nX-WR-TIMEZONE:Europe/Berlin\r\n"
        "BEGIN:VEVENT\r\nUID:e1\r\nSUMMARY:Empfang im Rathaus\r\nLOCATION:Rathaus\\, Kiel\r\n"
        "DTSTART;TZID=Europe/Berlin:20260505T100000\r\nDURATION:PT1H\r\n"
        "RRULE:FREQ=DAILY;COUNT=3\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:e2\r\n"
        "SUMMARY:Hafenrundfahrt\r\nDTSTART:20260506T120000Z\r\nDTEND:20260506T140000Z\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n")],
    "json": [(DATA / "exchange_rich.json").read_bytes(), b'{"format": "delegations-exchange",'
             b' "version": 1, "cities": [{"ref": "a", "name": "\xc3\x85rhus", '
             b'"timezone": "Europe/Copenhagen"}]}'],
}


@st.composite
def mutated(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    """A seed with a few byte or line mutations."""
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(0, 4))):
        data = bytearray(draw(_mutation(bytes(data))))
    return bytes(data)


def _mutation(data: bytes) -> st.SearchStrategy[bytes]:
    size = max(len(data), 1)
    at = st.integers(0, size - 1)
    lines = data.split(b"\n")
    line = st.integers(0, len(lines) - 1)
    hostile = st.sampled_from([b'"', b";", b",", b"\r", b"\n", b"\x00", b"\xff", b"\xc3",
                               b"=", b":", b"\\", b"BEGIN:VCARD", b"END:VEVENT", b"{", b"]",
                               b"RRULE:FREQ=SECONDLY", b"=C3=", b"\xef\xbb\xbf"])
    return st.one_of(
        st.tuples(at, st.binary(min_size=1, max_size=1)).map(
            lambda t: data[:t[0]] + t[1] + data[t[0] + 1:]),
        st.tuples(at, st.integers(1, 40)).map(lambda t: data[:t[0]] + data[t[0] + t[1]:]),
        st.tuples(at, hostile | st.binary(max_size=8)).map(
            lambda t: data[:t[0]] + t[1] + data[t[0]:]),
        line.map(lambda i: b"\n".join(lines[:i] + lines[i + 1:])),
        line.map(lambda i: b"\n".join(lines[:i + 1] + lines[i:])),
        st.tuples(line, line).map(lambda t: b"\n".join(_swapped(lines, *t))),
        at.map(lambda i: data[:i]),
        st.just(data.replace(b"\r\n", b"\n")),
        st.just(data.decode("utf-8", "replace").encode("cp1252", "replace")),
    )


def _swapped(lines: list[bytes], i: int, j: int) -> list[bytes]:
    out = list(lines)
    out[i], out[j] = out[j], out[i]
    return out


def snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table: what "writes nothing" is checked against."""
    with store.engine.connect() as conn:
        tables = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: conn.exec_driver_sql(f'SELECT * FROM "{t}" ORDER BY 1').fetchall()
                for t in tables}


@pytest.fixture
def office(tmp_path, migrated_file):
    path = tmp_path / "office.sqlite"
    shutil.copyfile(migrated_file, path)
    store = open_store(path)
    city = cities.create_city(store, {"name": "Kiel-Partner", "timezone": "Europe/Berlin"})
    trip = trips.create_trip(store, {"ref": "t", "title": "Programm", "kind": "incoming",
                                     "status": "planned", "start": "2026-05-04",
                                     "end": "2026-05-07", "destinations": [city.id]}).id
    yield store, trip, tmp_path
    store.close()


def _check(office: tuple[Store, int, Path], kind: str, raw: bytes,
           run: Callable[[Store, int, Path], object]) -> None:
    store, trip, folder = office
    path = folder / f"mutated.{kind}"
    path.write_bytes(raw)
    before = snapshot(store)
    try:
        run(store, trip, path)
    except DelegationsError as err:
        assert err.message("en") and err.message("de")  # a text for people in each language
        assert snapshot(store) == before


def _csv(store: Store, trip: int, path: Path) -> None:
    read_csv(path, store, trip_id=trip).apply(store, all_or_nothing=True)
    read_csv(path, store).apply(store, all_or_nothing=True)


def _vcf(store: Store, trip: int, path: Path) -> None:
    read_vcards(path, store).apply(store, all_or_nothing=True)


def _ics(store: Store, trip: int, path: Path) -> None:
    read_ics(path, store, trip).apply(store)


def _json(store: Store, trip: int, path: Path) -> None:
    import_exchange(store, read_exchange(path))


RUNS = {"csv": _csv, "vcf": _vcf, "ics": _ics, "json": _json}


@pytest.mark.parametrize("kind", list(RUNS))
@SETTINGS
@given(data=st.data())
def test_mutated_file(office, kind, data):
    """A real file of each kind, mutated: imported whole or refused with a message."""
    _check(office, kind, data.draw(mutated(SEEDS[kind]), label="raw"), RUNS[kind])


@SETTINGS
@given(raw=st.binary(max_size=300))
def test_random_bytes_for_every_importer(office, raw):
    for kind, run in RUNS.items():
        _check(office, kind, raw, run)


@pytest.mark.parametrize("twice", ["DTSTART;TZID=Europe/Berlin:20260505T120000",
                                   "DTEND:20260505T120000Z", "SUMMARY:Noch ein Titel",
                                   "UID:e2"])
def test_an_event_with_a_property_twice_is_refused_at_its_line(office, twice):
    """Found by the test above: a list where one value was expected, AttributeError."""
    store, trip, folder = office
    path = folder / "twice.ics"
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:e1\r\n"
                    "SUMMARY:Empfang\r\nDTSTART;TZID=Europe/Berlin:20260505T100000\r\n"
                    f"DTEND;TZID=Europe/Berlin:20260505T110000\r\n{twice}\r\nEND:VEVENT\r\n"
                    "END:VCALENDAR\r\n", encoding="utf-8")
    with pytest.raises(CalendarFileError, match=r"line 9: \S+ appears twice in one event"):
        read_ics(path, store, trip)


def test_csv_with_a_quote_never_closed_is_refused_at_its_line(office):
    store, _trip, folder = office
    path = folder / "quote.csv"
    path.write_text('Name;Organisation\n"Müller;Amt\nSchmidt;Amt\n', encoding="utf-8")
    with pytest.raises(UnreadableFile, match="line 2: a quotation mark is not closed"):
        read_csv(path, store)


def _replacing(store: Store, trip: int, path: Path) -> None:
    import_exchange(store, read_exchange(path), replace=True)


@SETTINGS
@given(raw=mutated(SEEDS["json"]))
def test_mutated_exchange_file_replacing_a_full_store(office, raw):
    """`--replace` removes what the file does not list: a bad file must remove nothing."""
    store = office[0]
    import_exchange(store, read_exchange(DATA / "exchange_rich.json"))
    _check(office, "json", raw, _replacing)


def _stopped_after(steps: int) -> Progress:
    """Progress whose user presses Cancel after `steps` steps."""
    heard: list[int] = []
    return Progress(lambda done, _total: heard.append(done), lambda: len(heard) >= steps)


def _stopping(kind: str, steps: int) -> Callable[[Store, int, Path], object]:
    """The importer of `kind`, reading and writing with a Cancel after `steps` steps."""
    def run(store: Store, trip: int, path: Path) -> None:
        progress = _stopped_after(steps)
        if kind == "csv":
            read_csv(path, store, trip_id=trip, progress=progress).apply(
                store, all_or_nothing=True, progress=progress)
        elif kind == "vcf":
            read_vcards(path, store, progress).apply(store, all_or_nothing=True,
                                                     progress=progress)
        elif kind == "ics":
            read_ics(path, store, trip, progress).apply(store, progress)
        else:
            import_exchange(store, read_exchange(path), replace=True, progress=progress)
    return run


@SETTINGS
@given(kind=st.sampled_from(sorted(SEEDS)), data=st.data(), steps=st.integers(0, 40))
def test_an_import_stopped_at_any_step_writes_nothing(office, kind, data, steps):
    """Cancel in the window's progress dialog, at any moment of a (mutated) import."""
    raw = data.draw(mutated(SEEDS[kind]))
    store = office[0]
    before = snapshot(store)
    try:
        _stopping(kind, steps)(store, office[1], _written(office, kind, raw))
    except DelegationsError as err:  # Cancelled, or the file's own error first
        assert snapshot(store) == before, type(err).__name__


def _written(office: tuple[Store, int, Path], kind: str, raw: bytes) -> Path:
    path = office[2] / f"stopped.{kind}"
    path.write_bytes(raw)
    return path
