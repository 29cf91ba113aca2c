"""What a trip costs: planned and actual amounts by category and funding source."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Integer, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from delegations.model.base import REF, Base, Versioned, enum_column
from delegations.model.trip import Trip


class BudgetCategory(StrEnum):
    TRAVEL = "travel"
    ACCOMMODATION = "accommodation"
    GIFTS = "gifts"
    INTERPRETING = "interpreting"
    HOSPITALITY = "hospitality"
    OTHER = "other"


class FundingSource(StrEnum):
    CITY_BUDGET = "city_budget"
    SPECIAL_FUND = "special_fund"
    EU_PROGRAMME = "eu_programme"
    PARTNER = "partner"


class BudgetLine(Versioned, Base):
    """One cost of a trip, planned beforehand and settled afterwards (amounts in cents)."""

    __tablename__ = "budget_line"
    __table_args__ = (
        UniqueConstraint("trip_id", "ref"),
        CheckConstraint("planned_cents IS NULL OR planned_cents >= 0", name="planned"),
        CheckConstraint("actual_cents IS NULL OR actual_cents >= 0", name="actual"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    trip_id: Mapped[int] = mapped_column(ForeignKey("trip.id", ondelete="CASCADE"), index=True)
    ref: Mapped[str] = mapped_column(REF)
    category: Mapped[BudgetCategory] = mapped_column(
        enum_column(BudgetCategory, "budget_category")
    )
    funding: Mapped[FundingSource] = mapped_column(enum_column(FundingSource, "funding_source"))
    planned_cents: Mapped[int | None] = mapped_column(Integer)
    actual_cents: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")

    trip: Mapped[Trip] = relationship()
