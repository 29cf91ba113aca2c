"""Outcomes, follow-up actions and gifts: what came of a trip and what is still to do."""

from datetime import date

import pytest

from delegations.enums import FollowUpStatus as FS
from delegations.errors import NotFoundError, ValidationError
from delegations.services import cities, contacts, followups, gifts, goals, outcomes, trips

pytestmark = pytest.mark.both_engines


@pytest.fixture
def world(store):
    sf = cities.create_city(store, {"name": "San Francisco", "timezone": "America/Los_Angeles"})
    tallinn = cities.create_city(store, {"name": "Tallinn", "timezone": "Europe/Tallinn"})
    trip = trips.create_trip(store, {"title": "Signing", "start": "2026-02-22",
                                     "end": "2026-02-27", "destinations": [sf.id]})
    jane = contacts.create_contact(store, {"name": "Jane", "city": sf.id})
    goal = goals.create_goal(store, {"name": "Klimaschutz", "kind": "strategic"})
    return {"sf": sf.id, "tallinn": tallinn.id, "trip": trip.id, "jane": jane.id,
            "goal": goal.id}


def test_outcomes_with_goals(store, world):
    row = outcomes.add_outcome(store, world["trip"], {
        "kind": "agreement", "date": "2026-02-24", "text": "Partnership made permanent",
        "goals": [world["goal"]]})
    assert (row.ref, row.goal_ids) == ("agreement", (world["goal"],))
    row = outcomes.update_outcome(store, row.id, {"goals": [], "text": "Signed"})
    assert (row.text, row.goal_ids) == ("Signed", ())
    with pytest.raises(ValidationError) as err:
        outcomes.add_outcome(store, world["trip"], {"kind": "party", "text": "x"})
    assert err.value.field == "kind"
    assert outcomes.list_outcomes(store, world["trip"]) == [row]
    outcomes.delete_outcome(store, row.id)
    assert trips.get_trip(store, world["trip"]).outcomes == ()


def _actions(rows):
    return [r.action for r in rows]


@pytest.fixture
def actions(store, world):
    add = followups.add_follow_up
    return {
        "letters": add(store, world["trip"], {"action": "Send thank-you letters",
                                              "due": "2026-03-06", "contact": world["jane"]}),
        "visit": add(store, world["trip"], {"action": "Plan return visit", "due": "2026-01-15",
                                            "status": "in_progress"}),
        "photos": add(store, world["trip"], {"action": "Share photos"}),
        "report": add(store, None, {"action": "Council report", "due": "2026-02-01",
                                    "status": "done", "city": world["tallinn"]}),
    }


def test_follow_ups_sorted_by_due_date_undated_last(store, actions):
    assert _actions(followups.list_follow_ups(store)) == [
        "Plan return visit", "Council report", "Send thank-you letters", "Share photos"]
    assert _actions(followups.list_follow_ups(store, open_only=True)) == [
        "Plan return visit", "Send thank-you letters", "Share photos"]
    assert _actions(followups.list_follow_ups(store, status="done")) == ["Council report"]


def test_follow_ups_by_trip_city_contact(store, world, actions):
    letters = actions["letters"]
    assert (letters.trip_title, letters.city_name, letters.contact_name) == (
        "Signing", "San Francisco", "Jane")
    assert _actions(followups.list_follow_ups(store, contact_id=world["jane"],
                                              open_only=True)) == ["Send thank-you letters"]
    assert _actions(followups.list_follow_ups(store, city_id=world["tallinn"])) == [
        "Council report"]
    assert len(followups.list_follow_ups(store, trip_id=world["trip"])) == 3
    assert len(trips.get_trip(store, world["trip"]).follow_ups) == 3


def test_status_changes_date_completion(store, actions):
    done = followups.set_follow_up_status(store, actions["letters"].id, "done")
    assert (done.status, done.completed_on) == (FS.DONE, followups.home_today(store))
    reopened = followups.set_follow_up_status(store, actions["letters"].id, FS.OPEN)
    assert reopened.completed_on is None
    assert actions["report"].completed_on == followups.home_today(store)
    with pytest.raises(ValidationError) as err:
        followups.set_follow_up_status(store, actions["letters"].id, "forgotten")
    assert err.value.field == "status"
    changed = followups.update_follow_up(store, actions["photos"].id,
                                         {"owner": "Protokoll", "due": "2026-04-01"})
    assert (changed.owner, changed.due) == ("Protokoll", date(2026, 4, 1))
    followups.delete_follow_up(store, actions["photos"].id)
    with pytest.raises(NotFoundError):
        followups.delete_follow_up(store, actions["photos"].id)


def test_follow_ups_go_with_their_trip(store, world, actions):
    trips.delete_trip(store, world["trip"])
    assert _actions(followups.list_follow_ups(store)) == ["Council report"]


def test_gift_register(store, world):
    given = gifts.add_gift(store, {"description": "Kieler Woche poster", "date": "2026-02-24",
                                       "trip": world["trip"], "contact": world["jane"],
                                       "city": world["sf"], "value": "120,50"})
    received = gifts.add_gift(store, {"description": "Golden Gate model",
                                          "direction": "received", "date": "2026-02-25",
                                          "trip": world["trip"]})
    assert (given.value_cents, given.contact_name, given.trip_title) == (12050, "Jane", "Signing")
    assert gifts.list_gifts(store, trip_id=world["trip"]) == [received, given]
    assert gifts.list_gifts(store, contact_id=world["jane"]) == [given]
    assert gifts.list_gifts(store, city_id=world["sf"]) == [given]
    with pytest.raises(ValidationError) as err:
        gifts.add_gift(store, {"description": "x", "value": "-5"})
    assert (err.value.field, err.value.message("de")) == ("value", "darf nicht negativ sein")
    changed = gifts.update_gift(store, given.id, {"contact": None, "notes": "framed"})
    assert (changed.contact_id, changed.notes) == (None, "framed")
    trips.delete_trip(store, world["trip"])
    assert {g.trip_id for g in gifts.list_gifts(store)} == {None}
    gifts.delete_gift(store, given.id)
    assert len(gifts.list_gifts(store)) == 1
