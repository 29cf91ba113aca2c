"""Help ▸ User Guide: the short guide shipped in resources/guide in the interface's
language, ending with the keyboard shortcuts of the window it was opened from, read from
that window's actions (ui.shortcuts) so that the guide never lists a key that does
something else."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from delegations.i18n import current_language
from delegations.paths import resource
from ui.common.dialogs import Dialog
from ui.shortcuts import shortcuts

LANGUAGES = ("de", "en")


def guide_text(language: str) -> str:
    """The guide in `language` (English when there is none in it) as Markdown."""
    chosen = language if language in LANGUAGES else "en"
    path = resource("guide", f"guide_{chosen}.md")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return f"# {path.name}\n\n{path}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def shortcuts_table(window: QWidget, heading: str, what: str, keys: str) -> str:
    """The window's shortcuts as a Markdown table under `heading`."""
    rows = [f"| {_cell(action)} | {_cell(key)} |" for action, key in shortcuts(window)]
    return "\n".join([f"## {heading}", "", f"| {what} | {keys} |", "|---|---|", *rows, ""])


class GuideDialog(Dialog):
    """The guide, then the shortcuts of `window`, in a scrollable, searchable view."""

    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User Guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setMarkdown(guide_text(current_language()) + "\n\n" + shortcuts_table(
            window, self.tr("Keyboard shortcuts of this window"), self.tr("Action"),
            self.tr("Keys")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 620)
