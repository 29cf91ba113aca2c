"""Writing delegation lists and address lists as CSV that German spreadsheets open as is.

UTF-8 with a byte-order mark (without it Excel reads Windows-1252 and shows "MÃ¼ller"),
`;` between cells (Excel's delimiter where the comma is the decimal mark), CRLF line
ends, headers in the office's language, formula-like cells escaped (see escaping). The
file appears whole or not at all (delegations.atomic). Our reader recognises these
headers in either language, so an exported list can be edited and imported again.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from delegations.atomic import write_atomic
from delegations.exchange.csvfile.columns import (
    CONTACT_COLUMNS,
    PARTICIPANT_COLUMNS,
    ROLE_LABELS,
    STATUS_LABELS,
)
from delegations.exchange.csvfile.escaping import escape_cell
from delegations.i18n import gettext
from delegations.services import contacts, participants
from delegations.services.dto import ContactRow, ParticipantRow
from delegations.storage.store import Store

DELIMITER = ";"


def table_text(columns: Sequence[tuple[str, str]], rows: Iterable[Mapping[str, str]],
               language: str | None = None) -> str:
    """CSV text: a header row of the columns' labels in `language`, then the rows."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow([escape_cell(gettext(label, language)) for _field, label in columns])
    for row in rows:
        writer.writerow([escape_cell(row.get(field, "")) for field, _label in columns])
    return out.getvalue()


def participant_cells(p: ParticipantRow, contact_refs: Mapping[int, str],
                      language: str | None = None) -> dict[str, str]:
    """One participant as cells: role and status as words in `language`."""
    return {
        "precedence": str(p.precedence), "name": p.name, "function": p.function,
        "organisation": p.organisation, "role": gettext(ROLE_LABELS[p.role], language),
        "status": gettext(STATUS_LABELS[p.status], language), "email": p.email,
        "phone": p.phone, "diet": p.diet, "mobility": p.mobility, "notes": p.notes,
        "ref": p.ref, "contact": contact_refs.get(p.contact_id or 0, ""),
    }


def contact_cells(c: ContactRow) -> dict[str, str]:
    return {
        "name": c.name, "honorific": c.honorific, "title": c.title, "function": c.function,
        "organisation": c.organisation, "city": c.city_name, "email": c.email,
        "phone": c.phone, "languages": c.languages, "address_form": c.address_form,
        "bio": c.bio, "notes": c.notes, "ref": c.ref,
    }


def participant_table(store: Store, trip_id: int,
                      language: str | None = None) -> list[dict[str, str]]:
    """The trip's delegation as cells, in order of precedence."""
    people = sorted(participants.list_participants(store, trip_id),
                    key=lambda p: (p.precedence, p.id))
    refs = {c.id: c.ref for c in contacts.list_contacts(store)} if any(
        p.contact_id for p in people) else {}
    return [participant_cells(p, refs, language) for p in people]


def write_participants_csv(store: Store, trip_id: int, path: str | Path,
                           language: str | None = None) -> int:
    """Write the trip's delegation to `path`; how many participants were written."""
    rows = participant_table(store, trip_id, language)
    _write(path, table_text(PARTICIPANT_COLUMNS, rows, language))
    return len(rows)


def write_contacts_csv(store: Store, path: str | Path, language: str | None = None) -> int:
    """Write all contacts, by name, to `path`; how many were written."""
    rows = [contact_cells(c) for c in contacts.list_contacts(store)]
    _write(path, table_text(CONTACT_COLUMNS, rows, language))
    return len(rows)


def _write(path: str | Path, text: str) -> None:
    write_atomic(path, text.encode("utf-8-sig"))
