"""What every step of one import shares: the session, the ref directories, the counts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from delegations.exchange.refs import (
    UNKNOWN_CITY,
    UNKNOWN_CONTACT,
    UNKNOWN_GOAL,
    Claims,
    Directory,
)
from delegations.exchange.summary import ImportSummary
from delegations.model import Base, City, Contact, Goal
from delegations.progress import QUIET, Progress


@dataclass
class Context:
    session: Session
    cities: Directory[City]
    contacts: Directory[Contact]
    goals: Directory[Goal]
    summary: ImportSummary = field(default_factory=ImportSummary)
    #: gift refs are unique in the whole store, so across all trips of the document
    gifts: Claims = field(default_factory=Claims)
    #: every explicit gift ref of the document, wherever it is listed
    gifts_listed: set[str] = field(default_factory=set)
    #: whether the document replaces what it does not mention (else that stays)
    replace: bool = False
    #: told of each goal, city, contact and trip imported (`total` of them); may stop it
    progress: Progress = QUIET
    done: int = 0
    total: int = 0

    def tick(self) -> None:
        """One more top-level record: report it, or stop (Cancelled) if asked."""
        self.progress.step(self.done, self.total)
        self.done += 1

    @classmethod
    def create(cls, session: Session, replace: bool = False) -> Context:
        return cls(
            replace=replace,
            session=session,
            cities=Directory(session, City, UNKNOWN_CITY),
            contacts=Directory(session, Contact, UNKNOWN_CONTACT),
            goals=Directory(session, Goal, UNKNOWN_GOAL),
        )


def assign(session: Session, row: Base, values: Mapping[str, Any]) -> None:
    """Copy cleaned values (columns and relationships) onto a row.

    Without autoflush: replacing a collection loads the old one first, and a
    half-assigned row must not be written in the middle.
    """
    with session.no_autoflush:
        for name, value in values.items():
            setattr(row, name, value)
