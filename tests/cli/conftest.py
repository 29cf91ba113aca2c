"""The command line's fixture: `run(db, *args, language="en")` runs one command in this
process and gives back its exit status and output (see tests.cli.support)."""

from __future__ import annotations

import shutil
from functools import partial
from pathlib import Path

import pytest

from tests.cli.support import Run, run_in_process


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    return partial(run_in_process, monkeypatch, capsys)


@pytest.fixture
def printed(run: Run) -> Run:
    """`delegations --db DB print ARGS…`, run in this process."""
    return lambda db, *args, **kwargs: run(db, "print", *args, **kwargs)


@pytest.fixture
def office_template(demo_file: Path) -> Path:
    """The store `office` copies: the demo office (modules with other needs define their
    own, made once per module with tests.stores.filled_file)."""
    return demo_file


@pytest.fixture
def office(tmp_path: Path, office_template: Path) -> Path:
    """This test's own copy of the module's office_template."""
    path = tmp_path / "office.sqlite"
    shutil.copyfile(office_template, path)
    return path
