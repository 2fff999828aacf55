"""A throwaway PostgreSQL server for the team library's tests.

Each pytest process (each xdist worker) starts its own cluster in a temporary folder, listening
only on a Unix socket in that folder, and stops it when the run ends. PostgreSQL refuses to run
as root, so under root (CI, a container) the cluster belongs to ``nobody``. The server is
Debian's ``postgresql`` package (the Makefile's test dependencies install it); if it is missing
or will not start, the tests that need it fail with the reason, they are not skipped.
"""

from __future__ import annotations

import atexit
import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "truce_admin"


class ServerMissing(RuntimeError):
    pass


def _bin_dir() -> Path:
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0,
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise ServerMissing(
        "The team library's tests need a PostgreSQL server and none is installed: run "
        "`make testdeps` (or `sudo apt-get install postgresql`) and run the tests again."
    )


def _as_owner(command: list[str]) -> list[str]:
    """PostgreSQL will not run as root: under root, run it as nobody."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "nobody", "--", *command]
    return command


@dataclass
class TestServer:
    folder: Path
    bin_dir: Path

    @property
    def socket_dir(self) -> str:
        return str(self.folder)

    def uri(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@/{database}?host={self.folder}"

    def admin(self, database: str = "postgres"):  # -> psycopg.Connection
        import psycopg

        return psycopg.connect(self.uri(database), autocommit=True)

    def new_database(self, prefix: str = "truce") -> str:
        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if not self.folder.exists():
            return  # stopped already
        subprocess.run(
            _as_owner(
                [
                    str(self.bin_dir / "pg_ctl"),
                    "-D",
                    str(self.folder / "data"),
                    "-m",
                    "immediate",
                    "-w",
                    "stop",
                ]
            ),
            capture_output=True,
            check=False,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def start() -> TestServer:
    bin_dir = _bin_dir()
    # In /tmp whatever TMPDIR says: nobody must reach the folder, and a Unix socket's path must
    # stay short (107 bytes).
    folder = Path(
        tempfile.mkdtemp(prefix="truce-pg-", dir="/tmp" if Path("/tmp").is_dir() else None)
    )
    folder.chmod(0o755)
    if os.geteuid() == 0:
        shutil.chown(folder, "nobody")
    server = TestServer(folder, bin_dir)
    log = folder / "server.log"
    steps = [
        [
            str(bin_dir / "initdb"),
            "-D",
            str(folder / "data"),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        ],
        [
            str(bin_dir / "pg_ctl"),
            "-D",
            str(folder / "data"),
            "-l",
            str(log),
            "-w",
            "-t",
            "60",
            "-o",
            f"-k {folder} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=60 -c shared_buffers=32MB",
            "start",
        ],
    ]
    for step in steps:
        done = subprocess.run(_as_owner(step), capture_output=True, text=True, check=False)
        if done.returncode != 0:
            detail = (done.stderr or done.stdout).strip().splitlines()
            if log.exists():
                detail += log.read_text(errors="replace").strip().splitlines()[-5:]
            server.stop()
            raise ServerMissing(
                f"The test PostgreSQL server did not start ({Path(step[0]).name} failed: "
                f"{' / '.join(detail[-3:]) or 'no output'})."
            )
    # A process that ends without the fixture's teardown (a script, an interrupted run) still
    # stops its server.
    atexit.register(server.stop)
    return server
