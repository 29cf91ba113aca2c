"""A document rendered off the GUI thread, so that a long briefing pack does not freeze
the window; it reports progress and stops when asked.

The work runs in a plain Python thread that touches no Qt object at all: it only leaves
its progress and result in attributes, which a timer in the GUI thread reads and turns
into signals. (Emitting Qt signals from the worker crashed PySide6 at random.)
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal

from delegations.documents import Cancelled, DocumentRequest, document_bytes
from delegations.errors import DelegationsError
from delegations.storage.store import Store

POLL_MS = 40


class RenderJob(QObject):
    """Runs `document_bytes`; exactly one of `rendered` (then see `result`), `failed`,
    `stopped` ends it, followed by `finished`."""

    progressed = Signal(int, int)
    rendered = Signal()
    failed = Signal(str)
    stopped = Signal()
    finished = Signal()

    def __init__(self, store: Store, request: DocumentRequest, language: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.request, self.language = store, request, language
        self.result = b""
        self._cancel = threading.Event()
        self._progress = (0, 0)
        self._outcome: tuple[str, str] | None = None
        self._thread = threading.Thread(target=self._run, name="render-document", daemon=True)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        self._thread.start()
        self._timer.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    def _run(self) -> None:
        """In the worker thread: no Qt here."""
        try:
            self.result = document_bytes(self.store, self.request, progress=self._report,
                                         cancelled=self._cancel.is_set)
            self._outcome = ("rendered", "")
        except Cancelled:
            self._outcome = ("stopped", "")
        except DelegationsError as err:
            self._outcome = ("failed", err.message(self.language))
        except OSError as err:
            self._outcome = ("failed", err.strerror or str(err))
        except Exception as err:  # a bug: say so rather than hang the panel
            self._outcome = ("failed", f"{type(err).__name__}: {err}")

    def _report(self, done: int, total: int) -> None:
        self._progress = (done, total)

    def _poll(self) -> None:
        """In the GUI thread: pass on progress, then the outcome once there is one."""
        self.progressed.emit(*self._progress)
        if self._outcome is None:
            return
        self._timer.stop()
        kind, message = self._outcome
        if kind == "failed":
            self.failed.emit(message)
        elif kind == "stopped":
            self.stopped.emit()
        else:
            self.rendered.emit()
        self.finished.emit()
