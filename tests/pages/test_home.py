"""The public home page."""

from django.urls import reverse

import pytest

from tests.components.factories import ComponentFactory
from tests.parties.factories import PartyFactory

pytestmark = pytest.mark.django_db


def test_the_home_page_names_the_components_and_counts_the_register(client):
    ComponentFactory(name="OpenZaak", licence="EUPL-1.2")
    PartyFactory.create_batch(3)

    response = client.get(reverse("home"))

    assert response.status_code == 200
    assert "OpenZaak" in response.content.decode()
    assert response.context["summary"].party_count == 3


@pytest.mark.parametrize("components", [1, 20])
def test_the_home_page_runs_a_constant_number_of_queries(
    client, django_assert_num_queries, components
):
    ComponentFactory.create_batch(components)

    # one for the components, five counts, and the request's savepoint pair
    with django_assert_num_queries(8):
        client.get(reverse("home"))


def test_the_home_page_shows_published_records_only(client):
    ComponentFactory(name="Open Klant", draft=True)
    PartyFactory(draft=True)
    PartyFactory()

    response = client.get(reverse("home"))

    assert "Open Klant" not in response.content.decode()
    assert response.context["summary"].party_count == 1
