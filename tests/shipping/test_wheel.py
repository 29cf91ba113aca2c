"""The wheel, installed into a fresh venv from the lock, works from any folder: it loads the
demo, prints an itinerary with its own fonts, and its window starts with every part found."""

from __future__ import annotations

import sys
import venv
import zipfile
from pathlib import Path

import pytest

from shipping import wheel
from tests.shipping.support import ROOT, demo_and_itinerary, run

pytestmark = pytest.mark.slow


def _scripts(env: Path) -> Path:
    return env / ("Scripts" if sys.platform == "win32" else "bin")


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh venv with the locked dependencies and the wheel built from this checkout."""
    home = tmp_path_factory.mktemp("wheel")
    built = wheel.build(home / "dist")
    env = home / "venv"
    venv.create(env, with_pip=True)
    python = _scripts(env) / "python"
    pip = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
           "--no-deps"]
    run([*pip, "--require-hashes", "-r", ROOT / "requirements/app.txt"], home, timeout=900)
    run([*pip, built], home)
    return env


def test_the_wheel_carries_resources_and_declares_both_commands(tmp_path):
    built = wheel.build(tmp_path)
    with zipfile.ZipFile(built) as archive:
        names = archive.namelist()
        entry_points = archive.read(next(n for n in names if n.endswith("entry_points.txt")))
    assert set(wheel.REQUIRED) <= set(names)
    assert not [n for n in names if n.startswith(("tests/", "bench/", "shipping/"))]
    assert b"delegations = delegations.cli:main" in entry_points
    assert b"delegations-app = ui.launch:main" in entry_points


def test_installed_wheel_loads_the_demo_and_prints_from_any_folder(installed, tmp_path):
    text = demo_and_itinerary(_scripts(installed) / "delegations", tmp_path)
    assert "San Francisco" in text


def test_installed_window_starts_with_every_part_found(installed, tmp_path):
    db = tmp_path / "office.sqlite"
    run([_scripts(installed) / "delegations", "--db", db, "demo"], tmp_path)
    checked = run([_scripts(installed) / "delegations-app", "--db", db, "--check"], tmp_path)
    assert "installation complete" in checked.stdout
    where = run([_scripts(installed) / "python", "-c",
                 "import delegations.paths as p; print(p.resources_root())"], tmp_path)
    assert Path(where.stdout.strip()).is_relative_to(installed)


def test_a_wheel_without_translations_is_refused(tmp_path):
    broken = tmp_path / "broken.whl"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("ui/launch.py", "")
    with pytest.raises(wheel.BuildError, match=r"delegations_de\.qm"):
        wheel.check(broken)
