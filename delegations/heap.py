"""The cyclic garbage collector held while a document is built (or other work that only
allocates what lives until it ends).

Building a document allocates tens of thousands of objects (parsed fonts, paragraphs,
their fragments and lines, table cells) that all stay alive until the PDF is written.
Each allocation burst makes Python run a collection, and every full collection walks
the whole heap of the process: the ORM's mappers, the window's objects. For a
document that is all cost and nothing found: measured, a third of the yearly report's
time and half of the first itinerary's story. Reference counting still frees what
goes; cycles made meanwhile are collected once the last build in the process ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_builds = 0  # builds under way (the window prints in a worker while it previews)
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection inside the block; nested and concurrent blocks are counted,
    and the collector is left as it was found when the last one ends."""
    global _builds, _was_enabled
    with _lock:
        if _builds == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _builds += 1
    try:
        yield
    finally:
        with _lock:
            _builds -= 1
            if _builds == 0 and _was_enabled:
                gc.enable()
