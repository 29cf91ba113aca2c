"""Where things live: the user's data folder, the default store, the project's resources."""

from __future__ import annotations

import os
from functools import cache
from importlib import resources as _importlib_resources
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Delegations"
DB_ENV = "DELEGATIONS_DB"
BACKUPS_ENV = "DELEGATIONS_BACKUPS"


def data_dir() -> Path:
    """The user's data folder for this app (created on demand)."""
    path = user_data_path(APP_NAME, appauthor=False)
    path.mkdir(mode=0o700, parents=True, exist_ok=True)  # personal data: the user's only
    return path


def default_db() -> str:
    """The store to open when nothing is given: $DELEGATIONS_DB, else the data folder's file."""
    return os.environ.get(DB_ENV) or str(data_dir() / "delegations.sqlite")


@cache
def resources_root() -> Path:
    """The folder with fonts, icons, translations and demo data.

    An installed wheel carries it as the package `delegations.resources` (the build maps the
    repository's top-level `resources/` there); a source checkout and the desktop bundle
    keep it as `resources/` beside the `delegations` package.
    """
    try:
        packaged = _importlib_resources.files("delegations.resources")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "resources"
    if not isinstance(packaged, Path):  # zipped: fonts and Qt need real files
        raise RuntimeError(f"Delegations must be installed as files, not zipped: {packaged}")
    return packaged


def resource(*parts: str) -> Path:
    """A file among the app's resources, e.g. `resource("fonts", "DejaVuSans.ttf")`."""
    return resources_root().joinpath(*parts)


def backup_dir(db_path: Path) -> Path:
    """Where a store's backups go: $DELEGATIONS_BACKUPS, else `backups` beside the file."""
    configured = os.environ.get(BACKUPS_ENV)
    return Path(configured).expanduser() if configured else db_path.parent / "backups"
