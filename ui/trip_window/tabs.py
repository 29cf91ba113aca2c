"""The tabs of a trip window, in one table: which part of the app fills each.

Titles carry no mnemonics: Ctrl+1…8 choose a tab, and Alt is left to the fields.
Each tab class is imported when the tab is first shown and called as
`Class(ctx, trip_id, parent)`.
"""

from __future__ import annotations

import importlib
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.translations import QT_TRANSLATE_NOOP


class TabSpec(NamedTuple):
    key: str
    title: str  # translated in the context "TripWindow"
    module: str
    name: str


TABS = (
    TabSpec("overview", QT_TRANSLATE_NOOP("TripWindow", "Overview"),
            "ui.trip_window.overview_tab", "OverviewTab"),
    TabSpec("delegation", QT_TRANSLATE_NOOP("TripWindow", "Delegation"),
            "ui.trip_window.delegation_tab", "DelegationTab"),
    TabSpec("programme", QT_TRANSLATE_NOOP("TripWindow", "Programme"),
            "ui.programme.tab", "ProgrammeTab"),
    TabSpec("contacts", QT_TRANSLATE_NOOP("TripWindow", "Contacts"),
            "ui.trip_window.contacts_tab", "ContactsTab"),
    TabSpec("budget", QT_TRANSLATE_NOOP("TripWindow", "Budget"),
            "ui.after.budget_tab", "BudgetTab"),
    TabSpec("outcomes", QT_TRANSLATE_NOOP("TripWindow", "Outcomes"),
            "ui.after.outcomes_tab", "OutcomesTab"),
    TabSpec("documents", QT_TRANSLATE_NOOP("TripWindow", "Documents"),
            "ui.documents.tab", "DocumentsTab"),
    TabSpec("protocol", QT_TRANSLATE_NOOP("TripWindow", "Protocol"),
            "ui.protocol.papers_tab", "PapersTab"),
)


def tab_title(spec: TabSpec) -> str:
    return QCoreApplication.translate("TripWindow", spec.title)


def make_tab(spec: TabSpec, ctx: AppContext, trip_id: int, parent: QWidget) -> QWidget:
    """The tab's widget (its module loaded on first use, so a window opens quickly)."""
    widget: QWidget = getattr(importlib.import_module(spec.module), spec.name)(
        ctx, trip_id, parent)
    widget.setObjectName(f"tab-{spec.key}")
    return widget
