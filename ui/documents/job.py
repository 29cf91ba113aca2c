"""A document rendered off the GUI thread, so that a long briefing pack does not freeze
the window; it reports progress and stops when asked.

It is a background task (ui.common.background.Task: a plain Python thread that touches no
Qt object, read by a timer in the GUI thread; emitting Qt signals from the worker crashed
PySide6 at random) whose failure is said in the document's language.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from delegations.documents import DocumentRequest, document_bytes
from delegations.errors import DelegationsError
from delegations.storage.store import Store
from ui.common.background import Task


class RenderJob(Task):
    """Runs `document_bytes`; exactly one of `rendered` (then see `result`), `failed` (a
    message), `stopped` ends it, followed by `finished`."""

    rendered = Signal()

    def __init__(self, store: Store, request: DocumentRequest, language: str,
                 parent: QObject | None = None) -> None:
        super().__init__(lambda progress: document_bytes(
            store, request, progress=progress.report, cancelled=progress.cancelled),
            parent, name="render-document")
        self.language = language
        self.result = b""
        self.succeeded.connect(self.rendered)

    def describe(self, error: BaseException | None) -> str:
        if isinstance(error, DelegationsError):
            return error.message(self.language)
        if isinstance(error, OSError):
            return error.strerror or str(error)
        return f"{type(error).__name__}: {error}"  # a bug: say so rather than hang the panel
