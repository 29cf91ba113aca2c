"""A trip and everything planned inside it: delegation, programme, travel and hotels."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

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

from delegations.enums import AgendaKind, RegistrationStatus, Role, TravelMode, TripKind, TripStatus
from delegations.model.base import (
    NAME,
    REF,
    TZ,
    Base,
    UTCDateTime,
    Versioned,
    enum_column,
    sorted_text,
)
from delegations.model.directory import City, Contact, Goal

T = TypeVar("T")
L = TypeVar("L", bound=Any)


def _link(name: str, left: str, right: str, right_delete: str = "CASCADE") -> Table:
    """A many-to-many link table whose rows vanish with the left side."""
    return Table(
        name,
        Base.metadata,
        Column(f"{left}_id", ForeignKey(f"{left}.id", ondelete="CASCADE"), primary_key=True),
        Column(
            f"{right}_id", ForeignKey(f"{right}.id", ondelete=right_delete), primary_key=True,
            index=True,
        ),
    )


trip_goal = _link("trip_goal", "trip", "goal")
agenda_contact = _link("agenda_contact", "agenda_item", "contact", right_delete="RESTRICT")
agenda_attendee = _link("agenda_attendee", "agenda_item", "participant")
travel_traveller = _link("travel_traveller", "travel_leg", "participant")
accommodation_guest = _link("accommodation_guest", "accommodation", "participant")


class Trip(Versioned, Base):
    """A delegation trip, an incoming visit, a citizens' trip, an exchange or a forum."""

    __tablename__ = "trip"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="end_after_start"),
        CheckConstraint("capacity IS NULL OR capacity >= 0", name="capacity_positive"),
        Index("ix_trip_dates", "start_date", "end_date"),
        Index("ix_trip_sort_title", "sort_title", "id"),
        Index("ix_trip_sort_destinations", "sort_destinations", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(REF, unique=True)
    title: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[TripKind] = mapped_column(enum_column(TripKind, "trip_kind"))
    status: Mapped[TripStatus] = mapped_column(enum_column(TripStatus, "trip_status"), index=True)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    purpose: Mapped[str] = mapped_column(Text, default="")
    objectives: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(5), default="de")
    capacity: Mapped[int | None] = mapped_column(Integer)
    budget_cents: Mapped[int | None] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    funding_source: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    example: Mapped[bool] = mapped_column(Boolean, default=False)
    # the briefing pack: English texts for English papers, key messages, logistics on site
    title_en: Mapped[str] = mapped_column(String(300), default="")
    purpose_en: Mapped[str] = mapped_column(Text, default="")
    objectives_en: Mapped[str] = mapped_column(Text, default="")
    key_messages: Mapped[str] = mapped_column(Text, default="")
    logistics: Mapped[str] = mapped_column(Text, default="")
    #: The title and the destinations (joined as the list shows them) folded for sorting,
    #: kept by model.sorting (as Contact.sort_name), each with an index in list order.
    sort_title: Mapped[str] = mapped_column(sorted_text(300), default="",
                                            info={"derived": True})
    sort_destinations: Mapped[str] = mapped_column(sorted_text(300), default="",
                                                   info={"derived": True})

    destination_links: Mapped[list[TripDestination]] = relationship(
        order_by="(TripDestination.position, TripDestination.city_id)",
        cascade="all, delete-orphan", passive_deletes=True, back_populates="trip",
    )
    goals: Mapped[list[Goal]] = relationship(secondary=trip_goal,
                                             order_by=(Goal.position, Goal.id))
    counterpart_links: Mapped[list[TripCounterpart]] = relationship(
        order_by="(TripCounterpart.position, TripCounterpart.contact_id)",
        cascade="all, delete-orphan", passive_deletes=True, back_populates="trip",
    )
    participants: Mapped[list[Participant]] = relationship(
        order_by="(Participant.precedence, Participant.id)", cascade="all, delete-orphan",
        passive_deletes=True, back_populates="trip",
    )
    agenda: Mapped[list[AgendaItem]] = relationship(
        order_by="(AgendaItem.start_utc, AgendaItem.id)", cascade="all, delete-orphan",
        passive_deletes=True, back_populates="trip",
    )
    travel: Mapped[list[TravelLeg]] = relationship(
        order_by="(TravelLeg.depart_utc, TravelLeg.id)", cascade="all, delete-orphan",
        passive_deletes=True, back_populates="trip",
    )
    accommodation: Mapped[list[Accommodation]] = relationship(
        order_by="(Accommodation.check_in, Accommodation.id)", cascade="all, delete-orphan",
        passive_deletes=True, back_populates="trip",
    )

    @property
    def destinations(self) -> list[City]:
        return [link.city for link in self.destination_links]

    @property
    def counterparts(self) -> list[Contact]:
        return [link.contact for link in self.counterpart_links]

    def set_destinations(self, cities: Sequence[City]) -> None:
        """The destinations in the order given, keeping the links that stay."""
        self.destination_links = _in_order(self.destination_links, cities,
                                           lambda link: link.city,
                                           lambda city: TripDestination(city=city))

    def set_counterparts(self, people: Sequence[Contact]) -> None:
        """The counterparts in the order given, keeping the links that stay."""
        self.counterpart_links = _in_order(self.counterpart_links, people,
                                           lambda link: link.contact,
                                           lambda person: TripCounterpart(contact=person))


def _in_order(links: Sequence[L], targets: Sequence[T], target_of: Callable[[L], T],
              make: Callable[[T], L]) -> list[L]:
    """Links to `targets` with their positions set: an existing link is kept (the session
    holds one object per row, so identity finds it), a missing one is made."""
    current = {id(target_of(link)): link for link in links}
    ordered = []
    for position, target in enumerate(targets):
        link = current.get(id(target)) or make(target)
        link.position = position
        ordered.append(link)
    return ordered


class TripDestination(Base):
    """A destination city of a trip, in the order of travel; a city in use cannot be deleted."""

    __tablename__ = "trip_destination"

    trip_id: Mapped[int] = mapped_column(
        ForeignKey("trip.id", ondelete="CASCADE"), primary_key=True
    )
    city_id: Mapped[int] = mapped_column(
        ForeignKey("city.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    trip: Mapped[Trip] = relationship(back_populates="destination_links")
    city: Mapped[City] = relationship(lazy="joined")


class TripCounterpart(Base):
    """A counterpart of a trip (someone of the other side, from the directory), in the
    order the planners gave them; a contact deleted from the directory leaves the list."""

    __tablename__ = "trip_counterpart"

    trip_id: Mapped[int] = mapped_column(
        ForeignKey("trip.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    trip: Mapped[Trip] = relationship(back_populates="counterpart_links")
    contact: Mapped[Contact] = relationship(lazy="joined")


class Participant(Versioned, Base):
    """A member of the delegation, with rank, role, needs and registration status."""

    __tablename__ = "participant"
    __table_args__ = (
        UniqueConstraint("trip_id", "ref"),
        CheckConstraint("precedence >= 0", name="precedence_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    trip_id: Mapped[int] = mapped_column(ForeignKey("trip.id", ondelete="CASCADE"), index=True)
    ref: Mapped[str] = mapped_column(REF)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(NAME)
    function: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[Role] = mapped_column(enum_column(Role, "participant_role"))
    precedence: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[RegistrationStatus] = mapped_column(
        enum_column(RegistrationStatus, "registration_status")
    )
    registered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    diet: Mapped[str] = mapped_column(String(200), default="")
    mobility: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # protocol papers (migration 0006): address, visa letter, rooming list, badges, cars
    honorific: Mapped[str] = mapped_column(String(100), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    passport_name: Mapped[str] = mapped_column(String(200), default="")
    nationality: Mapped[str] = mapped_column(String(100), default="")
    passport_number: Mapped[str] = mapped_column(String(50), default="")
    room_type: Mapped[str] = mapped_column(String(100), default="")
    room_share: Mapped[str] = mapped_column(String(200), default="")
    room_requests: Mapped[str] = mapped_column(String(300), default="")
    billing: Mapped[str] = mapped_column(String(200), default="")
    delegation: Mapped[str] = mapped_column(String(200), default="")
    liaison: Mapped[str] = mapped_column(String(200), default="")
    function_en: Mapped[str] = mapped_column(String(200), default="")

    trip: Mapped[Trip] = relationship(back_populates="participants")
    contact: Mapped[Contact | None] = relationship()


class AgendaItem(Versioned, Base):
    """One programme point; instants in UTC, shown in the local time of `timezone`."""

    __tablename__ = "agenda_item"
    __table_args__ = (
        UniqueConstraint("trip_id", "ref"),
        CheckConstraint("end_utc >= start_utc", name="end_after_start"),
        Index("ix_agenda_item_trip_start", "trip_id", "start_utc"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    trip_id: Mapped[int] = mapped_column(ForeignKey("trip.id", ondelete="CASCADE"))
    ref: Mapped[str] = mapped_column(REF)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[AgendaKind] = mapped_column(enum_column(AgendaKind, "agenda_kind"))
    start_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    end_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    timezone: Mapped[str] = mapped_column(TZ)
    location: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    responsible: Mapped[str] = mapped_column(String(200), default="")
    dress_code: Mapped[str] = mapped_column(String(100), default="")
    objectives: Mapped[str] = mapped_column(Text, default="")
    talking_points: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    external_uid: Mapped[str] = mapped_column(Text, default="")  # UIDs have no limit
    title_en: Mapped[str] = mapped_column(String(300), default="")
    objectives_en: Mapped[str] = mapped_column(Text, default="")
    talking_points_en: Mapped[str] = mapped_column(Text, default="")
    expected_asks: Mapped[str] = mapped_column(Text, default="")
    press_line: Mapped[str] = mapped_column(Text, default="")

    trip: Mapped[Trip] = relationship(back_populates="agenda")
    contacts: Mapped[list[Contact]] = relationship(secondary=agenda_contact,
                                                   order_by=(Contact.name, Contact.id))
    attendees: Mapped[list[Participant]] = relationship(
        secondary=agenda_attendee, order_by=(Participant.precedence, Participant.id)
    )


class TravelLeg(Versioned, Base):
    """A flight, train or drive; each end in its own zone. No travellers means everyone."""

    __tablename__ = "travel_leg"
    __table_args__ = (
        UniqueConstraint("trip_id", "ref"),
        CheckConstraint("arrive_utc >= depart_utc", name="arrive_after_depart"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    trip_id: Mapped[int] = mapped_column(ForeignKey("trip.id", ondelete="CASCADE"), index=True)
    ref: Mapped[str] = mapped_column(REF)
    mode: Mapped[TravelMode] = mapped_column(enum_column(TravelMode, "travel_mode"))
    carrier: Mapped[str] = mapped_column(String(100), default="")
    number: Mapped[str] = mapped_column(String(50), default="")
    origin: Mapped[str] = mapped_column(String(200))
    depart_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    depart_timezone: Mapped[str] = mapped_column(TZ)
    destination: Mapped[str] = mapped_column(String(200))
    arrive_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    arrive_timezone: Mapped[str] = mapped_column(TZ)
    booking_ref: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    trip: Mapped[Trip] = relationship(back_populates="travel")
    travellers: Mapped[list[Participant]] = relationship(
        secondary=travel_traveller, order_by=Participant.precedence
    )


class Accommodation(Versioned, Base):
    """A hotel stay; no guests listed means the whole delegation."""

    __tablename__ = "accommodation"
    __table_args__ = (
        UniqueConstraint("trip_id", "ref"),
        CheckConstraint("check_out >= check_in", name="check_out_after_check_in"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    trip_id: Mapped[int] = mapped_column(ForeignKey("trip.id", ondelete="CASCADE"), index=True)
    ref: Mapped[str] = mapped_column(REF)
    name: Mapped[str] = mapped_column(String(300))
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    check_in: Mapped[date] = mapped_column(Date)
    check_out: Mapped[date] = mapped_column(Date)
    booking_ref: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    trip: Mapped[Trip] = relationship(back_populates="accommodation")
    guests: Mapped[list[Participant]] = relationship(
        secondary=accommodation_guest, order_by=Participant.precedence
    )
