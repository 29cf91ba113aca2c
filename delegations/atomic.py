"""Output files that appear whole or not at all.

Everything the program writes for people or other programs (exchange files, calendars,
PDFs) goes to a temporary file beside the target and is moved into place only when it
is complete, so a failure (full disk, bad data, a crash) never leaves half a file or
destroys the previous one. They are readable by their user only (0600, like the store and
its backups): exchange files, participant lists, calendars and itineraries hold personal
data.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO


def _temporary_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")


def _renamed(err: OSError, target: Path) -> OSError:
    """The same error, naming the file the user asked for rather than the temporary one."""
    if err.errno is None:
        return err
    return type(err)(err.errno, err.strerror, str(target))


@contextlib.contextmanager
def replacing(path: str | Path) -> Iterator[BinaryIO]:
    """A binary file to write; it replaces `path` when the block ends without error.

    The temporary file is created readable and writable by its user only (0600),
    flushed to disk before the rename, and removed if anything goes wrong.
    """
    target = Path(path)
    temporary = _temporary_name(target)
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o600)
    except OSError as err:
        raise _renamed(err, target) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            _settle(fh.flush, target)
            _settle(lambda: os.fsync(fh.fileno()), target)
        _settle(lambda: os.replace(temporary, target), target)
    except BaseException:
        _discard(temporary)
        raise


def _settle(step: Callable[[], object], target: Path) -> None:
    """Run one of our own file operations; its error names the target file."""
    try:
        step()
    except OSError as err:
        raise _renamed(err, target) from None


def _discard(temporary: Path) -> None:
    with contextlib.suppress(OSError):
        temporary.unlink()


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write `data` to `path` all at once (see `replacing`)."""
    target = Path(path)
    with replacing(target) as fh:
        _settle(lambda: fh.write(data), target)  # a full disk names the file asked for
