"""The domain model: SQLAlchemy 2 typed tables. Importing this package registers them all."""

from delegations.model.base import Base, UTCDateTime
from delegations.model.directory import City, Contact, Goal, Home, Setting
from delegations.model.followup import FollowUp, Gift, Outcome
from delegations.model.trip import (
    Accommodation,
    AgendaItem,
    Participant,
    TravelLeg,
    Trip,
    TripDestination,
)

__all__ = [
    "Accommodation",
    "AgendaItem",
    "Base",
    "City",
    "Contact",
    "FollowUp",
    "Gift",
    "Goal",
    "Home",
    "Outcome",
    "Participant",
    "Setting",
    "TravelLeg",
    "Trip",
    "TripDestination",
    "UTCDateTime",
]
