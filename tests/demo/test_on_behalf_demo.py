"""The demo through the API: who acts for whom (seed 003's market consultation,
VNG Realisatie as VNG's unit, SED as the shared organisation of three
municipalities)."""

from typing import Any

from django.test import Client

import pytest

from apps.contracts.models import Contract
from apps.demo.seed.on_behalf import MARKET_CONSULTATION_KEY
from apps.demo.seed.upsert import demo_uuid
from apps.parties.models import Party

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]

CONSULTATION = str(demo_uuid(Contract, MARKET_CONSULTATION_KEY))


def results(client: Client, path: str, **params: str) -> list[dict[str, Any]]:
    response = client.get(f"/api/v1/{path}", {"pageSize": "100", **params})
    assert response.status_code == 200, response.content
    return response.json()["results"]


def test_enschedes_on_behalf_of_contracts_include_the_2020_market_consultation(
    demo, client
):
    # Enschede is on Dimpact's member list of 2018 (seed 002); that it still was
    # a member at the consultation of 2020 is the demo's inference, stated.
    enschede = Party.objects.get(slug="enschede")

    contracts = results(client, "contracts", onBehalfOf=str(enschede.uuid))

    assert CONSULTATION in {row["uuid"] for row in contracts}
    (membership,) = results(client, "memberships", member=str(enschede.uuid))
    assert membership["basis"] == "inferred"
    assert "seed 003" in membership["basisNote"]
    assert membership["end"] is None
    assert membership["lastConfirmed"] == "2020-05-01"


def test_a_member_that_merged_in_2019_had_the_consultation_done_only_possibly(
    demo, client
):
    # Ten Boer's membership ended on 2018-12-31; no source gives when the
    # consultation began, only that its answers were due in 2020.
    ten_boer = Party.objects.get(slug="ten-boer")

    certain = results(client, "contracts", onBehalfOf=str(ten_boer.uuid))
    possible = results(
        client, "contracts", onBehalfOf=str(ten_boer.uuid), certainty="possible"
    )

    assert CONSULTATION not in {row["uuid"] for row in certain}
    assert CONSULTATION in {row["uuid"] for row in possible}


def test_the_consultation_is_dimpacts_for_all_its_members_and_the_named_others(
    demo, client
):
    contract = client.get(f"/api/v1/contracts/{CONSULTATION}").json()

    assert contract["clientName"] == "Dimpact"
    assert contract["onBehalfOfAllMembers"] is True
    assert {"Amsterdam", "SED", "Tilburg"} <= set(contract["onBehalfOfNames"])
    assert "Enschede" not in contract["onBehalfOfNames"]
    assert contract["citations"][0]["locator"].startswith(
        "§ Over deze marktconsultatie"
    )


def test_sed_municipalities_certainly_had_the_consultation_done_on_their_behalf(
    demo, client
):
    stede_broec = Party.objects.get(slug="stede-broec")

    contracts = results(client, "contracts", onBehalfOf=str(stede_broec.uuid))

    assert [row["uuid"] for row in contracts] == [CONSULTATION]


def test_vng_realisatie_is_vngs_organisational_unit_not_a_member(demo, client):
    realisatie = Party.objects.get(slug="vng-realisatie")

    memberships = results(client, "memberships", member=str(realisatie.uuid))

    assert [row["membershipType"] for row in memberships] == ["organisational_unit"]
    vng = Party.objects.get(slug="vng")
    assert results(client, "parties", memberOf=str(vng.uuid)) == []


def test_sed_is_the_shared_organisation_of_three_independent_municipalities(
    demo, client
):
    sed = Party.objects.get(slug="sed")

    memberships = results(client, "memberships", organisation=str(sed.uuid))
    members = results(client, "parties", memberOf=str(sed.uuid), activeOn="2020-05-01")

    assert {row["membershipType"] for row in memberships} == {"shared_organisation"}
    assert {row["name"] for row in members} == {
        "Stede Broec",
        "Enkhuizen",
        "Drechterland",
    }
    assert {row["kind"] for row in members} == {"municipality"}


def test_a_party_is_found_by_its_other_names(demo, client):
    found = results(client, "parties", search="Drechteland")

    assert [row["name"] for row in found] == ["Drechterland"]
    assert found[0]["names"][0]["lastConfirmed"] == "2020-11-20"
