"""Fault injection with real processes: a disposable PostgreSQL cluster that the
tests stop and start, a "database" that accepts connections and never answers,
and gunicorn serving the app with the repository's gunicorn.conf.py.

The cluster comes from the installed PostgreSQL (``initdb``/``pg_ctl`` under
``/usr/lib/postgresql/*/bin``, or ``PG_BIN``), in a temporary directory; as
root it runs as the ``postgres`` user (PostgreSQL refuses to run as root).
Without those binaries the tests are skipped with that reason, unless
``REQUIRE_PG_CLUSTER=1`` (as in CI), where they fail the run.

Ports come from ``FAULT_TEST_PG_PORTS`` (54330-54339) and
``FAULT_TEST_HTTP_PORTS`` (8130-8139), the first free one of each range; every
server listens on 127.0.0.1 only.
"""

from __future__ import annotations

import contextlib
import glob
import http.client
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

import pytest

ROOT = Path(settings.BASE_DIR)


def _pg_bin() -> Path | None:
    candidates = [os.environ["PG_BIN"]] if os.environ.get("PG_BIN") else []
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for candidate in candidates:
        if (Path(candidate) / "initdb").exists() and (
            Path(candidate) / "pg_ctl"
        ).exists():
            return Path(candidate)
    return None


def _run_as() -> list[str] | None:
    """The command prefix that runs PostgreSQL's programs (None: cannot)."""
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return None
    runuser = shutil.which("runuser")
    return [runuser, "-u", "postgres", "--"] if runuser else None


PG_BIN = _pg_bin()
RUN_AS = _run_as()


def _missing() -> str | None:
    if PG_BIN is None:
        return "no PostgreSQL binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin or PG_BIN"
    if RUN_AS is None:
        return (
            "running as root without a postgres user (or runuser) to start PostgreSQL"
        )
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list) -> None:
    reason = _missing()
    if reason is None:
        return
    if os.environ.get("REQUIRE_PG_CLUSTER") == "1":
        raise pytest.UsageError(f"REQUIRE_PG_CLUSTER=1 but {reason}")
    skip = pytest.mark.skip(reason=f"{reason}: apt-get install postgresql")
    for item in items:
        if "pg_cluster" in item.keywords:
            item.add_marker(skip)


def free_port(variable: str, default: str) -> int:
    first, last = (int(n) for n in os.environ.get(variable, default).split("-"))
    for port in range(first, last + 1):
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {variable}={first}-{last}")


# --- PostgreSQL -----------------------------------------------------------------


@dataclass
class Cluster:
    """A disposable PostgreSQL cluster, trusting local connections."""

    directory: Path
    port: int

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def _pg_ctl(self, *args: str) -> None:
        assert PG_BIN is not None
        assert RUN_AS is not None
        subprocess.run(
            [
                *RUN_AS,
                str(PG_BIN / "pg_ctl"),
                "-D",
                str(self.directory / "data"),
                *args,
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c full_page_writes=off"
        )
        self._pg_ctl("-o", options, "-l", str(self.directory / "log"), "-w", "start")

    def stop(self) -> None:
        self._pg_ctl("-m", "fast", "-w", "stop")


@pytest.fixture(scope="session")
def cluster() -> Iterator[Cluster]:
    assert PG_BIN is not None
    assert RUN_AS is not None
    directory = Path(tempfile.mkdtemp(prefix="ozg-pg-faults-"))
    if RUN_AS:
        shutil.chown(directory, "postgres")
    subprocess.run(
        [
            *RUN_AS,
            str(PG_BIN / "initdb"),
            "-D",
            str(directory / "data"),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-sync",
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    cluster = Cluster(directory, free_port("FAULT_TEST_PG_PORTS", "54330-54339"))
    cluster.start()
    try:
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
            cwd=ROOT,
            env=_app_environment(cluster.url),
            check=True,
            timeout=600,
        )
        yield cluster
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            cluster.stop()
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture
def postgresql_down(cluster: Cluster) -> Iterator[Cluster]:
    """PostgreSQL stopped for the test, and started again afterwards."""
    cluster.stop()
    try:
        yield cluster
    finally:
        if not (cluster.directory / "data" / "postmaster.pid").exists():
            cluster.start()


class HangingServer:
    """Accepts TCP connections and never sends a byte: a database that hangs."""

    def __init__(self) -> None:
        self.port = free_port("FAULT_TEST_HTTP_PORTS", "8130-8139")
        self._socket = socket.create_server(("127.0.0.1", self.port))
        self._accepted: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        with contextlib.suppress(OSError):
            while True:
                connection, _address = self._socket.accept()
                self._accepted.append(connection)  # held open, never answered

    def close(self) -> None:
        self._socket.close()
        for connection in self._accepted:
            connection.close()


@pytest.fixture(scope="session")
def hanging_database() -> Iterator[HangingServer]:
    server = HangingServer()
    yield server
    server.close()


# --- the app under gunicorn ---------------------------------------------------------

CONNECT_TIMEOUT = 2  # seconds; psycopg's minimum
FAULT_TEST_SECRET_KEY = secrets.token_urlsafe(50)
STATEMENT_TIMEOUT = 1


def _app_environment(database_url: str) -> dict[str, str]:
    keep = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DATABASE_", "DJANGO_", "GUNICORN_", "SECRET_KEY"))
    }
    return {
        **keep,
        # The test settings: production ones, without a collectstatic manifest.
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "READ_DOT_ENV": "false",
        "DEBUG": "false",
        # Production settings refuse a weak key: a strong one for this run only.
        "SECRET_KEY": FAULT_TEST_SECRET_KEY,
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": database_url,
        "DATABASE_CONNECT_TIMEOUT": str(CONNECT_TIMEOUT),
        "DATABASE_STATEMENT_TIMEOUT": str(STATEMENT_TIMEOUT),
        "LOG_LEVEL": "ERROR",
    }


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: bytes
    seconds: float


@dataclass
class AppServer:
    port: int
    process: subprocess.Popen

    def get(
        self, path: str, headers: dict[str, str] | None = None, timeout: float = 25
    ) -> Answer:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        started = time.monotonic()
        try:
            connection.request("GET", path, headers=headers or {})
            response = connection.getresponse()
            body = response.read()
        finally:
            connection.close()
        return Answer(
            response.status, response.headers, body, time.monotonic() - started
        )


@contextlib.contextmanager
def gunicorn(database_url: str) -> Iterator[AppServer]:
    port = free_port("FAULT_TEST_HTTP_PORTS", "8130-8139")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "-c",
            "gunicorn.conf.py",
            "openzaak_governance.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=_app_environment(database_url),
    )
    server = AppServer(port, process)
    try:
        for _ in range(100):
            with contextlib.suppress(OSError, http.client.HTTPException):
                if server.get("/health/live", timeout=2).status == 200:
                    break
            assert process.poll() is None, "gunicorn exited"
            time.sleep(0.2)
        else:
            raise RuntimeError("gunicorn did not start")
        yield server
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="session")
def app(cluster: Cluster) -> Iterator[AppServer]:
    """The app under gunicorn on the disposable cluster."""
    with gunicorn(cluster.url) as server:
        yield server


@pytest.fixture(scope="session")
def app_on_hanging_database(hanging_database: HangingServer) -> Iterator[AppServer]:
    """The app under gunicorn, its database never answering."""
    with gunicorn(f"postgres://postgres@127.0.0.1:{hanging_database.port}/x") as server:
        yield server
