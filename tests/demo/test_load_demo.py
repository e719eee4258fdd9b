"""`manage.py load_demo`: the OpenZaak ecosystem from the seeds, loaded idempotently."""

import io

from django.core.management import call_command, load_command_class
from django.utils import translation

import pytest

from apps.contracts.models import Contract
from apps.demo.seed.parties import organisation_rows, source_keys
from apps.demo.seed.upsert import demo_uuid
from apps.funding.models import FundingStream
from apps.parties.models import Party
from apps.roles.models import RoleAssignment, RoleType
from tests.contracts.factories import ContractFactory
from tests.demo.helpers import (
    load_demo,
)
from tests.funding.factories import FundingStreamFactory
from tests.parties.factories import PartyFactory
from tests.roles.factories import RoleAssignmentFactory, RoleTypeFactory


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


# -- the sourced story, in the database ---------------------------------------


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
