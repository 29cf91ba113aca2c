"""The project's licence and the notices of every component it ships stay complete."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

from delegations.paths import resource

ROOT = Path(__file__).resolve().parents[2]


def _name(requirement: str) -> str:
    return re.split(r"[\s;<>=!~\[(]", requirement, maxsplit=1)[0]


def _shipped(name: str, seen: dict[str, metadata.Distribution]) -> None:
    """`name` and everything it needs at run time (extras and other Pythons left out)."""
    key = re.sub(r"[-_.]+", "-", name).lower()
    if key in seen:
        return
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return  # needed only on another Python (tomli, backports-zoneinfo)
    seen[key] = dist
    for requirement in dist.requires or []:
        if "extra ==" not in requirement and "python_version <" not in requirement:
            _shipped(_name(requirement), seen)


def test_every_component_the_app_needs_is_in_the_notices_with_its_licence():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    seen: dict[str, metadata.Distribution] = {}
    for requirement in project["dependencies"]:
        _shipped(_name(requirement), seen)
    notices = resource("THIRD-PARTY-NOTICES.md").read_text("utf-8").lower()
    assert len(seen) >= 15
    missing = sorted(key for key in seen if key not in notices.replace("_", "-"))
    assert missing == []
    for key, dist in seen.items():
        licence = dist.metadata.get("License-Expression") or ""
        if licence.startswith("LGPL"):  # the LGPL ones are named as such beside them
            line = next(x for x in notices.splitlines() if key in x and "|" in x)
            assert "lgpl-3.0" in line, key


def test_the_licence_files_are_there():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["license"] == "MIT"
    licence = (ROOT / "LICENSE").read_text("utf-8")
    assert licence.startswith("MIT License") and "the Delegations authors" in licence
    assert "resources/THIRD-PARTY-NOTICES.md" in (ROOT / "THIRD-PARTY-NOTICES.md").read_text(
        "utf-8")
    for name in ("LGPL-3.0.txt", "GPL-3.0.txt"):
        assert "GNU" in resource("licenses", name).read_text("utf-8")
    for name in ("LICENSE-DejaVu.txt", "LICENSE-DroidSansFallback.txt"):
        assert resource("fonts", name).is_file()
