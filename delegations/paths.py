"""Where things live: the user's data folder, the default store, the project's resources."""

from __future__ import annotations

import os
from functools import cache
from importlib import resources as _importlib_resources
from pathlib import Path

from platformdirs import user_cache_path, user_data_path

from delegations.owner_only import private_folder

APP_NAME = "Delegations"
DB_ENV = "DELEGATIONS_DB"
BACKUPS_ENV = "DELEGATIONS_BACKUPS"
HOME_ENV = "DELEGATIONS_HOME"  # one folder for data, settings and logs (tests, portable use)


def home_override() -> Path | None:
    """$DELEGATIONS_HOME when set: the app keeps everything there, on every platform
    (platformdirs and Qt's registry settings are not asked)."""
    configured = os.environ.get(HOME_ENV)
    return Path(configured).expanduser() if configured else None


def data_dir() -> Path:
    """The user's data folder for this app (created on demand, the user's only):
    $DELEGATIONS_HOME/data when set, else the platform's place for it."""
    home = home_override()
    path = home / "data" if home else user_data_path(APP_NAME, appauthor=False)
    return private_folder(path)  # personal data: the user's only


def cache_dir() -> Path:
    """Where the app keeps what it can make again (parsed fonts): $DELEGATIONS_HOME/cache
    when set, else the platform's cache folder. Nothing personal goes there."""
    home = home_override()
    return home / "cache" if home else user_cache_path(APP_NAME, appauthor=False)


def settings_dir() -> Path | None:
    """Where the interface keeps its settings file when $DELEGATIONS_HOME is set; None
    leaves them where the platform keeps them (the registry on Windows)."""
    home = home_override()
    return home / "settings" if home else None


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
