"""Everything the store holds about one person (GDPR Art. 15), as JSON and as a PDF.

The export lists the contact record, every delegation place with the programme points,
travel and hotels the person was booked on, the meetings they were a counterpart in,
outcomes, follow-ups and gifts that name them, how long the data is kept, and the audit
log's entries about their records (which fields changed when, never values).
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from delegations.atomic import write_atomic
from delegations.model import (
    AddressForm,
    AgendaItem,
    AuditEntry,
    Base,
    Contact,
    FollowUp,
    Gift,
    Outcome,
    Participant,
    VehicleRide,
)
from delegations.model.followup import outcome_contact
from delegations.model.trip import agenda_contact
from delegations.owner_only import restrict
from delegations.privacy import audit
from delegations.privacy.person import Person, get_person
from delegations.privacy.retention import retention_months
from delegations.storage.store import Store

FORMAT = "delegations-person-export"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return getattr(value, "value", value)


def _columns(row: Base, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """The row's stored values; not the folded copies the program derives for sorting."""
    return {c.key: _plain(getattr(row, c.key)) for c in row.__table__.columns
            if c.key not in skip and not c.info.get("derived")}


def _participation(p: Participant) -> dict[str, Any]:
    trip = p.trip
    out = _columns(p, skip=("trip_id",))
    out["trip"] = {"ref": trip.ref, "title": trip.title, "start": trip.start_date.isoformat(),
                   "end": trip.end_date.isoformat(), "kind": trip.kind.value}
    out["programme"] = [{"title": a.title, "start_utc": a.start_utc.isoformat(),
                         "location": a.location} for a in trip.agenda
                        if not a.attendees or p in a.attendees]
    out["travel"] = [{"mode": t.mode.value, "from": t.origin, "to": t.destination,
                      "depart_utc": t.depart_utc.isoformat(), "booking_ref": t.booking_ref}
                     for t in trip.travel if not t.travellers or p in t.travellers]
    out["hotels"] = [{"name": h.name, "check_in": h.check_in.isoformat(),
                      "check_out": h.check_out.isoformat()}
                     for h in trip.accommodation if not h.guests or p in h.guests]
    return out


def _about_contact(s: Session, contact_id: int) -> dict[str, Any]:
    meetings = s.scalars(select(AgendaItem).join(
        agenda_contact, agenda_contact.c.agenda_item_id == AgendaItem.id)
        .where(agenda_contact.c.contact_id == contact_id).order_by(AgendaItem.start_utc))
    outcomes = s.scalars(select(Outcome).join(
        outcome_contact, outcome_contact.c.outcome_id == Outcome.id)
        .where(outcome_contact.c.contact_id == contact_id))
    return {
        "meetings": [{"trip": m.trip.ref, "title": m.title, "start_utc": m.start_utc.isoformat(),
                      "location": m.location} for m in meetings],
        "outcomes": [{"trip": o.trip.ref, "kind": o.kind.value, "text": o.text} for o in outcomes],
        "follow_ups": [_columns(f, skip=("contact_id",)) for f in
                       s.scalars(select(FollowUp).where(FollowUp.contact_id == contact_id))],
        "gifts": [_columns(g, skip=("contact_id",)) for g in
                  s.scalars(select(Gift).where(Gift.contact_id == contact_id))],
    }


def _forms(s: Session, column: Any, ident: int) -> list[dict[str, Any]]:
    """The person's own forms of address (migration 0006)."""
    return [_columns(f, skip=("id", "contact_id", "participant_id", "row_version"))
            for f in s.scalars(select(AddressForm).where(column == ident))]


def _papers(s: Session, p: Participant) -> dict[str, Any]:
    """Their own forms of address and the cars they ride in, for the protocol papers."""
    rides = s.scalars(select(VehicleRide).where(VehicleRide.participant_id == p.id))
    return {"address_forms": _forms(s, AddressForm.participant_id, p.id),
            "cars": [{"item": r.item.title, "car": r.vehicle.name, "driver": r.vehicle.driver}
                     for r in rides]}


def _audit(s: Session, person: Person) -> list[dict[str, Any]]:
    keys = [("participant", str(i)) for i in person.participant_ids]
    if person.contact_id is not None:
        keys.append(("contact", str(person.contact_id)))
    if not keys:
        return []
    query = select(AuditEntry).where(or_(*(
        (AuditEntry.entity == e) & (AuditEntry.key == k) for e, k in keys)))
    return [{"at": a.at.isoformat(), "actor": a.actor, "action": a.action, "entity": a.entity,
             "key": a.key, "fields": a.fields} for a in s.scalars(query.order_by(AuditEntry.at))]


def person_data(store: Store, key: str, now: datetime | None = None) -> dict[str, Any]:
    """All the store holds about the person `key`, as plain JSON-ready data."""
    person = get_person(store, key)
    with store.read() as s:
        data: dict[str, Any] = {
            "format": FORMAT, "version": 1,
            "exported_at": (now or datetime.now(UTC)).isoformat(),
            "person": {"name": person.name, "email": person.email, "phone": person.phone},
            "contact": None, "participations": [],
            "retention_months": retention_months(store),
        }
        if person.contact_id is not None:
            contact = s.get(Contact, person.contact_id)
            if contact is not None:
                data["contact"] = _columns(contact)
                data["contact"]["city"] = contact.city.name if contact.city else None
                data["contact"].update(_about_contact(s, contact.id))
                data["contact"]["address_forms"] = _forms(s, AddressForm.contact_id, contact.id)
        participants = s.scalars(select(Participant).where(
            Participant.id.in_(person.participant_ids)).order_by(Participant.id))
        data["participations"] = [{**_participation(p), **_papers(s, p)} for p in participants]
        data["audit"] = _audit(s, person)
    return data


def export_json(store: Store, key: str, out: str | Path) -> Path:
    """Write the person's data as UTF-8 JSON (whole or not at all); logged in the audit."""
    data = person_data(store, key)
    write_atomic(out, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
    restrict(Path(out))  # personal data: for the user's eyes only
    audit.record(store, "export", "person", key, detail="json")
    return Path(out)
