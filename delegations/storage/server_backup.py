"""Backups of a server database with PostgreSQL's own tools, pg_dump and pg_restore.

A file copy, as for SQLite, is no backup of a running server; pg_dump's custom format
is consistent (one snapshot) and restored whole by pg_restore in one transaction. The
programs come with PostgreSQL's client package; where they are missing, the message
says what to install. The password goes to them in PGPASSWORD, never on the command line.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL

from delegations.errors import StoreError
from delegations.i18n import N_

MISSING = N_("{program} was not found: install PostgreSQL's client programs (Debian and "
             "Ubuntu: apt-get install postgresql-client; Windows: the PostgreSQL installer) "
             "or put them on PATH")
FAILED = N_("{program} failed: {reason}")


def program(name: str) -> str:
    """The full path of pg_dump or pg_restore (PATH first, then the usual folders)."""
    found = shutil.which(name)
    if found:
        return found
    exe = name + ".exe" if os.name == "nt" else name
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin") +
                         glob.glob(r"C:\Program Files\PostgreSQL\*\bin"), reverse=True):
        if (Path(folder) / exe).exists():
            return str(Path(folder) / exe)
    raise StoreError(MISSING, program=name)


def _connection(url: URL) -> tuple[list[str], dict[str, str]]:
    args = ["--dbname", str(url.database or "")]
    if url.host:
        args += ["--host", url.host]
    if url.port:
        args += ["--port", str(url.port)]
    if url.username:
        args += ["--username", url.username]
    env = {**os.environ}
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return args, env


def _run(name: str, args: list[str], url: URL) -> None:
    where, env = _connection(url)
    done = subprocess.run([program(name), "--no-password", *where, *args], env=env,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise StoreError(FAILED, program=name, reason=done.stderr.strip() or done.returncode)


def dump(url: URL, target: Path) -> None:
    """The whole database into `target` (custom format); the file appears only complete."""
    partial = target.with_name(target.name + ".partial")
    try:
        _run("pg_dump", ["--format=custom", "--no-owner", "--file", str(partial)], url)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def restore(url: URL, source: Path) -> None:
    """Replace the database's tables with those of a dump, all or nothing."""
    if not source.is_file():
        raise StoreError(N_("{path} does not exist"), path=str(source))
    _run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction",
                        str(source)], url)
