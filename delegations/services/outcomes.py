"""Outcomes: what came of a trip, the goals, contacts and cities involved, and the
attached documents.

A signed agreement is the proof of an outcome; it is either referred to where it lies
(a path or a URL) or copied into the data folder, so that it survives the original
being moved. Copies appear whole or not at all (written to a temporary name first).
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from delegations.enums import OutcomeKind
from delegations.errors import NotFoundError, ValidationError
from delegations.i18n import N_
from delegations.model import City, Contact, Goal, Outcome, OutcomeAttachment, Trip
from delegations.paths import data_dir
from delegations.services import dto
from delegations.services._common import (
    add_checked,
    assign_checked,
    delete_row,
    fetch,
    fetch_many,
    id_list,
    ref_for,
    slugify,
    trip_list,
    trip_rows,
)
from delegations.services._rows import outcome_row
from delegations.storage.store import Store
from delegations.validation import OUTCOME, clean

ATTACHMENTS = "attachments"
NO_ATTACHMENT = N_("There is no attachment with id {id}.")
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")


def _outcome_links(s: Session, outcome: Outcome, data: Mapping[str, Any]) -> None:
    """Goals, contacts and cities given as id lists replace the linked ones."""
    if "goals" in data:
        outcome.goals = fetch_many(s, Goal, id_list(data["goals"], "goals"), "goals")
    if "contacts" in data:
        outcome.contacts = fetch_many(s, Contact, id_list(data["contacts"], "contacts"),
                                      "contacts")
    if "cities" in data:
        outcome.cities = fetch_many(s, City, id_list(data["cities"], "cities"), "cities")


# ---------------------------------------------------------------------------- outcomes


def list_outcomes(store: Store, trip_id: int) -> list[dto.OutcomeRow]:
    """A trip's outcomes by date."""
    return trip_list(store, Outcome, trip_id, outcome_row, Outcome.date,
                     load=[selectinload(Outcome.goals)])


def outcomes_of_trips(store: Store, trip_ids: Collection[int]
                      ) -> dict[int, list[dto.OutcomeRow]]:
    """The outcomes of several trips by date, per trip, in one query (a briefing lists
    every earlier trip to a city with what came of it)."""
    ids = list(trip_ids)
    found: dict[int, list[dto.OutcomeRow]] = {ident: [] for ident in ids}
    if not ids:
        return found
    query = (select(Outcome).where(Outcome.trip_id.in_(ids))
             .options(selectinload(Outcome.goals)).order_by(Outcome.date, Outcome.id))
    with store.read() as s:
        for outcome in s.scalars(query):
            found[outcome.trip_id].append(outcome_row(outcome))
    return found


def add_outcome(store: Store, trip_id: int, data: Mapping[str, Any]) -> dto.OutcomeRow:
    """A result of the trip (agreement, decision…), linked to goals, contacts and cities
    by id."""
    with store.transaction() as s:
        fetch(s, Trip, trip_id, "trip")
        data = ref_for(s, Outcome, data, str(data.get("kind") or "outcome"), "outcome",
                       trip_id=trip_id)
        values = clean(OUTCOME, data)
        outcome = add_checked(s, Outcome, values, trip_id=trip_id)
        _outcome_links(s, outcome, {"goals": None, "contacts": None, "cities": None, **data})
        s.flush()
        return outcome_row(outcome)


def update_outcome(store: Store, outcome_id: int, changes: Mapping[str, Any]) -> dto.OutcomeRow:
    """Change the fields given; `goals`, `contacts`, `cities` replace the linked ones."""
    with store.transaction() as s:
        outcome = fetch(s, Outcome, outcome_id, "outcome")
        values = clean(OUTCOME, changes, partial=True)
        assign_checked(s, outcome, values, trip_id=outcome.trip_id)
        _outcome_links(s, outcome, changes)
        s.flush()
        return outcome_row(outcome)


def delete_outcome(store: Store, outcome_id: int) -> None:
    """Remove an outcome recorded by mistake."""
    delete_row(store, Outcome, outcome_id, "outcome")


# ---------------------------------------------------------------------------- in full


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    outcome_id: int
    title: str
    location: str  # a path or URL; for a copy, relative to the data folder
    copied: bool

    @property
    def is_url(self) -> bool:
        return bool(_URL.match(self.location))


@dataclass(frozen=True)
class OutcomeDetail:
    """An outcome with everything it is linked to, for the trip window's editor."""

    id: int
    ref: str
    trip_id: int
    kind: OutcomeKind
    date: date | None
    text: str
    notes: str
    goal_ids: tuple[int, ...]
    contact_ids: tuple[int, ...]
    contact_names: tuple[str, ...]
    city_ids: tuple[int, ...]
    city_names: tuple[str, ...]
    attachments: tuple[AttachmentRow, ...]


def _attachment_row(a: OutcomeAttachment) -> AttachmentRow:
    return AttachmentRow(id=a.id, outcome_id=a.outcome_id, title=a.title or "",
                         location=a.location, copied=bool(a.copied))


def _detail(o: Outcome) -> OutcomeDetail:
    return OutcomeDetail(
        id=o.id, ref=o.ref, trip_id=o.trip_id, kind=o.kind, date=o.date, text=o.text,
        notes=o.notes or "", goal_ids=tuple(g.id for g in o.goals),
        contact_ids=tuple(c.id for c in o.contacts),
        contact_names=tuple(c.name for c in o.contacts),
        city_ids=tuple(c.id for c in o.cities), city_names=tuple(c.name for c in o.cities),
        attachments=tuple(_attachment_row(a) for a in o.attachments),
    )


_LOADED = (selectinload(Outcome.goals), selectinload(Outcome.contacts),
           selectinload(Outcome.cities), selectinload(Outcome.attachments))


def outcome_details(store: Store, trip_id: int) -> list[OutcomeDetail]:
    """A trip's outcomes by date (undated last), with links and attachments."""
    with store.read() as s:
        rows = trip_rows(s, Outcome, trip_id, load=_LOADED)
        return sorted((_detail(o) for o in rows),
                      key=lambda d: (d.date is None, d.date or date.min, d.id))


def get_outcome(store: Store, outcome_id: int) -> OutcomeDetail:
    """One outcome with its links (for an editor, and for undo)."""
    with store.read() as s:
        return _detail(fetch(s, Outcome, outcome_id, "outcome"))


def add_attachment(store: Store, outcome_id: int, source: str, title: str = "",
                   copy: bool = False, folder: Path | None = None) -> AttachmentRow:
    """Attach a path or URL; with `copy`, the file is copied into the data folder."""
    source = (source or "").strip()
    if not source:
        raise ValidationError("location", N_("is required"))
    copied_to: Path | None = None
    with store.transaction() as s:
        outcome = fetch(s, Outcome, outcome_id, "outcome")
        location = source
        if copy:
            copied_to = _copy_in(Path(source), folder or data_dir(), outcome.trip.ref)
            location = copied_to.relative_to(folder or data_dir()).as_posix()
        row = OutcomeAttachment(outcome_id=outcome_id, position=_next(s, outcome_id),
                                copied=copy,
                                title=(title or "").strip()[:300] or _title_of(source),
                                location=location)
        s.add(row)
        s.flush()
        return _attachment_row(row)


def _next(s: Session, outcome_id: int) -> int:
    """The position after the outcome's last attachment."""
    last = s.scalar(select(func.max(OutcomeAttachment.position))
                    .where(OutcomeAttachment.outcome_id == outcome_id))
    return 0 if last is None else last + 1


def _title_of(source: str) -> str:
    return source.rstrip("/").replace("\\", "/").rsplit("/", 1)[-1][:300] or source[:300]


def _copy_in(source: Path, folder: Path, trip_ref: str) -> Path:
    """Copy `source` to attachments/<trip>/ under `folder`, atomically, without
    overwriting another file of the same name."""
    if not source.is_file():
        raise ValidationError("location", N_("'{value}' is not a file that can be read"),
                              value=str(source))
    target_dir = folder / ATTACHMENTS / slugify(trip_ref, "trip")
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / source.name
    n = 1
    while target.exists():
        n += 1
        target = target_dir / f"{source.stem}-{n}{source.suffix}"
    with (tempfile.NamedTemporaryFile(dir=target_dir, delete=False, suffix=".part") as tmp,
          source.open("rb") as fh):
        shutil.copyfileobj(fh, tmp)
    Path(tmp.name).replace(target)
    return target


def remove_attachment(store: Store, attachment_id: int) -> None:
    """Forget an attachment (a copied file stays in the data folder, for undo)."""
    with store.transaction() as s:
        row = s.get(OutcomeAttachment, attachment_id)
        if row is None:
            raise NotFoundError(NO_ATTACHMENT, id=attachment_id)
        s.delete(row)
        s.flush()


def restore_attachment(store: Store, row: AttachmentRow) -> AttachmentRow:
    """Put a removed attachment back as it was (undo of removing it)."""
    with store.transaction() as s:
        fetch(s, Outcome, row.outcome_id, "outcome")
        again = OutcomeAttachment(outcome_id=row.outcome_id, title=row.title,
                                  location=row.location, copied=row.copied,
                                  position=_next(s, row.outcome_id))
        s.add(again)
        s.flush()
        return _attachment_row(again)


def attachment_target(row: AttachmentRow, folder: Path | None = None) -> str:
    """What to open: the URL, the path, or the copy's full path in the data folder."""
    if row.copied:
        return str((folder or data_dir()) / row.location)
    return row.location
