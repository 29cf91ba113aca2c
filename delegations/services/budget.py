"""What trips cost: budget lines per trip, and totals per trip and per year.

Amounts are whole cents (never floats); a line may have only a plan (before the trip)
or only an actual amount (a cost nobody planned). Totals say what was planned, what
was spent, and by how much the actual cost differs from the plan.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import extract, select
from sqlalchemy.orm import Session

from delegations.enums import TAKES_PLACE
from delegations.model import BudgetCategory, BudgetLine, FundingSource, Trip
from delegations.services._common import (
    add_checked,
    fetch,
    trip_rows,
    update_record,
)
from delegations.storage.store import Store
from delegations.validation import Field, clean, enum, money, ref, text

BUDGET_LINE = {
    "ref": Field(ref, required=True),
    "category": Field(enum(BudgetCategory), default="other"),
    "funding": Field(enum(FundingSource), default="city_budget"),
    "planned": Field(money, "planned_cents"),
    "actual": Field(money, "actual_cents"),
    "note": Field(text(5000)),
}
_CATEGORY_ORDER = {c: i for i, c in enumerate(BudgetCategory)}


@dataclass(frozen=True)
class BudgetLineRow:
    id: int
    ref: str
    trip_id: int
    category: BudgetCategory
    funding: FundingSource
    planned_cents: int | None
    actual_cents: int | None
    note: str


@dataclass(frozen=True)
class Amounts:
    """Planned and actual sums; `difference` is actual minus planned."""

    planned_cents: int = 0
    actual_cents: int = 0

    @property
    def difference_cents(self) -> int:
        return self.actual_cents - self.planned_cents

    def plus(self, line: BudgetLineRow) -> Amounts:
        return Amounts(self.planned_cents + (line.planned_cents or 0),
                       self.actual_cents + (line.actual_cents or 0))


@dataclass(frozen=True)
class BudgetTotals:
    """Sums over some lines: overall, by category and by funding source (only the
    categories and sources that occur, in the vocabulary's order)."""

    total: Amounts = Amounts()
    by_category: dict[BudgetCategory, Amounts] = field(default_factory=dict)
    by_funding: dict[FundingSource, Amounts] = field(default_factory=dict)
    lines: int = 0


@dataclass(frozen=True)
class YearBudget:
    """A year's budget: the totals over all its trips, and each trip's own."""

    year: int
    totals: BudgetTotals
    by_trip: dict[int, BudgetTotals] = field(default_factory=dict)


def _row(line: BudgetLine) -> BudgetLineRow:
    return BudgetLineRow(id=line.id, ref=line.ref, trip_id=line.trip_id,
                         category=line.category, funding=line.funding,
                         planned_cents=line.planned_cents, actual_cents=line.actual_cents,
                         note=line.note or "")


def _ordered(rows: Iterable[BudgetLine]) -> list[BudgetLineRow]:
    return [_row(r) for r in sorted(rows, key=lambda r: (_CATEGORY_ORDER[r.category], r.id))]


def list_budget_lines(store: Store, trip_id: int) -> list[BudgetLineRow]:
    """A trip's budget lines by category (in the vocabulary's order), then as entered."""
    with store.read() as s:
        return _ordered(trip_rows(s, BudgetLine, trip_id))


def _line(s: Session, line_id: int) -> BudgetLine:
    return fetch(s, BudgetLine, line_id, "budget line")


def get_budget_line(store: Store, line_id: int) -> BudgetLineRow:
    with store.read() as s:
        return _row(_line(s, line_id))


def _free_ref(s: Session, trip_id: int) -> str:
    taken = set(s.scalars(select(BudgetLine.ref).where(BudgetLine.trip_id == trip_id)))
    n = len(taken) + 1
    while f"b{n}" in taken:
        n += 1
    return f"b{n}"


def add_budget_line(store: Store, trip_id: int, data: Mapping[str, Any]) -> BudgetLineRow:
    """A cost of the trip: category, funding source, planned/actual amount, note."""
    with store.transaction() as s:
        fetch(s, Trip, trip_id, "trip")
        values = clean(BUDGET_LINE, {**data, "ref": data.get("ref") or _free_ref(s, trip_id)})
        line = add_checked(s, BudgetLine, values, trip_id=trip_id)
        s.flush()
        return _row(line)


def update_budget_line(store: Store, line_id: int, changes: Mapping[str, Any]) -> BudgetLineRow:
    """Change the fields given (`planned`, `actual` as amounts, e.g. '1.234,50')."""
    return update_record(store, BudgetLine, line_id, "budget line", BUDGET_LINE, changes,
                         _row, per_trip=True)


def delete_budget_line(store: Store, line_id: int) -> None:
    with store.transaction() as s:
        s.delete(_line(s, line_id))
        s.flush()


def totals(lines: Iterable[BudgetLineRow]) -> BudgetTotals:
    """Sum lines overall, by category and by funding source."""
    total, count = Amounts(), 0
    by_category: dict[BudgetCategory, Amounts] = {}
    by_funding: dict[FundingSource, Amounts] = {}
    for line in lines:
        total, count = total.plus(line), count + 1
        by_category[line.category] = by_category.get(line.category, Amounts()).plus(line)
        by_funding[line.funding] = by_funding.get(line.funding, Amounts()).plus(line)
    return BudgetTotals(
        total=total, lines=count,
        by_category={c: by_category[c] for c in BudgetCategory if c in by_category},
        by_funding={f: by_funding[f] for f in FundingSource if f in by_funding},
    )


def trip_totals(store: Store, trip_id: int) -> BudgetTotals:
    """The trip's totals by category and funding source."""
    return totals(list_budget_lines(store, trip_id))


def year_totals(store: Store, year: int) -> YearBudget:
    """Totals of the trips that start in `year` and take place, overall and per trip."""
    query = (select(BudgetLine).join(Trip, BudgetLine.trip_id == Trip.id)
             .where(extract("year", Trip.start_date) == year, Trip.status.in_(TAKES_PLACE)))
    with store.read() as s:
        lines = _ordered(s.scalars(query))
    per_trip: dict[int, list[BudgetLineRow]] = {}
    for line in lines:
        per_trip.setdefault(line.trip_id, []).append(line)
    return YearBudget(year=year, totals=totals(lines),
                      by_trip={t: totals(rows) for t, rows in per_trip.items()})
