"""`manage.py load_demo`: the OpenZaak ecosystem from the seeds, loaded idempotently."""

import io
from typing import Any

from django.apps import apps
from django.core.management import call_command, load_command_class
from django.test import Client
from django.utils import translation

import pytest

from apps.contracts.models import Contract
from apps.core.models import CitableModel, PublishableModel
from apps.demo.seed.parties import organisation_rows, source_keys
from apps.demo.seed.upsert import demo_uuid
from apps.funding.models import FundingStream
from apps.parties.models import Party
from apps.roles.models import RoleAssignment, RoleType
from tests.contracts.factories import ContractFactory
from tests.funding.factories import FundingStreamFactory
from tests.parties.factories import PartyFactory
from tests.roles.factories import RoleAssignmentFactory, RoleTypeFactory

REGISTER_APPS = (
    "core",
    "parties",
    "components",
    "roles",
    "contracts",
    "funding",
    "goals",
    "timeline",
)


def load_demo() -> str:
    out = io.StringIO()
    with translation.override("en"):
        call_command("load_demo", stdout=out)
    return out.getvalue()


def register_counts() -> dict[str, int]:
    """Rows per model of the register apps, history tables included."""
    return {
        model._meta.label: model._default_manager.count()
        for label in REGISTER_APPS
        for model in apps.get_app_config(label).get_models()
    }


def register_uuids() -> dict[str, set]:
    return {
        model._meta.label: set(model._default_manager.values_list("uuid", flat=True))
        for label in REGISTER_APPS
        for model in apps.get_app_config(label).get_models()
        if not model._meta.label.split(".")[1].startswith("Historical")
    }


def test_source_column_gives_the_keyed_sources_in_order():
    column = "TOOI-RWC4; OIN-2016; web: OZ-WEB; pop: en.wikipedia (Amsterdam)"

    keys = source_keys(column)

    assert keys == ["TOOI-RWC4", "OIN-2016", "OZ-WEB"]


def test_source_column_maps_a_seed_document_to_its_source():
    column = "web: seed 003; vng.nl/artikelen/de-vng-in-2022"

    keys = source_keys(column)

    assert keys == ["seed-003"]


@pytest.mark.django_db
def test_every_organisation_row_becomes_a_party():
    names = {row["name"] for row in organisation_rows()}

    load_demo()

    assert Party.objects.count() == len(names) >= 45
    assert set(Party.objects.values_list("name", flat=True)) == names


@pytest.mark.django_db
def test_load_demo_prints_the_counts():
    output = load_demo()

    assert "parties: 59" in output


def test_load_demo_explains_itself_in_its_help(capsys):
    command = load_command_class("apps.demo", "load_demo")

    with translation.override("en"):
        command.print_help("manage.py", "load_demo")

    assert "Load the OpenZaak ecosystem" in capsys.readouterr().out


@pytest.mark.django_db
def test_load_demo_if_empty_loads_an_empty_register():
    call_command("load_demo", "--if-empty", stdout=io.StringIO())

    assert Party.objects.filter(slug="dimpact").exists()


# -- the sourced story, through the API as an anonymous reader ------------------


def api_records(client: Client, path: str, **params: str) -> list[dict[str, Any]]:
    """Every record of a list, page after page."""
    records: list[dict[str, Any]] = []
    url: str | None = f"/api/v1/{path}"
    query: dict[str, str] | None = {"pageSize": "100", **params}
    while url:
        response = client.get(url, query)
        assert response.status_code == 200, response.content
        body = response.json()
        records.extend(body["results"])
        url, query = body.get("next"), None
    return records


CITABLE_COLLECTIONS = (
    "parties",
    "memberships",
    "components",
    "standards",
    "role-types",
    "role-assignments",
    "work-categories",
    "contracts",
    "funding-streams",
    "reliability-themes",
    "improvement-goals",
    "reliability-dimensions",
    "reviews",
    "events",
)


# -- the sourced story, in the database ---------------------------------------


def citable_records() -> list[Any]:
    return [
        record
        for model in apps.get_models()
        if issubclass(model, CitableModel) and not model._meta.abstract
        for record in model._default_manager.all()
    ]


def publishable_records() -> list[Any]:
    return [
        record
        for model in apps.get_models()
        if issubclass(model, PublishableModel)
        for record in model._default_manager.all()
    ]


def cited_sources(record: Any) -> list[Any]:
    """The sources a record cites, through the many-to-many link or through the
    citations that replace it."""
    sources = record.sources
    return list(sources.all() if hasattr(sources, "all") else sources)


@pytest.mark.django_db
def test_load_demo_deletes_the_records_an_earlier_version_loaded_that_contradict_the_sources():
    # Parties without a CBS code: a factory's code could be one the demo uses.
    contract = ContractFactory(
        uuid=demo_uuid(Contract, "dimpact-maykin-maintenance"),
        continuous=True,
        client=PartyFactory(),
    )
    FundingStreamFactory(
        uuid=demo_uuid(FundingStream, "tilburg-initial-development"),
        contract=contract,
        funder=PartyFactory(),
    )

    load_demo()

    assert not Contract.objects.filter(pk=contract.pk).exists()
    assert not FundingStream.objects.filter(
        uuid=demo_uuid(FundingStream, "tilburg-initial-development")
    ).exists()


@pytest.mark.django_db
def test_load_demo_merges_the_maintainer_role_type_an_earlier_version_loaded():
    maintainer = RoleTypeFactory(
        uuid=demo_uuid(RoleType, "maintainer"), name="Maintainer", slug="maintainer"
    )
    RoleAssignmentFactory(
        uuid=demo_uuid(RoleAssignment, "openzaak/maintainer/Maykin Media"),
        role_type=maintainer,
    )

    with translation.override("en"):
        call_command("load_demo", stdout=io.StringIO())

    assert not RoleType.objects.filter(pk=maintainer.pk).exists()
    assert RoleType.objects.get(slug="maintenance-party").other_names.filter(
        name="Maintainer"
    )
