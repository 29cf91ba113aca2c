"""The domain model: SQLAlchemy 2 typed tables. Importing this package registers them all."""

from delegations.model.audit import AuditEntry
from delegations.model.base import Base, UTCDateTime
from delegations.model.budget import BudgetCategory, BudgetLine, FundingSource
from delegations.model.directory import City, Contact, Goal, Home, Setting
from delegations.model.follow_up_words import follow_up_word
from delegations.model.followup import FollowUp, Gift, Outcome, OutcomeAttachment
from delegations.model.protocol import AddressForm, Vehicle, VehicleRide
from delegations.model.search import contact_word, trip_word
from delegations.model.seating import SeatingApart, SeatingGuest, SeatingPlan, SeatingTable
from delegations.model.trip import (
    Accommodation,
    AgendaItem,
    Participant,
    TravelLeg,
    Trip,
    TripCounterpart,
    TripDestination,
)

__all__ = [
    "Accommodation",
    "AddressForm",
    "AgendaItem",
    "AuditEntry",
    "Base",
    "BudgetCategory",
    "BudgetLine",
    "City",
    "Contact",
    "FollowUp",
    "FundingSource",
    "Gift",
    "Goal",
    "Home",
    "Outcome",
    "OutcomeAttachment",
    "Participant",
    "SeatingApart",
    "SeatingGuest",
    "SeatingPlan",
    "SeatingTable",
    "Setting",
    "TravelLeg",
    "Trip",
    "TripCounterpart",
    "TripDestination",
    "UTCDateTime",
    "Vehicle",
    "VehicleRide",
    "contact_word",
    "follow_up_word",
    "trip_word",
]
