"""Outcomes linked to the goals, contacts and cities involved, with their documents."""

from pathlib import Path

import pytest

from delegations.errors import NotFoundError, ValidationError
from delegations.services import cities, contacts, goals, outcomes, trips


@pytest.fixture
def trip(store):
    sf = cities.create_city(store, {"name": "San Francisco", "timezone": "America/Los_Angeles"})
    hangzhou = cities.create_city(store, {"name": "杭州", "timezone": "Asia/Shanghai"})
    mayor = contacts.create_contact(store, {"name": "London Breed", "city": sf.id})
    envoy = contacts.create_contact(store, {"name": "Åsa Kämpfer"})
    goal = goals.create_goal(store, {"name": "Partnerschaften pflegen"})
    trip = trips.create_trip(store, {"title": "SF 2026", "start": "2026-02-22",
                                     "end": "2026-02-27", "destinations": [sf.id]})
    return {"id": trip.id, "sf": sf.id, "hangzhou": hangzhou.id, "mayor": mayor.id,
            "envoy": envoy.id, "goal": goal.id}


def test_outcome_links_goals_contacts_and_cities(store, trip):
    row = outcomes.add_outcome(store, trip["id"], {
        "kind": "agreement", "date": "2026-02-24", "text": "Partnerschaft unbefristet",
        "goals": [trip["goal"]], "contacts": [trip["mayor"], trip["envoy"]],
        "cities": [trip["sf"], trip["hangzhou"]]})
    detail = outcomes.get_outcome(store, row.id)
    assert detail.contact_names == ("London Breed", "Åsa Kämpfer")
    assert set(detail.city_ids) == {trip["sf"], trip["hangzhou"]}
    assert detail.goal_ids == (trip["goal"],)
    outcomes.update_outcome(store, row.id, {"contacts": [trip["envoy"]], "cities": []})
    detail = outcomes.get_outcome(store, row.id)
    assert (detail.contact_ids, detail.city_ids) == ((trip["envoy"],), ())
    assert outcomes.outcome_details(store, trip["id"]) == [detail]


def test_unknown_links_are_refused(store, trip):
    with pytest.raises(ValidationError) as err:
        outcomes.add_outcome(store, trip["id"], {"text": "x", "contacts": [999]})
    assert err.value.field == "contacts"
    with pytest.raises(ValidationError) as err:
        outcomes.add_outcome(store, trip["id"], {"text": "x", "cities": "sf"})
    assert err.value.field == "cities"
    assert outcomes.outcome_details(store, trip["id"]) == []


def test_a_deleted_contact_leaves_the_outcome(store, trip):
    row = outcomes.add_outcome(store, trip["id"], {"text": "Met", "contacts": [trip["envoy"]]})
    contacts.delete_contact(store, trip["envoy"])
    assert outcomes.get_outcome(store, row.id).contact_ids == ()


def test_attachments_by_reference_and_url(store, trip, tmp_path):
    row = outcomes.add_outcome(store, trip["id"], {"text": "Signed"})
    pdf = tmp_path / "Vertrag Kiel–SF.pdf"
    pdf.write_bytes(b"%PDF-1.4 signed")
    first = outcomes.add_attachment(store, row.id, str(pdf))
    second = outcomes.add_attachment(store, row.id, "https://kiel.de/presse/sf", "Presse")
    assert (first.title, first.copied, first.is_url) == ("Vertrag Kiel–SF.pdf", False, False)
    assert (second.title, second.is_url) == ("Presse", True)
    assert outcomes.attachment_target(first) == str(pdf)
    assert outcomes.get_outcome(store, row.id).attachments == (first, second)
    outcomes.remove_attachment(store, first.id)
    assert outcomes.get_outcome(store, row.id).attachments == (second,)
    back = outcomes.restore_attachment(store, first)
    assert [a.title for a in outcomes.get_outcome(store, row.id).attachments] == [
        "Presse", "Vertrag Kiel–SF.pdf"]
    assert back.location == str(pdf)
    with pytest.raises(NotFoundError):
        outcomes.remove_attachment(store, first.id)


def test_attachments_copied_into_the_data_folder(store, trip, tmp_path):
    row = outcomes.add_outcome(store, trip["id"], {"text": "Signed"})
    source = tmp_path / "in" / "agreement.pdf"
    source.parent.mkdir()
    source.write_bytes(b"%PDF-1.4 original")
    data = tmp_path / "data"
    one = outcomes.add_attachment(store, row.id, str(source), copy=True, folder=data)
    two = outcomes.add_attachment(store, row.id, str(source), copy=True, folder=data)
    assert one.copied and one.location == "attachments/sf-2026/agreement.pdf"
    assert two.location == "attachments/sf-2026/agreement-2.pdf"
    source.write_bytes(b"changed later")
    assert Path(outcomes.attachment_target(one, data)).read_bytes() == b"%PDF-1.4 original"
    assert sorted(p.name for p in (data / "attachments" / "sf-2026").iterdir()) == [
        "agreement-2.pdf", "agreement.pdf"]


def test_a_missing_file_is_refused_and_nothing_is_attached(store, trip, tmp_path):
    row = outcomes.add_outcome(store, trip["id"], {"text": "Signed"})
    with pytest.raises(ValidationError) as err:
        outcomes.add_attachment(store, row.id, str(tmp_path / "nope.pdf"), copy=True,
                                folder=tmp_path / "data")
    assert "nope.pdf" in err.value.message("en")
    with pytest.raises(ValidationError):
        outcomes.add_attachment(store, row.id, "   ")
    assert outcomes.get_outcome(store, row.id).attachments == ()


def test_deleting_an_outcome_removes_its_attachments(store, trip):
    row = outcomes.add_outcome(store, trip["id"], {"text": "Signed"})
    outcomes.add_attachment(store, row.id, "https://example.org/a.pdf")
    outcomes.delete_outcome(store, row.id)
    with pytest.raises(NotFoundError):
        outcomes.get_outcome(store, row.id)
