"""Refs during an import: which row a ref names, and which refs a list already used.

A document refers to cities, contacts and goals by `ref`. They are looked up first
among what the document itself brings, then in the store, so that a file with one
trip may name a city the receiving office already has. A ref known to neither is an
error that names it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from delegations.errors import ValidationError
from delegations.exchange.paths import optional_ref, ref_list
from delegations.i18n import N_
from delegations.model import Base

R = TypeVar("R", bound=Base)

UNKNOWN_CITY = N_("unknown city '{ref}'")
UNKNOWN_CONTACT = N_("unknown contact '{ref}'")
UNKNOWN_GOAL = N_("unknown goal '{ref}'")
UNKNOWN_PARTICIPANT = N_("unknown participant '{ref}' (not in this trip)")


class Directory(Generic[R]):
    """Rows of one kind by ref: the document's own and the store's, found on demand."""

    def __init__(self, session: Session, model: type[R], unknown: str) -> None:
        self.session = session
        self.model = model
        self.unknown = unknown  # message for a ref that is nowhere, with {ref}
        self._rows: dict[str, R] = {}

    def find(self, ref: str) -> R | None:
        """The row with `ref`, or None."""
        if ref not in self._rows:
            column = self.model.__table__.c.ref
            row = self.session.scalar(select(self.model).where(column == ref))
            if row is None:
                return None
            self._rows[ref] = row
        return self._rows[ref]

    def add(self, ref: str, row: R) -> None:
        self._rows[ref] = row

    def one(self, data: Mapping[str, Any], key: str) -> R | None:
        """The row named under `key` (None when nothing is named)."""
        value = optional_ref(data, key)
        return None if value is None else self._known(value, key)

    def many(self, data: Mapping[str, Any], key: str) -> list[R]:
        """The rows named by the list under `key`, in its order."""
        return [self._known(value, f"{key}[{i}]")
                for i, value in enumerate(ref_list(data, key))]

    def _known(self, ref: str, field: str) -> R:
        row = self.find(ref)
        if row is None:
            raise ValidationError(field, self.unknown, ref=ref)
        return row


class Claims:
    """The refs one list of the document has used, to refuse a second use."""

    def __init__(self) -> None:
        self._where: dict[str, str] = {}

    def claim(self, ref: str, path: str) -> None:
        """Note that `path` uses `ref`; an error at `ref` if an earlier item did."""
        if ref in self._where:
            raise ValidationError("ref", N_("duplicate ref '{ref}' (already used by {other})"),
                                  ref=ref, other=self._where[ref])
        self._where[ref] = path


def with_refs(items: Sequence[Mapping[str, Any]], prefix: str) -> list[dict[str, Any]]:
    """The items with a ref each: the given one, else `prefix` and the position ("t1").

    Made from the position (not from a counter in the store) so that importing the
    same document again finds the same rows; a generated ref steps aside for one the
    document gives explicitly.
    """
    given = {item["ref"] for item in items if isinstance(item.get("ref"), str)}
    out: list[dict[str, Any]] = []
    for position, item in enumerate(items, start=1):
        data = dict(item)
        if data.get("ref") in (None, ""):
            data["ref"] = _free(f"{prefix}{position}", given)
            given.add(data["ref"])
        out.append(data)
    return out


def _free(candidate: str, taken: set[str]) -> str:
    base, n = candidate, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate
