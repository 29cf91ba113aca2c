"""Helpers for the Programme tab's tests: the tab over a real store, and reading its lines."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex

from delegations.services import agenda, trips
from delegations.storage.store import Store
from ui.context import AppContext
from ui.programme.model import COLUMNS
from ui.programme.tab import ProgrammeTab

SF = "America/Los_Angeles"


def make_tab(qtbot, store: Store, ref: str = "sf-2026", own: bool = True) -> ProgrammeTab:
    """The tab of a demo trip, shown at a realistic size (`own`: closed by qtbot)."""
    tab = ProgrammeTab(AppContext.create(store), trips.find_trip(store, ref))
    if own:
        qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def texts(index: QModelIndex) -> list[str]:
    """What a line shows, column by column."""
    return [index.siblingAtColumn(c).data() or "" for c in range(COLUMNS)]


def line_of(tab: ProgrammeTab, kind: str, ident: int) -> list[str]:
    index = tab.index_of((kind, ident))
    assert index.isValid(), f"no line for {kind} {ident}"
    return texts(index)


def item_named(store: Store, trip_id: int, title: str) -> int:
    return next(a.id for a in agenda.list_items(store, trip_id) if a.title == title)


def local(text: str) -> datetime:
    return datetime.fromisoformat(text)
