"""Human names of the domain's closed vocabularies, translatable with Qt's tools."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from delegations.enums import (
    AgendaKind,
    RegistrationStatus,
    Relation,
    Role,
    TravelMode,
    TripKind,
    TripStatus,
)

_CONTEXT = "Labels"

_TRIP_KINDS = {
    TripKind.OUTGOING: QT_TRANSLATE_NOOP("Labels", "Delegation trip"),
    TripKind.INCOMING: QT_TRANSLATE_NOOP("Labels", "Incoming visit"),
    TripKind.CITIZENS: QT_TRANSLATE_NOOP("Labels", "Citizens' trip"),
    TripKind.STAFF_EXCHANGE: QT_TRANSLATE_NOOP("Labels", "Staff exchange"),
    TripKind.YOUTH_EXCHANGE: QT_TRANSLATE_NOOP("Labels", "Youth exchange"),
    TripKind.FORUM: QT_TRANSLATE_NOOP("Labels", "Forum / conference"),
}
_TRIP_STATUSES = {
    TripStatus.IDEA: QT_TRANSLATE_NOOP("Labels", "Idea"),
    TripStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
    TripStatus.CONFIRMED: QT_TRANSLATE_NOOP("Labels", "Confirmed"),
    TripStatus.UNDER_WAY: QT_TRANSLATE_NOOP("Labels", "Under way"),
    TripStatus.COMPLETED: QT_TRANSLATE_NOOP("Labels", "Completed"),
    TripStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}
_ROLES = {
    Role.HEAD: QT_TRANSLATE_NOOP("Labels", "Head of delegation"),
    Role.MEMBER: QT_TRANSLATE_NOOP("Labels", "Member"),
    Role.STAFF: QT_TRANSLATE_NOOP("Labels", "Staff"),
    Role.INTERPRETER: QT_TRANSLATE_NOOP("Labels", "Interpreter"),
    Role.PRESS: QT_TRANSLATE_NOOP("Labels", "Press"),
    Role.CITIZEN: QT_TRANSLATE_NOOP("Labels", "Citizen"),
    Role.GUEST: QT_TRANSLATE_NOOP("Labels", "Guest"),
}
_REGISTRATIONS = {
    RegistrationStatus.REGISTERED: QT_TRANSLATE_NOOP("Labels", "Registered"),
    RegistrationStatus.CONFIRMED: QT_TRANSLATE_NOOP("Labels", "Confirmed"),
    RegistrationStatus.WAITLISTED: QT_TRANSLATE_NOOP("Labels", "Waiting list"),
    RegistrationStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
}
_AGENDA_KINDS = {
    AgendaKind.MEETING: QT_TRANSLATE_NOOP("Labels", "Meeting"),
    AgendaKind.CEREMONY: QT_TRANSLATE_NOOP("Labels", "Ceremony"),
    AgendaKind.VISIT: QT_TRANSLATE_NOOP("Labels", "Site visit"),
    AgendaKind.MEAL: QT_TRANSLATE_NOOP("Labels", "Meal"),
    AgendaKind.PRESS: QT_TRANSLATE_NOOP("Labels", "Press"),
    AgendaKind.TRANSFER: QT_TRANSLATE_NOOP("Labels", "Transfer"),
    AgendaKind.FREE: QT_TRANSLATE_NOOP("Labels", "Free time"),
    AgendaKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}
_TRAVEL_MODES = {
    TravelMode.FLIGHT: QT_TRANSLATE_NOOP("Labels", "Flight"),
    TravelMode.TRAIN: QT_TRANSLATE_NOOP("Labels", "Train"),
    TravelMode.BUS: QT_TRANSLATE_NOOP("Labels", "Bus"),
    TravelMode.CAR: QT_TRANSLATE_NOOP("Labels", "Car"),
    TravelMode.SHIP: QT_TRANSLATE_NOOP("Labels", "Ship"),
    TravelMode.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}
_RELATIONS = {
    Relation.PARTNER: QT_TRANSLATE_NOOP("Labels", "Partner city"),
    Relation.FRIENDLY: QT_TRANSLATE_NOOP("Labels", "Friendly city"),
    Relation.COOPERATION: QT_TRANSLATE_NOOP("Labels", "Cooperation"),
    Relation.NETWORK: QT_TRANSLATE_NOOP("Labels", "Network"),
    Relation.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}
# Several vocabularies share values ("confirmed", "press"), so each keeps its own table.
_BY_TYPE: dict[type, dict] = {
    TripKind: _TRIP_KINDS, TripStatus: _TRIP_STATUSES, Role: _ROLES,
    RegistrationStatus: _REGISTRATIONS, AgendaKind: _AGENDA_KINDS, TravelMode: _TRAVEL_MODES,
    Relation: _RELATIONS,
}


def label(value: StrEnum) -> str:
    """The translated name of an enum value (its raw value if it has none)."""
    text = _BY_TYPE.get(type(value), {}).get(value)
    return QCoreApplication.translate(_CONTEXT, text) if text else str(value)
