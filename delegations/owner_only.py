"""Personal data readable by its user only, with each platform's own means.

On Linux and macOS the mode bits do it (0700 for a folder, 0600 for a file). On Windows
`chmod` can only set "read-only", so the folder gets an access list instead: inherited
entries removed, full control for the user (and for SYSTEM, which backups run as), passed
on to everything created inside. A platform that refuses is not an error: the data stays
usable and the README says what protects it.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path

SYSTEM_SID = "*S-1-5-18"  # the local SYSTEM account, by id: the same in every language
Runner = Callable[[Sequence[str]], int]


def windows_user(environ: dict[str, str] | None = None) -> str:
    """'DOMAIN\\user' of the running Windows user (just 'user' without a domain)."""
    env = os.environ if environ is None else environ
    user, domain = env.get("USERNAME", ""), env.get("USERDOMAIN", "")
    return f"{domain}\\{user}" if domain and user else user


def icacls_command(path: Path, user: str, folder: bool) -> list[str]:
    """The `icacls` call that leaves `path` to `user` (and SYSTEM) alone."""
    inherit = "(OI)(CI)" if folder else ""
    return ["icacls", str(path), "/inheritance:r",
            "/grant:r", f"{user}:{inherit}F", "/grant:r", f"{SYSTEM_SID}:{inherit}F"]


def _run(command: Sequence[str]) -> int:
    try:
        return subprocess.run(list(command), check=False, capture_output=True,
                              timeout=60).returncode
    except (OSError, subprocess.SubprocessError):
        return 1


def restrict(path: Path, system: str | None = None, run: Runner = _run) -> bool:
    """Make the existing `path` its user's only; whether the platform agreed.

    `system` is os.name ('posix' or 'nt'), `run` runs a command: both replaceable so
    that the Windows branch can be checked anywhere.
    """
    path = Path(path)
    if (system or os.name) == "nt":
        user = windows_user()
        return bool(user) and run(icacls_command(path, user, path.is_dir())) == 0
    try:
        path.chmod(0o700 if path.is_dir() else 0o600)
    except OSError:
        return False
    return True


def private_folder(path: Path) -> Path:
    """`path` created if missing and restricted to its user (once per process on Windows,
    where it costs a program start)."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name != "nt" or path not in _DONE:
        restrict(path)
        _DONE.add(path)
    return path


_DONE: set[Path] = set()
