"""Protocol papers read back: which form of address on which letter and badge, rooming
CSV as hotels read it, the gift register's flags, the car list."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from pypdf import PdfReader

from delegations.documents.badges import badges_pdf
from delegations.documents.cars import cars_pdf
from delegations.documents.gift_register import register_pdf
from delegations.documents.letters import letters_pdf
from delegations.documents.rooming import rooming_pdf
from delegations.documents.words import Words
from delegations.errors import ValidationError
from delegations.services import (
    agenda,
    badges,
    cities,
    contacts,
    gift_register,
    gifts,
    letters,
    participants,
    rooming,
    transport,
    travel,
    trips,
)
from delegations.services.home import set_home

DAY = date(2026, 6, 1)


def pages(data: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages]


@pytest.fixture
def visit(store):
    set_home(store, {"name": "Kiel", "timezone": "Europe/Berlin", "office":
                     "Referat für Internationales", "letterhead": "Landeshauptstadt Kiel\n"
                     "Referat für Internationales\nFleethörn 9 · 24103 Kiel"})
    kaliningrad = cities.create_city(store, {"name": "Калининград", "country": "RU",
                                             "timezone": "Europe/Kaliningrad"})
    hangzhou = cities.create_city(store, {"name": "杭州", "country": "CN",
                                          "timezone": "Asia/Shanghai"})
    mayor = contacts.create_contact(store, {
        "name": "Elena Sokolova", "honorific": "Frau", "function": "Bürgermeisterin",
        "city": kaliningrad.id})
    trip = trips.create_trip(store, {
        "title": "Besuch aus Калининград", "kind": "incoming", "start": "2026-06-20",
        "end": "2026-06-23", "destinations": [kaliningrad.id, hangzhou.id],
        "purpose": "Fachaustausch Hafenwirtschaft"})
    add = participants.add_participant
    head, _ = add(store, trip.id, {"name": "Elena Sokolova", "contact": mayor.id,
                                   "role": "head", "passport_name": "SOKOLOVA ELENA",
                                   "nationality": "RU", "passport_number": "75 1234567",
                                   "billing": "Landeshauptstadt Kiel", "room_type": "Einzel",
                                   "mobility": "Rollstuhl", "diet": "vegan",
                                   "liaison": "Birte Jensen"})
    wang, _ = add(store, trip.id, {"name": "王伟", "function": "市长助理",
                                   "delegation": "杭州", "nationality": "CN",
                                   "room_type": "Doppel", "room_share": "İlkay Öztürk"})
    agenda.add_item(store, trip.id, {"title": "Arbeitsgespräch", "start": "2026-06-21T10:00",
                                     "end": "2026-06-21T11:00", "timezone": "Europe/Berlin",
                                     "contacts": [mayor.id]})
    transfer = agenda.add_item(store, trip.id, {
        "title": "Transfer zum Hafen", "kind": "transfer", "start": "2026-06-22T09:00",
        "end": "2026-06-22T09:30", "timezone": "Europe/Berlin", "location": "Rathaus → Hafen"})
    travel.add_stay(store, trip.id, {"name": "Hotel Kieler Förde", "check_in": "2026-06-20",
                                    "check_out": "2026-06-23", "booking_ref": "KF-77"})
    return {"trip": trip.id, "head": head.id, "wang": wang.id, "mayor": mayor.id,
            "transfer": transfer.id}


def test_visa_letters_name_what_is_missing_and_print_only_when_complete(store, visit):
    batch = letters.prepare_letters(store, visit["trip"], "visa")
    assert [(m.recipient, m.field) for m in batch.missing] == [
        ("王伟", "passport_number"), ("王伟", "who_pays")]
    with pytest.raises(ValidationError) as err:
        letters_pdf(store, batch, "Visit")
    assert "王伟: passport number, who pays" in str(err.value)
    assert batch.missing_text("de") == "王伟: Passnummer, Kostenträger"
    participants.update_participant(store, visit["wang"], {
        "passport_number": "E12345678", "billing": "Hangzhou Foreign Affairs Office"})
    batch = letters.prepare_letters(store, visit["trip"], "visa")
    assert batch.missing == ()
    first, second = pages(letters_pdf(store, batch, "Visit", printed_on=DAY))
    assert "SOKOLOVA ELENA, Staatsangehörigkeit: RU, Reisepass-Nr. 75 1234567" in first
    assert "Sehr geehrte Frau Bürgermeisterin," in first  # the mayor rule's salutation
    assert "Guten Tag 王伟," in second and "E12345678" in second
    assert "Landeshauptstadt Kiel" in first and "1. Juni 2026" in first


def test_thank_you_letters_go_to_each_counterpart_in_their_own_form(store, visit):
    contacts.update_contact(store, visit["mayor"], {"address_forms": {
        "en": {"salutation": "Dear Mrs Sokolova", "envelope": "Mrs Elena Sokolova\nCity Hall"}}})
    batch = letters.prepare_letters(store, visit["trip"], "thanks", "en")
    assert [x.recipient for x in batch.letters] == ["Elena Sokolova"] and not batch.missing
    [text] = pages(letters_pdf(store, batch, "Visit", printed_on=DAY))
    assert "Dear Mrs Sokolova," in text and "Mrs Elena Sokolova City Hall" in text
    assert "21 June 2026 (Arbeitsgespräch)" in text


def test_templates_are_edited_checked_and_reset(store, visit):
    with pytest.raises(ValidationError) as err:
        letters.save_template(store, "invitation", "de", "Einladung", "{anrede}, willkommen")
    assert "{anrede}" in str(err.value)
    letters.save_template(store, "invitation", "de", "Einladung {trip_title}",
                          "{salutation},\n\nwillkommen in {home_city}!")
    batch = letters.prepare_letters(store, visit["trip"], "invitation")
    assert batch.letters[0].paragraphs == ("Sehr geehrte Frau Bürgermeisterin,",
                                           "willkommen in Kiel!")
    letters.reset_template(store, "invitation", "de")
    assert "im Namen der Stadt" in letters.get_template(store, "invitation", "de").body


def test_badges_show_the_name_as_addressed_in_the_delegations_colour(store, visit):
    rows = badges.badges_for_trip(store, visit["trip"])
    assert [(b.name, b.delegation) for b in rows] == [("Elena Sokolova", "Калининград"),
                                                      ("王伟", "杭州")]
    assert rows[0].colour != rows[1].colour
    badges.set_colours(store, {"杭州": "#aa0000"})
    assert badges.badges_for_trip(store, visit["trip"], delegation="杭州")[0].colour == \
        "#aa0000"
    with pytest.raises(ValidationError):
        badges.set_colours(store, {"杭州": "red"})
    nine = rows * 5  # two sheets of eight
    text = pages(badges_pdf(nine[:9], "Badges"))
    assert len(text) == 2 and "王伟" in text[0] and "市长助理" in text[0]
    assert "Калининград" in text[1]


def test_rooming_list_csv_is_what_hotels_read(store, visit):
    [hotel] = rooming.rooming_lists(store, visit["trip"])
    data = rooming.rooming_csv(hotel, "de")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Gast", "Anreise", "Abreise", "Nächte", "Zimmerart", "Zimmer geteilt mit",
                       "Besondere Wünsche", "Rechnung an"]
    assert rows[1] == ["SOKOLOVA ELENA", "20.06.2026", "23.06.2026", "3", "Einzel", "",
                       "Rollstuhl", "Landeshauptstadt Kiel"]
    assert rows[2][5] == "İlkay Öztürk"
    assert "vegan" not in data.decode("utf-8-sig")  # the hotel does not need the diet
    text = pages(rooming_pdf(store, [hotel], "Visit", Words("en"), DAY))[0]
    assert "Hotel Kieler Förde" in text and "Booking KF-77" in text and "SOKOLOVA ELENA" in text


def test_gift_register_flags_received_gifts_above_the_limit(store, visit):
    gift_register.set_limit(store, "25,00")
    add = gifts.add_gift
    add(store, {"description": "Bernsteinschale", "direction": "received", "value": "150",
                "date": "2026-06-21", "contact": visit["mayor"], "kept_at": "Rathaus, Vitrine 2"})
    add(store, {"description": "Tee", "direction": "received", "value": "12",
                "date": "2026-06-22", "counterpart": "王伟"})
    add(store, {"description": "Seidentuch", "direction": "received", "date": "2026-06-22",
                "value": "300", "currency": "CNY", "decision": "handed_over"})
    add(store, {"description": "Kieler Bildband", "value": "45", "date": "2026-06-21",
                "our_person": "OB Kämpfer"})
    entries = gift_register.gift_register(store, year=2026)
    assert [(e.gift.description, e.flag, e.undecided) for e in entries] == [
        ("Bernsteinschale", "above", True), ("Kieler Bildband", "", False),
        ("Tee", "", False), ("Seidentuch", "other_currency", False)]
    with pytest.raises(ValidationError):
        gift_register.set_limit(store, "viel")
    text = pages(register_pdf(store, entries, gift_register.get_limit(store), "2026",
                              Words("de"), DAY))[0]
    assert "4 Geschenke, 2 über der Grenze oder zu prüfen" in text
    assert "über der Grenze – nicht entschieden" in text and "Rathaus, Vitrine 2" in text
    assert "weitergegeben" in text and "OB Kämpfer" in text


def test_cars_take_no_more_riders_than_seats_and_print_as_a_car_list(store, visit):
    car = transport.add_vehicle(store, visit["trip"], {"name": "Dienstwagen 1",
                                                       "driver": "Kalle Jöns", "seats": 1})
    with pytest.raises(ValidationError):
        transport.set_riders(store, visit["transfer"], car.id, [visit["head"], visit["wang"]])
    transport.set_riders(store, visit["transfer"], car.id, [visit["head"]])
    bus = transport.add_vehicle(store, visit["trip"], {"name": "Kleinbus", "seats": 8})
    transport.set_riders(store, visit["transfer"], bus.id, [visit["wang"], visit["head"]])
    [transfer], liaisons = transport.car_list(store, visit["trip"])
    assert [(c.vehicle.name, c.riders) for c in transfer.cars] == [
        ("Kleinbus", ("Elena Sokolova", "王伟"))]  # she moved out of the first car
    assert liaisons[0].head == "Elena Sokolova" and liaisons[0].officer == "Birte Jensen"
    text = pages(cars_pdf(store, [transfer], liaisons, "Visit", Words("de"), DAY))[0]
    assert "Transfer zum Hafen" in text and "Kleinbus" in text and "Birte Jensen" in text


def test_the_briefing_pack_names_how_to_address_each_counterpart(store, visit):
    from delegations.documents import DocumentRequest, document_bytes

    text = " ".join(pages(document_bytes(store, DocumentRequest("briefing", visit["trip"]))))
    # the who's who tells each counterpart once, with both forms
    assert "Anrede im Brief Sehr geehrte Frau Bürgermeisterin" in text
    assert "Anrede im Gespräch Frau Bürgermeisterin" in text


def test_the_papers_fields_survive_an_exchange_file(store, visit, tmp_path):
    from delegations.exchange import import_exchange, read_exchange, write_exchange
    from delegations.storage.store import open_store

    gifts.add_gift(store, {"description": "Bernsteinschale", "direction": "received",
                               "trip": visit["trip"], "kept_at": "Rathaus",
                               "decision": "handed_over", "our_person": "OB"})
    write_exchange(store, tmp_path / "office.json")
    other = open_store(tmp_path / "other.sqlite")
    try:
        import_exchange(other, read_exchange(tmp_path / "office.json"))
        trip = trips.find_trip(other, trips.get_trip(store, visit["trip"]).ref)
        head = participants.list_participants(other, trip)[0]
        assert (head.passport_name, head.passport_number, head.billing, head.liaison) == (
            "SOKOLOVA ELENA", "75 1234567", "Landeshauptstadt Kiel", "Birte Jensen")
        [gift] = gifts.list_gifts(other, trip_id=trip)
        assert (gift.kept_at, gift.decision, gift.our_person) == ("Rathaus", "handed_over",
                                                                  "OB")
    finally:
        other.close()


@pytest.mark.parametrize(("name", "lines"), [
    ("Oberbürgermeister Ulf Kämpfer", ["Oberbürgermeister", "Ulf Kämpfer"]),
    ("Stadtpräsident Hans-Werner Tovar", ["Stadtpräsident", "Hans-Werner Tovar"]),
    ("Mette Østergård", ["Mette Østergård"]),
    ("Ihre Exzellenz Botschafterin Dr. Małgorzata Wiśniewska-Kołodziejczyk",
     None),  # too long for two lines: smaller, wrapped, never cut
])
def test_a_long_name_on_a_badge_breaks_where_the_lines_come_out_even(name, lines):
    from delegations.services.badges import Badge

    data = badges_pdf([Badge(name, "Amt", "Stadt", "Kiel", "#1f3a5f")], "Badges")
    text = [x.strip() for x in PdfReader(io.BytesIO(data)).pages[0].extract_text()
            .splitlines()]
    if lines is not None:
        assert text[1:1 + len(lines)] == lines
    assert " ".join(" ".join(text).split()).count("Kołodziejczyk") == (
        1 if lines is None else 0)
