"""Publication in the admin: state column and filter, bulk publish and withdraw,
drafts by default, and no published record pointing at an unpublished one."""

from django.urls import reverse

import pytest

from apps.core.concurrency import VERSION_FIELD, record_version
from apps.core.constants import PublicationState
from apps.core.models import Source
from tests.admin.test_forms import _form_data
from tests.core.factories import CitationFactory, SourceFactory
from tests.goals.factories import ReliabilityDimensionFactory, ReliabilityScoreFactory
from tests.roles.factories import RoleTypeFactory
from tests.timeline.factories import EventFactory

pytestmark = pytest.mark.django_db

ENGLISH = {"accept-language": "en"}
SOURCES = reverse("admin:core_source_changelist")
ROLE_TYPES = reverse("admin:roles_roletype_changelist")
CITATIONS = "core-citation-content_type-object_id"


def state(record) -> str:
    record.refresh_from_db()
    return record.publication_state


def test_the_changelist_shows_the_publication_state(coordinator_client):
    SourceFactory(draft=True)

    response = coordinator_client.get(SOURCES, headers=ENGLISH)

    assert "publication_state" in response.context["cl"].list_display
    assert "draft" in response.text


def test_the_changelist_filters_on_the_publication_state(coordinator_client):
    draft = SourceFactory(draft=True)
    SourceFactory()

    response = coordinator_client.get(SOURCES, {"publication_state__exact": "draft"})

    assert list(response.context["cl"].queryset) == [draft]


def test_a_record_added_in_the_admin_is_a_draft(coordinator_client):
    coordinator_client.post(
        reverse("admin:core_source_add"), {"title": "Annual report", "kind": "document"}
    )

    assert Source.objects.get().publication_state == PublicationState.DRAFT


def test_the_state_cannot_be_set_in_the_form(coordinator_client):
    coordinator_client.post(
        reverse("admin:core_source_add"),
        {
            "title": "Annual report",
            "kind": "document",
            "publication_state": "published",
        },
    )

    assert Source.objects.get().publication_state == PublicationState.DRAFT


def test_the_publish_action_publishes_the_records_and_their_dependencies(
    coordinator_client, coordinator
):
    role_type = RoleTypeFactory(draft=True)
    source = SourceFactory(draft=True, title="Role model")
    CitationFactory(record=role_type, source=source)

    response = coordinator_client.post(
        ROLE_TYPES,
        {"action": "publish_selected", "_selected_action": [role_type.pk]},
        headers=ENGLISH,
        follow=True,
    )

    assert state(role_type) == PublicationState.PUBLISHED
    assert state(source) == PublicationState.PUBLISHED
    assert role_type.published_by == coordinator
    assert "Role model" in response.text


def test_publishing_in_the_admin_is_kept_in_the_history(
    coordinator_client, coordinator
):
    source = SourceFactory(draft=True)

    coordinator_client.post(
        SOURCES, {"action": "publish_selected", "_selected_action": [source.pk]}
    )

    latest = source.history.latest()
    assert latest.publication_state == PublicationState.PUBLISHED
    assert latest.history_user == coordinator


def test_the_withdraw_action_withdraws_a_record_nothing_points_at(coordinator_client):
    source = SourceFactory()

    coordinator_client.post(
        SOURCES, {"action": "withdraw_selected", "_selected_action": [source.pk]}
    )

    assert state(source) == PublicationState.WITHDRAWN


def test_the_withdraw_action_refuses_a_record_a_published_one_cites(
    coordinator_client,
):
    source = SourceFactory(title="Press release")
    CitationFactory(record=EventFactory(title="OpenZaak 1.0"), source=source)

    response = coordinator_client.post(
        SOURCES,
        {"action": "withdraw_selected", "_selected_action": [source.pk]},
        headers=ENGLISH,
        follow=True,
    )

    assert state(source) == PublicationState.PUBLISHED
    assert "OpenZaak 1.0" in response.text
    assert "was not withdrawn" in response.text


def test_the_withdraw_action_withdraws_records_pointing_at_each_other(
    coordinator_client,
):
    development = RoleTypeFactory()
    review = RoleTypeFactory()
    development.incompatible_with.add(review)

    coordinator_client.post(
        ROLE_TYPES,
        {
            "action": "withdraw_selected",
            "_selected_action": [development.pk, review.pk],
        },
    )

    assert state(development) == PublicationState.WITHDRAWN
    assert state(review) == PublicationState.WITHDRAWN


def _citing(role_type, source) -> dict:
    """The change form of ``role_type``, sourced and citing ``source`` alone."""
    return {
        "name": role_type.name,
        "slug": role_type.slug,
        "position": 0,
        "scope": "component",
        "min_holders": 0,
        "other_names-TOTAL_FORMS": "0",
        "other_names-INITIAL_FORMS": "0",
        "basis": "sourced",
        f"{CITATIONS}-TOTAL_FORMS": "1",
        f"{CITATIONS}-INITIAL_FORMS": "0",
        f"{CITATIONS}-0-source": str(source.pk),
        f"{CITATIONS}-0-locator": "p. 1",
        VERSION_FIELD: record_version(role_type),  # the version the form shows
    }


def test_a_published_record_cannot_cite_a_draft_source(coordinator_client):
    role_type = RoleTypeFactory(illustrative=True)
    draft = SourceFactory(draft=True)

    response = coordinator_client.post(
        reverse("admin:roles_roletype_change", args=[role_type.pk]),
        _citing(role_type, draft),
        headers=ENGLISH,
    )

    assert response.status_code == 200
    (citations,) = [
        inline.formset
        for inline in response.context["inline_admin_formsets"]
        if inline.formset.prefix == CITATIONS
    ]
    assert "source" in citations.forms[0].errors
    assert role_type.sources == []


def test_a_draft_may_cite_a_draft_source(coordinator_client):
    role_type = RoleTypeFactory(draft=True, illustrative=True)
    draft = SourceFactory(draft=True)

    coordinator_client.post(
        reverse("admin:roles_roletype_change", args=[role_type.pk]),
        _citing(role_type, draft),
    )

    assert list(role_type.sources) == [draft]


def test_a_published_reviews_score_cannot_point_at_a_draft_dimension(
    coordinator_client,
):
    score = ReliabilityScoreFactory()
    draft = ReliabilityDimensionFactory(draft=True)
    url = reverse("admin:goals_review_change", args=[score.review.pk])
    data = _form_data(coordinator_client.get(url))
    data["scores-0-dimension"] = str(draft.pk)

    response = coordinator_client.post(url, data)

    scores = response.context["inline_admin_formsets"][0].formset
    assert "dimension" in scores.forms[0].errors
    score.refresh_from_db()
    assert score.dimension != draft


def test_a_scores_own_form_cannot_point_at_a_draft_dimension(coordinator_client):
    score = ReliabilityScoreFactory()
    draft = ReliabilityDimensionFactory(draft=True)
    url = reverse("admin:goals_reliabilityscore_change", args=[score.pk])
    data = _form_data(coordinator_client.get(url))
    data["dimension"] = str(draft.pk)

    response = coordinator_client.post(url, data)

    assert "dimension" in response.context["adminform"].form.errors
