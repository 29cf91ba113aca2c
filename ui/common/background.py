"""Large imports off the GUI thread, with a progress dialog whose Cancel stops them.

The pattern of the document preview (ui.documents.job): the work runs in a plain Python
thread that touches no Qt object; it leaves its progress and outcome in attributes, which
a timer in the GUI thread turns into signals. The work gets a delegations.progress.Progress;
Cancel makes its next step raise Cancelled, which rolls the import's one transaction back,
so a cancelled import leaves the store exactly as it was.

Small work (a few rows, a small file) runs at once, as before: a progress dialog that
flashes up for a tenth of a second helps nobody. `run` decides by the size it is given.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from delegations.errors import DelegationsError
from delegations.progress import QUIET, Cancelled, Progress
from delegations.storage.store import Store

POLL_MS = 40
# Show the progress dialog only if the work is still running after this long.
SHOW_AFTER_MS = 300
# Work of this size or more runs in the background (rows to write, or bytes to read).
BACKGROUND_ROWS = 100
BACKGROUND_BYTES = 256 * 1024

Work = Callable[[Progress], Any]
translate = QCoreApplication.translate


def failure_text(err: BaseException) -> str:
    """What went wrong, for people (a bug is named rather than hidden)."""
    if isinstance(err, DelegationsError):
        return str(err)
    if isinstance(err, OSError):
        return f"{err.filename or ''}: {err.strerror or err}".lstrip(": ")
    return f"{type(err).__name__}: {err}"


def file_size(path: str | Path) -> int:
    """The size of the file to read (0 if it cannot be told: the reading will say why)."""
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


class Task(QObject):
    """Runs `work(progress)` in a thread; exactly one of `succeeded` (then see `result`),
    `failed` (the error) or `stopped` ends it, followed by `finished`."""

    progressed = Signal(int, int)
    succeeded = Signal()
    failed = Signal(object)
    stopped = Signal()
    finished = Signal()

    def __init__(self, work: Work, parent: QObject | None = None, name: str = "import") -> None:
        super().__init__(parent)
        self._work = work
        self.result: Any = None
        self.error: BaseException | None = None
        self._cancel = threading.Event()
        self._progress = (0, 0)
        self._outcome: str | None = None
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        self._thread.start()
        self._timer.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, timeout: float | None = None) -> None:
        if self._thread.is_alive():
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._outcome is None

    def _run(self) -> None:
        """In the worker thread: no Qt here."""
        progress = Progress(self._report, self._cancel.is_set)
        try:
            self.result = self._work(progress)
            self._outcome = "succeeded"
        except Cancelled:
            self._outcome = "stopped"
        except Exception as err:  # shown to the user by the GUI thread, never lost
            self.error = err
            self._outcome = "failed"

    def _report(self, done: int, total: int) -> None:
        self._progress = (done, total)

    def describe(self, error: BaseException | None) -> object:
        """What `failed` carries: the error itself (a subclass may say it in words)."""
        return error

    def _poll(self) -> None:
        """In the GUI thread: pass on progress, then the outcome once there is one."""
        self.progressed.emit(*self._progress)
        if self._outcome is None:
            return
        self._timer.stop()
        if self._outcome == "failed":
            self.failed.emit(self.describe(self.error))
        elif self._outcome == "stopped":
            self.stopped.emit()
        else:
            self.succeeded.emit()
        self.finished.emit()


def _stop_on_close(store: Store, task: Task) -> None:
    """Closing the store first stops the import and waits for its rollback."""
    event, thread = task._cancel, task._thread

    def finish() -> None:
        event.set()
        if thread.is_alive():
            thread.join(30)

    store.before_close(finish)


class ProgressRun(QObject):
    """One piece of work with its progress dialog (kept as `dialog` while it runs)."""

    def __init__(self, parent: QWidget, label: str, task: Task) -> None:
        super().__init__(parent)
        self.task = task
        self.dialog = QProgressDialog(label, translate("ProgressRun", "Cancel"), 0, 0, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        task.progressed.connect(self._progressed)
        task.finished.connect(self._finished)

    def cancel(self) -> None:
        """Stop the work: it rolls back what it did and ends as `stopped`."""
        self.task.cancel()
        self.dialog.setLabelText(translate("ProgressRun", "Stopping; nothing is saved…"))

    def _progressed(self, done: int, total: int) -> None:
        if total:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _finished(self) -> None:
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()
        self.task.deleteLater()
        self.deleteLater()


def run(parent: QWidget, store: Store, label: str, work: Work, size: int, limit: int,
        done: Callable[[Any], object], failed: Callable[[str], object],
        stopped: Callable[[], object] | None = None) -> ProgressRun | None:
    """Run `work`: at once if `size` is under `limit` (None is returned), else in the
    background behind a progress dialog labelled `label` (the ProgressRun is returned).
    Then `done(result)`, `failed(message)` or, after Cancel, `stopped()`."""
    if size < limit:
        try:
            result = work(QUIET)
        except (DelegationsError, OSError) as err:
            failed(failure_text(err))
            return None
        done(result)
        return None
    task = Task(work)
    running = ProgressRun(parent, label, task)
    task.succeeded.connect(lambda: done(task.result))
    task.failed.connect(lambda err: failed(failure_text(err)))
    if stopped is not None:
        task.stopped.connect(stopped)
    _stop_on_close(store, task)
    task.start()
    return running
