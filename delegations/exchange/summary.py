"""What an import did, counted per kind of thing, for the message shown afterwards."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from delegations.services.dto import Promotion

#: The kinds counted, in the order they are reported; spelled as the document's lists.
KINDS = (
    "home", "settings", "goals", "cities", "contacts", "trips", "participants", "agenda",
    "travel", "accommodation", "outcomes", "follow_ups", "gifts", "budget_lines", "vehicles",
)


@dataclass
class ImportSummary:
    """Counts of rows created, updated and removed (a trip's children the document
    no longer lists), and who moved up from a waiting list on the way."""

    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)
    promotions: list[Promotion] = field(default_factory=list)
    #: (kind, name) of every record removed, for the list shown before replacing
    removed_items: list[tuple[str, str]] = field(default_factory=list)
    #: records the store had whose values the import changed (an update may change nothing)
    changed_existing: int = 0
    #: the checked backup taken before existing records were changed, if one was
    backup: Path | None = None

    def count(self, kind: str, existed: bool) -> None:
        """Count one row of `kind`, updated if it `existed`, else created."""
        (self.updated if existed else self.created)[kind] += 1

    def count_removed(self, kind: str, rows: list[str]) -> None:
        """Count the records of `kind` removed, by name."""
        if rows:
            self.removed[kind] += len(rows)
            self.removed_items.extend((kind, name) for name in rows)

    def kinds(self) -> list[str]:
        """The kinds that were touched at all, in reporting order."""
        return [k for k in KINDS if self.created[k] or self.updated[k] or self.removed[k]]

    @property
    def total_created(self) -> int:
        return sum(self.created.values())

    @property
    def total_updated(self) -> int:
        return sum(self.updated.values())
