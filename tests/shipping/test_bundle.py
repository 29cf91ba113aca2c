"""The desktop bundle (PyInstaller, one folder) runs on its own: its command line loads the
demo and prints an itinerary with the bundled fonts, and its window starts offscreen with
every part found. Built the way `make bundle` builds it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from shipping import bundle
from tests.shipping.support import demo_and_itinerary, run

pytestmark = pytest.mark.slow
EXE = ".exe" if sys.platform == "win32" else ""


@pytest.fixture(scope="module")
def bundled(tmp_path_factory) -> Path:
    return bundle.build(tmp_path_factory.mktemp("bundle"))


def test_bundled_command_line_loads_the_demo_and_prints(bundled, tmp_path):
    text = demo_and_itinerary(bundled / f"delegations-cli{EXE}", tmp_path)
    assert "San Francisco" in text


def test_bundled_window_starts_with_every_part_found(bundled, tmp_path):
    db = tmp_path / "office.sqlite"
    run([bundled / f"delegations-cli{EXE}", "--db", db, "demo"], tmp_path)
    checked = run([bundled / f"Delegations{EXE}", "--db", db, "--check"], tmp_path)
    assert "installation complete" in checked.stdout
    assert (bundled / "_internal" / "LICENSE").is_file()


def test_the_bundle_has_its_icon_and_on_linux_a_start_menu_entry(bundled):
    """(On Windows the start-menu entry comes from the installer, shipping/windows.)"""
    assert (bundled / "delegations.png").stat().st_size > 1000
    entry = bundled / "delegations.desktop"
    assert entry.is_file() == sys.platform.startswith("linux")
    if entry.is_file():
        assert f"Exec=\"{bundled / 'Delegations'}\"" in entry.read_text(encoding="utf-8")
