"""`backup FILE` / `restore FILE` on the command line (CLI.md)."""

import subprocess
import sys
from pathlib import Path

import pytest

from delegations.model import City
from delegations.storage.store import Store, open_store
from tests.cli.support import run_process
from tests.stores import city_names, filled_file


def _add_hangzhou(store: Store) -> None:
    with store.transaction() as s:
        s.add(City(ref="hz", name="杭州", relation="partner", timezone="Asia/Shanghai"))


@pytest.fixture(scope="module")
def office_template(tmp_path_factory) -> Path:
    return filled_file(tmp_path_factory, "template", _add_hangzhou)


def test_backup_while_the_store_is_open_then_restore(office, tmp_path):
    store = open_store(office)  # the app has it open and keeps writing
    with store.transaction() as s:
        s.add(City(ref="gd", name="Gdańsk", relation="partner", timezone="Europe/Warsaw"))
    done = run_process(office, "backup", "copy.sqlite")
    assert done.returncode == 0, done.stderr
    assert "Backed up" in done.stdout
    with store.transaction() as s:
        s.add(City(ref="ta", name="Tallinn", relation="partner", timezone="Europe/Tallinn"))
    refused = run_process(office, "restore", "copy.sqlite")  # not while the app has it open
    assert refused.returncode == 1 and "open elsewhere" in refused.stderr
    assert len(refused.stderr.splitlines()) == 1 and "Traceback" not in refused.stderr
    store.close()
    assert city_names(tmp_path / "copy.sqlite") == ["Gdańsk", "杭州"]
    restored = run_process(office, "restore", "copy.sqlite", language="de")
    assert restored.returncode == 0, restored.stderr
    assert "wiederhergestellt" in restored.stdout
    assert city_names(office) == ["Gdańsk", "杭州"]
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("office.sqlite.replaced-")]
    assert len(kept) == 1 and city_names(kept[0]) == ["Gdańsk", "Tallinn", "杭州"]


def test_restore_refuses_a_bad_file_and_changes_nothing(office, tmp_path, run):
    bad = tmp_path / "bad.sqlite"
    bad.write_text("Müller/Straße")
    before = sorted(p.name for p in tmp_path.iterdir())
    done = run(office, "restore", str(bad))
    assert done.returncode == 1
    assert "bad.sqlite" in done.stderr and "not a Delegations database" in done.stderr
    assert len(done.stderr.splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert city_names(office) == ["杭州"]


def test_usage_errors_exit_2(office, run):
    assert run(office, "backup").returncode == 2
    assert run(office, "restore", "a", "b").returncode == 2


def test_reading_commands_work_while_the_app_has_the_store_open(office, run):
    """The app holds the write lock; `export` and `trips` read, `demo` must not write."""
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from delegations.storage.store import open_store; "
         "s = open_store(sys.argv[1]); print('ready', flush=True); sys.stdin.readline()",
         str(office)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        exported = run(office, "export", "all.json")
        assert exported.returncode == 0, exported.stderr
        assert "杭州" in (office.parent / "all.json").read_text(encoding="utf-8")
        refused = run(office, "demo")
        assert refused.returncode == 1 and "open elsewhere" in refused.stderr
    finally:
        holder.communicate("\n", timeout=30)
