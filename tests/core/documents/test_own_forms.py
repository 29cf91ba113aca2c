"""A person's own stored forms of address win on every paper: place cards, badges,
letters and the briefing pack, read back from the PDFs (which form on which card)."""

from __future__ import annotations

import io
from datetime import date

import pdfplumber
import pytest

from delegations.documents import DocumentRequest, document_bytes
from delegations.documents.badges import badges_pdf
from delegations.documents.letters import letters_pdf
from delegations.documents.seating import SeatingRequest, seating_bytes
from delegations.services import agenda, badges, contacts, letters, participants, seating, trips
from delegations.services.address import address_forms, envelope_name
from delegations.services.home import set_home
from tests.seating_sample import dinner_plan

DAY = date(2026, 6, 1)


def texts(data: bytes) -> list[str]:
    """Each page's upright text, spaces removed (cards set names run by run)."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return ["".join(c["text"] for c in page.chars if c["matrix"][0] > 0).replace(" ", "")
                for page in pdf.pages]


def squeeze(text: str) -> str:
    return text.replace(" ", "").replace("\n", "")


@pytest.fixture
def dinner(store) -> dict[str, int]:
    plan_id = dinner_plan(store)
    seating.propose(store, plan_id)
    view = seating.get_plan(store, plan_id)
    return {"plan": plan_id, **{g.name: g.id for g in view.guests},
            "trip": view.trip_id,
            **{f"p:{g.name}": g.participant_id or 0 for g in view.guests},
            **{f"c:{g.name}": g.contact_id or 0 for g in view.guests}}


def _contact_of(store, trip_id: int, name: str) -> int:
    row = next(p for p in participants.list_participants(store, trip_id) if p.name == name)
    assert row.contact_id is not None
    return row.contact_id


@pytest.mark.parametrize(("envelope", "line"), [
    ("Frau\nOberbürgermeisterin Dr. Anna Beispiel\nRathaus", "Frau Oberbürgermeisterin "
     "Dr. Anna Beispiel"),
    ("Seine Exzellenz  Botschafter Kenji Sato\nBotschaft von Japan", "Seine Exzellenz "
     "Botschafter Kenji Sato"),
    ("\n\nThe Honorable Jane Example", "The Honorable Jane Example"),
    ("Herrn\n", "Herrn"),
    ("", ""),
])
def test_the_name_line_of_an_envelope(envelope, line):
    assert envelope_name(envelope) == line


@pytest.mark.parametrize(("envelope", "name", "line"), [
    ("Frau Oberbürgermeisterin\nDr. Anna Beispiel\nRathaus", "Anna Beispiel",
     "Frau Oberbürgermeisterin Dr. Anna Beispiel"),
    ("Herrn Stadtpräsidenten\nHans-Werner Tovar\nFleethörn 9\n24103 Kiel",
     "Hans-Werner Tovar", "Herrn Stadtpräsidenten Hans-Werner Tovar"),
    ("Frau Bürgermeisterin Gdańska\nAleksandra Dulkiewicz", "Aleksandra Dulkiewicz",
     "Frau Bürgermeisterin Gdańska Aleksandra Dulkiewicz"),
    ("Ihre Exzellenz\nIrina Sokolova\nRathaus", "Ирина Соколова",  # another script
     "Ihre Exzellenz Irina Sokolova"),
    ("Mr Kenji Sato\nCity Hall", "佐藤 健二", "Mr Kenji Sato"),
])
def test_the_name_line_runs_down_to_the_persons_surname(envelope, name, line):
    assert envelope_name(envelope, name) == line


def test_place_cards_print_a_guests_own_envelope_form_in_the_cards_language(store, dinner):
    contact = _contact_of(store, dinner["trip"], "Ирина Соколова")
    contacts.update_contact(store, contact, {"address_forms": {"de": {
        "envelope": "Ihre Exzellenz\nIrina Sokolova\nRathaus Kaliningrad"}}})
    participants.update_participant(store, dinner["p:Ulf Kämpfer"], {"address_forms": {
        "de": {"envelope": "Herrn\nOberbürgermeister Dr. Ulf Kämpfer\nFleethörn 9"}}})
    german = "".join(texts(seating_bytes(store, SeatingRequest(
        "placecards", dinner["plan"], "de"), DAY)))
    assert squeeze("Ihre Exzellenz Irina Sokolova") in german
    assert squeeze("Herrn Oberbürgermeister Dr. Ulf Kämpfer") in german
    assert "ГлаваИринаСоколова" not in german  # the title-and-name form gave way
    assert "王芳" in german  # no own form: title and name as before
    english = "".join(texts(seating_bytes(store, SeatingRequest(
        "placecards", dinner["plan"], "en"), DAY)))
    assert "ГлаваИринаСоколова" in english  # no English form stored: title and name
    assert "OberbürgermeisterUlfKämpfer" in english and "Fleethörn" not in english


def test_a_participants_own_form_beats_the_contacts_which_beats_the_rules(store, dinner):
    trip = dinner["trip"]
    contact = _contact_of(store, trip, "Алексей Петров")
    row = next(p for p in participants.list_participants(store, trip)
               if p.name == "Алексей Петров")
    assert address_forms(store, row, "de").own == ()
    contacts.update_contact(store, contact, {"address_forms": {"de": {
        "envelope": "Herrn\nAlexej Petrow", "salutation": "Sehr geehrter Herr Petrow"}}})
    forms = address_forms(store, row, "de")
    assert (forms.card_name, forms.salutation) == ("Herrn Alexej Petrow",
                                                   "Sehr geehrter Herr Petrow")
    participants.update_participant(store, row.id, {"address_forms": {"de": {
        "envelope": "Herrn Abteilungsleiter Alexej Petrow"}}})
    forms = address_forms(store, row, "de")
    assert forms.card_name == "Herrn Abteilungsleiter Alexej Petrow"
    assert forms.salutation == "Sehr geehrter Herr Petrow"  # the contact's, not a rule's
    assert forms.own == ("envelope", "salutation")


def test_badges_use_the_own_form_and_the_rest_keep_title_and_name(store, dinner):
    participants.update_participant(store, dinner["p:Bettina Aust"], {"address_forms": {
        "de": {"envelope": "Frau\nStadtpräsidentin Bettina Aust\nRathaus"}}})
    rows = {b.name for b in badges.badges_for_trip(store, dinner["trip"], "de")}
    assert "Frau Stadtpräsidentin Bettina Aust" in rows and "Bettina Aust" not in rows
    assert "Oberbürgermeister Ulf Kämpfer" in rows or "Ulf Kämpfer" in rows
    english = {b.name for b in badges.badges_for_trip(store, dinner["trip"], "en")}
    assert "Bettina Aust" in english  # her own form is German only
    printed = "".join(texts(badges_pdf(badges.badges_for_trip(store, dinner["trip"], "de"),
                                       "Badges")))
    assert squeeze("Frau Stadtpräsidentin Bettina Aust") in printed


def test_letters_and_the_briefing_pack_use_the_own_forms(store, dinner):
    trip = dinner["trip"]
    set_home(store, {"name": "Kiel", "timezone": "Europe/Berlin",
                     "office": "Referat für Internationales"})
    contact = _contact_of(store, trip, "Ирина Соколова")
    item = trips.get_trip(store, trip).agenda[0]
    agenda.update_item(store, item.id, {"contacts": [contact]})
    contacts.update_contact(store, contact, {"address_forms": {"de": {
        "envelope": "Ihre Exzellenz\nIrina Sokolova\nRathaus Kaliningrad",
        "salutation": "Hochverehrte Frau Sokolova", "spoken": "Exzellenz"}}})
    batch = letters.prepare_letters(store, trip, "thanks", "de")
    assert [x.recipient for x in batch.letters] == ["Ирина Соколова"]
    printed = "".join(texts(letters_pdf(store, batch, "Besuch", printed_on=DAY)))
    assert squeeze("Hochverehrte Frau Sokolova,") in printed
    assert squeeze("Ihre Exzellenz") in printed and "RathausKaliningrad" in printed
    briefing = "".join(texts(document_bytes(store, DocumentRequest("briefing", trip))))
    assert squeeze("Hochverehrte Frau Sokolova") in briefing
    assert squeeze("Exzellenz") in briefing


def test_the_tischliste_and_the_chart_print_the_own_form_like_the_cards(store, dinner):
    """One rule for every seating paper: the guest's own envelope form in the paper's
    language, else title and name; the list still sorts by surname."""
    contact = _contact_of(store, dinner["trip"], "Ирина Соколова")
    contacts.update_contact(store, contact, {"address_forms": {"de": {
        "envelope": "Ihre Exzellenz\nIrina Sokolova\nRathaus Kaliningrad"}}})
    participants.update_participant(store, dinner["p:Ulf Kämpfer"], {"address_forms": {
        "de": {"envelope": "Herrn Oberbürgermeister\nDr. Ulf Kämpfer\nFleethörn 9"}}})
    view = seating.get_plan(store, dinner["plan"], "de")
    cards = {g.name: g.card for g in view.guests}
    assert cards["Ирина Соколова"] == "Ihre Exzellenz Irina Sokolova"
    assert cards["Ulf Kämpfer"] == "Herrn Oberbürgermeister Dr. Ulf Kämpfer"
    assert cards["王芳"] == "副市长 王芳"
    for kind in ("tischliste", "seating"):
        german = "".join(texts(seating_bytes(store, SeatingRequest(kind, dinner["plan"],
                                                                   "de"), DAY)))
        assert squeeze("Ihre Exzellenz Irina Sokolova") in german, kind
        assert squeeze("Herrn Oberbürgermeister Dr. Ulf Kämpfer") in german, kind
        assert "ГлаваИринаСоколова" not in german and "Fleethörn" not in german, kind
        english = "".join(texts(seating_bytes(store, SeatingRequest(kind, dinner["plan"],
                                                                    "en"), DAY)))
        assert "ГлаваИринаСоколова" in english and "IrinaSokolova" not in english, kind
    with pdfplumber.open(io.BytesIO(seating_bytes(store, SeatingRequest(
            "tischliste", dinner["plan"], "de"), DAY))) as pdf:
        lines = pdf.pages[0].extract_text().splitlines()
    kaempfer = next(n for n, x in enumerate(lines) if "Herrn Oberbürgermeister Dr." in x)
    sokolova = next(n for n, x in enumerate(lines) if "Ihre Exzellenz Irina" in x)
    assert kaempfer < sokolova  # by surname: Kämpfer before Соколова
    table = {g.name: view.table(g.table_id).name for g in view.guests if g.seated}
    assert lines[sokolova].endswith(table["Ирина Соколова"])
