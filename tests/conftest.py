"""Set-up for every test: no screen needed, and the user's own folders are never touched;
the store files every kind of test starts from (empty, demo), made once per session.

This runs before Qt or platformdirs are imported: the Qt platform and the app's own folder
(DELEGATIONS_HOME: data, settings, logs — honoured on every platform, where Windows would
ignore XDG_* and keep settings in the registry) are chosen here, in a temporary folder
removed at the end. XDG_* point there too, for what Qt itself keeps on Linux. The fixtures
import the core only when they run.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

_HOME = Path(tempfile.mkdtemp(prefix="delegations-tests-"))
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(_HOME / _name.lower())
os.environ["DELEGATIONS_HOME"] = str(_HOME / "home")
os.environ.pop("DELEGATIONS_DB", None)


@pytest.fixture(scope="session")
def migrated_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty store at the newest schema, made once: migrating takes most of a second."""
    from delegations.storage.store import open_store

    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    open_store(path).close()
    return path


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory, migrated_file: Path) -> Path:
    """The demo office (Kiel), imported once: tests copy it (tests.stores.opened_copy)."""
    from delegations.demo import load_demo
    from tests.stores import filled_file

    return filled_file(tmp_path_factory, "demo", load_demo, start=migrated_file)


# ---- PostgreSQL: the same tests on both engines -------------------------------------------
# Tests (or modules, through `pytestmark`) marked `both_engines` run once on SQLite and once
# on PostgreSQL: the `store` and `demo_store` fixtures follow the `engine_kind` parameter.
# PostgreSQL is never skipped: without DELEGATIONS_TEST_PG (set by `python -m
# tests.pg.server run`), the session starts a cluster of its own, and fails when it cannot.


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "both_engines: run with the store on SQLite and on PostgreSQL")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine_kind" in metafunc.fixturenames and metafunc.definition.get_closest_marker(
            "both_engines"):
        metafunc.parametrize("engine_kind", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def engine_kind(request: pytest.FixtureRequest) -> str:
    """'sqlite', or 'postgresql' for tests marked both_engines in their second run."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The URL of the test cluster's `postgres` database (started here if not given)."""
    from tests.pg import server

    given = os.environ.get(server.ENV)
    if given:
        yield given
        return
    cluster = server.start()
    try:
        server.wait_ready(cluster)
        yield cluster.url
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def pg_workspace(pg_server: str) -> Iterator[Any]:
    """This worker's database at the newest schema, with the snapshots `empty` and `demo`
    (tests.pg.databases.Workspace)."""
    from delegations.demo import load_demo
    from delegations.storage.store import open_store
    from tests.pg.databases import Workspace

    workspace = Workspace(pg_server, lambda url: open_store(url).close())
    store = open_store(workspace.url)
    load_demo(store)
    store.close()
    workspace.take("demo")
    yield workspace
    workspace.close()


@pytest.fixture
def pg_database(pg_server: str) -> Iterator[str]:
    """A database of the test's own on the cluster, empty (not migrated): its URL."""
    from tests.pg import databases

    name = databases.fresh_name("own")
    url = databases.create_database(pg_server, name)
    yield url.render_as_string(hide_password=False)
    databases.drop_database(pg_server, name)
