"""The lock file beside the store is never followed through a link, nor taken from
another user: a symlink planted there must not let the next command truncate its target."""

from __future__ import annotations

import os
import sys

import pytest

from delegations.storage.lock import lock_path
from tests.safety.support import cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges")


def test_a_lock_file_that_is_a_symlink_is_refused_and_its_target_untouched(office, tmp_path):
    victim = tmp_path / "precious.txt"
    victim.write_text("Jahresplanung 2027 — nicht löschen\n", encoding="utf-8")
    os.symlink(victim, lock_path(office))
    result = cli(office, "trips")
    assert result.returncode == 1, result.stdout
    assert "not a plain file of yours" in result.stderr
    assert "Traceback" not in result.stderr
    assert victim.read_text(encoding="utf-8") == "Jahresplanung 2027 — nicht löschen\n"
    assert os.path.islink(lock_path(office))


def test_a_dangling_symlink_is_not_followed_to_create_a_file(office, tmp_path):
    target = tmp_path / "made-through-the-link"
    os.symlink(target, lock_path(office))
    result = cli(office, "trips")
    assert result.returncode == 1
    assert not target.exists()


def test_a_plain_lock_file_left_by_a_crash_still_works(office):
    lock_path(office).write_text("host, process 99999", encoding="utf-8")
    result = cli(office, "trips")
    assert result.returncode == 0, result.stderr
