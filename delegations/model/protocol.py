"""Protocol papers: a person's own forms of address, and the cars of a visit.

The office's rules that propose forms of address, the letter templates and the gift
limit are small office-wide settings (the Setting table); what is kept here is what
belongs to one person or one trip.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from delegations.model.base import REF, Base, Versioned
from delegations.model.trip import AgendaItem, Participant, Trip


class AddressForm(Versioned, Base):
    """How one person wants to be addressed in one language: their own forms beat any
    rule. Belongs to a contact or to a participant, never to both."""

    __tablename__ = "address_form"
    __table_args__ = (
        UniqueConstraint("contact_id", "language"),
        UniqueConstraint("participant_id", "language"),
        CheckConstraint("language IN ('de', 'en')", name="language"),
        CheckConstraint("(contact_id IS NULL) <> (participant_id IS NULL)", name="one_owner"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True)
    language: Mapped[str] = mapped_column(String(5))
    envelope: Mapped[str] = mapped_column(Text, default="")
    salutation: Mapped[str] = mapped_column(String(300), default="")
    spoken: Mapped[str] = mapped_column(String(300), default="")


class Vehicle(Versioned, Base):
    """A car or minibus of a visit, with its driver and the seats it offers guests."""

    __tablename__ = "vehicle"
    __table_args__ = (
        UniqueConstraint("trip_id", "ref"),
        CheckConstraint("seats >= 1", name="seats_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    trip_id: Mapped[int] = mapped_column(ForeignKey("trip.id", ondelete="CASCADE"), index=True)
    ref: Mapped[str] = mapped_column(REF)
    name: Mapped[str] = mapped_column(String(200))
    driver: Mapped[str] = mapped_column(String(200), default="")
    driver_phone: Mapped[str] = mapped_column(String(100), default="")
    seats: Mapped[int] = mapped_column(Integer, default=4)
    notes: Mapped[str] = mapped_column(Text, default="")

    trip: Mapped[Trip] = relationship()


class VehicleRide(Base):
    """Who rides in which car for one transfer (programme item): one car per person."""

    __tablename__ = "vehicle_ride"
    __table_args__ = (UniqueConstraint("agenda_item_id", "participant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(
        ForeignKey("vehicle.id", ondelete="CASCADE"), index=True)
    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True)

    vehicle: Mapped[Vehicle] = relationship()
    item: Mapped[AgendaItem] = relationship()
    participant: Mapped[Participant] = relationship()
