"""The closed vocabularies of the domain, spelled as in the exchange format."""

from __future__ import annotations

from enum import StrEnum


class Relation(StrEnum):
    PARTNER = "partner"
    FRIENDLY = "friendly"
    COOPERATION = "cooperation"
    NETWORK = "network"
    OTHER = "other"


class TripKind(StrEnum):
    OUTGOING = "outgoing"
    INCOMING = "incoming"
    CITIZENS = "citizens"
    STAFF_EXCHANGE = "staff_exchange"
    YOUTH_EXCHANGE = "youth_exchange"
    FORUM = "forum"


class TripStatus(StrEnum):
    IDEA = "idea"
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    UNDER_WAY = "under_way"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


#: Trips that take place: the year's figures (report, start page, budget) count these,
#: not ideas, plans not yet confirmed or cancelled trips.
TAKES_PLACE = (TripStatus.CONFIRMED, TripStatus.UNDER_WAY, TripStatus.COMPLETED)


class Role(StrEnum):
    HEAD = "head"
    MEMBER = "member"
    STAFF = "staff"
    INTERPRETER = "interpreter"
    PRESS = "press"
    CITIZEN = "citizen"
    GUEST = "guest"


class RegistrationStatus(StrEnum):
    REGISTERED = "registered"
    CONFIRMED = "confirmed"
    WAITLISTED = "waitlisted"
    WITHDRAWN = "withdrawn"


class AgendaKind(StrEnum):
    MEETING = "meeting"
    CEREMONY = "ceremony"
    VISIT = "visit"
    MEAL = "meal"
    PRESS = "press"
    TRANSFER = "transfer"
    FREE = "free"
    OTHER = "other"


class TravelMode(StrEnum):
    FLIGHT = "flight"
    TRAIN = "train"
    BUS = "bus"
    CAR = "car"
    SHIP = "ship"
    OTHER = "other"


class OutcomeKind(StrEnum):
    AGREEMENT = "agreement"
    RESULT = "result"
    DECISION = "decision"
    CONTACT = "contact"
    PRESS = "press"
    OTHER = "other"


class FollowUpStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class GiftDirection(StrEnum):
    GIVEN = "given"
    RECEIVED = "received"


class GoalKind(StrEnum):
    """Levels of a city's goal taxonomy; Kiel uses all four."""

    OVERARCHING = "overarching"
    STRATEGIC = "strategic"
    SDG = "sdg"
    FIELD = "field"
    OTHER = "other"


class TableShape(StrEnum):
    ROUND = "round"
    LONG = "long"
    ROW = "row"  # a row of chairs (theatre seating)


class GiftDecision(StrEnum):
    """What became of a received gift (none yet: undecided)."""

    KEPT = "kept"  # kept by the city
    HANDED_OVER = "handed_over"
    RETURNED = "returned"
    DECLINED = "declined"
