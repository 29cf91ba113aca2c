"""Which columns hold personal data, tagged once; export, erasure and retention read it here.

*Personal* fields say who someone is or how to reach them; *sensitive* ones (diet,
mobility needs) can reveal health or religion (GDPR Art. 9): they are optional, shown
only where they are needed (the internal delegation list), and never printed on a
document meant for others (the itinerary's `external` variant).
Columns not listed (role, status, organisation, dates, trip links) stay after
anonymisation, so that the history and the statistics of trips are kept.
"""

from __future__ import annotations

from sqlalchemy import Enum, String, Text

from delegations.model import AddressForm, Base, Contact, FollowUp, Gift, Participant, Vehicle

#: Personal columns by model. Erasure blanks them (the name becomes a pseudonym).
PERSONAL: dict[type[Base], tuple[str, ...]] = {
    Contact: ("name", "ref", "honorific", "title", "function", "email", "phone", "languages",
              "address_form", "bio", "notes"),
    Participant: ("name", "ref", "function", "email", "phone", "diet", "mobility", "notes",
                  "registered_at", "honorific", "title", "passport_name", "nationality",
                  "passport_number", "room_share", "room_requests", "liaison"),
    Gift: ("counterpart", "our_person"),
    AddressForm: ("envelope", "salutation", "spoken"),
    Vehicle: ("driver", "driver_phone"),
    FollowUp: ("owner",),
}

#: Special categories of personal data (health, religion): never on external documents.
SENSITIVE: dict[type[Base], tuple[str, ...]] = {
    Participant: ("diet", "mobility", "room_requests"),
}

#: The values that single a person out; after erasure none of them may remain in the file.
IDENTIFYING = ("name", "email", "phone")

#: Refs of anonymised rows start with this (language-independent marker).
ANONYMISED_REF = "anon-"


def personal_fields(model: type[Base]) -> tuple[str, ...]:
    """The personal columns of `model` (empty when it holds none)."""
    return PERSONAL.get(model, ())


def sensitive_fields(model: type[Base]) -> tuple[str, ...]:
    """The special-category columns of `model`."""
    return SENSITIVE.get(model, ())


def is_personal(model: type[Base], field: str) -> bool:
    return field in personal_fields(model)


def is_sensitive(model: type[Base], field: str) -> bool:
    return field in sensitive_fields(model)


def text_columns(model: type[Base]) -> list[str]:
    """The text columns of a model (where a name may be mentioned in passing); not those
    the program derives from others (`info={"derived": True}`, e.g. a folded sort key),
    which follow their source when it changes."""
    return [c.key for c in model.__table__.columns
            if isinstance(c.type, String | Text) and not isinstance(c.type, Enum)
            and not c.primary_key and not c.info.get("derived")]


def all_models() -> list[type[Base]]:
    """Every mapped model except the audit log (which never holds values)."""
    return [m.class_ for m in Base.registry.mappers if m.class_.__tablename__ != "audit_entry"]
