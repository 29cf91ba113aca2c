"""The settings dialog: pages for the language, the home city and letterhead, the
programme and documents. Nothing is saved until OK; then the office's data is written in
one transaction (all or nothing) and announced as a change of "home"."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from delegations.errors import DelegationsError, ValidationError
from delegations.services import home
from ui.common.colours import error_colour
from ui.common.dialogs import Dialog
from ui.context import AppContext, Change
from ui.settings import options
from ui.settings.pages import DocumentSettings, GeneralSettings, HomeSettings, ProgrammeSettings


class SettingsDialog(Dialog):
    """OK saves every page (refusals are shown at their field); Cancel forgets the edits."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.ctx, self._settings = ctx, settings
        self.setWindowTitle(self.tr("Preferences"))
        store = ctx.store
        self.general = GeneralSettings(options.user_value(options.LANGUAGE, settings), self)
        self.home_city = HomeSettings(home.get_home(store), self)
        self.programme = ProgrammeSettings(
            options.office_value(store, options.BUFFER_MINUTES), self)
        self.documents = DocumentSettings(
            options.office_value(store, options.DOCUMENT_LANGUAGE), self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.general, self.tr("General"))
        self.tabs.addTab(self.home_city, self.tr("Home city && letterhead"))
        self.tabs.addTab(self.programme, self.tr("Programme"))
        self.tabs.addTab(self.documents, self.tr("Documents"))
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(f"color: {error_colour().name()};")
        self.banner.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self.resize(640, 560)

    def accept(self) -> None:
        """Save, and close only when everything was saved."""
        if self.save():
            super().accept()

    def save(self) -> bool:
        """Write the office's settings in one transaction, then this user's; False if refused."""
        if not self.home_city.untouched() and not self.home_city.check():
            self._show_home_error()
            return False
        try:
            with self.ctx.store.transaction():
                if not self.home_city.untouched():
                    home.set_home(self.ctx.store, self.home_city.values())
                options.set_office_value(self.ctx.store, options.BUFFER_MINUTES,
                                         self.programme.buffer.value())
                options.set_office_value(self.ctx.store, options.DOCUMENT_LANGUAGE,
                                         self.documents.chosen_language())
        except ValidationError as exc:
            if exc.field not in self.home_city.form.fields:
                return self._refused(str(exc))
            self.home_city.form.mark(exc.field, exc.message())
            self._show_home_error()
            return False
        except DelegationsError as exc:
            return self._refused(str(exc))
        options.set_user_value(options.LANGUAGE, self.general.chosen_language(), self._settings)
        self.ctx.changes.announce(Change.HOME)
        return True

    def _show_home_error(self) -> None:
        self.tabs.setCurrentWidget(self.home_city)
        widget = self.home_city.form.first_invalid()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _refused(self, text: str) -> bool:
        self.banner.setText(text)
        self.banner.show()
        return False


def open_settings(ctx: AppContext, parent: QWidget | None = None) -> None:
    """Show the settings dialog (window-modal) for the office of `ctx`."""
    dialog = SettingsDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
