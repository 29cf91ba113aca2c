"""The tracker's list answered by the database (#16): search by folded words, owner and due
windows as conditions, sorting by every column and pages that add up to the whole list,
on SQLite and PostgreSQL alike."""

from datetime import date

import pytest

from delegations.errors import ValidationError
from delegations.services import choices, cities, contacts, followups, goals, home, trips
from delegations.services.followups import OPEN, SORTABLE, DueWindow, FollowUpFilter

pytestmark = pytest.mark.both_engines
TODAY = date(2026, 3, 4)  # a Wednesday


@pytest.fixture
def office(store):
    home.set_home(store, {"name": "Kiel", "timezone": "Europe/Berlin"})
    aarhus = cities.create_city(store, {"name": "Århus", "timezone": "Europe/Copenhagen"})
    gdansk = cities.create_city(store, {"name": "Gdańsk", "timezone": "Europe/Warsaw"})
    forum = trips.create_trip(store, {"title": "Ostsee-Forum Gdańsk", "start": "2026-02-02",
                                      "end": "2026-02-04", "destinations": [gdansk.id]})
    visit = trips.create_trip(store, {"title": "Besuch in Kaliningrad", "start": "2025-05-02",
                                      "end": "2025-05-04"})
    mueller = contacts.create_contact(store, {"name": "Jürgen Müller"})
    petrova = contacts.create_contact(store, {"name": "Анна Петрова"})
    climate = goals.create_goal(store, {"name": "Klimaschutz", "code": "K1", "kind": "strategic"})
    add = followups.add_follow_up
    made = [
        add(store, forum.id, {"action": "Dankesbrief an Herrn Müller", "due": "2026-03-02",
                              "owner": "Büro OB", "contact": mueller.id, "goals": [climate.id]}),
        add(store, forum.id, {"action": "Fotos teilen", "owner": "büro ob",
                              "notes": "Pressestelle fragen"}),
        add(store, visit.id, {"action": "Rückruf", "due": "2026-03-06", "owner": "Referat",
                              "contact": petrova.id, "status": "in_progress"}),
        add(store, None, {"action": "Ratsbericht", "due": "2026-02-01", "status": "done",
                          "city": aarhus.id, "owner": "Referat"}),
        add(store, visit.id, {"action": "Zweiter Besuch planen", "due": "2026-03-30",
                              "owner": "Zoë Ähnlich"}),
    ]
    return {"forum": forum.id, "visit": visit.id, "mueller": mueller.id, "aarhus": aarhus.id,
            "ids": [f.id for f in made]}


def _found(store, **criteria):
    return {r.action for r in followups.filter_follow_ups(store, FollowUpFilter(**criteria),
                                                          today=TODAY)}


def test_search_folds_accents_and_spellings_in_everything_shown(store, office):
    assert _found(store, search="mueller") == {"Dankesbrief an Herrn Müller"}
    assert _found(store, search="MÜLL") == {"Dankesbrief an Herrn Müller"}
    assert _found(store, search="gdansk") == {"Dankesbrief an Herrn Müller", "Fotos teilen"}
    assert _found(store, search="aarhus") == {"Ratsbericht"}  # the follow-up's city
    assert _found(store, search="petrova") == {"Rückruf"}  # a contact in Cyrillic
    assert _found(store, search="presse") == {"Fotos teilen"}  # the notes
    assert _found(store, search="zoe") == {"Zweiter Besuch planen"}  # the owner
    assert _found(store, search="besuch kalin") == {"Rückruf", "Zweiter Besuch planen"}
    assert _found(store, search="besuch gdansk") == set()
    assert _found(store, search="ller") == set()  # words are found by their beginning


def test_the_words_follow_a_renamed_trip_contact_and_city(store, office):
    trips.update_trip(store, office["forum"], {"title": "Hansetag"})
    contacts.update_contact(store, office["mueller"], {"name": "Jürgen Schmidt"})
    cities.update_city(store, office["aarhus"], {"name": "Aalborg"})
    assert _found(store, search="ostsee") == set()
    assert _found(store, search="hansetag") == {"Dankesbrief an Herrn Müller", "Fotos teilen"}
    assert _found(store, search="schmidt") == {"Dankesbrief an Herrn Müller"}
    assert _found(store, search="aalborg") == {"Ratsbericht"}
    followups.update_follow_up(store, office["ids"][1], {"action": "Bilder teilen"})
    assert _found(store, search="bilder") == {"Bilder teilen"}
    assert _found(store, search="fotos") == set()


def test_owner_window_and_status_are_conditions_of_the_query(store, office):
    assert _found(store, owner="BÜRO OB") == {"Dankesbrief an Herrn Müller", "Fotos teilen"}
    assert _found(store, owner="zoe ahnlich") == {"Zweiter Besuch planen"}
    assert _found(store, owner="Niemand") == set()
    assert _found(store, window=DueWindow.OVERDUE) == {"Dankesbrief an Herrn Müller"}
    assert _found(store, window=DueWindow.THIS_WEEK) == {"Rückruf"}
    assert _found(store, window=DueWindow.NEXT_30_DAYS) == {"Rückruf", "Zweiter Besuch planen"}
    assert _found(store, window=DueWindow.UNDATED) == {"Fotos teilen"}
    assert _found(store, statuses=frozenset(OPEN), owner="referat") == {"Rückruf"}
    flt = FollowUpFilter(owner="Referat")
    assert followups.count_follow_ups(store, flt, TODAY) == 2
    summary = followups.due_summary(store, TODAY)
    assert (summary.overdue, summary.this_week, summary.open) == (1, 1, 4)


@pytest.mark.parametrize("sort", SORTABLE)
def test_every_column_sorts_and_pages_add_up(store, office, sort):
    flt = FollowUpFilter()
    whole = followups.filter_follow_ups(store, flt, TODAY, sort=sort)
    assert sorted(r.id for r in whole) == sorted(office["ids"])
    pages = [r for offset in range(0, 5, 2) for r in followups.filter_follow_ups(
        store, flt, TODAY, limit=2, offset=offset, sort=sort)]
    assert [r.id for r in pages] == [r.id for r in whole]
    backwards = followups.filter_follow_ups(store, flt, TODAY, sort=sort, descending=True)
    assert [r.id for r in backwards] == [r.id for r in reversed(whole)]


def test_sorting_by_text_dates_and_status(store, office):
    def order(sort, **kwargs):
        return [r.action for r in followups.filter_follow_ups(
            store, FollowUpFilter(), TODAY, sort=sort, **kwargs)]

    assert order(None) == ["Ratsbericht", "Dankesbrief an Herrn Müller", "Rückruf",
                           "Zweiter Besuch planen", "Fotos teilen"]  # undated last
    assert order("action")[:2] == ["Dankesbrief an Herrn Müller", "Fotos teilen"]
    assert order("status")[-1] == "Ratsbericht"  # open, in progress, done
    assert order("goals")[0] == "Dankesbrief an Herrn Müller"  # with goals first
    assert order("contact")[-2:] == ["Dankesbrief an Herrn Müller", "Rückruf"]  # Latin, Cyrillic
    with pytest.raises(ValidationError):
        followups.filter_follow_ups(store, FollowUpFilter(), TODAY, sort="notes; drop")


def test_action_owner_and_city_sort_folded_and_follow_a_rename(store, office):
    """Kept on every flush: "Ärzte…" with A, "Århus" with A, after a rename too."""
    gdansk_id = next(c.id for c in cities.list_cities(store) if c.name == "Gdańsk")
    followups.add_follow_up(store, None, {"action": "Ärzte einladen", "owner": "Amt 20",
                                          "city": gdansk_id})

    def order(sort):
        return [r.action for r in followups.filter_follow_ups(
            store, FollowUpFilter(), TODAY, sort=sort)]

    assert order("action")[0] == "Ärzte einladen"
    assert order("owner")[0] == "Ärzte einladen"  # Amt 20 before Büro OB
    by_city = order("city")  # no city first, then Århus, then the Gdańsk ones
    assert by_city[2] == "Ratsbericht" and by_city[-1] == "Ärzte einladen"
    cities.update_city(store, office["aarhus"], {"name": "Zagreb-Århus"})
    assert order("city")[-1] == "Ratsbericht"


def test_trips_sort_folded_like_the_trips_list(store, office):
    """The trip "Ärztetag" sorts with A, before "Besuch…", on both engines (lower() in SQL put it
    after Z on SQLite)."""
    doctors = trips.create_trip(store, {"title": "Ärztetag", "start": "2026-01-05",
                                        "end": "2026-01-06"})
    followups.add_follow_up(store, doctors.id, {"action": "Programm senden"})
    order = [r.action for r in followups.filter_follow_ups(store, FollowUpFilter(), TODAY,
                                                           sort="trip")]
    assert order[:3] == ["Ratsbericht", "Programm senden", "Rückruf"]  # no trip first


def test_trip_choices_are_found_by_words_newest_first(store, office):
    other = trips.create_trip(store, {"title": "Ostsee-Forum Gdańsk", "start": "2027-02-02",
                                      "end": "2027-02-04"})
    found = choices.trip_choices(store, "gdansk")
    assert [ident for ident, _title, _start in found] == [other.id, office["forum"]]
    with_follow_ups = choices.trip_choices(store, "", with_follow_ups=True)
    assert [t[0] for t in with_follow_ups] == [office["forum"], office["visit"]]
    assert choices.trip_choices(store, "forum", limit=1) == [found[0]]
    assert choices.trip_choice(store, office["visit"])[1] == "Besuch in Kaliningrad"
    assert choices.trip_choice(store, 99999) is None


def test_one_follow_up_is_read_alone(store, office):
    from delegations.errors import NotFoundError

    row = followups.get_follow_up(store, office["ids"][0])
    assert (row.action, row.contact_name, len(row.goal_ids)) == (
        "Dankesbrief an Herrn Müller", "Jürgen Müller", 1)
    assert followups.get_follow_up(store, office["ids"][3]).city_name == "Århus"
    followups.delete_follow_up(store, office["ids"][3])
    with pytest.raises(NotFoundError):
        followups.get_follow_up(store, office["ids"][3])
