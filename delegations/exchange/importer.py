"""Importing an exchange document into a store: all of it, or nothing.

The whole import runs in one transaction; the first error (a ValidationError whose
field is the JSON path of the problem) rolls everything back. Things are matched by
`ref`, so importing the same document again updates rather than duplicates. The
standing data comes first (goals, cities, contacts), since trips refer to it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy.exc import IntegrityError

from delegations.errors import ValidationError
from delegations.exchange.context import Context, assign
from delegations.exchange.import_results import gift_refs, import_loose
from delegations.exchange.import_trips import import_trips
from delegations.exchange.limits import RECORDS
from delegations.exchange.merge_policy import backup_before, item_ref, merged, note_change
from delegations.exchange.paths import as_object, located, objects, optional_ref
from delegations.exchange.protocol import import_forms
from delegations.exchange.reader import check_header
from delegations.exchange.refs import Claims, Directory, R
from delegations.exchange.summary import ImportSummary
from delegations.i18n import N_
from delegations.model import Goal, Home, Setting
from delegations.progress import QUIET, Progress
from delegations.services.home import HOME, set_home
from delegations.storage.store import Store
from delegations.validation import CITY, CONTACT, GOAL, clean

SETTING_KEY_LIMIT = 100


class _Rehearsal(Exception):
    """Rolls a rehearsed import back, carrying what it would have done."""

    def __init__(self, summary: ImportSummary) -> None:
        super().__init__()
        self.summary = summary


def import_exchange(store: Store, document: Any, *, replace: bool = False,
                    rehearse: bool = False, progress: Progress = QUIET) -> ImportSummary:
    """Write the document's goals, cities, contacts and trips into the store.

    What the document does not mention stays, unless `replace` (see merge_policy); an
    import that changes existing records takes a checked backup first (summary.backup).
    `rehearse` only works out what would happen (removals by name) and changes nothing.
    Raises ValidationError at the first problem, with the store unchanged; `progress`
    hears of each goal, city, contact and trip, and stopping it (Cancelled) changes nothing.
    """
    with located(""):
        document = as_object(document)
    check_header(document)
    if _records(document) > RECORDS:
        raise ValidationError("", N_("the document lists {count} goals, cities, contacts and "
                                     "trips, more than {limit} in one file; split it into "
                                     "smaller files"), count=_records(document),
                              limit=RECORDS)
    try:
        with store.transaction() as session:
            store.one_at_a_time(session, "import")  # a second client waits, then updates
            ctx = Context.create(session, replace=replace)
            ctx.progress, ctx.total = progress, _records(document)
            ctx.gifts_listed = gift_refs(document)
            try:
                _import_all(store, ctx, document)
                session.flush()
            except IntegrityError as exc:
                raise ValidationError("", N_("the document conflicts with the store: "
                                             "{reason}"), reason=str(exc.orig)) from None
            progress.step(ctx.total, ctx.total)
            if rehearse:
                raise _Rehearsal(ctx.summary)
            ctx.summary.backup = backup_before(store.path, ctx.summary)
    except _Rehearsal as rehearsal:
        return rehearsal.summary
    return ctx.summary


def _records(document: Mapping[str, Any]) -> int:
    """How many goals, cities, contacts and trips the document lists (for progress)."""
    lists = (document.get(key) for key in ("goals", "cities", "contacts", "trips"))
    return sum(len(items) for items in lists if isinstance(items, list))


def _import_all(store: Store, ctx: Context, document: Mapping[str, Any]) -> None:
    with located("home"):
        _import_home(store, ctx, document.get("home"))
    with located("settings"):
        _import_settings(ctx, document.get("settings"))
    _import_goals(ctx, document)
    _import_cities(ctx, document)
    _import_contacts(ctx, document)
    import_trips(ctx, document)
    import_loose(ctx, document)


def _import_home(store: Store, ctx: Context, value: Any) -> None:
    """The home city is set from the document only where the store has none yet.

    The `home` of a file describes the office that wrote it; an office importing a
    partner's file keeps its own name, zone and letterhead.
    """
    if value is None:
        return
    data = as_object(value)
    clean(HOME, data)
    if ctx.session.get(Home, 1) is None:
        set_home(store, data)
        ctx.summary.count("home", existed=False)


def _import_settings(ctx: Context, value: Any) -> None:
    """Office settings the store does not have yet (its own ones are kept, as for home)."""
    if value is None:
        return
    for key, setting in as_object(value).items():
        if not key or len(key) > SETTING_KEY_LIMIT:
            raise ValidationError(key[:SETTING_KEY_LIMIT], N_("a setting needs a name of at "
                                                              "most 100 characters"))
        if ctx.session.get(Setting, key) is None:
            ctx.session.add(Setting(key=key, value=json.dumps(setting, ensure_ascii=False)))
            ctx.summary.count("settings", existed=False)


def _import_cities(ctx: Context, document: Mapping[str, Any]) -> None:
    claims = Claims()
    for step, data in objects(document, "cities"):
        ctx.tick()
        with located(step):
            values = clean(CITY, _over(ctx, ctx.cities, data))
            claims.claim(values["ref"], step)
            _upsert(ctx, "cities", ctx.cities, values)


def _import_contacts(ctx: Context, document: Mapping[str, Any]) -> None:
    claims = Claims()
    for step, data in objects(document, "contacts"):
        ctx.tick()
        with located(step):
            data = _over(ctx, ctx.contacts, data)
            values = clean(CONTACT, data)
            claims.claim(values["ref"], step)
            values["city"] = ctx.cities.one(data, "city")
            contact = _upsert(ctx, "contacts", ctx.contacts, values)
            import_forms(ctx.session, data, contact, ctx.summary)


def _import_goals(ctx: Context, document: Mapping[str, Any]) -> None:
    """Goals in two passes, since a parent may come after its children in the list."""
    claims = Claims()
    parents: list[tuple[str, Goal, Mapping[str, Any]]] = []
    for step, data in objects(document, "goals"):
        ctx.tick()
        with located(step):
            data = _over(ctx, ctx.goals, data)
            values = clean(GOAL, data)
            claims.claim(values["ref"], step)
            goal = _upsert(ctx, "goals", ctx.goals, values)
            parents.append((step, goal, data))
    ctx.session.flush()
    for step, goal, data in parents:
        with located(step):
            _set_parent(ctx, goal, data)


def _set_parent(ctx: Context, goal: Goal, data: Mapping[str, Any]) -> None:
    if "parent" not in data and not ctx.replace:
        return  # the document does not say: the goal keeps its place
    parent = ctx.goals.one(data, "parent")
    ancestor = parent
    while ancestor is not None:
        if ancestor is goal:
            raise ValidationError("parent", N_("'{ref}' would make the goal its own ancestor"),
                                  ref=optional_ref(data, "parent"))
        ancestor = ctx.session.get(Goal, ancestor.parent_id) if ancestor.parent_id else None
    goal.parent_id = parent.id if parent is not None else None
    ctx.session.flush()


def _over(ctx: Context, directory: Directory[R], data: Mapping[str, Any]) -> Mapping[str, Any]:
    """The document's item laid over the record with its ref, if the store has one."""
    ref = item_ref(data)
    return merged(directory.find(ref) if ref else None, data, ctx.replace)


def _upsert(ctx: Context, kind: str, directory: Directory[R], values: Mapping[str, Any]) -> R:
    """Update the row with the values' ref, or create it; counted under `kind`."""
    row = directory.find(values["ref"])
    existed = row is not None
    ctx.summary.count(kind, existed=existed)
    if row is None:
        row = directory.model()
        ctx.session.add(row)
        directory.add(values["ref"], row)
    assign(ctx.session, row, values)
    note_change(ctx.session, row, ctx.summary, existed)
    return row
