"""The role rules in the admin: the role check's warnings where the coordinator
works, other names refused as near-duplicates, requirements inline."""

from django.urls import reverse
from django.utils import translation

import pytest

from apps.roles.models import RoleTypeName
from tests.admin.test_forms import ENGLISH, _form_data
from tests.components.factories import ComponentFactory, EcosystemFactory
from tests.parties.factories import PartyFactory
from tests.roles.factories import (
    GoverningBodyFactory,
    RoleAssignmentFactory,
    RoleTypeFactory,
    RoleTypeNameFactory,
)

pytestmark = pytest.mark.django_db


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def test_the_component_page_warns_about_a_vacant_required_role(coordinator_client):
    RoleTypeFactory(name="Reviewpartij", required=True)
    component = ComponentFactory(name="OpenZaak")
    url = reverse("admin:components_component_change", args=[component.pk])

    response = coordinator_client.get(url, headers=ENGLISH)

    assert any(
        "OpenZaak requires a holder of the role Reviewpartij" in message
        for message in messages_of(response)
    )


def test_the_component_page_of_a_component_without_violations_warns_nothing(
    coordinator_client,
):
    component = ComponentFactory()
    url = reverse("admin:components_component_change", args=[component.pk])

    response = coordinator_client.get(url, headers=ENGLISH)

    assert messages_of(response) == []


def test_the_ecosystem_page_warns_about_a_vacant_coordinating_party(
    coordinator_client,
):
    RoleTypeFactory(name="Regiepartij", per_ecosystem=True, required=True)
    ecosystem = EcosystemFactory(name="Common Ground")
    url = reverse("admin:components_ecosystem_change", args=[ecosystem.pk])

    response = coordinator_client.get(url, headers=ENGLISH)

    assert any("Regiepartij" in message for message in messages_of(response))
    assert "role_requirements-TOTAL_FORMS" in response.content.decode()


def test_saving_a_seat_warns_about_the_bodys_one_vote_rule(coordinator_client):
    body = GoverningBodyFactory(name="Productstuurgroep", max_seats_per_party=1)
    role_type = RoleTypeFactory()
    data = {
        "party": PartyFactory(name="Exxellence").pk,
        "role_type": role_type.pk,
        "component": body.component.pk,
        "status": "current",
        "body": body.pk,
        "seats": 2,
        "start": "2020",
        "end_state": "ongoing",
        "basis": "inferred",
        "basis_note": "Listed twice in the governance file.",
        "core-citation-content_type-object_id-TOTAL_FORMS": "0",
        "core-citation-content_type-object_id-INITIAL_FORMS": "0",
    }

    response = coordinator_client.post(
        reverse("admin:roles_roleassignment_add"), data, follow=True, headers=ENGLISH
    )

    assert any(
        "Exxellence holds 2 seats on Productstuurgroep" in message
        for message in messages_of(response)
    )


def test_an_other_name_of_another_role_type_is_a_form_error_naming_it(
    coordinator_client,
):
    RoleTypeNameFactory(name="Maintainer", role_type=RoleTypeFactory(name="Beheer"))
    role_type = RoleTypeFactory(name="Onderhoudspartij")
    url = reverse("admin:roles_roletype_change", args=[role_type.pk])
    data = _form_data(coordinator_client.get(url))
    data["other_names-TOTAL_FORMS"] = "1"
    data["other_names-0-name"] = "maintainer"
    data["other_names-0-kind"] = "alias"

    response = coordinator_client.post(url, data, headers=ENGLISH)

    assert response.status_code == 200
    (inline,) = [
        inline
        for inline in response.context["inline_admin_formsets"]
        if inline.formset.prefix == "other_names"
    ]
    with translation.override("en"):
        errors = [str(e) for e in inline.formset.forms[0].errors["name"]]
    assert errors == [
        "“maintainer” is already a name of the role type “Beheer”: record it there "
        "instead of a near-duplicate."
    ]
    assert not role_type.other_names.exists()


def test_two_other_names_differing_in_case_are_a_form_error(coordinator_client):
    role_type = RoleTypeFactory(name="Uitgever")
    url = reverse("admin:roles_roletype_change", args=[role_type.pk])
    data = _form_data(coordinator_client.get(url))
    data["other_names-TOTAL_FORMS"] = "2"
    data["other_names-0-name"] = "Publisher"
    data["other_names-0-kind"] = "alias"
    data["other_names-1-name"] = "PUBLISHER"
    data["other_names-1-kind"] = "alias"

    response = coordinator_client.post(url, data, headers=ENGLISH)

    assert response.status_code == 200
    assert not RoleTypeName.objects.exists()


def test_an_other_name_is_added_on_the_role_type_page(coordinator_client):
    role_type = RoleTypeFactory(name="Uitgever")
    url = reverse("admin:roles_roletype_change", args=[role_type.pk])
    data = _form_data(coordinator_client.get(url))
    data["other_names-TOTAL_FORMS"] = "1"
    data["other_names-0-name"] = "Publisher"
    data["other_names-0-kind"] = "alias"

    coordinator_client.post(url, data, headers=ENGLISH)

    assert [name.name for name in role_type.other_names.all()] == ["Publisher"]


def test_the_body_page_lists_its_seats(coordinator_client):
    seat = RoleAssignmentFactory(seat=True)
    url = reverse("admin:roles_governingbody_change", args=[seat.body.pk])

    response = coordinator_client.get(url)

    assert "seats-TOTAL_FORMS" in response.content.decode()
