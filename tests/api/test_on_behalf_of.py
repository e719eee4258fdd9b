"""On behalf of, through the API: the ``onBehalfOf`` filter on contracts, funding
streams and role assignments, the parties a record is done for, and a party's
links to what is done on its behalf."""

import datetime

import pytest

from tests.api.helpers import ENGLISH, if_match, invalid_params, uuids, uuids_of
from tests.funding.factories import FundingStreamFactory
from tests.parties.factories import PartyFactory
from tests.parties.test_on_behalf_of import coalition_with_member, contract_by
from tests.roles.factories import RoleAssignmentFactory

pytestmark = pytest.mark.django_db

D = datetime.date


@pytest.mark.parametrize(
    ("path", "build"),
    [
        ("contracts", lambda coalition: contract_by(coalition)),
        (
            "funding-streams",
            lambda coalition: FundingStreamFactory(
                funder=coalition, start_date=D(2020, 1, 1)
            ),
        ),
        (
            "role-assignments",
            lambda coalition: RoleAssignmentFactory(
                party=coalition, start_date=D(2020, 1, 1)
            ),
        ),
    ],
)
def test_collections_filter_on_behalf_of_a_party(api_client, path, build):
    coalition, member = coalition_with_member()
    for_all = build(coalition)
    for_all.on_behalf_of_all_members = True
    for_all.save()
    listed = build(coalition)
    listed.on_behalf_of.add(member)
    build(coalition)  # for nobody else

    response = api_client.get(f"/api/v1/{path}", {"onBehalfOf": str(member.uuid)})

    assert uuids(response) == uuids_of(for_all, listed)


def test_the_on_behalf_of_filter_reads_the_certainty(api_client):
    coalition, member = coalition_with_member(
        known_since=D(2018, 5, 30), end_state="unknown", last_confirmed=D(2018, 5, 30)
    )
    contract = contract_by(coalition, on_behalf_of_all_members=True)

    certain = api_client.get("/api/v1/contracts", {"onBehalfOf": str(member.uuid)})
    possible = api_client.get(
        "/api/v1/contracts", {"onBehalfOf": str(member.uuid), "certainty": "possible"}
    )

    assert uuids(certain) == set()
    assert uuids(possible) == uuids_of(contract)


def test_the_public_does_not_see_acting_through_a_draft_membership(api_client):
    coalition, member = coalition_with_member(draft=True)
    contract_by(coalition, on_behalf_of_all_members=True)

    response = api_client.get("/api/v1/contracts", {"onBehalfOf": str(member.uuid)})

    assert uuids(response) == set()


def test_a_contract_says_on_whose_behalf_it_is(api_client):
    coalition, member = coalition_with_member()
    contract = contract_by(coalition, on_behalf_of_all_members=True)
    contract.on_behalf_of.add(member)

    body = api_client.get(f"/api/v1/contracts/{contract.uuid}").json()

    assert body["onBehalfOfAllMembers"] is True
    assert body["onBehalfOf"] == [f"http://testserver/api/v1/parties/{member.uuid}"]
    assert body["onBehalfOfNames"] == [member.name]


def test_a_party_links_to_what_is_done_on_its_behalf(api_client):
    party = PartyFactory()

    body = api_client.get(f"/api/v1/parties/{party.uuid}").json()

    base = "http://testserver/api/v1"
    assert body["doneOnItsBehalf"] == {
        "contracts": f"{base}/contracts?onBehalfOf={party.uuid}",
        "fundingStreams": f"{base}/funding-streams?onBehalfOf={party.uuid}",
        "lots": f"{base}/lots?onBehalfOf={party.uuid}",
        "roleAssignments": f"{base}/role-assignments?onBehalfOf={party.uuid}",
    }


def test_writing_the_parties_acted_for(token_client):
    coalition, member = coalition_with_member()
    contract = contract_by(coalition)
    url = f"/api/v1/contracts/{contract.uuid}"

    response = token_client.patch(
        url,
        {
            "onBehalfOfAllMembers": True,
            "onBehalfOf": [f"http://testserver/api/v1/parties/{member.uuid}"],
        },
        format="json",
        headers=if_match(token_client, url),
    )

    assert response.status_code == 200, response.content
    contract.refresh_from_db()
    assert contract.on_behalf_of_all_members
    assert list(contract.on_behalf_of.all()) == [member]


def test_writing_the_acting_party_among_those_it_acts_for_is_a_400(token_client):
    coalition, _member = coalition_with_member()
    contract = contract_by(coalition)
    url = f"/api/v1/contracts/{contract.uuid}"

    response = token_client.patch(
        url,
        {"onBehalfOf": [f"http://testserver/api/v1/parties/{coalition.uuid}"]},
        format="json",
        headers=if_match(token_client, url, **ENGLISH),
    )

    assert invalid_params(response)["onBehalfOf"] == [
        f"{coalition} acts itself: it is not one of the parties it acts for."
    ]


def test_acting_for_all_members_without_members_is_a_400(token_client):
    contract = contract_by(PartyFactory(coalition=True))
    url = f"/api/v1/contracts/{contract.uuid}"

    response = token_client.patch(
        url,
        {"onBehalfOfAllMembers": True},
        format="json",
        headers=if_match(token_client, url, **ENGLISH),
    )

    assert "onBehalfOfAllMembers" in invalid_params(response)
