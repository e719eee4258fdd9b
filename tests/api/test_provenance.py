"""Provenance through the API: every citable resource shows and accepts its
basis, reasoning and citations, and every citable collection filters on them."""

import pytest

from apps.contracts.models import WorkCategory
from apps.core.constants import Basis
from tests.api.helpers import (
    ENGLISH,
    assert_problem,
    if_match,
    invalid_params,
    uuids,
    uuids_of,
)
from tests.components.factories import ComponentFactory, StandardFactory
from tests.contracts.factories import ContractFactory, WorkCategoryFactory
from tests.core.factories import SourceFactory
from tests.funding.factories import FundingStreamFactory
from tests.goals.factories import (
    ImprovementGoalFactory,
    ReliabilityDimensionFactory,
    ReliabilityThemeFactory,
    ReviewFactory,
)
from tests.parties.factories import (
    ContactPointFactory,
    MembershipFactory,
    PartyFactory,
)
from tests.roles.factories import RoleAssignmentFactory, RoleTypeFactory
from tests.timeline.factories import EventFactory

pytestmark = pytest.mark.django_db

API = "http://testserver/api/v1"
WORK_CATEGORIES = "/api/v1/work-categories"

CITABLE = [
    ("parties", PartyFactory),
    ("memberships", MembershipFactory),
    ("contact-points", ContactPointFactory),
    ("standards", StandardFactory),
    ("components", ComponentFactory),
    ("role-types", RoleTypeFactory),
    ("role-assignments", RoleAssignmentFactory),
    ("work-categories", WorkCategoryFactory),
    ("contracts", ContractFactory),
    ("funding-streams", FundingStreamFactory),
    ("reliability-themes", ReliabilityThemeFactory),
    ("improvement-goals", ImprovementGoalFactory),
    ("reliability-dimensions", ReliabilityDimensionFactory),
    ("reviews", ReviewFactory),
    ("events", EventFactory),
]


def _body(basis: str = Basis.SOURCED, note: str = "", citations=None) -> dict:
    body = {"name": "Onderhoud", "slug": "onderhoud", "basis": basis}
    if note:
        body["basisNote"] = note
    if citations is not None:
        body["citations"] = [
            {"source": f"{API}/sources/{source.uuid}", "locator": locator}
            for source, locator in citations
        ]
    return body


@pytest.mark.parametrize(("path", "factory"), CITABLE, ids=[p for p, _f in CITABLE])
def test_every_citable_collection_filters_on_basis(token_client, path, factory):
    inferred = factory(inferred=True)
    factory(illustrative=True)

    response = token_client.get(f"/api/v1/{path}", {"basis": "inferred"})

    assert uuids(response) >= uuids_of(inferred)
    assert all(row["basis"] == "inferred" for row in response.json()["results"])


def test_a_resource_shows_its_basis_reasoning_and_citations(token_client):
    source = SourceFactory(title="Samenwerkingsverslag 2018")
    record = WorkCategoryFactory(citations=[(source, "p. 12")])

    body = token_client.get(f"{WORK_CATEGORIES}/{record.uuid}").json()

    assert body["basis"] == "sourced"
    assert body["basisNote"] == ""
    assert body["citations"] == [
        {
            "source": f"{API}/sources/{source.uuid}",
            "sourceTitle": "Samenwerkingsverslag 2018",
            "locator": "p. 12",
        }
    ]


def test_an_unknown_basis_is_a_400(token_client):
    response = token_client.get(WORK_CATEGORIES, {"basis": "guessed"})

    assert_problem(response, 400)
    assert list(invalid_params(response)) == ["basis"]


def test_a_collection_still_filters_on_a_cited_source(token_client):
    source = SourceFactory()
    citing = WorkCategoryFactory(citations=[(source, "p. 1"), (source, "p. 2")])
    WorkCategoryFactory()

    response = token_client.get(WORK_CATEGORIES, {"source": str(source.uuid)})

    assert [row["uuid"] for row in response.json()["results"]] == [str(citing.uuid)]


def test_a_sourced_record_without_a_citation_is_a_400_naming_citations(
    token_client,
):
    response = token_client.post(
        WORK_CATEGORIES, _body(citations=[]), format="json", headers=ENGLISH
    )

    assert invalid_params(response) == {
        "citations": ["A sourced record cites at least one source, with a locator."]
    }
    assert not WorkCategory.objects.exists()


def test_a_record_without_basis_or_citations_is_a_400_naming_citations(
    token_client,
):
    body = _body()
    del body["basis"]

    response = token_client.post(WORK_CATEGORIES, body, format="json")

    assert list(invalid_params(response)) == ["citations"]


def test_an_inferred_record_without_basis_note_is_a_400_naming_basis_note(
    token_client,
):
    response = token_client.post(
        WORK_CATEGORIES, _body(Basis.INFERRED), format="json", headers=ENGLISH
    )

    assert invalid_params(response) == {
        "basisNote": ["An inferred record states its reasoning."]
    }


def test_an_inferred_record_with_basis_note_is_created(token_client):
    response = token_client.post(
        WORK_CATEGORIES,
        _body(Basis.INFERRED, "Named so in the steering group's minutes."),
        format="json",
    )

    assert response.status_code == 201, response.content
    assert response.json()["basisNote"] == "Named so in the steering group's minutes."


def test_an_illustrative_record_needs_no_citation(token_client):
    response = token_client.post(
        WORK_CATEGORIES, _body(Basis.ILLUSTRATIVE), format="json"
    )

    assert response.status_code == 201, response.content


def test_a_record_is_created_with_its_citations(token_client):
    source = SourceFactory()

    response = token_client.post(
        WORK_CATEGORIES, _body(citations=[(source, "§ 3.2")]), format="json"
    )

    assert response.status_code == 201, response.content
    citation = WorkCategory.objects.get().citations.get()
    assert (citation.source, citation.locator) == (source, "§ 3.2")


def test_a_citation_without_a_locator_is_a_400(token_client):
    response = token_client.post(
        WORK_CATEGORIES, _body(citations=[(SourceFactory(), "")]), format="json"
    )

    assert_problem(response, 400)
    assert not WorkCategory.objects.exists()


def test_writing_citations_replaces_them(token_client):
    old, new = SourceFactory.create_batch(2)
    record = WorkCategoryFactory(citations=[(old, "p. 1")])
    url = f"{WORK_CATEGORIES}/{record.uuid}"

    response = token_client.patch(
        url,
        {"citations": [{"source": f"{API}/sources/{new.uuid}", "locator": "p. 9"}]},
        format="json",
        headers=if_match(token_client, url),
    )

    assert response.status_code == 200, response.content
    assert [(c.source, c.locator) for c in record.citations.all()] == [(new, "p. 9")]


def test_a_change_without_citations_keeps_them(token_client):
    record = WorkCategoryFactory()
    url = f"{WORK_CATEGORIES}/{record.uuid}"

    response = token_client.patch(
        url, {"name": "Hosting"}, format="json", headers=if_match(token_client, url)
    )

    assert response.status_code == 200, response.content
    assert record.citations.count() == 1


def test_removing_every_citation_of_a_sourced_record_is_a_400(token_client):
    record = WorkCategoryFactory()
    url = f"{WORK_CATEGORIES}/{record.uuid}"

    response = token_client.patch(
        url, {"citations": []}, format="json", headers=if_match(token_client, url)
    )

    assert list(invalid_params(response)) == ["citations"]
    assert record.citations.count() == 1


def test_a_cited_source_cannot_be_deleted(token_client):
    source = SourceFactory()
    WorkCategoryFactory(citations=[(source, "p. 1")])
    url = f"/api/v1/sources/{source.uuid}"

    response = token_client.delete(url, headers=if_match(token_client, url))

    assert_problem(response, 409)
    assert source.citations.exists()


def test_a_patch_with_an_incomplete_citation_is_a_400(token_client):
    role_type = RoleTypeFactory()
    url = f"/api/v1/role-types/{role_type.uuid}"

    response = token_client.patch(
        url,
        {"citations": [{"locator": "p. 3"}]},
        format="json",
        headers=if_match(token_client, url),
    )

    assert list(invalid_params(response)) == ["citations"]
