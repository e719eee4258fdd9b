"""Deleting in the admin refuses a record that other records refer to."""

from django.urls import reverse

import pytest

from apps.core.models import Source
from tests.core.factories import SourceFactory
from tests.parties.factories import PartyFactory

pytestmark = pytest.mark.django_db

ENGLISH = {"accept-language": "en"}


def _cited_source():
    source = SourceFactory(title="Collaboration report")
    party = PartyFactory()
    party.sources.add(source)
    return source, party


def test_a_cited_source_cannot_be_deleted_from_its_delete_page(coordinator_client):
    source, party = _cited_source()
    url = reverse("admin:core_source_delete", args=[source.pk])

    response = coordinator_client.post(url, {"post": "yes"}, headers=ENGLISH)

    assert response.status_code == 200
    assert (
        "“Collaboration report” cannot be deleted while other records refer to it: "
        "parties." in response.content.decode()
    )
    assert Source.objects.filter(pk=source.pk).exists()
    assert list(party.sources.all()) == [source]


def test_a_cited_source_cannot_be_deleted_with_delete_selected(coordinator_client):
    source, party = _cited_source()
    url = reverse("admin:core_source_changelist")

    response = coordinator_client.post(
        url,
        {"action": "delete_selected", "_selected_action": [source.pk], "post": "yes"},
        headers=ENGLISH,
    )

    assert response.status_code == 200
    assert "cannot be deleted while other records refer to it: parties." in (
        response.content.decode()
    )
    assert Source.objects.filter(pk=source.pk).exists()
    assert list(party.sources.all()) == [source]


def test_the_refusal_speaks_dutch_by_default(coordinator_client):
    source, _party = _cited_source()
    url = reverse("admin:core_source_delete", args=[source.pk])

    response = coordinator_client.post(url, {"post": "yes"})

    assert "kan niet worden verwijderd" in response.content.decode()


def test_an_uncited_source_is_deleted_from_its_delete_page(coordinator_client):
    source = SourceFactory()
    url = reverse("admin:core_source_delete", args=[source.pk])

    response = coordinator_client.post(url, {"post": "yes"})

    assert response.status_code == 302
    assert not Source.objects.filter(pk=source.pk).exists()


def test_uncited_sources_are_deleted_with_delete_selected(coordinator_client):
    sources = SourceFactory.create_batch(2)
    url = reverse("admin:core_source_changelist")

    response = coordinator_client.post(
        url,
        {
            "action": "delete_selected",
            "_selected_action": [source.pk for source in sources],
            "post": "yes",
        },
    )

    assert response.status_code == 302
    assert not Source.objects.exists()
