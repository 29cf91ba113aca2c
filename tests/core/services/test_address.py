"""Forms of address: a person's own form wins, office rules propose, plain forms fill in."""

import pytest

from delegations.errors import ValidationError
from delegations.privacy.erase import anonymise_person
from delegations.privacy.person import find_people
from delegations.services import address, cities, contacts, participants, trips
from delegations.services.address import PersonFacts, address_forms, propose
from delegations.services.address_rules import DEFAULT_RULES, AddressRule


@pytest.fixture
def office(store):
    kiel = cities.create_city(store, {"name": "Kiel", "country": "DE",
                                      "timezone": "Europe/Berlin"})
    kyoto = cities.create_city(store, {"name": "Kyōto", "country": "JP",
                                       "timezone": "Asia/Tokyo"})
    mayor = contacts.create_contact(store, {
        "name": "Anna Beispiel", "honorific": "Frau", "title": "Dr.",
        "function": "Oberbürgermeisterin", "organisation": "Landeshauptstadt Kiel",
        "city": kiel.id})
    tanaka = contacts.create_contact(store, {"name": "Hiroshi Tanaka", "honorific": "Mr",
                                             "function": "Director", "city": kyoto.id})
    trip = trips.create_trip(store, {"title": "Besuch aus Kyōto", "start": "2026-06-20",
                                     "end": "2026-06-24", "kind": "incoming",
                                     "destinations": [kyoto.id]})
    guest, _ = participants.add_participant(store, trip.id, {
        "name": "Hiroshi Tanaka", "contact": tanaka.id})
    return {"mayor": mayor.id, "tanaka": tanaka.id, "trip": trip.id, "guest": guest.id}


def test_the_rules_propose_the_forms_protocol_offices_use(store, office):
    mayor = contacts.get_contact(store, office["mayor"])
    de = address_forms(store, mayor, "de")
    assert de.salutation == "Sehr geehrte Frau Oberbürgermeisterin"
    assert de.spoken == "Frau Oberbürgermeisterin"
    assert de.envelope.splitlines()[:2] == ["Frau Oberbürgermeisterin", "Dr. Anna Beispiel"]
    en = address_forms(store, mayor, "en")
    assert en.salutation == "Dear Madam Mayor" and en.spoken == "Madam Mayor"
    assert en.envelope.splitlines() == ["The Honorable Dr. Anna Beispiel", "Mayor of Kiel"]
    assert de.card_name == "Dr. Anna Beispiel" and de.own == ()


def test_japanese_partners_get_their_honorific_suffixes(store, office):
    guest = address_forms(store, participants.list_participants(store, office["trip"])[0], "en")
    assert guest.salutation == "Dear Tanaka-sama" and guest.spoken == "Tanaka-san"
    assert address_forms(store, guest_row(store, office), "de").salutation == \
        "Sehr geehrter Herr Tanaka"


def guest_row(store, office):
    return participants.list_participants(store, office["trip"])[0]


def test_a_persons_own_form_always_wins(store, office):
    contacts.update_contact(store, office["mayor"], {"address_forms": {
        "de": {"salutation": "Liebe Anna", "envelope": "", "spoken": ""}}})
    mayor = contacts.get_contact(store, office["mayor"])
    forms = address_forms(store, mayor, "de")
    assert forms.salutation == "Liebe Anna" and forms.own == ("salutation",)
    assert forms.spoken == "Frau Oberbürgermeisterin"  # the rule still fills the rest
    # a participant's own form beats the one of the contact they came from
    contacts.update_contact(store, office["tanaka"], {"address_forms": {
        "en": {"salutation": "Dear Director Tanaka"}}})
    assert address_forms(store, guest_row(store, office), "en").salutation == \
        "Dear Director Tanaka"
    participants.update_participant(store, office["guest"], {"address_forms": {
        "en": {"salutation": "Dear Hiroshi"}}})
    assert address_forms(store, guest_row(store, office), "en").salutation == "Dear Hiroshi"
    assert address.forms_values(store, participant_id=office["guest"])["en"] == {
        "envelope": "", "salutation": "Dear Hiroshi", "spoken": ""}


def test_emptying_the_forms_removes_them_and_a_wrong_one_changes_nothing(store, office):
    contacts.update_contact(store, office["mayor"], {"address_forms": {
        "de": {"salutation": "Liebe Anna"}}})
    with pytest.raises(ValidationError) as err:
        contacts.update_contact(store, office["mayor"], {"name": "Anna B.", "address_forms": {
            "de": {"salutation": "x" * 301}}})
    assert err.value.field == "address_forms.de.salutation"
    assert contacts.get_contact(store, office["mayor"]).name == "Anna Beispiel"
    assert address.forms_values(store, contact_id=office["mayor"])["de"]["salutation"] == \
        "Liebe Anna"
    contacts.update_contact(store, office["mayor"], {"address_forms": {"de": {}}})
    assert address.forms_values(store, contact_id=office["mayor"])["de"]["salutation"] == ""


def test_office_rules_are_data_and_checked_before_saving(store, office):
    assert address.list_rules(store) == list(DEFAULT_RULES)
    with pytest.raises(ValidationError) as err:
        address.save_rules(store, [{"office": "Director", "language": "en",
                                    "salutation": "Dear {nickname}"}])
    assert err.value.field == "rules[1].salutation" and "{nickname}" in str(err.value)
    assert address.list_rules(store) == list(DEFAULT_RULES)
    address.save_rules(store, [{"office": "director", "country": "jp", "language": "en",
                                "salutation": "Dear Director {surname}"}])
    [rule] = address.list_rules(store)
    assert rule.country == "JP"
    assert address_forms(store, guest_row(store, office), "en").salutation == \
        "Dear Director Tanaka"


def test_more_specific_rules_come_first_and_unusable_ones_fall_through():
    rules = [AddressRule("", "DK", "en", salutation="Dear friend"),
             AddressRule("mayor", "DK", "en", salutation="Dear Mayor {surname}"),
             AddressRule("mayor", "", "en", salutation="Dear {madam} Mayor of {city}")]
    mayor = PersonFacts("Jacob Bundsgaard", "Mr", function="Mayor", country="DK")
    assert propose(mayor, rules, "en").salutation == "Dear Mayor Bundsgaard"
    assert propose(PersonFacts("Lise Holm", "Ms", function="Mayor"), rules, "en"
                   ).salutation == "Dear Ms Holm"  # no city: the rule cannot be used
    nobody = propose(PersonFacts("王伟"), rules, "de")
    assert nobody.salutation == "Guten Tag 王伟" and nobody.envelope == "王伟"


def test_erasure_removes_a_persons_own_forms(store, office):
    contacts.update_contact(store, office["mayor"], {"address_forms": {
        "de": {"salutation": "Liebe Anna"}}})
    [person] = find_people(store, "Anna Beispiel")
    anonymise_person(store, person.key)
    with store.read() as s:
        from delegations.model import AddressForm
        assert s.query(AddressForm).filter_by(contact_id=office["mayor"]).count() == 0


def test_a_persons_own_forms_are_in_their_data_export(store, office):
    from delegations.privacy.export import person_data

    participants.update_participant(store, office["guest"], {"address_forms": {
        "en": {"salutation": "Dear Hiroshi"}}})
    contacts.update_contact(store, office["tanaka"], {"address_forms": {
        "en": {"spoken": "Tanaka-sensei"}}})
    [person] = find_people(store, "Hiroshi Tanaka")
    data = person_data(store, person.key)
    assert data["contact"]["address_forms"] == [{"language": "en", "envelope": "",
                                                 "salutation": "", "spoken": "Tanaka-sensei"}]
    assert data["participations"][0]["address_forms"][0]["salutation"] == "Dear Hiroshi"
    assert data["participations"][0]["cars"] == []
