"""Personal data is its user's only: mode bits on POSIX, an access list on Windows; and
the app keeps everything under $DELEGATIONS_HOME when it is set, on every platform."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from delegations import i18n, owner_only, paths


@pytest.mark.skipif(os.name == "nt", reason="mode bits are POSIX's means (ACLs: below)")
def test_on_posix_a_folder_and_a_file_become_the_users_only(tmp_path):
    folder = tmp_path / "Städtepartnerschaften 2026"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    report = folder / "Kämpfer.json"
    report.write_text("{}", encoding="utf-8")
    report.chmod(0o644)
    assert owner_only.restrict(folder) and owner_only.restrict(report)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(report.stat().st_mode) == 0o600


def test_on_windows_the_folder_gets_an_access_list_for_the_user(tmp_path, monkeypatch):
    monkeypatch.setenv("USERNAME", "jkaempfer")
    monkeypatch.setenv("USERDOMAIN", "RATHAUS")
    ran: list[list[str]] = []
    folder = tmp_path / "Büro Kämpfer"
    folder.mkdir()
    assert owner_only.restrict(folder, system="nt", run=lambda cmd: ran.append(list(cmd)) or 0)
    assert ran == [["icacls", str(folder), "/inheritance:r",
                    "/grant:r", "RATHAUS\\jkaempfer:(OI)(CI)F",
                    "/grant:r", "*S-1-5-18:(OI)(CI)F"]]


def test_on_windows_a_file_gets_no_inheritance_flags_and_a_refusal_is_reported(tmp_path):
    export = tmp_path / "person.pdf"
    export.write_bytes(b"%PDF")
    assert owner_only.icacls_command(export, "anna", folder=False) == [
        "icacls", str(export), "/inheritance:r", "/grant:r", "anna:F",
        "/grant:r", "*S-1-5-18:F"]
    assert owner_only.windows_user({"USERNAME": "anna"}) == "anna"
    assert owner_only.windows_user({}) == ""
    assert not owner_only.restrict(export, system="nt", run=lambda cmd: 5)


def test_the_apps_home_holds_data_and_settings(tmp_path, monkeypatch):
    home = tmp_path / "Städtepartnerschaften 2026" / "Büro Kämpfer"
    monkeypatch.setenv("DELEGATIONS_HOME", str(home))
    assert paths.data_dir() == home / "data" and (home / "data").is_dir()
    assert paths.settings_dir() == home / "settings"
    assert Path(paths.default_db()) == home / "data" / "delegations.sqlite"
    if os.name != "nt":
        assert stat.S_IMODE((home / "data").stat().st_mode) == 0o700


def test_without_a_home_the_settings_stay_where_the_platform_keeps_them(monkeypatch):
    monkeypatch.delenv("DELEGATIONS_HOME")
    assert paths.settings_dir() is None


@pytest.mark.parametrize(("name", "language"), [
    ("de_DE.UTF-8", "de"), ("de-AT", "de"), ("German_Germany", "de"), ("de:en", "de"),
    ("fr:de", "en"), ("en_GB", "en"), ("tr_TR", "en"), ("", "en")])
def test_locale_names_of_every_platform_give_the_language(name, language):
    assert i18n.language_of(name) == language
