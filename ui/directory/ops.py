"""The directory's changes as undoable actions: one short method per user action.

Undoing a deletion creates the record again under a new id: commands remember ids
through an IdMap (ui.common.ops).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from delegations.exchange.preview import ImportPreview, ImportResult
from delegations.progress import Progress
from delegations.services import cities, contacts, duplicates
from delegations.services.contact_links import ContactLinks, restore_links
from delegations.services.dto import CityRow, ContactRow
from delegations.services.duplicates import MergeResult
from ui.common.ops import SectionOps
from ui.context import Change
from ui.directory.import_model import Plan
from ui.undo import (
    Pending,
    pending,
    perform,
    perform_update,
    record_added,
    record_delete,
    record_removed,
)

CITY_FIELDS = ("name", "country", "relation", "since", "timezone", "languages", "topics",
               "notes")
CONTACT_FIELDS = ("honorific", "title", "name", "function", "organisation", "city", "email",
                  "phone", "languages", "address_form", "bio", "notes")


def city_values(city: CityRow) -> dict[str, Any]:
    """A city as its editor shows it (exchange spelling; the year as text)."""
    values = {name: getattr(city, name) for name in CITY_FIELDS if name != "since"}
    values["since"] = "" if city.since is None else str(city.since)
    return values


def contact_values(contact: ContactRow) -> dict[str, Any]:
    """A contact as its editor shows it; `city` is the city's id or None."""
    values = {name: getattr(contact, name) for name in CONTACT_FIELDS if name != "city"}
    values["city"] = contact.city_id
    return values


def with_merges(preview: ImportPreview, merges: Mapping[int, int]) -> ImportPreview:
    """The preview with rows to merge turned into updates of the contact chosen (the
    file's values replace the stored ones; empty cells keep them; the ref stays)."""
    rows = tuple(replace(row, existing_id=merges[row.index],
                         data={k: v for k, v in row.data.items() if k != "ref"})
                 if row.index in merges else row for row in preview.rows)
    return replace(preview, rows=rows)


class DirectoryOps(SectionOps):
    """Creates, edits and deletes cities and contacts undoably through the services."""

    def _named(self, template: str, name: str) -> str:
        return template.replace("%1", name)

    # ------------------------------------------------------------------ cities

    def create_city(self, values: Mapping[str, Any]) -> int:
        store = self.ctx.store
        return self._create("city", values, lambda data: cities.create_city(store, data),
                            lambda city: self._named(self.tr("New city “%1”"), city.name),
                            lambda ident: cities.delete_city(store, ident))

    def update_city(self, city_id: int, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        store, ids = self.ctx.store, self.ids
        perform_update(self.ctx, self._named(self.tr("Edit city “%1”"), str(
            new.get("name") or cities.get_city(store, city_id).name)), (Change.CITY,),
            lambda values: cities.update_city(store, ids("city", city_id), values),
            dict(old), dict(new))

    def delete_city(self, city_id: int) -> None:
        """Delete a city; InUseError (store unchanged) when trips or contacts use it."""
        store = self.ctx.store
        city = cities.get_city(store, city_id)
        self._delete("city", self._named(self.tr("Delete city “%1”"), city.name), city,
                     city_values(city), lambda data: cities.create_city(store, data),
                     lambda ident: cities.delete_city(store, ident))

    # ------------------------------------------------------------------ contacts

    def create_contact(self, values: Mapping[str, Any]) -> int:
        store = self.ctx.store
        return self._create(
            "contact", values, lambda data: contacts.create_contact(store, self._city_now(data)),
            lambda person: self._named(self.tr("New contact “%1”"), person.name),
            lambda ident: contacts.delete_contact(store, ident))

    def update_contact(self, contact_id: int, old: Mapping[str, Any],
                       new: Mapping[str, Any]) -> None:
        store, ids = self.ctx.store, self.ids
        perform_update(self.ctx, self._named(self.tr("Edit contact “%1”"), str(
            new.get("name") or contacts.get_contact(store, contact_id).name)), (Change.CONTACT,),
            lambda values: contacts.update_contact(store, ids("contact", contact_id),
                                                   self._city_now(values)),
            dict(old), dict(new))

    def delete_contact(self, contact_id: int) -> None:
        """Delete a contact; InUseError when they were a counterpart in a meeting. Undo
        makes them again and links them where they were named (trips' counterparts in
        their place, outcomes, participants, follow-ups, gifts)."""
        store = self.ctx.store
        person = contacts.get_contact(store, contact_id)
        data = {**contact_values(person), "ref": person.ref}
        dropped: list[ContactLinks] = []

        def recreate() -> int:
            with store.transaction():
                again = contacts.create_contact(store, self._city_now(data)).id
                restore_links(store, again, dropped.pop())
            return again

        record_delete(self.ctx, self.ids, "contact", (Change.CONTACT,),
                      self._named(self.tr("Delete contact “%1”"), person.name), contact_id,
                      lambda ident: dropped.append(contacts.delete_contact(store, ident)),
                      recreate)

    def _city_now(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """`values` with its city id where that city lives now."""
        out = dict(values)
        if out.get("city") is not None:
            out["city"] = self.ids("city", out["city"])
        return out

    # ------------------------------------------------------------------ import and merge

    def import_contacts(self, preview: ImportPreview, plan: Plan) -> Pending[ImportResult]:
        """Write the chosen rows in one transaction (stopped: none); undo removes and
        restores them. The writing may run in the background (see Pending)."""
        store, ids, planned = self.ctx.store, self.ids, with_merges(preview, plan.merges)
        done: list[ImportResult] = []

        def do(progress: Progress) -> ImportResult:
            result = planned.apply(store, plan.include, progress=progress)
            for old, new in zip(done[-1].created if done else (), result.created, strict=False):
                ids.moved("contact", ids("contact", old), new)
            done.append(result)
            return result

        count = len(plan.include)
        text = (self.tr("Import 1 contact") if count == 1 else
                self.tr("Import %1 contacts").replace("%1", str(count)))
        return pending(self.ctx, text, (Change.CONTACT,), count, do,
                       lambda: self._unimport(done[-1]))

    def _unimport(self, result: ImportResult) -> None:
        store, ids = self.ctx.store, self.ids
        with store.transaction():
            for ident in result.created:
                contacts.delete_contact(store, ids("contact", ident))
            for before in result.before:
                assert isinstance(before, ContactRow)
                contacts.update_contact(store, ids("contact", before.id),
                                        self._city_now(contact_values(before)))

    def merge_contacts(self, keep_id: int, other_id: int, choices: Mapping[str, str]) -> None:
        """Merge `other_id` into `keep_id`; undo brings the other back with its records."""
        store, ids = self.ctx.store, self.ids
        done: list[MergeResult] = []

        def do() -> MergeResult:
            done.append(duplicates.merge_contacts(store, ids("contact", keep_id),
                                                  ids("contact", other_id), choices))
            return done[-1]

        def undo() -> None:
            restored = duplicates.unmerge(store, done[-1])
            ids.moved("contact", ids("contact", other_id), restored.id)

        name = contacts.get_contact(store, other_id).name
        perform(self.ctx, self._named(self.tr("Merge contact “%1”"), name), (Change.CONTACT,), do,
                undo)

    # ------------------------------------------------------------------ shared

    def _create(self, kind: str, values: Mapping[str, Any], add: Callable[[dict], Any],
                text: Callable[[Any], str], delete: Callable[[int], Any]) -> int:
        return record_added(self.ctx, self.ids, kind, (Change(kind),), values, add, text,
                            delete)

    def _delete(self, kind: str, text: str, row: Any, values: Mapping[str, Any],
                add: Callable[[dict], Any], delete: Callable[[int], Any]) -> None:
        record_removed(self.ctx, self.ids, kind, (Change(kind),), text, row, values, add,
                       delete)
