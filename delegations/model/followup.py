"""What came of a trip: outcomes, follow-up actions and the gift register."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from delegations.enums import FollowUpStatus, GiftDecision, GiftDirection, OutcomeKind
from delegations.model.base import REF, Base, Versioned, enum_column, sorted_text
from delegations.model.directory import City, Contact, Goal
from delegations.model.trip import Trip


def _goal_link(name: str, left: str) -> Table:
    return Table(
        name,
        Base.metadata,
        Column(f"{left}_id", ForeignKey(f"{left}.id", ondelete="CASCADE"), primary_key=True),
        Column("goal_id", ForeignKey("goal.id", ondelete="CASCADE"), primary_key=True, index=True),
    )


def _outcome_link(name: str, right: str) -> Table:
    return Table(
        name,
        Base.metadata,
        Column("outcome_id", ForeignKey("outcome.id", ondelete="CASCADE"), primary_key=True),
        Column(f"{right}_id", ForeignKey(f"{right}.id", ondelete="CASCADE"), primary_key=True,
               index=True),
    )


outcome_goal = _goal_link("outcome_goal", "outcome")
follow_up_goal = _goal_link("follow_up_goal", "follow_up")
outcome_contact = _outcome_link("outcome_contact", "contact")
outcome_city = _outcome_link("outcome_city", "city")


class OutcomeAttachment(Versioned, Base):
    """A file that documents an outcome (a signed agreement): a path or URL, or a copy
    kept in the data folder (`copied`, then `location` is relative to that folder)."""

    __tablename__ = "outcome_attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    outcome_id: Mapped[int] = mapped_column(
        ForeignKey("outcome.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300), default="")
    location: Mapped[str] = mapped_column(Text)
    copied: Mapped[bool] = mapped_column(Boolean, default=False)


class Outcome(Versioned, Base):
    """A result of a trip: an agreement signed, a decision, a new contact, press."""

    __tablename__ = "outcome"
    __table_args__ = (UniqueConstraint("trip_id", "ref"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    trip_id: Mapped[int] = mapped_column(ForeignKey("trip.id", ondelete="CASCADE"), index=True)
    ref: Mapped[str] = mapped_column(REF)
    kind: Mapped[OutcomeKind] = mapped_column(enum_column(OutcomeKind, "outcome_kind"))
    date: Mapped[date | None] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text, default="")

    trip: Mapped[Trip] = relationship()
    goals: Mapped[list[Goal]] = relationship(secondary=outcome_goal,
                                             order_by=(Goal.position, Goal.id))
    contacts: Mapped[list[Contact]] = relationship(secondary=outcome_contact,
                                                   order_by=(Contact.name, Contact.id))
    cities: Mapped[list[City]] = relationship(secondary=outcome_city, order_by=(City.name, City.id))
    attachments: Mapped[list[OutcomeAttachment]] = relationship(
        cascade="all, delete-orphan", order_by=OutcomeAttachment.position
    )


class FollowUp(Versioned, Base):
    """A promise to keep: what, who, by when, and what it concerns."""

    __tablename__ = "follow_up"
    __table_args__ = (
        UniqueConstraint("trip_id", "ref"),
        Index("ix_follow_up_status_due", "status", "due"),
        Index("ix_follow_up_sort_action", "sort_action", "id"),
        Index("ix_follow_up_sort_owner", "sort_owner", "id"),
        Index("ix_follow_up_sort_city", "sort_city", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    trip_id: Mapped[int | None] = mapped_column(
        ForeignKey("trip.id", ondelete="CASCADE"), index=True
    )
    ref: Mapped[str] = mapped_column(REF)
    action: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due: Mapped[date | None] = mapped_column(Date)
    status: Mapped[FollowUpStatus] = mapped_column(
        enum_column(FollowUpStatus, "follow_up_status")
    )
    city_id: Mapped[int | None] = mapped_column(
        ForeignKey("city.id", ondelete="SET NULL"), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    completed_on: Mapped[date | None] = mapped_column(Date)
    # Folded copies the tracker sorts by (model.sorting), kept with the words on every flush.
    sort_action: Mapped[str] = mapped_column(sorted_text(300), default="",
                                             info={"derived": True})
    sort_owner: Mapped[str] = mapped_column(sorted_text(200), default="",
                                            info={"derived": True})
    sort_city: Mapped[str] = mapped_column(sorted_text(200), default="",
                                           info={"derived": True})

    trip: Mapped[Trip | None] = relationship()
    city: Mapped[City | None] = relationship()
    contact: Mapped[Contact | None] = relationship()
    goals: Mapped[list[Goal]] = relationship(secondary=follow_up_goal,
                                             order_by=(Goal.position, Goal.id))


class Gift(Versioned, Base):
    """An official gift given or received, so that nobody gets the same thing twice."""

    __tablename__ = "gift"
    __table_args__ = (CheckConstraint("value_cents IS NULL OR value_cents >= 0", name="value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(REF, unique=True)
    trip_id: Mapped[int | None] = mapped_column(
        ForeignKey("trip.id", ondelete="SET NULL"), index=True
    )
    direction: Mapped[GiftDirection] = mapped_column(enum_column(GiftDirection, "gift_direction"))
    description: Mapped[str] = mapped_column(Text)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    counterpart: Mapped[str] = mapped_column(String(200), default="")
    city_id: Mapped[int | None] = mapped_column(
        ForeignKey("city.id", ondelete="SET NULL"), index=True
    )
    date: Mapped[date | None] = mapped_column(Date)
    value_cents: Mapped[int | None] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    notes: Mapped[str] = mapped_column(Text, default="")
    # the register both ways (migration 0006): our side, where it is kept, the decision
    our_person: Mapped[str] = mapped_column(String(200), default="")
    kept_at: Mapped[str] = mapped_column(String(300), default="")
    decision: Mapped[GiftDecision | None] = mapped_column(
        enum_column(GiftDecision, "gift_decision"))
    thanked: Mapped[bool] = mapped_column(Boolean, default=False)  # a thank-you was sent

    trip: Mapped[Trip | None] = relationship()
    contact: Mapped[Contact | None] = relationship()
    city: Mapped[City | None] = relationship()
