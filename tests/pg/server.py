"""A throw-away PostgreSQL cluster for the tests: a temporary folder, a free local port.

    python -m tests.pg.server run -- pytest -q      # start, run the command, stop
    python -m tests.pg.server where                 # the server programs found, or why not
    python -m tests.pg.server install               # apt-get install postgresql if missing

The command sees the cluster's URL in DELEGATIONS_TEST_PG (a superuser `postgres`
database, trust authentication, listening on 127.0.0.1 only). PostgreSQL refuses to run
as root: as root (CI), the cluster belongs to the `postgres` account Debian's package
creates (or `nobody`), and its programs run through `runuser`/`su`. Installing PostgreSQL
is left to the caller (`make pytest` runs `install`): tests never install anything.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ENV = "DELEGATIONS_TEST_PG"
_PROGRAMS = ("initdb", "pg_ctl", "postgres")


class NoPostgres(RuntimeError):
    """PostgreSQL's server programs are not installed here."""


def bindir() -> Path:
    """The folder holding initdb, pg_ctl and postgres (the newest Debian version first)."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                        key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit()
                        else 0, reverse=True)
    candidates += sorted(glob.glob(r"C:\Program Files\PostgreSQL\*\bin"), reverse=True)
    found = shutil.which("pg_ctl")
    if found:
        candidates.insert(0, str(Path(found).resolve().parent))
    for folder in candidates:
        if all(_exe(Path(folder), name).exists() for name in _PROGRAMS):
            return Path(folder)
    raise NoPostgres("PostgreSQL's server programs (initdb, pg_ctl, postgres) were not "
                     "found; install them (Debian/Ubuntu: apt-get install -y postgresql)")


def _exe(folder: Path, name: str) -> Path:
    return folder / (name + ".exe" if os.name == "nt" else name)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _run_as() -> list[str]:
    """The prefix that runs a program as an unprivileged account when we are root."""
    if os.name == "nt" or os.geteuid() != 0:
        return []
    import pwd

    for account in ("postgres", "nobody"):
        try:
            pwd.getpwnam(account)
        except KeyError:
            continue
        if shutil.which("runuser"):
            return ["runuser", "-u", account, "--"]
        return ["su", account, "-s", "/bin/sh", "-c", '"$0" "$@"']
    raise NoPostgres("running as root and no unprivileged account (postgres, nobody) exists")


def _give(folder: Path, prefix: list[str]) -> None:
    """Hand `folder` to the account the server runs as (when we are root)."""
    if not prefix:
        return
    account = prefix[2] if prefix[0] == "runuser" else prefix[1]
    shutil.chown(folder, user=account)
    folder.chmod(0o700)


@dataclass
class Cluster:
    """A running throw-away cluster; `stop()` ends it and removes its folder."""

    folder: Path
    port: int
    bin: Path
    prefix: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def _ctl(self, *args: str) -> None:
        subprocess.run([*self.prefix, str(_exe(self.bin, "pg_ctl")), *args], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def stop(self) -> None:
        if self.data.exists():
            with contextlib.suppress(subprocess.CalledProcessError):
                self._ctl("stop", "-D", str(self.data), "-m", "immediate", "-w")
        shutil.rmtree(self.folder, ignore_errors=True)


def start() -> Cluster:
    """initdb in a temporary folder and start the server on a free port; wait until ready."""
    folder_bin = bindir()
    prefix = _run_as()
    folder = Path(tempfile.mkdtemp(prefix="delegations-pg-"))
    _give(folder, prefix)
    cluster = Cluster(folder, free_port(), folder_bin, prefix)
    try:
        subprocess.run([*prefix, str(_exe(folder_bin, "initdb")), "-D", str(cluster.data),
                        "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8",
                        "--no-sync"], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE)
        options = (f"-p {cluster.port} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200 "
                   f"-c unix_socket_directories='{folder if os.name != 'nt' else ''}'")
        cluster._ctl("start", "-D", str(cluster.data), "-o", options, "-w", "-t", "60",
                     "-l", str(folder / "server.log"))
    except subprocess.CalledProcessError as exc:
        log = folder / "server.log"
        detail = (exc.stderr or b"").decode(errors="replace")
        if log.exists():
            detail += log.read_text(errors="replace")
        cluster.stop()
        raise NoPostgres(f"PostgreSQL did not start: {detail.strip()}") from None
    return cluster


def wait_ready(cluster: Cluster, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", cluster.port)) == 0:
                return
        time.sleep(0.1)
    raise NoPostgres(f"PostgreSQL did not listen on port {cluster.port}")


def run(command: list[str]) -> int:
    """Run `command` with a cluster started for it (or the one ENV names already)."""
    if os.environ.get(ENV):
        return subprocess.call(command)
    cluster = start()
    try:
        wait_ready(cluster)
        return subprocess.call(command, env={**os.environ, ENV: cluster.url})
    finally:
        cluster.stop()


def install() -> int:
    """Install Debian's PostgreSQL when its server programs are missing (as root or with
    sudo), without the default cluster: the tests start their own."""
    try:
        print(bindir())
        return 0
    except NoPostgres:
        pass
    if not shutil.which("apt-get"):
        print("PostgreSQL's server programs are missing; install PostgreSQL (15 or newer) "
              "and put its bin folder on PATH", file=sys.stderr)
        return 1
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    conf = Path("/etc/postgresql-common/createcluster.conf")
    if not conf.exists() and not sudo:
        conf.parent.mkdir(parents=True, exist_ok=True)
        conf.write_text("create_main_cluster = false\n")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive", "UCF_FORCE_CONFFOLD": "1"}
    keep_ours = ["-o", "Dpkg::Options::=--force-confdef", "-o", "Dpkg::Options::=--force-confold"]
    subprocess.run([*sudo, "apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends",
                    *keep_ours, "postgresql"], check=True, env=env)
    print(bindir())
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["install"]:
        return install()
    if argv[:1] == ["where"]:
        try:
            print(bindir())
        except NoPostgres as exc:
            print(exc, file=sys.stderr)
            return 1
        return 0
    if argv[:1] == ["run"] and len(argv) > 2 and argv[1] == "--":
        return run(argv[2:])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
