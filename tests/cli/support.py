"""Running the command line in the tests: in this process (fast, for the commands' logic)
or as a real process (for what only a process shows: exit statuses, `python -m`, locks
held by another program)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from delegations import i18n
from delegations.cli import main


@dataclass(frozen=True)
class Result:
    """What a run of the command line gives back, as subprocess.CompletedProcess does."""

    returncode: int
    stdout: str
    stderr: str


#: The `run` fixture: run(db, *args, language="en") -> Result.
Run = Callable[..., Result]


def run_in_process(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                   db: Path, *args: str, language: str = "en") -> Result:
    """`delegations --db DB ARGS…` in the database's folder, called as a function."""
    with monkeypatch.context() as patch:
        patch.chdir(db.parent)
        _environment(patch.setenv, patch.delenv, language)
        patch.setattr(i18n, "_current", None)  # follow the environment, as a new process does
        capsys.readouterr()
        try:
            status = main(["--db", str(db), *args])
        except SystemExit as done:  # argparse: --help, --version and wrong usage
            status = done.code if isinstance(done.code, int) else 0 if done.code is None else 1
        out, err = capsys.readouterr()
    return Result(status, out, err)


def run_process(db: Path, *args: str, language: str = "en", timeout: float = 120) -> Result:
    """`python -m delegations --db DB ARGS…` as its own process, in the database's folder."""
    env = dict(os.environ)
    _environment(env.__setitem__, lambda name, raising=False: env.pop(name, None), language)
    done = subprocess.run(
        [sys.executable, "-m", "delegations", "--db", str(db), *args],
        cwd=db.parent, env=env, capture_output=True, text=True, encoding="utf-8",
        timeout=timeout, check=False)
    return Result(done.returncode, done.stdout, done.stderr)


def _environment(set_variable, remove_variable, language: str) -> None:
    """An English or German user, no store named by the environment."""
    for name in ("LC_ALL", "LC_MESSAGES", "DELEGATIONS_DB"):
        remove_variable(name, raising=False)
    set_variable("LANG", "C.UTF-8")
    set_variable("LANGUAGE", language)


def one_error_line(result: Result) -> str:
    """The single line a data error prints, after checking that it is just that."""
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]
