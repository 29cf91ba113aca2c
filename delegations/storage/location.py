"""A warning for a store kept where SQLite's WAL mode is unsafe: network shares, synced folders.

WAL mode coordinates readers and writers through shared memory (the `-shm` file mapped
into memory), which works only among processes on one computer; network file systems
do not provide it reliably, and sync services copy the database and its `-wal` file
separately, at any moment, and may bring an older copy back.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePath

from delegations.i18n import N_, gettext

#: Folder names (lower case, as a name's start) of sync services, and how to call them.
SYNC_SERVICES = {
    "dropbox": "Dropbox", "onedrive": "OneDrive", "nextcloud": "Nextcloud",
    "owncloud": "ownCloud", "icloud drive": "iCloud", "mobile documents": "iCloud",
    "icloud": "iCloud", "google drive": "Google Drive", "googledrive": "Google Drive",
    "my drive": "Google Drive", "cloudstorage": "macOS CloudStorage",
    "seafile": "Seafile", "pcloud": "pCloud", "magentacloud": "MagentaCLOUD",
    "tresorit": "Tresorit", "box sync": "Box", "hidrive": "HiDrive", "sharepoint": "SharePoint",
}
NETWORK_FILESYSTEMS = {
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "ncpfs", "9p", "davfs",
    "ceph", "glusterfs", "lustre", "gpfs", "fuse.sshfs", "fuse.rclone", "fuse.s3fs",
    "fuse.glusterfs", "fuse.davfs2", "fuse.onedriver", "fuse.gcsfuse",
}

SYNCED = N_("{path} is in a folder synchronised by {service}. Delegations keeps its data in "
            "SQLite's WAL mode, which coordinates through shared memory on one computer; a "
            "sync service copies the database and its -wal file separately while they are "
            "written and may bring back an older copy, which can damage the data or lose "
            "changes. Please keep the database in a local folder and use backups to keep "
            "copies elsewhere.")
NETWORK = N_("{path} is on a network drive ({filesystem}). Delegations keeps its data in "
             "SQLite's WAL mode, which needs shared memory that works only on one computer; "
             "on a network drive, opening it from two computers or a dropped connection can "
             "damage the data. Please keep the database in a local folder and use backups to "
             "keep copies elsewhere.")


def sync_service(path: PurePath) -> str | None:
    """The sync service whose folder holds `path`, if any."""
    for part in path.parts[:-1]:
        name = part.lower()
        for prefix, service in SYNC_SERVICES.items():
            if name.startswith(prefix):
                return service
    return None


def _unescape(field: str) -> str:
    """/proc/mounts writes spaces and the like as octal escapes (\\040)."""
    for code in ("040", "011", "012", "134"):
        field = field.replace("\\" + code, chr(int(code, 8)))
    return field


def filesystem(path: Path, mounts: str) -> str:
    """The type of the file system holding `path`, from /proc/mounts text ('' if unknown)."""
    best, kind = "", ""
    target = str(path)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape(fields[1])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind


def _read_mounts() -> str:
    try:
        return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _windows_network(path: Path) -> str:
    if str(path).startswith("\\\\"):
        return "UNC"
    if sys.platform == "win32" and path.drive:
        import ctypes

        drive_remote = 4
        if ctypes.windll.kernel32.GetDriveTypeW(path.drive + "\\") == drive_remote:
            return "SMB"
    return ""


def location_warning(path: str | Path, *, mounts: str | None = None,
                     language: str | None = None) -> str | None:
    """Why a store at `path` is at risk (synced folder, network drive), or None if it is not."""
    where = Path(os.path.abspath(Path(path).expanduser()))
    service = sync_service(where)
    if service is not None:
        return gettext(SYNCED, language).format(path=where, service=service)
    kind = _windows_network(where)
    if not kind:
        found = filesystem(where, _read_mounts() if mounts is None else mounts)
        kind = found if found in NETWORK_FILESYSTEMS else ""
    if kind:
        return gettext(NETWORK, language).format(path=where, filesystem=kind)
    return None
