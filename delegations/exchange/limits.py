"""Documented limits on the files an import reads, checked before a file is read whole.

Far above what an office's real files hold (the demo office's export is 0.1 MB; a year's
programme a few hundred events), far below what would take minutes or gigabytes: a file
over its limit is refused at once with a message naming the file and the limit. README's
"Data safety" lists them.
"""

from __future__ import annotations

import os
from pathlib import Path

from delegations.exchange.reader import UnreadableFile
from delegations.i18n import N_

MB = 1024 * 1024
#: Largest file read, by kind (the extension as the command line sees it).
FILE_BYTES = {".json": 25 * MB, ".csv": 20 * MB, ".txt": 20 * MB, ".vcf": 20 * MB,
              ".vcard": 20 * MB, ".ics": 10 * MB}
DEFAULT_BYTES = 20 * MB
#: Events one calendar file may hold (each is checked and converted on its own).
CALENDAR_EVENTS = 5_000


def check_size(path: str | Path) -> None:
    """UnreadableFile if the file at `path` is larger than its kind's limit (OSError passes)."""
    limit = FILE_BYTES.get(Path(path).suffix.lower(), DEFAULT_BYTES)
    if os.stat(path).st_size > limit:
        raise UnreadableFile("", N_("{file}: the file is larger than {limit} MB, the most an "
                                    "import reads; split it into smaller files"),
                             file=str(path), limit=limit // MB)

#: Rows of a CSV file or cards of a vCard file; goals, cities, contacts and trips of an
#: exchange file (a large office's address book holds a few thousand).
RECORDS = 20_000


def too_many(file: str, line: int, limit: int = RECORDS) -> UnreadableFile:
    """The refusal of a file with more than `limit` records, naming where the next begins."""
    return UnreadableFile("", N_("{file}, line {line}: more than {limit} records in one "
                                 "file; split it into smaller files"),
                          file=file, line=line, limit=limit)
