"""Publication in the API: the public reads published records only, without
personal contact points or internal fields; coordinators read everything and
publish or withdraw with an operation."""

from django.contrib.auth.models import User

import pytest
from rest_framework.test import APIClient

from apps.core.constants import PublicationState
from apps.core.services import api_token_create
from tests.api.helpers import ENGLISH, assert_problem, if_match, uuids, uuids_of
from tests.core.factories import CitationFactory, SourceFactory
from tests.goals.factories import ReliabilityScoreFactory, ReviewFactory
from tests.parties.factories import ContactPointFactory, MembershipFactory, PartyFactory
from tests.roles.factories import RoleTypeFactory
from tests.timeline.factories import EventFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def user_client(db: None) -> APIClient:
    """An authenticated user who is not a coordinator (not staff)."""
    user = User.objects.create_user(username="vendor")
    client = APIClient()
    _token, key = api_token_create(user=user)
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def state(record) -> str:
    record.refresh_from_db()
    return record.publication_state


# --- Who sees which records ------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "build"),
    [
        ("sources", lambda **kw: SourceFactory(**kw)),
        ("role-types", lambda **kw: RoleTypeFactory(**kw)),
        ("parties", lambda **kw: PartyFactory(**kw)),
        ("memberships", lambda **kw: MembershipFactory(**kw)),
        ("reviews", lambda **kw: ReviewFactory(**kw)),
        ("events", lambda **kw: EventFactory(**kw)),
    ],
)
def test_the_public_list_holds_published_records_only(api_client, path, build):
    published = build()
    build(draft=True)
    build(withdrawn=True)

    response = api_client.get(f"/api/v1/{path}")

    assert uuids(response) == uuids_of(published)


def test_an_authenticated_reader_who_is_no_coordinator_sees_published_only(
    user_client,
):
    published = SourceFactory()
    SourceFactory(draft=True)

    assert uuids(user_client.get("/api/v1/sources")) == uuids_of(published)


def test_a_coordinator_sees_every_record(token_client):
    records = [
        SourceFactory(),
        SourceFactory(draft=True),
        SourceFactory(withdrawn=True),
    ]

    assert uuids(token_client.get("/api/v1/sources")) == uuids_of(*records)


def test_a_draft_is_not_found_for_the_public(api_client):
    draft = PartyFactory(draft=True)

    response = api_client.get(f"/api/v1/parties/{draft.uuid}")

    assert_problem(response, 404)


def test_a_draft_is_found_for_a_coordinator(token_client):
    draft = PartyFactory(draft=True)

    response = token_client.get(f"/api/v1/parties/{draft.uuid}")

    assert response.status_code == 200
    assert response.json()["publicationState"] == "draft"


def test_a_coordinator_filters_on_the_publication_state(token_client):
    draft = SourceFactory(draft=True)
    SourceFactory()

    response = token_client.get("/api/v1/sources", {"publicationState": "draft"})

    assert uuids(response) == uuids_of(draft)


def test_for_the_public_the_draft_state_filter_gives_an_empty_list(api_client):
    SourceFactory(draft=True)

    response = api_client.get("/api/v1/sources", {"publicationState": "draft"})

    assert uuids(response) == set()


def test_an_unknown_publication_state_is_a_400(token_client):
    response = token_client.get("/api/v1/sources", {"publicationState": "secret"})

    body = assert_problem(response, 400)
    assert body["invalidParams"][0]["name"] == "publicationState"


def test_a_filter_naming_a_draft_is_a_400_for_the_public_as_for_an_unknown_uuid(
    api_client,
):
    draft = PartyFactory(draft=True)

    response = api_client.get("/api/v1/memberships", {"member": str(draft.uuid)})

    body = assert_problem(response, 400)
    assert body["invalidParams"][0]["name"] == "member"


def test_a_filter_naming_a_draft_works_for_a_coordinator(token_client):
    membership = MembershipFactory(draft=True, member__draft=True)

    response = token_client.get(
        "/api/v1/memberships", {"member": str(membership.member.uuid)}
    )

    assert uuids(response) == uuids_of(membership)


def test_a_filter_on_a_draft_source_is_a_400_for_the_public(api_client):
    draft = SourceFactory(draft=True)

    response = api_client.get("/api/v1/events", {"source": str(draft.uuid)})

    assert_problem(response, 400)


def test_member_of_does_not_reveal_a_draft_membership(api_client):
    membership = MembershipFactory(draft=True)

    response = api_client.get(
        "/api/v1/parties", {"memberOf": str(membership.organisation.uuid)}
    )

    assert uuids(response) == set()


# --- Links and nested rows never show a draft -----------------------------------------


def _published_pointing_at_draft(record, field: str, target) -> None:
    """A published record linked to a draft, as broken data would have it (the
    rules refuse it; the readers must hide it anyway)."""
    getattr(record, field).add(target)


def test_a_published_records_sources_leave_out_a_draft_source(api_client):
    published, draft = SourceFactory(), SourceFactory(draft=True)
    event = EventFactory(citations=[published])
    # A published record citing a draft, as broken data would have it.
    CitationFactory(record=event, source=draft)

    body = api_client.get(f"/api/v1/events/{event.uuid}").json()

    assert [citation["source"] for citation in body["citations"]] == [
        f"http://testserver/api/v1/sources/{published.uuid}"
    ]


def test_an_events_parties_leave_out_a_draft_party_in_the_list(api_client):
    event = EventFactory()
    _published_pointing_at_draft(event, "parties", PartyFactory(draft=True))

    body = api_client.get("/api/v1/events").json()

    assert body["results"][0]["parties"] == []


def test_incompatible_role_types_leave_out_a_draft(api_client):
    role_type = RoleTypeFactory()
    _published_pointing_at_draft(
        role_type, "incompatible_with", RoleTypeFactory(draft=True)
    )

    body = api_client.get(f"/api/v1/role-types/{role_type.uuid}").json()

    assert body["incompatibleWith"] == []


def test_a_reviews_scores_leave_out_a_score_on_a_draft_dimension(api_client):
    shown = ReliabilityScoreFactory()
    ReliabilityScoreFactory(review=shown.review, dimension__draft=True)

    body = api_client.get(f"/api/v1/reviews/{shown.review.uuid}").json()

    assert [score["dimensionName"] for score in body["scores"]] == [
        shown.dimension.name
    ]


def test_a_coordinator_sees_the_draft_links(token_client):
    event = EventFactory()
    draft = SourceFactory(draft=True)
    CitationFactory(record=event, source=draft)

    body = token_client.get(f"/api/v1/events/{event.uuid}").json()

    assert f"http://testserver/api/v1/sources/{draft.uuid}" in [
        citation["source"] for citation in body["citations"]
    ]


# --- Personal and internal data ---------------------------------------------------------


def test_a_personal_contact_point_is_not_listed_for_the_public(api_client):
    functional = ContactPointFactory()
    ContactPointFactory(is_personal=True)

    assert uuids(api_client.get("/api/v1/contact-points")) == uuids_of(functional)


def test_a_personal_contact_point_is_not_found_for_the_public(api_client):
    personal = ContactPointFactory(is_personal=True)

    assert_problem(api_client.get(f"/api/v1/contact-points/{personal.uuid}"), 404)


def test_a_personal_contact_point_is_hidden_from_an_authenticated_reader(
    user_client,
):
    ContactPointFactory(is_personal=True)

    assert uuids(user_client.get("/api/v1/contact-points")) == set()


def test_a_coordinator_sees_a_personal_contact_point(token_client):
    personal = ContactPointFactory(is_personal=True)

    assert uuids(token_client.get("/api/v1/contact-points")) == uuids_of(personal)


def test_a_partys_notes_are_absent_for_the_public(api_client):
    party = PartyFactory(notes="Still negotiating with them.")

    body = api_client.get(f"/api/v1/parties/{party.uuid}").json()

    assert "notes" not in body
    assert "Still negotiating" not in str(api_client.get("/api/v1/parties").json())


def test_a_partys_notes_are_shown_to_a_coordinator(token_client):
    party = PartyFactory(notes="Still negotiating with them.")

    body = token_client.get(f"/api/v1/parties/{party.uuid}").json()

    assert body["notes"] == "Still negotiating with them."


@pytest.mark.parametrize("field", ["retrospective", "weaknesses", "notes"])
def test_a_reviews_internal_fields_are_absent_for_the_public(api_client, field):
    review = ReviewFactory(**{field: "Internal assessment."})

    body = api_client.get(f"/api/v1/reviews/{review.uuid}").json()

    assert field not in body


def test_a_reviews_public_assessment_is_shown_to_the_public(api_client):
    review = ReviewFactory(strengths="Open standards.", threats="Vendor lock-in.")

    body = api_client.get(f"/api/v1/reviews/{review.uuid}").json()

    assert body["strengths"] == "Open standards."
    assert body["threats"] == "Vendor lock-in."


def test_a_reviews_internal_fields_are_shown_to_a_coordinator(token_client):
    review = ReviewFactory(retrospective="What went wrong.", weaknesses="Few funders.")

    body = token_client.get(f"/api/v1/reviews/{review.uuid}").json()

    assert body["retrospective"] == "What went wrong."
    assert body["weaknesses"] == "Few funders."


# --- Publication fields and writes ------------------------------------------------------


def test_every_record_shows_its_publication_state_and_date(api_client):
    source = SourceFactory()

    body = api_client.get(f"/api/v1/sources/{source.uuid}").json()

    assert body["publicationState"] == "published"
    assert body["publishedAt"] is not None


def test_a_record_created_through_the_api_is_a_draft(token_client):
    response = token_client.post(
        "/api/v1/sources", {"title": "Annual report"}, format="json"
    )

    assert response.status_code == 201
    assert response.json()["publicationState"] == "draft"


def test_a_write_cannot_publish_by_setting_the_state(token_client):
    response = token_client.post(
        "/api/v1/sources",
        {"title": "Annual report", "publicationState": "published"},
        format="json",
    )

    assert response.json()["publicationState"] == "draft"


def test_a_published_record_cannot_be_linked_to_a_draft(token_client):
    membership = MembershipFactory()
    draft = PartyFactory(draft=True)
    url = f"/api/v1/memberships/{membership.uuid}"

    response = token_client.patch(
        url,
        {"member": f"http://testserver/api/v1/parties/{draft.uuid}"},
        format="json",
        headers=if_match(token_client, url, **ENGLISH),
    )

    body = assert_problem(response, 400)
    assert body["invalidParams"][0]["name"] == "member"
    assert "unpublished" in body["invalidParams"][0]["reason"]


def test_a_published_record_cannot_cite_a_draft_source(token_client):
    event = EventFactory()
    draft = SourceFactory(draft=True)
    url = f"/api/v1/events/{event.uuid}"

    response = token_client.patch(
        url,
        {
            "citations": [
                {
                    "source": f"http://testserver/api/v1/sources/{draft.uuid}",
                    "locator": "p. 1",
                }
            ]
        },
        format="json",
        headers=if_match(token_client, url),
    )

    body = assert_problem(response, 400)
    assert body["invalidParams"][0]["name"] == "citations"


def test_publish_publishes_the_record(token_client):
    source = SourceFactory(draft=True)

    response = token_client.post(f"/api/v1/sources/{source.uuid}/publish")

    assert response.status_code == 200
    assert response.json()["publicationState"] == "published"
    assert state(source) == PublicationState.PUBLISHED


def test_publish_without_cascade_refuses_and_names_the_dependencies(token_client):
    membership = MembershipFactory(
        draft=True, member__name="Tilburg", member__draft=True
    )

    response = token_client.post(
        f"/api/v1/memberships/{membership.uuid}/publish", headers=ENGLISH
    )

    body = assert_problem(response, 400)
    assert body["invalidParams"][0]["name"] == "cascade"
    assert "Tilburg" in body["invalidParams"][0]["reason"]
    assert state(membership) == PublicationState.DRAFT


def test_publish_with_cascade_publishes_the_dependencies_too(token_client):
    membership = MembershipFactory(draft=True, member__draft=True)

    response = token_client.post(
        f"/api/v1/memberships/{membership.uuid}/publish",
        {"cascade": True},
        format="json",
    )

    assert response.status_code == 200
    assert state(membership.member) == PublicationState.PUBLISHED


def test_publish_needs_a_login(api_client):
    source = SourceFactory(draft=True)

    response = api_client.post(f"/api/v1/sources/{source.uuid}/publish")

    assert_problem(response, 401)


def test_publish_needs_the_change_permission(reader_client):
    source = SourceFactory(draft=True)

    response = reader_client.post(f"/api/v1/sources/{source.uuid}/publish")

    assert_problem(response, 403)
    assert state(source) == PublicationState.DRAFT


def test_withdraw_withdraws_the_record(token_client):
    source = SourceFactory()

    response = token_client.post(f"/api/v1/sources/{source.uuid}/withdraw")

    assert response.status_code == 200
    assert response.json()["publicationState"] == "withdrawn"


def test_withdraw_is_a_409_naming_the_published_records_pointing_at_it(
    token_client,
):
    source = SourceFactory()
    CitationFactory(record=EventFactory(title="OpenZaak 1.0"), source=source)

    response = token_client.post(
        f"/api/v1/sources/{source.uuid}/withdraw", headers=ENGLISH
    )

    body = assert_problem(response, 409)
    assert "OpenZaak 1.0" in body["detail"]
    assert state(source) == PublicationState.PUBLISHED


def test_a_withdrawn_record_is_gone_for_the_public(api_client, token_client):
    source = SourceFactory()

    token_client.post(f"/api/v1/sources/{source.uuid}/withdraw")

    assert_problem(api_client.get(f"/api/v1/sources/{source.uuid}"), 404)


def test_publication_state_is_a_known_parameter_of_every_collection(api_client):
    response = api_client.get(
        "/api/v1/reliability-dimensions", {"publicationState": "published"}
    )

    assert response.status_code == 200


def test_publishing_answers_with_the_records_new_etag(token_client):
    source = SourceFactory(draft=True)

    response = token_client.post(
        f"/api/v1/sources/{source.uuid}/publish", {}, format="json"
    )

    assert response.status_code == 200, response.content
    assert (
        response["ETag"] == token_client.get(f"/api/v1/sources/{source.uuid}")["ETag"]
    )
