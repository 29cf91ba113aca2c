"""Erasure (GDPR Art. 17) that keeps the history: people become "Anonymised participant 7".

Participant rows stay (so trips keep their size, roles and statistics) with their
personal fields blanked and the name replaced by a pseudonym; the contact is deleted
when nothing refers to it, else anonymised the same way, so meeting counts stay.
Full mentions of the person's name, e-mail or phone in any other text are replaced.
Afterwards `compact` rewrites the file and empties the write-ahead log, so that the
old values are gone from the bytes on disk, not just from the tables.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, func, or_, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from delegations.i18n import N_, gettext
from delegations.model import AddressForm, Base, Contact, FollowUp, Gift, Participant
from delegations.model.followup import outcome_contact
from delegations.model.trip import agenda_contact
from delegations.privacy import audit
from delegations.privacy.fields import (
    ANONYMISED_REF,
    all_models,
    personal_fields,
    text_columns,
)
from delegations.privacy.person import get_person
from delegations.storage.store import Store

PARTICIPANT_NAME = N_("Anonymised participant {number}")
CONTACT_NAME = N_("Anonymised contact {number}")
REMOVED = N_("[removed]")
#: Columns that are someone's identity rather than text about them: never scrubbed.
IDENTITY = {Contact: ("name", "ref", "email", "phone"),
            Participant: ("name", "ref", "email", "phone")}


@dataclass(frozen=True)
class Erasure:
    """What an erasure did (counts only: the report itself holds no personal data)."""

    participants: int
    contact: str  # "deleted", "anonymised" or "" (none)
    mentions: int
    compacted: bool


def _blank(row: Base, keep: tuple[str, ...] = ("name", "ref")) -> None:
    for field in personal_fields(type(row)):
        if field in keep:
            continue
        setattr(row, field, None if field == "registered_at" else "")


def anonymise_participant(p: Participant) -> None:
    """Blank the personal fields of one delegation place; role, status and links stay."""
    _blank(p)
    p.name = gettext(PARTICIPANT_NAME).format(number=p.id)
    p.ref = f"{ANONYMISED_REF}{p.id}"
    p.contact_id = None  # the link would name the person through the contact


def _referenced(s: Session, contact_id: int) -> bool:
    checks = [select(func.count()).where(agenda_contact.c.contact_id == contact_id),
              select(func.count()).where(outcome_contact.c.contact_id == contact_id),
              select(func.count(FollowUp.id)).where(FollowUp.contact_id == contact_id),
              select(func.count(Gift.id)).where(Gift.contact_id == contact_id),
              select(func.count(Participant.id)).where(Participant.contact_id == contact_id)]
    return any(s.scalar(q) for q in checks)


def _erase_contact(s: Session, contact: Contact) -> str:
    if not _referenced(s, contact.id):
        s.delete(contact)
        return "deleted"
    _blank(contact, keep=("name", "ref", "organisation"))
    contact.name = gettext(CONTACT_NAME).format(number=contact.id)
    contact.ref = f"{ANONYMISED_REF}{contact.id}"
    return "anonymised"


def _pattern(values: set[str]) -> re.Pattern[str] | None:
    usable = sorted((v for v in values if len(v.strip()) >= 3), key=len, reverse=True)
    if not usable:
        return None
    alternatives = "|".join(re.escape(v.strip()) for v in usable)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def scrub_mentions(s: Session, values: set[str]) -> int:
    """Replace whole mentions of `values` in every text column; how many fields changed."""
    pattern = _pattern(values)
    if pattern is None:
        return 0
    removed, changed = gettext(REMOVED), 0
    for model in all_models():
        for name in text_columns(model):
            if name in IDENTITY.get(model, ()):
                continue  # another person's own name or address: not a mention
            column = getattr(model, name)
            hits = (column.contains(v, autoescape=True) for v in values if len(v.strip()) >= 3)
            for row in s.scalars(select(model).where(or_(*hits))):
                old = getattr(row, name) or ""
                new = pattern.sub(removed, old)
                if new != old:
                    setattr(row, name, new)
                    changed += 1
    return changed


def anonymise_person(store: Store, key: str, actor: str | None = None,
                     also: Iterable[str] = ()) -> Erasure:
    """Anonymise the person `key` everywhere, then compact the file; cannot be undone.

    `also`: further words to remove from every free text, such as the surname alone, as
    the user confirmed them among the hits of privacy.mentions.find_mentions.
    """
    person = get_person(store, key)
    with audit.acting_as(actor, "anonymise"), store.transaction() as s:
        values = {person.name, person.email, person.phone, *also}
        rows = list(s.scalars(select(Participant).where(
            Participant.id.in_(person.participant_ids))))
        for p in rows:
            values |= {p.name, p.email, p.phone}
            anonymise_participant(p)
            p.contact_id = None  # the contact goes too, or keeps only its meetings
        s.execute(delete(AddressForm).where(or_(  # their own forms name them
            AddressForm.participant_id.in_(person.participant_ids),
            AddressForm.contact_id == person.contact_id)))
        done = ""
        if person.contact_id is not None and (contact := s.get(Contact, person.contact_id)):
            values |= {contact.name, contact.email, contact.phone}
            s.flush()
            done = _erase_contact(s, contact)
        s.flush()
        mentions = scrub_mentions(s, {v for v in values if v})
    audit.record(store, "anonymise", "person", key,
                 detail=f"participants={len(rows)}; contact={done or '-'}; mentions={mentions}")
    from delegations.privacy.pending import compact_or_later

    return Erasure(len(rows), done, mentions, compact_or_later(store))


def compact(store: Store) -> bool:
    """Rewrite the file (VACUUM) and empty its WAL, so deleted values leave the disk.

    False when another connection kept the WAL from being emptied (try again later).
    """
    if not store.is_sqlite:
        return _compact_server(store)
    raw = store.engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert conn is not None
        ok = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
        conn.execute("VACUUM")
        ok = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0 and ok
    finally:
        raw.close()
    return ok


def _compact_server(store: Store) -> bool:
    """PostgreSQL: VACUUM FULL rewrites every table the planner's role owns, so the old
    row versions holding the erased values are gone from the table files (each table is
    locked for the moment of its rewrite). False if the server refused."""
    try:
        with store.engine.connect() as conn:
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            conn.exec_driver_sql("VACUUM (FULL, ANALYZE)")
    except DBAPIError:
        return False
    return True
