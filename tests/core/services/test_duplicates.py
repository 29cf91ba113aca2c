"""Likely duplicates among contacts, and merging two contacts with everything that names them."""

from __future__ import annotations

import pytest

from delegations.errors import NotFoundError, ValidationError
from delegations.services import agenda, cities, contacts, followups, gifts, participants, trips
from delegations.services.duplicates import (
    find_duplicate_groups,
    likely_duplicates,
    merge_contacts,
    unmerge,
)

LA = "America/Los_Angeles"


@pytest.fixture
def people(store):
    add = contacts.create_contact
    return {
        "jurgen": add(store, {"name": "Jürgen Müller", "organisation": "Stadt Århus",
                              "function": "Bürgermeister"}),
        "shout": add(store, {"name": "JURGEN  MULLER", "organisation": "stadt arhus",
                             "email": "j.mueller@example.org", "phone": "+45 1"}),
        "mail": add(store, {"name": "J. Müller", "email": "J.Mueller@Example.org"}),
        "other_org": add(store, {"name": "Jürgen Müller", "organisation": "Hafen Kiel"}),
        "olga": add(store, {"name": "Ольга Иванова"}),
        "olga2": add(store, {"name": "ольга иванова"}),
        "alone": add(store, {"name": "Zoë Alone"}),
    }


def test_likely_duplicates(store, people):
    found = likely_duplicates(store, {"name": "jürgen müller", "organisation": "STADT ÅRHUS"})
    assert {c.id for c in found} == {people["jurgen"].id, people["shout"].id}
    by_mail = likely_duplicates(store, {"name": "Someone", "email": "j.mueller@example.org"})
    assert {c.id for c in by_mail} == {people["shout"].id, people["mail"].id}
    own = likely_duplicates(store, people["jurgen"])  # a ContactRow leaves itself out
    assert [c.id for c in own] == [people["shout"].id]
    assert likely_duplicates(store, people["alone"]) == []
    assert likely_duplicates(store, {"name": "", "email": ""}) == []


def test_duplicate_groups(store, people):
    groups = find_duplicate_groups(store)
    ids = [sorted(c.id for c in group) for group in groups]
    assert sorted(ids) == sorted([
        sorted([people["jurgen"].id, people["shout"].id, people["mail"].id]),  # via e-mail
        sorted([people["olga"].id, people["olga2"].id])])


@pytest.fixture
def history(store, people):
    """A trip in which the two Jürgens appear everywhere."""
    sf = cities.create_city(store, {"name": "San Francisco", "timezone": LA}).id
    trip = trips.create_trip(store, {"title": "SF", "start": "2026-02-22",
                                     "end": "2026-02-27"}).id
    keep, other = people["jurgen"].id, people["shout"].id
    both = agenda.add_item(store, trip, {"title": "Both", "start": "2026-02-23T10:00",
                                         "timezone": LA, "contacts": [keep, other]}).id
    theirs = agenda.add_item(store, trip, {"title": "Theirs", "start": "2026-02-24T10:00",
                                           "timezone": LA, "contacts": [other]}).id
    person, _ = participants.add_participant(store, trip, {"name": "J", "contact": other})
    follow = followups.add_follow_up(store, trip, {"action": "Write", "contact": other}).id
    gift = gifts.add_gift(store, {"description": "Book", "contact": other}).id
    contacts.update_contact(store, other, {"city": sf})
    return {"trip": trip, "both": both, "theirs": theirs, "participant": person.id,
            "follow_up": follow, "gift": gift, "city": sf}


def _counterparts(store, trip):
    return {item.title: set(item.contact_ids) for item in agenda.list_items(store, trip)}


def test_merge_moves_every_reference(store, people, history):
    keep, other = people["jurgen"].id, people["shout"].id
    result = merge_contacts(store, keep, other, {"name": "other"})
    merged = contacts.get_contact(store, keep)
    assert merged.name == "JURGEN  MULLER"  # chosen
    assert merged.function == "Bürgermeister"  # kept (not chosen, kept had it)
    assert (merged.email, merged.phone) == ("j.mueller@example.org", "+45 1")  # filled in
    assert merged.city_id == history["city"]
    assert result.kept == merged and result.removed.id == other
    assert (result.agenda_moved, result.agenda_shared) == ((history["theirs"],),
                                                           (history["both"],))
    assert result.participant_ids == (history["participant"],)
    assert (result.follow_up_ids, result.gift_ids) == ((history["follow_up"],),
                                                       (history["gift"],))
    assert result.moved == 5
    assert _counterparts(store, history["trip"]) == {"Both": {keep}, "Theirs": {keep}}
    assert participants.list_participants(store, history["trip"])[0].contact_id == keep
    assert followups.list_follow_ups(store)[0].contact_id == keep
    assert gifts.list_gifts(store)[0].contact_id == keep
    with pytest.raises(NotFoundError):
        contacts.get_contact(store, other)
    assert [t.id for t in contacts.contact_trips(store, keep)] == [history["trip"]]


def test_unmerge_puts_everything_back(store, people, history):
    keep, other = people["jurgen"].id, people["shout"].id
    before = contacts.list_contacts(store)
    result = merge_contacts(store, keep, other)
    restored = unmerge(store, result)
    assert restored == result.removed  # same id, ref and fields
    assert contacts.list_contacts(store) == before
    assert _counterparts(store, history["trip"]) == {"Both": {keep, other},
                                                     "Theirs": {other}}
    assert participants.list_participants(store, history["trip"])[0].contact_id == other
    assert followups.list_follow_ups(store)[0].contact_id == other
    assert gifts.list_gifts(store)[0].contact_id == other


def test_merge_refusals_change_nothing(store, people):
    keep, other = people["jurgen"].id, people["shout"].id
    with pytest.raises(ValidationError, match="itself"):
        merge_contacts(store, keep, keep)
    with pytest.raises(ValidationError) as err:
        merge_contacts(store, keep, other, {"email": "both"})
    assert err.value.field == "email"
    with pytest.raises(ValidationError, match="not a field"):
        merge_contacts(store, keep, other, {"shoe_size": "keep"})
    with pytest.raises(NotFoundError):
        merge_contacts(store, keep, 999)
    assert contacts.count_contacts(store) == len(people)
