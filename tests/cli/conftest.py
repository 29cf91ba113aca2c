"""The command line's fixture: `run(db, *args, language="en")` runs one command in this
process and gives back its exit status and output (see tests.cli.support)."""

from __future__ import annotations

from functools import partial

import pytest

from tests.cli.support import Run, run_in_process


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    return partial(run_in_process, monkeypatch, capsys)
