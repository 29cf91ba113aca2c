"""The Help menu: the user guide (F1), the keyboard shortcuts, About (version, licence, the
third-party notices) and Report a Problem (opens the folder with the error reports, for the
user to send one on)."""

from __future__ import annotations

from html import escape
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from delegations.owner_only import private_folder
from delegations.paths import resource
from delegations.version import version
from ui.common.dialogs import Dialog
from ui.crash import log_folder
from ui.guide import GuideDialog
from ui.shortcuts import ShortcutsDialog

D = TypeVar("D", bound=QDialog)

translate = QCoreApplication.translate
NOTICES = "THIRD-PARTY-NOTICES.md"
LICENCE = "MIT License"


def add_help_menu(window: QMainWindow, store_label: str) -> QMenu:
    """Help ▸ Report a Problem… and About Delegations (actions named for tests)."""
    menu = window.menuBar().addMenu(translate("HelpMenu", "&Help"))
    guide = menu.addAction(translate("HelpMenu", "&User Guide"))
    guide.setObjectName("user_guide")
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    guide.triggered.connect(lambda: show_guide(window))
    keys = menu.addAction(translate("HelpMenu", "&Keyboard Shortcuts"))
    keys.setObjectName("keyboard_shortcuts")
    keys.triggered.connect(lambda: show_shortcuts(window))
    report = menu.addAction(translate("HelpMenu", "&Report a Problem…"))
    report.setObjectName("report_problem")
    report.triggered.connect(lambda: open_report_folder(window))
    menu.addSeparator()
    about = menu.addAction(translate("HelpMenu", "&About Delegations"))
    about.setObjectName("about")
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda: show_about(store_label, window))
    return menu


def show_guide(window: QMainWindow) -> GuideDialog:
    """The user guide, ending with the shortcuts of `window`."""
    prepare_shortcuts(window)
    return _opened(GuideDialog(window, window))


def prepare_shortcuts(window: QWidget) -> None:
    """Let a window make the parts whose actions it makes only when first shown."""
    build = getattr(window, "build_all_tabs", None)
    if callable(build):
        build()


def show_shortcuts(window: QMainWindow) -> ShortcutsDialog:
    """The list of the window's shortcuts, as its actions define them."""
    prepare_shortcuts(window)
    return _opened(ShortcutsDialog(window, window))


def _opened(dialog: D) -> D:
    """`dialog` shown without blocking the window, gone when closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_about(store_label: str, parent: QWidget) -> AboutDialog:
    return _opened(AboutDialog(store_label, parent))


def open_report_folder(parent: QWidget | None = None) -> QUrl:
    """Show the folder of error reports in the file manager (made if missing); its URL.

    If no file manager answers, the user is told where the folder is instead.
    """
    folder = private_folder(log_folder())
    url = QUrl.fromLocalFile(str(folder))
    if not QDesktopServices.openUrl(url):
        box = QMessageBox(QMessageBox.Icon.Information,
                          translate("HelpMenu", "Report a Problem"),
                          translate("HelpMenu", "The error reports are in %1. Please send "
                                    "the file errors.log to whoever looks after the program.")
                          .replace("%1", str(folder)), parent=parent)
        _opened(box)
    return url




def notices_text() -> str:
    """The notices file as shipped; a plain sentence if it is missing from the install."""
    path = resource(NOTICES)
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return translate("HelpMenu", "The third-party notices were not found at %1.").replace(
            "%1", str(path))


class AboutDialog(Dialog):
    """Name, version, licence and database, then the notices in a scrollable view."""

    def __init__(self, store_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Delegations"))
        self.header = QLabel(self.tr(
            "<h3>Delegations %1</h3><p>Plans delegation trips and visits, prints the papers "
            "that travel with them and keeps track of the follow-ups.</p>"
            "<p>Free software under the %2. It uses the components listed below, "
            "under their own licences.</p><p>Database: %3</p>")
            .replace("%1", escape(version())).replace("%2", LICENCE)
            .replace("%3", escape(store_label)), self)
        self.header.setWordWrap(True)
        self.notices = QTextBrowser(self)
        self.notices.setOpenExternalLinks(True)
        self.notices.setAccessibleName(self.tr("Licences and third-party notices"))
        self.notices.setMarkdown(notices_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.notices, 1)
        layout.addWidget(buttons)
        self.resize(720, 600)
