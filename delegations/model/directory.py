"""The office's standing data: home settings, cities, contacts and the goal taxonomy."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from delegations.enums import GoalKind, Relation
from delegations.model.base import (
    NAME,
    REF,
    SORTED_NAME,
    TZ,
    Base,
    Versioned,
    enum_column,
    sorted_text,
)


class Home(Versioned, Base):
    """The one row of settings about the city whose office this is."""

    __tablename__ = "home"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    name: Mapped[str] = mapped_column(NAME)
    timezone: Mapped[str] = mapped_column(TZ)
    country: Mapped[str] = mapped_column(String(2), default="DE")
    languages: Mapped[str] = mapped_column(String(100), default="de,en")
    office: Mapped[str] = mapped_column(NAME, default="")
    letterhead: Mapped[str] = mapped_column(Text, default="")
    logo_path: Mapped[str] = mapped_column(String(500), default="")


class City(Versioned, Base):
    """A partner, friendly or cooperating city, or a network of cities."""

    __tablename__ = "city"

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(REF, unique=True)
    name: Mapped[str] = mapped_column(SORTED_NAME, index=True)
    country: Mapped[str] = mapped_column(String(2), default="")
    relation: Mapped[Relation] = mapped_column(enum_column(Relation, "relation"))
    since: Mapped[int | None] = mapped_column(Integer)
    timezone: Mapped[str] = mapped_column(TZ)
    languages: Mapped[str] = mapped_column(String(100), default="")
    topics: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    emergency: Mapped[str] = mapped_column(Text, default="")  # numbers, consulate

    __table_args__ = (
        CheckConstraint("since IS NULL OR (since >= 800 AND since <= 2200)", name="since_year"),
    )


class Contact(Versioned, Base):
    """A counterpart or stakeholder; their history is derived from meetings and trips."""

    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(REF, unique=True)
    name: Mapped[str] = mapped_column(SORTED_NAME, index=True)
    honorific: Mapped[str] = mapped_column(String(100), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    function: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="", index=True)
    city_id: Mapped[int | None] = mapped_column(
        ForeignKey("city.id", ondelete="RESTRICT"), index=True
    )
    email: Mapped[str] = mapped_column(String(200), default="", index=True)
    phone: Mapped[str] = mapped_column(String(100), default="")
    languages: Mapped[str] = mapped_column(String(100), default="")
    address_form: Mapped[str] = mapped_column(String(200), default="")
    bio: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # the briefing pack's who's who
    name_latin: Mapped[str] = mapped_column(NAME, default="")
    address_spoken: Mapped[str] = mapped_column(String(200), default="")
    photo_path: Mapped[str] = mapped_column(String(500), default="")
    function_en: Mapped[str] = mapped_column(String(200), default="")
    bio_en: Mapped[str] = mapped_column(Text, default="")
    #: The name folded for sorting (delegations.folding.fold), kept by model.sorting; the
    #: index holds the whole list order, so a page is read off it without sorting. The
    #: other columns the list sorts by are folded the same way (ties by name, then id).
    sort_name: Mapped[str] = mapped_column(SORTED_NAME, default="", info={"derived": True})
    sort_function: Mapped[str] = mapped_column(sorted_text(200), default="",
                                               info={"derived": True})
    sort_organisation: Mapped[str] = mapped_column(sorted_text(200), default="",
                                                   info={"derived": True})
    sort_city: Mapped[str] = mapped_column(sorted_text(200), default="",
                                           info={"derived": True})
    sort_email: Mapped[str] = mapped_column(sorted_text(200), default="",
                                            info={"derived": True})
    sort_phone: Mapped[str] = mapped_column(sorted_text(100), default="",
                                            info={"derived": True})

    city: Mapped[City | None] = relationship(lazy="joined")

    __table_args__ = (
        Index("ix_contact_sort_name", "sort_name", "name", "id"),
        *(Index(f"ix_contact_sort_{key}", f"sort_{key}", "sort_name", "name", "id")
          for key in ("function", "organisation", "city", "email", "phone")),
    )


class Goal(Versioned, Base):
    """One node of the city's goal taxonomy (overarching goal, strategic goal, SDG, field)."""

    __tablename__ = "goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(REF, unique=True)
    kind: Mapped[GoalKind] = mapped_column(enum_column(GoalKind, "goal_kind"))
    code: Mapped[str] = mapped_column(String(20), default="")
    name: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("goal.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class Setting(Versioned, Base):
    """An office-wide setting (conflict buffer, default language…), stored as JSON text."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="null")
