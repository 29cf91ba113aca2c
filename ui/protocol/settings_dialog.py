"""Protocol settings: the office's rules for forms of address, its letter templates and
the limit for received gifts. Save checks everything with the core; a refusal is shown
and nothing is saved."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from delegations.atomic import write_atomic
from delegations.documents import protocol_papers
from delegations.errors import DelegationsError
from delegations.i18n import LANGUAGES
from delegations.services import address, gift_register, letters
from delegations.services.address_rules import AddressRule
from delegations.services.letter_texts import FIELDS, KINDS
from delegations.storage.store import Store
from ui.common.colours import error_colour
from ui.common.save_place import ask_save_path
from ui.context import AppContext
from ui.formatting import amount_text, parse_amount

RULE_COLUMNS = ("office", "country", "language", "envelope", "salutation", "spoken")


class RulesTable(QTableWidget):
    """One rule per row; the envelope's lines are written with ' / ' between them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(RULE_COLUMNS), parent)
        self.setHorizontalHeaderLabels([
            self.tr("Function contains"), self.tr("Country"), self.tr("Language"),
            self.tr("Envelope"), self.tr("Salutation"), self.tr("Spoken")])
        self.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((22, 7, 8, 34, 26)):
            self.setColumnWidth(column, self.fontMetrics().averageCharWidth() * width)
        self.setWordWrap(False)

    def set_rules(self, rules: list[AddressRule]) -> None:
        self.setRowCount(0)
        for rule in rules:
            self.add_rule(rule)

    def add_rule(self, rule: AddressRule | None = None) -> None:
        row = self.rowCount()
        self.insertRow(row)
        for column, name in enumerate(RULE_COLUMNS):
            text = getattr(rule, name) if rule else ("de" if name == "language" else "")
            self.setItem(row, column, QTableWidgetItem(text.replace("\n", " / ")))

    def rules(self) -> list[dict[str, str]]:
        out = []
        for row in range(self.rowCount()):
            values = {}
            for column, name in enumerate(RULE_COLUMNS):
                item = self.item(row, column)
                values[name] = item.text() if item is not None else ""
            values["envelope"] = "\n".join(p.strip() for p in values["envelope"].split(" / "))
            out.append(values)
        return out


class ProtocolSettingsDialog(QDialog):
    """Rules, templates and gift limit of the office."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Protocol Settings"))
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(f"color: {error_colour().name()};")
        self.banner.hide()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._rules_page(), self.tr("Forms of address"))
        self.tabs.addTab(self._letters_page(), self.tr("Letter templates"))
        self.tabs.addTab(self._gifts_page(), self.tr("Gifts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(860, 560)

    # ------------------------------------------------------------------ pages

    def _rules_page(self) -> QWidget:
        page = QWidget(self)
        self.rules = RulesTable(page)
        self.rules.set_rules(address.list_rules(self.ctx.store))
        add, remove = QPushButton(self.tr("Add Rule"), page), QPushButton(
            self.tr("Remove Rule"), page)
        add.clicked.connect(lambda: self.rules.add_rule())
        remove.clicked.connect(lambda: self.rules.removeRow(self.rules.currentRow()))
        hint = QLabel(self.tr("A person's own forms always win. Fields: %1").replace(
            "%1", " ".join("{" + p + "}" for p in address.PLACEHOLDERS)), page)
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.rules, 1)
        layout.addLayout(row)
        return page

    def _letters_page(self) -> QWidget:
        page = QWidget(self)
        self.kind, self.language = QComboBox(page), QComboBox(page)
        names = {"invitation": self.tr("Invitation"), "visa": self.tr("Visa invitation"),
                 "thanks": self.tr("Thank-you letter")}
        for kind in KINDS:
            self.kind.addItem(names[kind], kind)
        for language in LANGUAGES:
            self.language.addItem(language, language)
        self.subject, self.body = QLineEdit(page), QPlainTextEdit(page)
        reset = QPushButton(self.tr("Shipped Text"), page)
        reset.clicked.connect(self.reset_template)
        fields = QLabel(self.tr("Fields: %1").replace(
            "%1", " ".join("{" + f + "}" for f in FIELDS)), page)
        fields.setWordWrap(True)
        fields.setObjectName("template_fields")
        # what each field is called where a letter lacks it ("Passnummer")
        fields.setToolTip("\n".join("{" + f + "} – " + letters.field_label(f) for f in FIELDS))
        form = QFormLayout(page)
        form.addRow(self.tr("Letter:"), self.kind)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("Text:"), self.body)
        form.addRow(fields)
        form.addRow(reset)
        self._shown: tuple[str, str] = ("", "")
        self._typed: dict[tuple[str, str], tuple[str, str]] = {}
        self.kind.currentIndexChanged.connect(self.show_template)
        self.language.currentIndexChanged.connect(self.show_template)
        self.show_template()
        return page

    def _gifts_page(self) -> QWidget:
        page = QWidget(self)
        limit = gift_register.get_limit(self.ctx.store)
        self.limit = QLineEdit(amount_text(limit.cents), page)
        self.currency = QLineEdit(limit.currency, page)
        form = QFormLayout(page)
        form.addRow(self.tr("Limit for received gifts:"), self.limit)
        form.addRow(self.tr("Currency:"), self.currency)
        form.addRow(QLabel(self.tr("Received gifts above the limit, of unknown value or in "
                                   "another currency are flagged in the register."), page))
        self.year = QSpinBox(page)
        self.year.setRange(1990, 2100)
        self.year.setValue(date.today().year)
        register = QPushButton(self.tr("Save Register of the Year…"), page)
        register.clicked.connect(self._ask_register)
        row = QHBoxLayout()
        row.addWidget(self.year)
        row.addWidget(register)
        row.addStretch(1)
        form.addRow(self.tr("Gift register:"), row)
        return page

    def _ask_register(self) -> None:
        path, _ = ask_save_path(self, self.tr("Save"), "pdf", self.tr(
            "Gift register %1.pdf").replace("%1", str(self.year.value())))
        if path:
            try:
                self.save_register(self.year.value(), Path(path))
            except (DelegationsError, OSError) as exc:
                self.banner.setText(str(exc))
                self.banner.show()

    def save_register(self, year: int, path: Path) -> Path:
        """The register of a year, both ways, for the yearly report and the audit office."""
        write_atomic(path, protocol_papers.gifts_file(self.ctx.store, year=year))
        return path

    # ------------------------------------------------------------------ actions

    def show_template(self) -> None:
        """Keep what was typed for the template shown, then show the one chosen."""
        self._keep_typed()
        kind, language = self.kind.currentData(), self.language.currentData()
        template = letters.get_template(self.ctx.store, kind, language)
        subject, body = self._typed.get((kind, language), (template.subject, template.body))
        self.subject.setText(subject)
        self.body.setPlainText(body)
        self._shown = (kind, language)

    def _keep_typed(self) -> None:
        if self._shown != ("", ""):
            self._typed[self._shown] = (self.subject.text(), self.body.toPlainText())

    def reset_template(self) -> None:
        kind, language = self.kind.currentData(), self.language.currentData()
        self._typed.pop((kind, language), None)
        letters.reset_template(self.ctx.store, kind, language)
        self._shown = ("", "")
        self.show_template()

    def save(self) -> bool:
        """Save rules, edited templates and the limit; show what the core refuses."""
        self._keep_typed()
        store, rules = self.ctx.store, self.rules.rules()
        edited = {key: text for key, text in self._typed.items()
                  if text != _stored(store, *key)}
        try:  # everything checked first: a refusal leaves the store as it was
            for index, rule in enumerate(rules):
                address.clean_rule(rule, index)
            for (kind, language), (subject, body) in edited.items():
                letters.check_template(kind, language, subject, body)
            limit = parse_amount(self.limit.text())  # the one parser of typed amounts
            gift_register.clean_limit(limit, self.currency.text())
            address.save_rules(store, rules)
            for (kind, language), (subject, body) in edited.items():
                letters.save_template(store, kind, language, subject, body)
            gift_register.set_limit(store, limit, self.currency.text())
        except DelegationsError as exc:
            self.banner.setText(str(exc))
            self.banner.show()
            return False
        self.accept()
        return True


def _stored(store: Store, kind: str, language: str) -> tuple[str, str]:
    template = letters.get_template(store, kind, language)
    return template.subject, template.body


def open_protocol_settings(ctx: AppContext, parent: QWidget | None = None) -> None:
    ProtocolSettingsDialog(ctx, parent).open()
