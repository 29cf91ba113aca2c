"""What the user sees when the program meets an error nobody foresaw.

PySide6 prints an exception raised in a slot and carries on; a user would see nothing
and wonder whether the last change was kept. The hook says plainly that the data is safe
(each change is committed when made, a failed one not at all), writes a report without
personal data (see delegations.crashlog) and says where it is.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from delegations.crashlog import write_report
from delegations.paths import data_dir

translate = QCoreApplication.translate
Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]
_SHOWN: set[QMessageBox] = set()  # a box without a parent lives as long as it is shown


def log_folder() -> Path:
    return data_dir() / "logs"


def report_error(error: BaseException, parent: QWidget | None = None,
                 folder: Path | None = None) -> QMessageBox:
    """Write the report and tell the user (a window-modal box; returned for tests)."""
    try:
        where = str(write_report(error, folder or log_folder()))
    except OSError:
        where = translate("Crash", "(the report could not be written)")
    box = QMessageBox(QMessageBox.Icon.Critical, translate("Crash", "Unexpected Error"),
                      translate("Crash", "Something went wrong in Delegations. Your data is "
                                "safe: every change is saved when it is made, and the step "
                                "that failed was not saved at all."), parent=parent)
    box.setInformativeText(translate(
        "Crash", "A report without personal data was written to %1. Please send it to "
        "whoever looks after the program if this happens again.").replace("%1", where))
    _SHOWN.add(box)
    box.finished.connect(lambda _result: _SHOWN.discard(box))
    box.open()
    return box


def install(default: Hook | None = None) -> Hook:
    """Route uncaught exceptions to `report_error`; returns the hook installed."""
    previous = default or sys.excepthook

    def hook(kind: type[BaseException], error: BaseException,
             tb: TracebackType | None) -> None:
        if not issubclass(kind, Exception) or QApplication.instance() is None:
            previous(kind, error, tb)
            return
        report_error(error.with_traceback(tb), QApplication.activeWindow())

    sys.excepthook = hook
    return hook
