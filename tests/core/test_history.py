"""Every change is kept as history, links to other records included."""

from django.urls import reverse

import pytest

from apps.core.concurrency import VERSION_FIELD, record_version
from tests.components.factories import ComponentFactory, EcosystemFactory
from tests.core.factories import SourceFactory
from tests.roles.factories import (
    GoverningBodyFactory,
    RoleRequirementFactory,
    RoleTypeFactory,
    RoleTypeNameFactory,
)

pytestmark = pytest.mark.django_db


def test_a_change_of_a_field_is_kept_with_the_previous_value():
    role_type = RoleTypeFactory(name="Maintainer")

    role_type.name = "Beheerder"
    role_type.save()

    assert [record.name for record in role_type.history.all()] == [
        "Beheerder",
        "Maintainer",
    ]


def test_a_change_of_the_incompatible_role_types_is_kept_in_the_history():
    development = RoleTypeFactory(name="Development party")
    review = RoleTypeFactory(name="Review party")

    development.incompatible_with.add(review)

    latest = development.history.latest()
    assert [link.to_roletype_id for link in latest.incompatible_with.all()] == [
        review.pk
    ]


def test_the_coordinator_sees_who_added_a_citation(coordinator_client, coordinator):
    role_type = RoleTypeFactory(illustrative=True)
    source = SourceFactory()
    url = reverse("admin:roles_roletype_change", args=[role_type.pk])
    citations = "core-citation-content_type-object_id"
    data = {
        "name": role_type.name,
        "slug": role_type.slug,
        "position": 0,
        "scope": "component",
        "min_holders": 0,
        "other_names-TOTAL_FORMS": "0",
        "other_names-INITIAL_FORMS": "0",
        "basis": "sourced",
        "publication_state": "draft",  # ignored where the form does not edit it
        f"{citations}-TOTAL_FORMS": "1",
        f"{citations}-INITIAL_FORMS": "0",
        f"{citations}-0-source": str(source.pk),
        f"{citations}-0-locator": "p. 7",
        VERSION_FIELD: record_version(role_type),  # the version the form shows
    }

    coordinator_client.post(url, data)

    latest = role_type.citations.get().history.latest()
    assert latest.history_user == coordinator
    assert (latest.source_id, latest.locator) == (source.pk, "p. 7")


def test_a_change_of_an_ecosystems_components_is_kept_in_the_history():
    ecosystem = EcosystemFactory()
    component = ComponentFactory()

    ecosystem.components.add(component)

    latest = ecosystem.history.latest()
    assert [link.component_id for link in latest.components.all()] == [component.pk]


@pytest.mark.parametrize(
    "factory",
    [RoleRequirementFactory, GoverningBodyFactory],
    ids=["role requirement", "governing body"],
)
def test_the_role_rules_keep_their_history(factory):
    record = factory()

    record.description = "Changed."
    record.save()

    assert record.history.count() == 2


def test_a_role_types_other_name_keeps_its_history():
    other_name = RoleTypeNameFactory(name="Maintainer")

    other_name.name = "Beheerpartij"
    other_name.save()

    assert [row.name for row in other_name.history.all()] == [
        "Beheerpartij",
        "Maintainer",
    ]
