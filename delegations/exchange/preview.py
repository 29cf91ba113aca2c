"""Import previews: what a CSV or vCard file would bring, row by row, before anything is written.

Reading a file never touches the store. It gives an ImportPreview: one PreviewRow per
line or card with the values the core's cleaners made of it, or the error that stops it
(line, field, message), whether it updates a contact or participant with the same ref,
and which contacts in the store it likely duplicates. The window shows that and lets the
user leave rows out; `ImportPreview.apply` then writes the chosen good rows through the
services, in one transaction. The command line asks for all or nothing.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from delegations.errors import ConflictError, NotFoundError, ValidationError
from delegations.exchange.summary import ImportSummary
from delegations.folding import fold
from delegations.i18n import N_, gettext
from delegations.progress import QUIET, Progress
from delegations.services import contacts, live, participants
from delegations.services.dto import ContactRow, ParticipantRow, Promotion
from delegations.storage.store import Store


class Kind(StrEnum):
    """What an import file holds."""

    CONTACTS = "contacts"
    PARTICIPANTS = "participants"


class Action(StrEnum):
    """What applying a row would do."""

    CREATE = "create"
    UPDATE = "update"
    ERROR = "error"


@dataclass(frozen=True)
class RowError:
    """Why a row cannot be imported: its line, the column (or vCard property) as the file
    names it, and the rule it breaks (`error.field` is the field's exchange name)."""

    line: int
    column: str
    error: ValidationError

    @property
    def field(self) -> str:
        return self.error.field

    def message(self, language: str | None = None) -> str:
        """What is wrong, without the place."""
        return self.error.message(language)

    def text(self, language: str | None = None) -> str:
        """'line 4, E-Mail: …' for a list of problems."""
        return gettext(N_("line {line}, {column}: {message}"), language).format(
            line=self.line, column=self.column or self.field, message=self.message(language))


class RowFailed(ValidationError):
    """A row of an import file that breaks a rule, naming the file, line and column."""

    def __init__(self, file: str, problem: RowError, others: int = 0) -> None:
        super().__init__("", N_("{file}, line {line}, {column}: {message}"))
        self.file, self.problem, self.others = file, problem, others

    def message(self, language: str | None = None) -> str:
        text = gettext(self.template, language).format(
            file=self.file, line=self.problem.line,
            column=self.problem.column or self.problem.field,
            message=self.problem.message(language))
        if self.others:
            text += " " + gettext(N_("(and {count} more rows with errors)"), language).format(
                count=self.others)
        return text


@dataclass(frozen=True)
class PreviewRow:
    """One line of a CSV file or one card of a vCard file, checked but not written."""

    index: int  # position in ImportPreview.rows, what `apply(include=…)` takes
    line: int  # where the row or card starts in the file (1-based)
    data: Mapping[str, Any]  # the input for the service, fields spelled as in CONTACT etc.
    values: Mapping[str, Any] = field(default_factory=dict)  # cleaned, to show; {} on error
    error: RowError | None = None
    existing_id: int | None = None  # a contact/participant with the same ref: updated
    duplicates: tuple[ContactRow, ...] = ()  # contacts this row is likely the same as
    city_hint: str = ""  # the city the file names (contacts)
    city_id: int | None = None  # …and the city of the store it matched, if any
    name_from: str = ""  # "organisation" or "email": a card without a name named after it

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def action(self) -> Action:
        if self.error is not None:
            return Action.ERROR
        return Action.CREATE if self.existing_id is None else Action.UPDATE

    @property
    def name(self) -> str:
        return str(self.values.get("name") or self.data.get("name") or "")


@dataclass(frozen=True)
class Column:
    """A column of a CSV file and the field it is read into (None: ignored)."""

    index: int
    header: str
    field: str | None


@dataclass(frozen=True)
class ImportResult:
    """What `apply` wrote; the ids and former rows are what an undo needs."""

    kind: Kind
    created: tuple[int, ...] = ()
    updated: tuple[int, ...] = ()
    before: tuple[ContactRow | ParticipantRow, ...] = ()  # updated rows as they were
    skipped: tuple[int, ...] = ()  # lines left out (errors, or not included)
    promotions: tuple[Promotion, ...] = ()

    def summary(self) -> ImportSummary:
        """The counts in the shape the exchange import reports."""
        summary = ImportSummary(promotions=list(self.promotions))
        summary.created[self.kind.value] = len(self.created)
        summary.updated[self.kind.value] = len(self.updated)
        return summary


@dataclass(frozen=True)
class ImportPreview:
    """A file read and checked against the store; `apply` writes it."""

    file: str
    kind: Kind
    format: str  # "csv" or "vcard"
    rows: tuple[PreviewRow, ...]
    encoding: str
    trip_id: int | None = None  # participants: the trip they join
    delimiter: str = ""  # CSV only
    columns: tuple[Column, ...] = ()  # CSV only: how each column was read
    missing: tuple[str, ...] = ()  # required fields no column was found for
    mark: int | None = None  # the change log's mark when the file was read (live.mark)

    @property
    def errors(self) -> tuple[PreviewRow, ...]:
        return tuple(r for r in self.rows if r.error is not None)

    @property
    def good(self) -> tuple[PreviewRow, ...]:
        return tuple(r for r in self.rows if r.error is None)

    @property
    def has_errors(self) -> bool:
        return any(r.error is not None for r in self.rows)

    def refusal(self, include: Collection[int] | None = None) -> ValidationError | None:
        """The error that stops an all-or-nothing import (None: there is none): a
        required column that is missing, else the first bad row (RowFailed)."""
        if self.missing:
            return ValidationError("", N_("{file}: no column for {fields} (the columns are: "
                                          "{columns})"), file=self.file,
                                   fields=", ".join(self.missing),
                                   columns=", ".join(c.header for c in self.columns))
        bad = [r.error for r in _chosen(self.rows, include) if r.error is not None]
        return RowFailed(self.file, bad[0], len(bad) - 1) if bad else None

    def apply(self, store: Store, include: Collection[int] | None = None,
              all_or_nothing: bool = False, progress: Progress = QUIET) -> ImportResult:
        """Write the good rows (those in `include`, by index; default all) in one
        transaction. With `all_or_nothing` any error refuses the whole file; `progress`
        is told of each row, and stopping it (Cancelled) writes nothing.

        Should the store have changed since the preview so that a row now breaks a rule
        (a ref taken meanwhile), RowFailed names it and nothing is written.
        """
        chosen = _chosen(self.rows, include)
        refusal = self.refusal(include) if all_or_nothing else None
        if refusal is not None:
            raise refusal
        writer = _Writer(store, self)
        good = [row for row in chosen if row.error is None]
        with store.transaction() as session:
            store.one_at_a_time(session, "import")  # the same file twice at once: in turn
            _added_meanwhile(store, self, chosen)
            for row in progress.over(good, len(good)):
                writer.write(row)
        taken = {r.index for r in chosen if r.error is None}
        return writer.result(tuple(r.line for r in self.rows if r.index not in taken))


def _added_meanwhile(store: Store, preview: ImportPreview, rows: list[PreviewRow]) -> None:
    """ConflictError if a row to be created was added since the file was read (another
    planner importing the same file at the same moment, say): nothing is imported, the
    file is read again and its rows then update what is there."""
    fresh = {_key(r.values.get("name"), r.values.get("ref")): r for r in rows
             if r.error is None and r.existing_id is None}
    if preview.mark is None or not fresh:
        return
    entity = "contact" if preview.kind is Kind.CONTACTS else "participant"
    for ident, actor in live.created_since(store, preview.mark, entity):
        record: ContactRow | ParticipantRow | None = (
            _contact_or_none(store, ident) if entity == "contact"
            else _participant_or_none(store, preview.trip_id, ident))
        if record is None:
            continue
        row = fresh.get(_key(record.name, None)) or fresh.get(_key(None, record.ref))
        if row is not None:
            raise ConflictError(N_("{file}, line {line}: {name} was added by {actor} since "
                                   "the file was read; nothing was imported: read the file "
                                   "again"), file=preview.file, line=row.line,
                                name=record.name, actor=actor, entity=entity, key=str(ident))


def _key(name: Any, ref: Any) -> str:
    return f"ref:{ref}" if ref else "name:" + " ".join(fold(str(name or "")).split())


def _contact_or_none(store: Store, ident: int) -> ContactRow | None:
    try:
        return contacts.get_contact(store, ident)
    except NotFoundError:
        return None


def _participant_or_none(store: Store, trip_id: int | None,
                         ident: int) -> ParticipantRow | None:
    if trip_id is None:
        return None
    return next((p for p in participants.list_participants(store, trip_id) if p.id == ident),
                None)


def _chosen(rows: tuple[PreviewRow, ...],
            include: Collection[int] | None) -> list[PreviewRow]:
    if include is None:
        return list(rows)
    wanted = set(include)
    return [r for r in rows if r.index in wanted]


class _Writer:
    """Writes preview rows through the services, collecting what an undo needs."""

    def __init__(self, store: Store, preview: ImportPreview) -> None:
        self.store, self.preview = store, preview
        self.created: list[int] = []
        self.updated: list[int] = []
        self.before: list[ContactRow | ParticipantRow] = []
        self.promotions: list[Promotion] = []

    def write(self, row: PreviewRow) -> None:
        try:
            if self.preview.kind is Kind.CONTACTS:
                self._contact(row)
            else:
                self._participant(row)
        except ValidationError as err:
            problem = RowError(row.line, err.field, err)
            raise RowFailed(self.preview.file, problem) from None

    def _contact(self, row: PreviewRow) -> None:
        data = dict(row.data)
        if row.city_id is not None:
            data["city"] = row.city_id
        if row.existing_id is None:
            self.created.append(contacts.create_contact(self.store, data).id)
            return
        self.before.append(contacts.get_contact(self.store, row.existing_id))
        self.updated.append(contacts.update_contact(self.store, row.existing_id, data).id)

    def _participant(self, row: PreviewRow) -> None:
        trip_id = self.preview.trip_id
        assert trip_id is not None, "a participants preview names its trip"
        if row.existing_id is None:
            person, moved = participants.add_participant(self.store, trip_id, row.data)
            self.created.append(person.id)
        else:
            self.before.append(_participant(self.store, trip_id, row.existing_id))
            person, moved = participants.update_participant(self.store, row.existing_id,
                                                            row.data)
            self.updated.append(person.id)
        self.promotions.extend(moved)

    def result(self, skipped: tuple[int, ...]) -> ImportResult:
        return ImportResult(self.preview.kind, tuple(self.created), tuple(self.updated),
                            tuple(self.before), skipped, tuple(self.promotions))


def _participant(store: Store, trip_id: int, participant_id: int) -> ParticipantRow:
    return next(p for p in participants.list_participants(store, trip_id)
                if p.id == participant_id)
