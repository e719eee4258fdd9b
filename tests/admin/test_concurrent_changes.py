"""Two coordinators with the same change form open: the second save is refused,
shows what the first changed, and the first one's data is kept."""

from typing import Any

from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse

import pytest

from apps.core.concurrency import VERSION_FIELD
from apps.core.models import Source
from tests.admin.test_pages import FACTORIES
from tests.core.factories import SourceFactory

pytestmark = pytest.mark.django_db

ENGLISH = {"accept-language": "en"}


@pytest.fixture
def other_coordinator(coordinator_group: Group) -> User:
    user = User.objects.create_user(
        username="tweede", password="tweede-pass", is_staff=True
    )
    user.groups.add(coordinator_group)
    return user


@pytest.fixture
def other_client(other_coordinator: User) -> Client:
    client = Client()
    client.force_login(other_coordinator)
    return client


def change_url(record: Any) -> str:
    opts = record._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[record.pk])


def open_form(client: Client, url: str) -> dict[str, Any]:
    """The change form's fields as a browser would post them back unchanged."""
    response = client.get(url, headers=ENGLISH)
    assert response.status_code == 200
    form = response.context["adminform"].form
    return {
        name: "" if form[name].value() is None else form[name].value()
        for name in form.fields
    }


def test_every_register_change_form_carries_the_version_it_was_opened_at(
    admin_client,
):
    for factory in FACTORIES.values():
        record = factory()

        response = admin_client.get(change_url(record))

        assert response.status_code == 200, type(record)
        version = record.updated_at.isoformat(timespec="microseconds")
        assert (
            f'<input type="hidden" name="{VERSION_FIELD}" value="{version}"'
            in response.text
        ), type(record)


def test_the_second_of_two_open_forms_cannot_save_over_the_first(
    coordinator_client, other_client
):
    source = SourceFactory(title="Jaarverslag 2024", publisher="")
    url = change_url(source)
    mine = open_form(coordinator_client, url)
    theirs = open_form(other_client, url)
    saved = other_client.post(url, {**theirs, "title": "Jaarverslag 2024 (def.)"})
    assert saved.status_code == 302

    response = coordinator_client.post(
        url, {**mine, "publisher": "Dimpact"}, headers=ENGLISH
    )

    assert response.status_code == 200
    errors = list(response.context["adminform"].form.non_field_errors())
    assert errors[0].startswith("tweede saved this record after you opened it")
    assert "title: changed from “Jaarverslag 2024” to “Jaarverslag 2024 (def.)”." in (
        errors
    )
    source.refresh_from_db()
    assert source.title == "Jaarverslag 2024 (def.)"
    assert source.publisher == ""


def test_a_form_opened_after_the_other_save_saves(coordinator_client, other_client):
    source = SourceFactory(title="Jaarverslag")
    url = change_url(source)
    other_client.post(url, {**open_form(other_client, url), "title": "Verslag"})

    response = coordinator_client.post(
        url, {**open_form(coordinator_client, url), "publisher": "Dimpact"}
    )

    assert response.status_code == 302
    source.refresh_from_db()
    assert (source.title, source.publisher) == ("Verslag", "Dimpact")


def test_a_save_without_the_version_is_refused(coordinator_client):
    source = SourceFactory(title="Jaarverslag")
    url = change_url(source)
    data = open_form(coordinator_client, url)
    del data[VERSION_FIELD]

    response = coordinator_client.post(url, {**data, "title": "Anders"})

    assert response.status_code == 200
    assert response.context["adminform"].form.non_field_errors()
    assert Source.objects.get(pk=source.pk).title == "Jaarverslag"


def test_the_refusal_speaks_dutch_to_a_dutch_coordinator(
    coordinator_client, other_client
):
    source = SourceFactory(title="Jaarverslag")
    url = change_url(source)
    mine = open_form(coordinator_client, url)
    other_client.post(url, {**open_form(other_client, url), "title": "Verslag"})

    response = coordinator_client.post(
        url, {**mine, "publisher": "Dimpact"}, headers={"accept-language": "nl"}
    )

    errors = list(response.context["adminform"].form.non_field_errors())
    assert errors[0].startswith("tweede ")
    assert "saved this record" not in errors[0]


def test_each_admin_save_moves_the_version_forward(coordinator_client):
    source = SourceFactory(title="Jaarverslag")
    url = change_url(source)
    before = source.updated_at

    coordinator_client.post(url, open_form(coordinator_client, url))

    source.refresh_from_db()
    assert source.updated_at > before


def test_reverting_to_an_older_version_from_the_history_still_works(
    coordinator_client,
):
    source = SourceFactory(title="Eerst")
    source.title = "Daarna"
    source.save()
    first = source.history.order_by("history_date").first()
    url = reverse(
        "admin:core_source_simple_history", args=[source.pk, first.history_id]
    )

    response = coordinator_client.post(url, open_form(coordinator_client, url))

    assert response.status_code == 302
    source.refresh_from_db()
    assert source.title == "Eerst"
