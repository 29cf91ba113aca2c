"""Reports of unexpected errors that hold no personal data.

An exception's message can carry values: SQLAlchemy puts a statement's parameters (a
traveller's name, a diet) into its text, a ValueError quotes what it was given. The
report therefore keeps only what a developer needs to find the fault — the exception's
type, where it was raised and the calls that led there (file, line, function) — and never
a message, a source line's values or local variables. Reports go to `logs/errors.log` in
the data folder, readable by the user only, and the file is kept short.
"""

from __future__ import annotations

import os
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from delegations.version import version

#: The newest reports kept (older ones are dropped when the file grows beyond this).
MAX_BYTES = 256 * 1024


def describe(error: BaseException) -> str:
    """The exception and its causes as type and call stack, without any message."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        parts.append(_one(type(current), current.__traceback__))
        current = current.__cause__ or current.__context__
    return "\n  caused by / while handling:\n".join(parts)


def _one(kind: type[BaseException], tb: TracebackType | None) -> str:
    frames = traceback.extract_tb(tb)
    lines = [f"  {_short(f.filename)}:{f.lineno} in {f.name}" for f in frames]
    return "\n".join([f"{kind.__module__}.{kind.__qualname__}", *lines])


def _short(filename: str) -> str:
    """The path from the package folder on: user names in home paths stay out."""
    path = Path(filename)
    for anchor in ("delegations", "ui", "site-packages"):
        if anchor in path.parts:
            index = len(path.parts) - 1 - path.parts[::-1].index(anchor)
            return "/".join(path.parts[index:])
    return path.name




def write_report(error: BaseException, folder: Path) -> Path:
    """Append a report on `error` to `folder`/errors.log (0600) and return the file."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = folder / "errors.log"
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    entry = (f"--- {stamp} Delegations {version()} Python {sys.version.split()[0]} "
             f"{sys.platform}\n{describe(error)}\n")
    old = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
    text = (old + entry)[-MAX_BYTES:]
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)
    return path
