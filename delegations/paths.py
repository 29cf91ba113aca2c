"""Where things live: the user's data folder, the default store, the project's resources."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Delegations"
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
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


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)


def backup_dir(db_path: Path) -> Path:
    """Where a store's backups go: $DELEGATIONS_BACKUPS, else `backups` beside the file."""
    configured = os.environ.get(BACKUPS_ENV)
    return Path(configured).expanduser() if configured else db_path.parent / "backups"
