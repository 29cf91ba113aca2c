"""A store holding the rich document, made once per session and copied for each test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.safety.support import copy_of, rich_store


@pytest.fixture(scope="session")
def rich_template(tmp_path_factory) -> Path:
    return rich_store(tmp_path_factory.mktemp("rich") / "rich.sqlite")


@pytest.fixture
def office(tmp_path, rich_template) -> Path:
    """This test's own copy of the rich store, alone in its folder."""
    folder = tmp_path / "office"
    folder.mkdir()
    return copy_of(rich_template, folder)
