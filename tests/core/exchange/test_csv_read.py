"""Reading participants and contacts from CSV as German and international spreadsheets
write them: delimiter and encoding sniffed, headers guessed, rows checked, nothing
written until `apply`."""

from __future__ import annotations

import pytest

from delegations.enums import RegistrationStatus, Role
from delegations.errors import ValidationError
from delegations.exchange.csvfile import read_csv, split_table
from delegations.exchange.preview import Action, Kind, RowFailed
from delegations.exchange.reader import UnreadableFile
from delegations.services import cities, contacts, participants, trips

GERMAN = (
    "Rang;Vorname;Nachname;Funktion;Organisation;Rolle;Status;E-Mail;Telefon;Ernährung\r\n"
    "1;Ulf;Kämpfer;Oberbürgermeister;Landeshauptstadt Kiel;Delegationsleitung;bestätigt;"
    "ob@kiel.example;'+49 431 901-0;vegetarisch\r\n"
    "2;Bettina;Aust;Stadtpräsidentin;Landeshauptstadt Kiel;Mitglied;Angemeldet;;;\r\n"
    ";;;;;;;;;\r\n"
)
ENGLISH = (
    "Name,Function,Institution,Email,Phone,Role,Precedence,Diet,Mobility\n"
    '"Tõnismägi, Mari",Deputy Mayor,Tallinn City Government,mari@tallinn.example,'
    "+372 640 4141,member,3,,wheelchair\n"
)


@pytest.fixture
def trip(store):
    return trips.create_trip(store, {"title": "Gdańsk 2026", "start": "2026-05-04",
                                     "end": "2026-05-07"}).id


def _write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_german_semicolon_file_with_bom(store, trip, tmp_path):
    path = _write(tmp_path, "delegation.csv", GERMAN, "utf-8-sig")
    preview = read_csv(path, store, trip_id=trip)
    assert (preview.kind, preview.format, preview.encoding, preview.delimiter) == (
        Kind.PARTICIPANTS, "csv", "utf-8-sig", ";")
    assert [c.field for c in preview.columns] == [
        "precedence", "first_name", "last_name", "function", "organisation", "role",
        "status", "email", "phone", "diet"]
    first, second = preview.rows  # the empty line is no row
    assert (first.line, first.action, first.name) == (2, Action.CREATE, "Ulf Kämpfer")
    assert first.values["role"] is Role.HEAD
    assert first.values["status"] is RegistrationStatus.CONFIRMED
    assert first.values["phone"] == "+49 431 901-0"  # the apostrophe was an escape
    assert (second.values["role"], second.values["status"]) == (
        Role.MEMBER, RegistrationStatus.REGISTERED)
    assert participants.list_participants(store, trip) == []  # a preview writes nothing


def test_english_comma_file(store, trip, tmp_path):
    preview = read_csv(_write(tmp_path, "delegation.csv", ENGLISH), store, trip_id=trip)
    assert (preview.encoding, preview.delimiter) == ("utf-8", ",")
    (row,) = preview.rows
    assert row.ok, row.error
    assert row.values["name"] == "Tõnismägi, Mari"
    assert (row.values["organisation"], row.values["precedence"]) == (
        "Tallinn City Government", 3)
    assert row.values["mobility"] == "wheelchair"


def test_windows_1252_is_read_correctly(store, tmp_path):
    path = _write(tmp_path, "kontakte.csv",
                  "Name;Organisation;Stadt\r\nJan Müller;Amt für Straßenbau;Kiel\r\n", "cp1252")
    preview = read_csv(path, store)
    assert (preview.kind, preview.encoding) == (Kind.CONTACTS, "cp1252")
    (row,) = preview.rows
    assert (row.values["name"], row.values["organisation"]) == ("Jan Müller",
                                                                 "Amt für Straßenbau")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_and_without_mark(store, tmp_path, encoding):
    text = "Name\tE-Mail\r\nİskenderun Belediyesi\tinfo@iskenderun.example\r\n"
    preview = read_csv(_write(tmp_path, "x.csv", text, encoding), store)
    assert preview.encoding.startswith("utf-16")
    assert preview.delimiter == "\t"
    assert preview.rows[0].values["name"] == "İskenderun Belediyesi"


def test_undecodable_bytes_are_refused_with_their_line(store, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(b"Name\r\nJan\r\nM\x81ller\r\n")  # 0x81: neither UTF-8 nor cp1252
    with pytest.raises(UnreadableFile) as err:
        read_csv(path, store)
    assert str(err.value) == f"{path}, line 3: the file is neither UTF-8, UTF-16 nor " \
                             "Windows-1252 text"
    assert "Zeile 3" in err.value.message("de")


def test_empty_file_and_missing_name_column(store, tmp_path):
    with pytest.raises(UnreadableFile, match="empty"):
        read_csv(_write(tmp_path, "empty.csv", "\r\n  \r\n"), store)
    preview = read_csv(_write(tmp_path, "noname.csv", "E-Mail;Wer\nx@example.org;X\n"),
                       store)
    assert preview.missing == ("name",)
    assert preview.rows[0].error.field == "name"
    assert str(preview.refusal()) == (f"{preview.file}: no column for name (the columns "
                                      "are: E-Mail, Wer)")


def test_bad_row_names_line_and_column(store, trip, tmp_path):
    text = ("Name;E-Mail;Rolle\n"
            "Gut;gut@example.org;Presse\n"
            '"Zwei\nZeilen";kaputt;Mitglied\n'  # a quoted cell spanning lines
            "Drei;drei@example.org;Astronaut\n")
    preview = read_csv(_write(tmp_path, "bad.csv", text), store, trip_id=trip)
    good, bad_mail, bad_role = preview.rows
    assert good.ok
    assert (bad_mail.line, bad_mail.error.column, bad_mail.error.field) == (3, "E-Mail",
                                                                            "email")
    assert bad_mail.error.text() == "line 3, E-Mail: 'kaputt' is not an e-mail address"
    assert (bad_role.line, bad_role.error.column) == (5, "Rolle")
    refusal = preview.refusal()
    assert str(refusal) == (f"{preview.file}, line 3, E-Mail: 'kaputt' is not an e-mail "
                            "address (and 1 more rows with errors)")
    with pytest.raises(RowFailed):
        preview.apply(store, all_or_nothing=True)
    assert participants.list_participants(store, trip) == []
    result = preview.apply(store)  # the good rows only
    assert (len(result.created), result.skipped) == (1, (3, 5))
    assert [p.role for p in participants.list_participants(store, trip)] == [Role.PRESS]


def test_apply_goes_through_the_waiting_list(store, tmp_path):
    trip = trips.create_trip(store, {"title": "Bürgerreise", "kind": "citizens",
                                     "start": "2026-06-01", "end": "2026-06-05",
                                     "capacity": 2}).id
    text = "Name;Status\nA;bestätigt\nB;bestätigt\nC;bestätigt\n"
    result = read_csv(_write(tmp_path, "reise.csv", text), store, trip_id=trip).apply(
        store, all_or_nothing=True)
    assert len(result.created) == 3
    people = participants.list_participants(store, trip)
    assert [(p.name, p.status.value, p.precedence) for p in people] == [
        ("A", "confirmed", 1), ("B", "confirmed", 2), ("C", "waitlisted", 3)]
    assert result.summary().created["participants"] == 3


def test_explicit_mapping_overrides_the_guess(store, tmp_path):
    text = "Wer;Kürzel;Notiz;Telefon\nAnna Ahlers;aa;intern;0431 1\n"
    path = _write(tmp_path, "x.csv", text)
    guessed = read_csv(path, store)
    assert [c.field for c in guessed.columns] == [None, "ref", "notes", "phone"]
    assert guessed.missing == ("name",)
    preview = read_csv(path, store, mapping={"Wer": "name", 2: None, "Telefon": "bio"})
    assert [c.field for c in preview.columns] == ["name", "ref", None, "bio"]
    assert preview.rows[0].values["bio"] == "0431 1"
    assert preview.rows[0].values["notes"] == ""
    with pytest.raises(ValidationError, match="not one of"):
        read_csv(path, store, mapping={"Wer": "shoe_size"})
    with pytest.raises(ValidationError, match="no column"):
        read_csv(path, store, mapping={"Who": "name"})


def test_forgiving_headers(store, tmp_path):
    text = ("sep=,\nFull Name,E-Mail-Adresse (dienstlich),Firma,Abteilung,Position,"
            "Telefon geschäftlich,Ort,Anrede,Titel,Briefanrede\n"
            "Anna Ahlers,anna@example.org,Stadt Kiel,Referat Internationales,Leiterin,"
            "0431 1,Kiel,Frau,Dr.,Sehr geehrte Frau Dr. Ahlers\n")
    preview = read_csv(_write(tmp_path, "outlook.csv", text), store)
    assert preview.delimiter == ","
    values = preview.rows[0].values
    assert values["organisation"] == "Stadt Kiel, Referat Internationales"
    assert (values["email"], values["function"], values["phone"]) == (
        "anna@example.org", "Leiterin", "0431 1")
    assert (values["honorific"], values["title"], values["address_form"]) == (
        "Frau", "Dr.", "Sehr geehrte Frau Dr. Ahlers")
    assert preview.rows[0].line == 3


def test_contacts_preview_matches_refs_cities_and_duplicates(store, tmp_path):
    kiel = cities.create_city(store, {"name": "Kiel", "timezone": "Europe/Berlin"}).id
    known = contacts.create_contact(store, {"ref": "c-ahlers", "name": "Anna Ahlers",
                                            "email": "anna@example.org"})
    text = ("Name;E-Mail;Stadt;Kennung\n"
            "Anna Ahlers;anna@example.org;KIEL;c-ahlers\n"
            "ANNA AHLERS;;Århus;\n"
            "Bernd;b@example.org;;dup\n"
            "Carla;c@example.org;;dup\n")
    updated, twin, new, clash = read_csv(_write(tmp_path, "c.csv", text), store).rows
    assert (updated.action, updated.existing_id, updated.city_id) == (Action.UPDATE,
                                                                      known.id, kiel)
    assert updated.duplicates == ()  # itself
    assert (twin.action, [d.id for d in twin.duplicates]) == (Action.CREATE, [known.id])
    assert (twin.city_hint, twin.city_id) == ("Århus", None)
    assert new.ok and new.duplicates == ()
    assert clash.error.message() == "'dup' is listed twice (first on line 4)"


def test_participant_linked_to_a_contact_by_ref(store, trip, tmp_path):
    jane = contacts.create_contact(store, {"ref": "c-jane", "name": "Jane Example"})
    text = "Name;Kontakt-Kennung\nJane Example;c-jane\nNobody;c-nobody\n"
    linked, unknown = read_csv(_write(tmp_path, "p.csv", text), store, trip_id=trip).rows
    assert linked.data["contact"] == jane.id
    assert (unknown.error.column, unknown.error.message()) == (
        "Kontakt-Kennung", "there is no contact 'c-nobody'")


def test_split_table_sniffs_the_delimiter():
    assert split_table("a;b,c\n1;2,3\n", "x").delimiter == ";"
    assert split_table("a,b,c\n1,2,3\n", "x").headers == ("a", "b", "c")
    assert split_table('"a;b",c,d\n', "x").delimiter == ","  # quotes respected
    assert split_table("Name\nJan\n", "x").records == ((2, ("Jan",)),)


def test_every_message_of_the_formats_is_translated():
    from pathlib import Path

    from babel.messages.extract import extract_from_file

    from delegations.i18n import gettext

    root = Path(__file__).resolve().parents[3] / "delegations"
    files = [root / "services" / "duplicates.py",
             *[root / "exchange" / f for f in ("preview.py", "checking.py", "textfile.py")],
             *(root / "exchange" / "csvfile").glob("*.py"),
             *(root / "exchange" / "vcard").glob("*.py")]
    messages = {msg for path in files
                for _line, msg, _comments, _context in extract_from_file(
                    "python", str(path), keywords={"N_": None})}
    assert len(messages) > 40
    assert sorted(m for m in messages if gettext(m, "de") == m and m not in (
        "Name", "Status", "Organisation")) == []


def test_a_workbook_is_refused_with_advice(store, tmp_path):
    path = tmp_path / "liste.csv"
    path.write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + bytes(200))
    with pytest.raises(UnreadableFile, match="save it as CSV"):
        read_csv(path, store)
