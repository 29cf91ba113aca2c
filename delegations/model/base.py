"""The declarative base, naming convention and column types shared by all tables."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import DateTime, Dialect, Integer, MetaData, String, TypeDecorator, text
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """A row planners edit: its `row_version` goes up with every change, and an update
    whose row changed since it was read (another planner, same moment) matches nothing
    and raises StaleDataError, turned into ConflictError by the store."""

    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("1"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.row_version}  # type: ignore[attr-defined]


class UTCDateTime(TypeDecorator[datetime]):
    """An instant: written as naive UTC (portable, sortable), read back as aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("instants must be timezone-aware")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


def enum_column(enum: type[StrEnum], name: str) -> SAEnum:
    """A portable enumeration: VARCHAR plus a CHECK constraint, storing the values."""
    return SAEnum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=True,
        validate_strings=True,
        length=20,
        values_callable=lambda e: [m.value for m in e],
    )


REF = String(64)
NAME = String(200)
#: A name the database sorts: bytewise on PostgreSQL (collation "C", the order of
#: Python's str comparison and of SQLite), so that lists come out in the same order
#: whatever collation the office's server was set up with.
def sorted_text(length: int) -> String:
    """A text column the database sorts bytewise on both engines (see SORTED_NAME)."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")


SORTED_NAME = sorted_text(200)
TZ = String(64)
