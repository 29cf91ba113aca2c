"""A store in a synced folder or on a network drive gets a warning that says why."""

from pathlib import Path

import pytest

from delegations.storage.location import filesystem, location_warning

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
//rathaus/ablage /mnt/ablage cifs rw,vers=3.1.1 0 0
nas:/export/home /home/kaempfer/nas nfs4 rw 0 0
/dev/sdb1 /mnt/ablage/lokal ext4 rw 0 0
//rathaus/mit\\040leer /mnt/mit\\040leer smb3 rw 0 0
"""


@pytest.mark.parametrize("path, service", [
    ("/home/kämpfer/Dropbox/Delegationen/office.sqlite", "Dropbox"),
    ("/home/k/Dropbox (Stadt Kiel)/office.sqlite", "Dropbox"),
    ("C:/Users/k/OneDrive - Landeshauptstadt Kiel/office.sqlite", "OneDrive"),
    ("/home/k/Nextcloud/Büro/office.sqlite", "Nextcloud"),
    ("/Users/k/Library/Mobile Documents/com~apple~CloudDocs/office.sqlite", "iCloud"),
    ("/Users/k/Library/CloudStorage/GoogleDrive-k@kiel.de/office.sqlite", "macOS CloudStorage"),
])
def test_synced_folders_are_named_with_the_reason(path, service):
    text = location_warning(path, mounts="")
    assert text is not None and service in text
    assert "WAL" in text and "shared memory" in text and "one computer" in text
    german = location_warning(path, mounts="", language="de")
    assert german is not None and "gemeinsamen Speicher" in german


@pytest.mark.parametrize("path, kind", [
    ("/mnt/ablage/delegations.sqlite", "cifs"),
    ("/home/kaempfer/nas/x/delegations.sqlite", "nfs4"),
    ("/mnt/mit leer/delegations.sqlite", "smb3"),
])
def test_network_file_systems_are_named(path, kind):
    text = location_warning(path, mounts=MOUNTS)
    assert text is not None and f"network drive ({kind})" in text and "WAL" in text


@pytest.mark.parametrize("path", ["/home/k/office.sqlite", "/mnt/ablage/lokal/office.sqlite",
                                  "/mnt/ablagen/office.sqlite", "/home/k/dropped/office.sqlite"])
def test_local_folders_get_no_warning(path):
    assert location_warning(path, mounts=MOUNTS) is None


def test_the_real_temporary_folder_is_local(tmp_path):
    assert filesystem(Path(tmp_path), MOUNTS) == "ext4"
    assert location_warning(tmp_path / "office.sqlite") is None
