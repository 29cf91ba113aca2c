"""The frame every directory editor shares: a validated form, Save disabled while invalid,
what the service refuses shown at the field it names (the dialog stays open), and the
question when another planner changed the record since it was opened (`watch`)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from delegations.errors import ConflictError, DelegationsError, NotFoundError, ValidationError
from delegations.i18n import N_
from delegations.services import versions
from delegations.validation import Field
from ui.common import conflict
from ui.common.colours import error_colour
from ui.common.dialogs import Dialog
from ui.common.form import ValidatedForm, read

Commit = Callable[[dict[str, Any]], Any]
Reread = Callable[[], Mapping[str, Any]]
R = TypeVar("R")


def one(rows: Iterable[R], ident: int) -> R:
    """The row with that id (for an editor's reread); NotFoundError once it is deleted."""
    found = next((row for row in rows if getattr(row, "id", None) == ident), None)
    if found is None:
        raise NotFoundError(N_("the record has been deleted in the meantime"))
    return found


class EditorDialog(Dialog):
    """Subclasses add their fields to `self.form`; `commit(values)` does the saving."""

    FORM: type[ValidatedForm] = ValidatedForm

    def __init__(self, spec: Mapping[str, Field], commit: Commit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._commit = commit
        self.result_value: Any = None
        self._seen: versions.Seen | None = None  # the versions read when opened
        self._reread: Reread | None = None
        self._opened: dict[str, Any] = {}  # the record as read when opened
        self.merge_dialog: conflict.MergeFields | None = None
        self.form = self.FORM(spec, self)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(f"color: {error_colour().name()};")
        self.banner.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.form.validity_changed.connect(self.save_button.setEnabled)
        self._lay_out()

    def _lay_out(self) -> None:
        scroll = QScrollArea(self)
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

    def default_button(self) -> QAbstractButton:
        return self.save_button

    def warning_line(self, colour: QColor) -> QLabel:
        """A warning that appears while typing without moving anything: above the buttons,
        its room (two lines) kept while it is hidden, so no field moves under the mouse."""
        label = QLabel(self)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {colour.name()};")
        label.setMinimumHeight(QFontMetrics(label.font()).lineSpacing() * 2 + 4)
        policy = label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        label.setSizePolicy(policy)
        label.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.buttons), label)
        return label

    def line(self, placeholder: str = "", letters: int = 0) -> QLineEdit:
        """A one-line field; with `letters`, about that wide instead of the full width."""
        edit = QLineEdit(self.form)
        edit.setPlaceholderText(placeholder)
        if letters:
            edit.setMaximumWidth(QFontMetrics(edit.font()).horizontalAdvance("M" * letters) + 16)
        return edit

    def new_button(self, text: str) -> QPushButton:
        """A 'New …' button for beside a picker, hidden until someone offers that
        (ui.common.new_record)."""
        button = QPushButton(text, self.form)
        button.setAutoDefault(False)
        button.hide()
        return button

    def text_box(self, lines: int) -> QPlainTextEdit:
        """A multi-line field about `lines` lines high; Tab moves on, as in the other fields."""
        edit = QPlainTextEdit(self.form)
        edit.setTabChangesFocus(True)
        height = QFontMetrics(edit.font()).lineSpacing() * lines + 14
        edit.setMinimumHeight(height)
        if lines <= 3:  # a short note keeps its size; longer texts take the room there is
            edit.setFixedHeight(height)
            edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return edit

    def load(self, values: Mapping[str, Any], new: bool) -> None:
        """Show the record; a new one keeps 'is required' quiet until the user types."""
        self.form.set_values(values, show_errors=not new)
        self.save_button.setEnabled(self.form.is_valid())

    def values(self) -> dict[str, Any]:
        return self.form.values()

    def watch(self, reread: Reread) -> None:
        """Saving checks that nobody changed the record since now: `reread()` gives its
        values as stored (read again here, so a list shown a moment ago that is behind
        the store does not count as what the user saw)."""
        theirs, self._seen = versions.read(reread)
        self._reread, self._opened = reread, dict(theirs)
        if any(self.shown().get(name) != value for name, value in theirs.items()
               if name in self.form.fields):
            self.load(theirs, False)

    def shown(self) -> dict[str, Any]:
        """The values as the fields hold them (text as typed), in the form `load` takes,
        with what the editor keeps outside its fields (`values`)."""
        values = self.values()
        for name, widget in self.form.fields.items():
            with contextlib.suppress(TypeError):  # a field of its own kind: as `values`
                values[name] = read(widget)
        return values

    def save(self) -> None:
        """Check every field, then let the service try; its refusal is shown, not lost."""
        if not self.form.check_all():
            self._focus_first_error()
            return
        try:
            with versions.expecting(self._seen):
                self.result_value = self._commit(self.values())
        except ValidationError as exc:
            if exc.field in self.form.fields:
                self.form.mark(exc.field, exc.message())
                self._focus_first_error()
            else:
                self._show_banner(self._unplaced(exc))
            return
        except ConflictError as exc:
            self._conflict(exc)
            return
        except DelegationsError as exc:
            self._show_banner(str(exc))
            return
        self.accept()

    # ------------------------------------------------------------------ conflicts

    def _conflict(self, exc: ConflictError) -> None:
        """Someone else saved the record since it was opened: ask what to keep."""
        self._show_banner(str(exc))
        if self._reread is not None:
            conflict.resolve(self, exc, show_theirs=self.show_theirs,
                             keep_mine=self.keep_mine, merge=self.merge_fields)

    def _theirs(self) -> tuple[dict[str, Any], versions.Seen]:
        assert self._reread is not None
        theirs, seen = versions.read(self._reread)
        return dict(theirs), seen

    def show_theirs(self) -> None:
        """Replace what was typed with the record as stored now (saving then checks
        against this reading)."""
        try:
            theirs, self._seen = self._theirs()
        except DelegationsError as exc:
            self._show_banner(str(exc))
            return
        self._opened = theirs
        self.load(theirs, False)
        self.banner.hide()

    def keep_mine(self) -> None:
        """Save what is in the form over their version."""
        self._seen = None
        self.save()

    def merge_fields(self) -> conflict.MergeFields | None:
        """Each field that differs, mine or theirs; Save saves the mix."""
        try:
            theirs, seen = self._theirs()
        except DelegationsError as exc:
            self._show_banner(str(exc))
            return None
        mine = self.shown()
        captions = {name: widget.accessibleName() or name
                    for name, widget in self.form.fields.items()}
        names = conflict.differing(mine, theirs, captions)
        untouched = frozenset(n for n in names if mine.get(n) == self._opened.get(n))
        dialog = conflict.MergeFields([(n, captions[n]) for n in names], mine, theirs,
                                      self.describe, self, theirs_first=untouched)
        dialog.accepted.connect(lambda: self._save_merged(dialog.merged(), seen))
        self.merge_dialog = dialog
        dialog.open()
        return dialog

    def _save_merged(self, merged: dict[str, Any], seen: versions.Seen) -> None:
        self._seen = seen
        self.load(merged, False)
        self.save()

    def describe(self, name: str, value: Any) -> str:
        """A value as its field shows it (a choice's text, not its key)."""
        widget = self.form.fields.get(name)
        if isinstance(widget, QComboBox) and not widget.isEditable():
            index = widget.findData(value)
            if index >= 0:
                return widget.itemText(index)
        return "" if value is None else str(value)

    def _unplaced(self, exc: ValidationError) -> str:
        """What to say of a refusal naming a field this form does not have."""
        return str(exc)

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def _focus_first_error(self) -> None:
        widget = self.form.first_invalid()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.save_button.setEnabled(self.form.is_valid())
