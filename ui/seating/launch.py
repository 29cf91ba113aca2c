"""Opening the seating editor from the programme tab's selected item."""

from __future__ import annotations

from typing import TYPE_CHECKING

from delegations.services.dto import AgendaRow
from ui.seating.editor import SeatingEditor

if TYPE_CHECKING:
    from ui.programme.tab import ProgrammeTab


def open_seating(tab: ProgrammeTab) -> SeatingEditor | None:
    """The editor for the selected programme item (none for travel or hotels)."""
    row = tab.current_row()
    if not isinstance(row, AgendaRow):
        return None
    editor = SeatingEditor(tab.ctx, row.id, row.title, tab)
    editor.finished.connect(editor.deleteLater)
    tab.seating_editor = editor
    editor.open()
    return editor
