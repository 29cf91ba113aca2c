"""Personal fields tagged once; external papers never show needs; a person's data exported."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

import pytest
from pypdf import PdfReader

from delegations.documents import DocumentRequest, document_bytes
from delegations.model import Contact, Participant, Trip
from delegations.privacy import fields
from delegations.privacy.export import export_json, person_data
from delegations.privacy.pdf import export_pdf
from delegations.privacy.person import find_people
from delegations.services import trips
from delegations.storage.store import Store
from tests.stores import opened_copy

NEEDS = ("vegetarisch", "Nussallergie", "Knieoperation", "vegan", "Rollator", "Diabetiker",
         "laktosefrei")


@pytest.fixture(scope="module")
def demo(tmp_path_factory, demo_file) -> Iterator[Store]:
    yield from opened_copy(demo_file, tmp_path_factory.mktemp("privacy") / "office.sqlite")


def _text(data: bytes) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages)


def test_the_registry_tags_personal_and_sensitive_fields():
    assert fields.is_sensitive(Participant, "diet") and fields.is_sensitive(Participant, "mobility")
    assert fields.is_personal(Contact, "email") and fields.is_personal(Participant, "phone")
    assert not fields.is_personal(Participant, "role") and not fields.personal_fields(Trip)
    for model, names in fields.PERSONAL.items():
        assert set(names) <= set(model.__table__.columns.keys())
    assert "role" not in fields.text_columns(Participant)  # an enum, not free text


@pytest.mark.parametrize("ref", ["sf-2026", "buergerreise-aarhus-2026"])
def test_external_itinerary_never_prints_diet_or_mobility(demo, ref):
    trip_id = trips.find_trip(demo, ref)
    full = _text(document_bytes(demo, DocumentRequest("itinerary", trip_id, variant="full")))
    external = _text(document_bytes(demo, DocumentRequest("itinerary", trip_id,
                                                          variant="external")))
    assert any(need in full for need in NEEDS)  # the internal copy does list them
    assert not [need for need in NEEDS if need in external]


def test_participants_without_contact_group_by_name_and_email(demo):
    [lund] = find_people(demo, "Gesa Lund")
    assert lund.contact_id is None and lund.places == 2
    [hansen] = find_people(demo, "f.hansen@")
    assert hansen.key.startswith("contact:") and hansen.places >= 2


def test_json_export_holds_everything_about_the_person(demo, tmp_path):
    [brandt] = find_people(demo, "Henrike Brandt")
    out = export_json(demo, brandt.key, tmp_path / "brandt.json")
    data = json.loads(out.read_text("utf-8"))
    assert out.stat().st_mode & 0o077 == 0
    assert data["contact"]["email"] == "h.brandt@example.org"
    [place] = data["participations"]
    assert place["diet"] == "vegetarisch" and place["trip"]["ref"] == "sf-2026"
    assert place["programme"] and data["retention_months"] == 24
    assert data["audit"] and all("vegetarisch" not in json.dumps(a) for a in data["audit"])


def test_pdf_export_is_readable(demo, tmp_path):
    [person] = find_people(demo, "陈静")
    out = export_pdf(demo, person.key, tmp_path / "chen.pdf", language="en")
    text = _text(out.read_bytes())
    assert "Personal data" in text and "chen.jing@example.org" in text
    assert "Contact record" in text and "Delegations" in text
    assert person_data(demo, person.key)["participations"][0]["diet"] == "kein Rindfleisch"
