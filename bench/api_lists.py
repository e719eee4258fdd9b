"""Benchmark: API collection endpoints and public pages at national scale.

Seeds a scratch database with many parties, contracts, funding streams and role
assignments, then requests pages of 100 records from each collection and each
kind of public page in-process, and prints the server time per request (median
and 95th percentile) and the number of SQL queries.

    make bench                        # SQLite file in a temporary directory
    BENCH_ROWS=20000 make bench       # more rows
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ozg_bench make bench

The database named by DATABASE_URL is emptied and filled: never point it at data
you want to keep.
"""

from __future__ import annotations

import os
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(50))
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")  # in-process, plain http
os.environ.setdefault("ALLOWED_HOSTS", "localhost")
os.environ.setdefault("API_THROTTLE_ANON", "1000000/minute")
if not os.environ.get("DATABASE_URL"):
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"
os.environ["DJANGO_SETTINGS_MODULE"] = "openzaak_governance.settings"

import warnings  # noqa: E402

import django  # noqa: E402

warnings.filterwarnings(
    "ignore", "No directory at"
)  # whitenoise: no collectstatic here

django.setup()

from datetime import date, timedelta  # noqa: E402
from decimal import Decimal  # noqa: E402

from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from apps.components.models import Component  # noqa: E402
from apps.contracts.models import Contract, Lot, WorkCategory  # noqa: E402
from apps.core.periods import period_values  # noqa: E402
from apps.funding.models import FundingStream  # noqa: E402
from apps.parties.models import Party  # noqa: E402
from apps.roles.models import RoleAssignment, RoleType  # noqa: E402

ROWS = int(os.environ.get("BENCH_ROWS", "5000"))
REPEATS = int(os.environ.get("BENCH_REPEATS", "11"))
ENDPOINTS = [
    "/api/v1/parties?pageSize=100",
    "/api/v1/contracts?pageSize=100",
    "/api/v1/contracts?pageSize=100&activeOn=2025-06-01&ordering=-valueTotal",
    "/api/v1/lots?pageSize=100&activeOn=2025-06-01",
    "/api/v1/funding-streams?pageSize=100&amountMin=1000",
    "/api/v1/role-assignments?pageSize=100&activeOn=2025-06-01",
    "/",
    "/componenten/component-0/",
    "/componenten/component-0/?op=2022-06-01",
    "/partijen/",
    "/partijen/gemeente-1/",
    "/mijn-gemeente/?q=Gemeente+12",
    "/contracten/?lopend=on",
    "/wie-betaalt-wat/?component=component-0",
    "/doelen/",
    "/zoeken/?q=Gemeente+1",
]


#: Records the public may read, and a period for the parties and components.
PUBLIC = {"publication_state": "published"}
EXISTS = period_values(start="2000", end_state="ongoing")


def seed() -> None:
    call_command("flush", "--noinput", verbosity=0)
    parties = Party.objects.bulk_create(
        Party(
            name=f"Gemeente {n}",
            slug=f"gemeente-{n}",
            kind="municipality",
            **EXISTS,
            **PUBLIC,
        )
        for n in range(max(ROWS // 10, 10))
    )
    vendor = Party.objects.create(
        name="Leverancier", slug="leverancier", kind="vendor", **EXISTS, **PUBLIC
    )
    components = Component.objects.bulk_create(
        Component(name=f"Component {n}", slug=f"component-{n}", **EXISTS, **PUBLIC)
        for n in range(20)
    )
    work = WorkCategory.objects.create(
        name="Onderhoud", slug="onderhoud", **PUBLIC, basis="illustrative"
    )
    role_type = RoleType.objects.create(
        name="Afnemer", slug="afnemer", **PUBLIC, basis="illustrative"
    )
    start = date(2020, 1, 1)
    periods = [
        period_values(
            start=start + timedelta(days=n % 1500),
            end=start + timedelta(days=n % 1500 + 730),
        )
        for n in range(ROWS)
    ]
    contracts = Contract.objects.bulk_create(
        Contract(
            title=f"Contract {n}",
            client=parties[n % len(parties)],
            contractor=vendor,
            **periods[n],
            **PUBLIC,
            basis="illustrative",
        )
        for n in range(ROWS)
    )
    Contract.components.through.objects.bulk_create(
        Contract.components.through(
            contract=contract, component=components[n % len(components)]
        )
        for n, contract in enumerate(contracts)
    )
    Lot.objects.bulk_create(
        Lot(
            contract=contract,
            name="Kavel 1",
            work_category=work,
            contract_type="continuous" if n % 2 else "one_off",
            **periods[n],
            value=Decimal(1000 + n),
            **PUBLIC,
            basis="illustrative",
        )
        for n, contract in enumerate(contracts)
    )
    FundingStream.objects.bulk_create(
        FundingStream(
            title=f"Financiering {n}",
            funder=parties[n % len(parties)],
            recipient=vendor,
            amount=Decimal(500 + n),
            **period_values(
                start=start + timedelta(days=n % 1500), end_state="ongoing"
            ),
            contract=contracts[n],
            **PUBLIC,
            basis="illustrative",
        )
        for n in range(ROWS)
    )
    RoleAssignment.objects.bulk_create(
        RoleAssignment(
            party=party,
            role_type=role_type,
            component=components[index % len(components)],
            **period_values(start=start, end_state="ongoing"),
            **PUBLIC,
            basis="illustrative",
        )
        for index, party in enumerate(parties)
    )


def measure() -> None:
    """Server time of a request that renders: the page cache off."""
    from django.conf import settings

    settings.PAGES_CACHE_SECONDS = 0
    client = Client(HTTP_HOST="localhost")
    print(f"database: {connection.vendor}, rows per table: {ROWS}")
    print(f"{'endpoint':<60} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
    for url in ENDPOINTS:
        client.get(url)  # warm up
        timings = []
        for _ in range(REPEATS):
            reset_queries()
            started = time.perf_counter()
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (url, response.status_code)
        timings.sort()
        p95 = timings[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))]
        median = statistics.median(timings)
        print(f"{url:<60} {median:>8.1f} {p95:>8.1f} {len(queries):>8}")


CACHED = ["/", "/componenten/component-0/", "/partijen/"]
THROUGHPUT_REQUESTS = int(os.environ.get("BENCH_THROUGHPUT_REQUESTS", "300"))


def throughput(client: Client, url: str) -> float:
    """Requests per second, one after another, in-process."""
    started = time.perf_counter()
    for _ in range(THROUGHPUT_REQUESTS):
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
    return THROUGHPUT_REQUESTS / (time.perf_counter() - started)


def measure_cached() -> None:
    """A kept public page against a static file of the same size, served by
    WhiteNoise through the same middleware."""
    from django.conf import settings

    settings.PAGES_CACHE_SECONDS = 300
    folder = Path(tempfile.mkdtemp())
    settings.WHITENOISE_ROOT = str(folder)
    client = Client(HTTP_HOST="localhost")
    print()
    print(f"{'cached page':<40} {'bytes':>8} {'page req/s':>11} {'static req/s':>13}")
    for url in CACHED:
        response = client.get(url)  # renders and keeps it
        size = len(response.content)
        name = f"same-size-{size}.html"
        (folder / name).write_bytes(b"x" * size)
        client = Client(HTTP_HOST="localhost")  # WhiteNoise sees the new file
        client.get(url)
        hit = client.get(url)
        assert hit.get("X-Page-Cache") == "hit", url
        page = throughput(client, url)
        static = throughput(client, f"/{name}")
        print(f"{url:<40} {size:>8} {page:>11.0f} {static:>13.0f}")


if __name__ == "__main__":
    call_command("migrate", verbosity=0)
    # The pages name their static files by hash, as in production.
    call_command("collectstatic", "--noinput", verbosity=0)
    seed()
    measure()
    measure_cached()
