"""What the resources show: open to anyone, links as URLs, names to show them."""

import datetime
import re
from decimal import Decimal

from django.conf import settings

import pytest

from apps.core.provenance import citations_replace
from tests.api.test_query_counts import COLLECTIONS
from tests.components.factories import ComponentFactory
from tests.contracts.factories import ContractFactory, LotFactory
from tests.core.factories import SourceFactory
from tests.funding.factories import FundingStreamFactory
from tests.goals.factories import GoalProgressFactory, ReliabilityScoreFactory
from tests.parties.factories import (
    ContactPointFactory,
    MembershipFactory,
    PartyFactory,
    PartyNameFactory,
)
from tests.roles.factories import RoleAssignmentFactory

pytestmark = pytest.mark.django_db

API = "http://testserver/api/v1"
PATHS = [path for path, _build, _queries in COLLECTIONS]


@pytest.mark.parametrize(("path", "build"), [row[:2] for row in COLLECTIONS], ids=PATHS)
def test_anyone_may_read_a_collection_and_its_records(api_client, path, build):
    record = build()

    collection = api_client.get(f"/api/v1/{path}")
    detail = api_client.get(f"/api/v1/{path}/{record.uuid}")

    assert collection.status_code == 200
    assert collection["Content-Type"] == "application/json"
    assert collection["API-Version"] == settings.API_VERSION
    assert str(record.uuid) in {row["uuid"] for row in collection.json()["results"]}
    assert detail.status_code == 200
    assert detail.json()["url"] == f"{API}/{path}/{record.uuid}"
    assert detail["API-Version"] == settings.API_VERSION


def test_the_api_root_links_the_document_and_every_collection(api_client):
    response = api_client.get("/api/v1")

    assert response.status_code == 200
    body = response.json()
    assert body["openapi"] == f"{API}/openapi.json"
    assert sorted(body["resources"].values()) == sorted(
        f"{API}/{path}" for path in PATHS
    )
    assert all(re.fullmatch(r"[a-z]+([A-Z][a-z]+)*", key) for key in body["resources"])


def test_the_api_root_with_a_trailing_slash_is_a_404_problem(api_client):
    response = api_client.get("/api/v1/")

    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


def test_a_contract_links_its_records_and_shows_their_names(api_client):
    client = PartyFactory(name="Gemeente Utrecht")
    contract = ContractFactory(
        client=client,
        contractor=PartyFactory(name="Maykin"),
        components=[ComponentFactory(name="Open Zaak")],
        lot__work_category__name="Onderhoud",
        lot__name="Kavel Onderhoud",
        predecessor=ContractFactory(
            client=client, start_date=datetime.date(2024, 1, 1)
        ),
        procurement_reference="TN-2024-0042",
        procurement_url="https://www.tenderned.nl/aankondigingen/overzicht/42",
    )
    lot = contract.lots.get()

    body = api_client.get(f"/api/v1/contracts/{contract.uuid}").json()

    assert body["client"] == f"{API}/parties/{contract.client.uuid}"
    assert body["clientName"] == "Gemeente Utrecht"
    assert body["contractor"] == f"{API}/parties/{contract.contractor.uuid}"
    assert body["contractorName"] == "Maykin"
    component = contract.components.get()
    assert body["components"] == [f"{API}/components/{component.uuid}"]
    assert body["componentNames"] == ["Open Zaak"]
    assert body["workCategories"] == [f"{API}/work-categories/{lot.work_category.uuid}"]
    assert body["lots"][0]["url"] == f"{API}/lots/{lot.uuid}"
    assert body["lots"][0]["name"] == "Kavel Onderhoud"
    assert body["lots"][0]["workCategoryName"] == "Onderhoud"
    assert body["predecessor"] == f"{API}/contracts/{contract.predecessor.uuid}"
    assert body["procurementReference"] == "TN-2024-0042"
    assert body["procurementUrl"].startswith("https://www.tenderned.nl/")


def test_a_contract_shows_its_total_status_and_coverage(api_client):
    contract = ContractFactory(lot__value=Decimal("1000.00"))
    LotFactory(contract=contract, value=None)
    FundingStreamFactory(contract=contract, amount=Decimal("400.00"))

    body = api_client.get(f"/api/v1/contracts/{contract.uuid}").json()

    assert (body["valueTotal"], body["valueComplete"], body["currency"]) == (
        1000.0,
        False,
        "EUR",
    )
    assert body["status"] == contract.status
    assert body["coverage"] == {
        "status": "partly_covered",
        "funded": 400.0,
        "value": 1000.0,
        "valueComplete": False,
        "currency": "EUR",
    }


def test_a_lot_shows_its_contract_successors_and_coverage(api_client):
    lot = LotFactory(value=Decimal("500.00"), sla_url="https://example.org/sla")
    later = LotFactory(contract__client=lot.contract.client, predecessor=lot)
    FundingStreamFactory(lot=lot, amount=Decimal("500.00"))

    body = api_client.get(f"/api/v1/lots/{lot.uuid}").json()

    assert body["contract"] == f"{API}/contracts/{lot.contract.uuid}"
    assert body["successors"] == [f"{API}/lots/{later.uuid}"]
    assert body["slaUrl"] == "https://example.org/sla"
    assert body["coverage"]["status"] == "covered"


def test_a_link_leads_to_the_linked_record(api_client):
    contract = ContractFactory()
    link = api_client.get(f"/api/v1/contracts/{contract.uuid}").json()["client"]

    response = api_client.get(link)

    assert response.status_code == 200
    assert response.json()["uuid"] == str(contract.client.uuid)


def test_properties_are_camel_case_and_money_is_a_number(api_client):
    contract = ContractFactory(lot__value=Decimal("1234.50"))

    body = api_client.get(f"/api/v1/contracts/{contract.uuid}").json()

    assert body["start"] == "2025-01-01"
    assert body["startPrecision"] == "day"
    assert body["valueTotal"] == 1234.5
    assert body["lots"][0]["value"] == 1234.5
    assert not [key for key in body if "_" in key]


def test_a_contract_without_components_shows_empty_lists(api_client):
    contract = ContractFactory(components=[])

    body = api_client.get(f"/api/v1/contracts/{contract.uuid}").json()

    assert body["components"] == []
    assert body["componentNames"] == []


def test_a_funding_stream_shows_every_party_by_link_and_name(api_client):
    stream = FundingStreamFactory(
        funder=PartyFactory(name="Gemeente Tilburg"),
        recipient=PartyFactory(name="Atos"),
        hops=[PartyFactory(name="Dimpact"), PartyFactory(name="Atos Holding")],
        amount=Decimal("5000.00"),
        start_date=datetime.date(2024, 1, 1),
        end_date=datetime.date(2025, 12, 31),
        amounts=[(2024, Decimal("2000.00")), (2025, Decimal("3000.00"))],
    )

    body = api_client.get(f"/api/v1/funding-streams/{stream.uuid}").json()

    assert body["funder"] == f"{API}/parties/{stream.funder.uuid}"
    assert body["funderName"] == "Gemeente Tilburg"
    assert body["recipientName"] == "Atos"
    assert body["intermediary"] == f"{API}/parties/{stream.intermediary.uuid}"
    assert body["intermediaryName"] == "Dimpact"
    assert [hop["partyName"] for hop in body["hops"]] == ["Dimpact", "Atos Holding"]
    assert body["amount"] == 5000.0
    assert body["amounts"] == [
        {"year": 2024, "amount": 2000.0},
        {"year": 2025, "amount": 3000.0},
    ]


def test_a_membership_shows_member_and_organisation(api_client):
    membership = MembershipFactory(
        member__name="Gemeente Utrecht", organisation__name="Dimpact"
    )

    body = api_client.get(f"/api/v1/memberships/{membership.uuid}").json()

    assert body["member"] == f"{API}/parties/{membership.member.uuid}"
    assert body["memberName"] == "Gemeente Utrecht"
    assert body["organisation"] == f"{API}/parties/{membership.organisation.uuid}"
    assert body["organisationName"] == "Dimpact"


def test_a_role_assignment_shows_holder_role_and_component(api_client):
    assignment = RoleAssignmentFactory(
        party__name="Maykin", role_type__name="Maintainer", component__name="Open Zaak"
    )

    body = api_client.get(f"/api/v1/role-assignments/{assignment.uuid}").json()

    assert body["party"] == f"{API}/parties/{assignment.party.uuid}"
    assert (body["partyName"], body["roleTypeName"], body["componentName"]) == (
        "Maykin",
        "Maintainer",
        "Open Zaak",
    )


def test_a_party_shows_its_names_successor_and_citations(api_client):
    successor = PartyFactory(name="Gemeente 's-Hertogenbosch")
    party = PartyFactory(
        name="Gemeente Rosmalen",
        successor=successor,
        end_date=datetime.date(1995, 12, 31),
    )
    PartyNameFactory(party=party, name="Rosmalen", start="1990")
    PartyNameFactory(party=party, name="Gem. Rosmalen", start="1990")
    source = SourceFactory(title="Samenwerkingsverslag")
    citations_replace(record=party, citations=[(source, "p. 4")])

    body = api_client.get(f"/api/v1/parties/{party.uuid}").json()

    assert [name["name"] for name in body["names"]] == ["Gem. Rosmalen", "Rosmalen"]
    assert body["successor"] == f"{API}/parties/{successor.uuid}"
    assert body["successorName"] == "Gemeente 's-Hertogenbosch"
    assert body["citations"] == [
        {
            "source": f"{API}/sources/{source.uuid}",
            "sourceTitle": "Samenwerkingsverslag",
            "locator": "p. 4",
        }
    ]


def test_a_review_shows_its_scores_and_goal_progress(api_client):
    score = ReliabilityScoreFactory(dimension__name="Continuity", x=Decimal("0.25"))
    progress = GoalProgressFactory(review=score.review, goal__title="Release notes")

    body = api_client.get(f"/api/v1/reviews/{score.review.uuid}").json()

    assert body["scores"] == [
        {
            "dimension": f"{API}/reliability-dimensions/{score.dimension.uuid}",
            "dimensionName": "Continuity",
            "scenario": "current",
            "x": 0.25,
            "y": 0.3,
        }
    ]
    assert body["goalProgress"] == [
        {
            "goal": f"{API}/improvement-goals/{progress.goal.uuid}",
            "goalTitle": "Release notes",
            "status": "in_progress",
            "progress": 50,
            "note": "",
        }
    ]


def test_a_source_links_itself_and_shows_its_document_address(api_client):
    source = SourceFactory(url="https://example.org/report.pdf")

    body = api_client.get(f"/api/v1/sources/{source.uuid}").json()

    assert body["url"] == f"{API}/sources/{source.uuid}"
    assert body["documentUrl"] == "https://example.org/report.pdf"


def test_a_contact_point_links_itself_and_shows_its_website(api_client):
    contact = ContactPointFactory(url="https://example.org/support")

    body = api_client.get(f"/api/v1/contact-points/{contact.uuid}").json()

    assert body["url"] == f"{API}/contact-points/{contact.uuid}"
    assert body["website"] == "https://example.org/support"
    assert body["party"] == f"{API}/parties/{contact.party.uuid}"
    assert body["partyName"] == contact.party.name
