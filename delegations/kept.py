"""What a process works out from the app's own files and a later one can read back.

Parsing the bundled fonts or the translation catalogues costs each process that needs
them tens of milliseconds; the result is plain data (numbers, strings, lists, dicts).
It is kept in the user's cache folder with `marshal`, the format of Python's compiled
modules, under a key that names everything it was made from (the files' sizes and
times, library versions). A reader gets it back only under the same key; anything
else (another key, a damaged or missing file, a folder that cannot be written) means
the caller makes it again, as it would have without this module.
"""

from __future__ import annotations

import marshal
import os
import sys
import uuid
from contextlib import suppress
from pathlib import Path
from typing import Any

from delegations.paths import cache_dir

FORMAT = 1  # raise when how things are kept changes
_STAMP = (FORMAT, marshal.version, sys.version_info[:2])  # another Python writes its own


def kept_file(name: str) -> Path:
    """Where the thing called `name` is kept."""
    return cache_dir() / "kept" / f"{name}.marshal"


def file_key(*paths: Path) -> tuple[tuple[str, int, int], ...]:
    """A key part that changes when any of `paths` is replaced, edited or moved."""
    stats = ((str(p), p.stat()) for p in paths)
    return tuple((name, stat.st_size, stat.st_mtime_ns) for name, stat in stats)


def read(name: str, key: Any) -> Any | None:
    """The value kept as `name` under `key`, or None."""
    try:
        kept_key, value = marshal.loads(kept_file(name).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return value if kept_key == (_STAMP, key) else None


def keep(name: str, key: Any, value: Any) -> None:
    """Keep `value` as `name` under `key`, whole or not at all; quietly not when the
    folder cannot be written (the value is made again next time)."""
    target = kept_file(name)
    temporary = target.with_name(f"{target.name}.{uuid.uuid4().hex}.tmp")
    try:
        data = marshal.dumps(((_STAMP, key), value))
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, target)  # two processes keeping at once: the last one wins
    except (OSError, ValueError):
        with suppress(OSError):
            temporary.unlink(missing_ok=True)
