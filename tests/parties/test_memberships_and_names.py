"""Typed memberships (who counts as a member of whom) and a party's names over
time (found by any of them)."""

import datetime

from django.urls import reverse
from django.utils import translation

import pytest
from rest_framework.test import APIClient

from apps.contracts.models import Contract
from apps.core.constants import Certainty
from apps.core.periods import periods_overlap, periods_overlap_q
from apps.parties.constants import MembershipType
from apps.parties.models import Membership, Party
from tests.api.helpers import uuids, uuids_of
from tests.contracts.factories import ContractFactory
from tests.parties.factories import MembershipFactory, PartyFactory, PartyNameFactory

pytestmark = pytest.mark.django_db

D = datetime.date


@pytest.fixture
def api_client() -> APIClient:
    return APIClient()


@pytest.mark.parametrize(
    ("trait", "counts"),
    [
        ({}, True),
        ({"founding": True}, True),
        ({"shared": True}, True),
        ({"unit": True}, False),
        ({"participant": True}, False),
    ],
    ids=["member", "founding member", "shared organisation", "unit", "participant"],
)
def test_members_of_counts_the_types_that_count_as_member(trait, counts):
    link = MembershipFactory(**trait)

    members = list(Party.objects.members_of(link.organisation, D(2020, 1, 1)))

    assert (members == [link.member]) is counts
    assert MembershipType(link.membership_type).counts_as_member is counts


@pytest.mark.parametrize(
    ("trait", "reads"),
    [
        ({}, "Enschede is a member of Dimpact"),
        ({"founding": True}, "Enschede is a founding member of Dimpact"),
        ({"unit": True}, "Enschede is an organisational unit of Dimpact"),
        ({"shared": True}, "Dimpact is the shared organisation of Enschede"),
        ({"participant": True}, "Enschede participates in Dimpact"),
    ],
)
def test_each_membership_type_reads_in_its_direction(trait, reads):
    link = MembershipFactory(
        **trait,
        member=PartyFactory(name="Enschede"),
        organisation=PartyFactory(name="Dimpact"),
    )

    with translation.override("en"):
        assert str(link) == reads


def test_a_new_membership_is_a_plain_membership():
    link = Membership()

    assert link.membership_type == MembershipType.MEMBER


def test_memberships_filter_on_their_type(api_client):
    unit = MembershipFactory(unit=True)
    MembershipFactory()

    response = api_client.get(
        "/api/v1/memberships", {"membershipType": "organisational_unit"}
    )

    assert uuids(response) == uuids_of(unit)
    assert response.json()["results"][0]["membershipType"] == "organisational_unit"


def test_an_unknown_membership_type_is_a_400(api_client):
    response = api_client.get("/api/v1/memberships", {"membershipType": "friend"})

    assert response.status_code == 400


def test_member_of_leaves_out_an_organisational_unit(api_client):
    unit = MembershipFactory(unit=True)
    member = MembershipFactory(organisation=unit.organisation)

    response = api_client.get(
        "/api/v1/parties", {"memberOf": str(unit.organisation.uuid)}
    )

    assert uuids(response) == uuids_of(member.member)


# -- names over time ---------------------------------------------------------------


def test_search_finds_a_party_by_a_former_name():
    renamed = PartyNameFactory(name="KING", former=True).party
    PartyFactory(name="Kingston")

    found = list(Party.objects.search("king").exclude(name="Kingston"))

    assert found == [renamed]


def test_a_rename_keeps_the_party_and_its_former_name_with_its_period(api_client):
    party = PartyFactory(name="VNG Realisatie")
    PartyNameFactory(
        party=party,
        name="KING",
        kind="former",
        start=None,
        known_since=D(2010, 1, 1),
        end="2017",
    )

    body = api_client.get(f"/api/v1/parties/{party.uuid}").json()

    assert body["names"] == [
        {
            "name": "KING",
            "kind": "former",
            "start": None,
            "startPrecision": "unknown",
            "knownSince": "2010-01-01",
            "end": "2017",
            "endPrecision": "year",
            "lastConfirmed": None,
            "startEarliest": None,
            "startLatest": "2010-01-01",
            "endEarliest": "2017-01-01",
            "endLatest": "2017-12-31",
        }
    ]


def test_the_api_search_finds_a_party_by_a_former_name(api_client):
    party = PartyNameFactory(name="Kwaliteitsinstituut", former=True).party

    response = api_client.get("/api/v1/parties", {"search": "kwaliteits"})

    assert uuids(response) == uuids_of(party)


def test_the_admin_search_finds_a_party_by_a_former_name(coordinator_client):
    party = PartyNameFactory(name="Kwaliteitsinstituut", former=True).party
    PartyFactory(name="Somebody else")

    response = coordinator_client.get(
        reverse("admin:parties_party_changelist"), {"q": "kwaliteits"}
    )

    assert list(response.context["cl"].result_list) == [party]


def test_the_admin_autocomplete_finds_a_party_by_an_abbreviation(coordinator_client):
    party = PartyNameFactory(name="VNGR", abbreviation=True).party

    response = coordinator_client.get(
        reverse("admin:autocomplete"),
        {
            "term": "vngr",
            "app_label": "contracts",
            "model_name": "contract",
            "field_name": "client",
        },
    )

    assert [row["id"] for row in response.json()["results"]] == [str(party.pk)]


def test_a_names_changes_are_kept_as_history():
    name = PartyNameFactory(name="Den Bosch")

    name.name = "Den Bosch (stad)"
    name.save()

    assert [row.name for row in name.history.all()] == ["Den Bosch (stad)", "Den Bosch"]


# -- the period rule for two records, in the database and in memory ---------------


@pytest.mark.parametrize("certainty", [Certainty.CERTAIN, Certainty.POSSIBLE])
@pytest.mark.parametrize(
    "membership",
    [
        {"start_date": D(2015, 1, 1)},
        {"start_date": D(2021, 1, 1)},
        {"end_date": D(2019, 12, 31)},
        {
            "start": None,
            "known_since": D(2018, 5, 30),
            "end_state": "unknown",
            "last_confirmed": D(2018, 5, 30),
        },
        {"start": "2020", "end": "2020"},
    ],
)
def test_the_overlap_of_two_periods_is_decided_alike_in_the_database_and_in_memory(
    membership, certainty
):
    link = MembershipFactory(**membership)
    contract = ContractFactory(
        client=link.organisation, start_date=D(2020, 1, 1), end_date=D(2020, 12, 31)
    )

    path = "client__memberships_as_organisation__"
    in_database = Contract.objects.filter(
        periods_overlap_q(certainty, other=path),
        pk=contract.pk,
        client__memberships_as_organisation=link,
    ).exists()

    assert in_database is periods_overlap(contract, link, certainty)
