"""The seating plan of a programme item: tables (or theatre rows), the guest list with
each guest's rank within their own side, who sits where, and the office's rules.

A guest is a participant of the trip, a contact (a counterpart) or a name typed in;
`delegation` names their side ('' is the office's own people) and `rank` their place
in that side's order of precedence (equal numbers: the same rank). The order is data
the office keeps, never a rule in code.
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from delegations.enums import TableShape
from delegations.model.base import NAME, Base, Versioned, enum_column
from delegations.model.directory import Contact
from delegations.model.trip import AgendaItem, Participant


class SeatingPlan(Versioned, Base):
    """One plan per programme item, with the rules its proposal follows."""

    __tablename__ = "seating_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), unique=True)
    couples_together: Mapped[bool] = mapped_column(Boolean, default=True)
    interpreters_at_table: Mapped[bool] = mapped_column(Boolean, default=False)

    agenda_item: Mapped[AgendaItem] = relationship()
    tables: Mapped[list[SeatingTable]] = relationship(
        order_by="(SeatingTable.position, SeatingTable.id)", cascade="all, delete-orphan",
        passive_deletes=True, back_populates="plan")
    guests: Mapped[list[SeatingGuest]] = relationship(
        order_by="SeatingGuest.id", cascade="all, delete-orphan", passive_deletes=True,
        back_populates="plan", foreign_keys="SeatingGuest.plan_id")
    apart: Mapped[list[SeatingApart]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, back_populates="plan")


class SeatingTable(Versioned, Base):
    """A named table (round or long) or a theatre row; the head table is the first."""

    __tablename__ = "seating_table"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("seating_plan.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(NAME)
    shape: Mapped[TableShape] = mapped_column(enum_column(TableShape, "table_shape"))
    seats: Mapped[int] = mapped_column(Integer)
    head: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: a long table seated on both sides: the host in the middle of the first side,
    #: the principal guest opposite (the "French" style)
    both_sides: Mapped[bool] = mapped_column(Boolean, default=False)

    plan: Mapped[SeatingPlan] = relationship(back_populates="tables")


class SeatingGuest(Versioned, Base):
    """Someone on the plan's guest list, with their seat (if any) and whether it is locked.

    `seat` counts from the table's first seat (its host's seat) to the host's right.
    """

    __tablename__ = "seating_guest"
    __table_args__ = (UniqueConstraint("table_id", "seat"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("seating_plan.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(NAME, default="")  # a guest typed in by name
    delegation: Mapped[str] = mapped_column(NAME, default="")
    rank: Mapped[int] = mapped_column(Integer, default=1)
    interpreter: Mapped[bool] = mapped_column(Boolean, default=False)
    serves_id: Mapped[int | None] = mapped_column(
        ForeignKey("seating_guest.id", ondelete="SET NULL"))
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("seating_guest.id", ondelete="SET NULL"))
    table_id: Mapped[int | None] = mapped_column(
        ForeignKey("seating_table.id", ondelete="SET NULL"), index=True)
    seat: Mapped[int | None] = mapped_column(Integer)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)

    plan: Mapped[SeatingPlan] = relationship(back_populates="guests", foreign_keys=[plan_id])
    participant: Mapped[Participant | None] = relationship()
    contact: Mapped[Contact | None] = relationship()
    table: Mapped[SeatingTable | None] = relationship(foreign_keys=[table_id])


class SeatingApart(Base):
    """Two guests the office does not want next to each other."""

    __tablename__ = "seating_apart"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("seating_plan.id", ondelete="CASCADE"), index=True)
    first_id: Mapped[int] = mapped_column(ForeignKey("seating_guest.id", ondelete="CASCADE"))
    second_id: Mapped[int] = mapped_column(ForeignKey("seating_guest.id", ondelete="CASCADE"))

    plan: Mapped[SeatingPlan] = relationship(back_populates="apart")
