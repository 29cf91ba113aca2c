"""The participant editor: who they are, their role and registration, how to reach them,
what they need. Rules are the core's; an error shows at its field and nothing is saved."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from delegations.enums import RegistrationStatus, Role
from delegations.services.dto import PAPERS_FIELDS
from delegations.validation import PARTICIPANT
from ui.common.editor import Commit, EditorDialog
from ui.labels import label
from ui.protocol.address_box import ProposingEditor
from ui.widgets import muted_color

EMPTY_PARTICIPANT: dict[str, Any] = {
    "name": "", "function": "", "organisation": "", "role": Role.MEMBER.value,
    "status": RegistrationStatus.CONFIRMED.value, "email": "", "phone": "", "diet": "",
    "mobility": "", "notes": "",
    **{name: "" for name in PAPERS_FIELDS},
}


class ParticipantEditor(ProposingEditor, EditorDialog):
    """Edits one participant; `commit(values)` saves. `linked` names the directory
    contact the person was taken from, shown above the form; `propose(values)` gives the
    forms of address the office's rules propose."""

    def __init__(self, commit: Commit, values: Mapping[str, Any] | None = None,
                 new: bool = True, linked: str = "", parent: QWidget | None = None,
                 propose: Any = None) -> None:
        super().__init__(PARTICIPANT, commit, parent)
        self._propose, self._new = propose, new
        self.setWindowTitle(self.tr("New Participant") if new else self.tr("Edit Participant"))
        self.link_note = QLabel(self)
        self._add_fields()
        self._show_link(linked)
        self.load({**EMPTY_PARTICIPANT, **(values or {})}, new and not (values or {}).get("name"))
        self.resize(600, 640)

    def _combo(self, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self.form)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def _add_fields(self) -> None:
        form, line = self.form, self.line
        form.add("name", self.tr("&Name:"), line(self.tr("as the person writes it")))
        form.add("function", self.tr("&Function:"), line())
        form.add("organisation", self.tr("&Organisation:"), line())
        form.add("role", self.tr("&Role:"), self._combo([(label(r), r.value) for r in Role]))
        form.add("status", self.tr("Re&gistration:"), self._combo(
            [(label(s), s.value) for s in RegistrationStatus]),
            self.tr("On a trip with limited places the waiting list is kept automatically."))
        form.add("email", self.tr("&E-mail:"), line("name@example.org"))
        form.add("phone", self.tr("&Phone:"), line("+49 431 901-0"))
        form.add("diet", self.tr("&Diet:"), line(self.tr("e.g. vegetarian, no nuts")))
        form.add("mobility", self.tr("&Mobility:"), line(self.tr("e.g. wheelchair, no stairs")))
        form.add("notes", self.tr("N&otes:"), self.text_box(3))
        self._add_paper_fields()
        self.add_address_box(form, self._propose)

    def _add_paper_fields(self) -> None:
        """What letters, badges, the rooming and the car list need."""
        form, line = self.form, self.line
        form.add("honorific", self.tr("Honorific:"), line(self.tr("e.g. Frau, Mr"), 16))
        form.add("title", self.tr("Title:"), line(self.tr("e.g. Dr.")))
        form.add("delegation", self.tr("Delegation:"), line(self.tr(
            "on the badge; empty: the city of the contact or trip")))
        form.add("passport_name", self.tr("Name in passport:"), line())
        form.add("nationality", self.tr("Nationality:"), line(self.tr("e.g. RU, CN"), 16))
        form.add("passport_number", self.tr("Passport number:"), line(letters=16))
        form.add("room_type", self.tr("Room type:"), line(self.tr("e.g. single, double")))
        form.add("room_share", self.tr("Sharing room with:"), line())
        form.add("room_requests", self.tr("Requests to the hotel:"), line())
        form.add("billing", self.tr("Who pays:"), line(self.tr("e.g. Landeshauptstadt Kiel")))
        form.add("liaison", self.tr("Liaison officer:"), line(self.tr("name and phone")))

    def load(self, values: Mapping[str, Any], new: bool) -> None:
        super().load(values, new)
        self.load_forms(values, getattr(self, "_new", new))

    def values(self) -> dict[str, Any]:
        return self.with_address_forms(super().values())

    def _show_link(self, linked: str) -> None:
        self.link_note.setWordWrap(True)
        self.link_note.setStyleSheet(f"color: {muted_color(self.palette()).name()};")
        self.link_note.setText(self.tr("From the directory: %1").replace("%1", linked))
        self.link_note.setVisible(bool(linked))
        layout = self.layout()
        assert layout is not None
        layout.insertWidget(0, self.link_note)  # type: ignore[attr-defined]
