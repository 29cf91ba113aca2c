"""The three forms of address per language in the contact and participant editors; an
empty field shows what the office's rules propose, a filled one is the person's own."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from delegations.i18n import LANGUAGES
from delegations.services.address import FORMS, AddressForms


class AddressFormsBox(QGroupBox):
    """`values()` is language -> form -> text, as the services store it."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Forms of address"))
        self.fields: dict[tuple[str, str], QLineEdit | QPlainTextEdit] = {}
        self.tabs = QTabWidget(self)
        names = {"de": self.tr("German"), "en": self.tr("English")}
        for language in LANGUAGES:
            self.tabs.addTab(self._page(language), names[language])
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def _page(self, language: str) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        envelope = QPlainTextEdit(page)
        envelope.setTabChangesFocus(True)
        envelope.setFixedHeight(QFontMetrics(envelope.font()).lineSpacing() * 4 + 14)
        labels = {"envelope": self.tr("Envelope:"), "salutation": self.tr("Salutation:"),
                  "spoken": self.tr("Spoken:")}
        for form_name in FORMS:
            widget = envelope if form_name == "envelope" else QLineEdit(page)
            widget.textChanged.connect(self.edited)
            self.fields[(language, form_name)] = widget
            form.addRow(labels[form_name], widget)
        return page

    def set_values(self, values: Mapping[str, Mapping[str, str]] | None) -> None:
        for (language, form), widget in self.fields.items():
            text = str((values or {}).get(language, {}).get(form, "") or "")
            if isinstance(widget, QLineEdit):
                widget.setText(text)
            else:
                widget.setPlainText(text)

    def values(self) -> dict[str, dict[str, str]]:
        out: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}
        for (language, form), widget in self.fields.items():
            text = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
            out[language][form] = text.strip()
        return out

    def set_proposals(self, proposals: Mapping[str, AddressForms]) -> None:
        """Show the proposed forms where the person has none of their own."""
        for (language, form), widget in self.fields.items():
            proposed = proposals.get(language)
            widget.setPlaceholderText(str(getattr(proposed, form, "")) if proposed else "")


def with_forms(values: Mapping[str, Any], forms: Mapping[str, Any]) -> dict[str, Any]:
    """Editor values with the person's own forms added under 'address_forms'."""
    return {**values, "address_forms": {k: dict(v) for k, v in forms.items()}}


class ProposingEditor:
    """Mixin for an EditorDialog with an AddressFormsBox: the box follows the fields that
    decide the proposal, and its forms travel with the values only when they were loaded
    (an editor opened without them must not wipe a person's stored forms)."""

    address_box: AddressFormsBox
    _forms_loaded: bool = False
    _propose: Any = None
    PROPOSAL_FIELDS = ("name", "honorific", "title", "function", "organisation", "city",
                       "contact", "nationality")

    def add_address_box(self, form: Any, propose: Any) -> None:
        from PySide6.QtCore import QTimer

        from ui.common.form import changed_signal

        self._propose = propose
        self.address_box = AddressFormsBox(form)
        form.layout_.addRow(self.address_box)
        self._proposal_timer = QTimer(form, singleShot=True, interval=200)
        self._proposal_timer.timeout.connect(self.refresh_proposals)
        for name in self.PROPOSAL_FIELDS:
            if name in form.fields:
                changed_signal(form.fields[name]).connect(self._proposal_timer.start)

    def load_forms(self, values: Mapping[str, Any], new: bool) -> None:
        self._forms_loaded = new or "address_forms" in values
        self.address_box.set_values(values.get("address_forms"))
        self.refresh_proposals()

    def with_address_forms(self, values: dict[str, Any]) -> dict[str, Any]:
        if self._forms_loaded:
            values["address_forms"] = self.address_box.values()
        return values

    def refresh_proposals(self) -> None:
        if self._propose is None:
            return
        from delegations.errors import DelegationsError

        try:
            proposals = self._propose(self.form.values())  # type: ignore[attr-defined]
        except DelegationsError:
            return
        self.address_box.set_proposals(proposals)
