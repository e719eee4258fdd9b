"""Apps add their inlines to other apps' admin pages, so dependencies point one way."""

from pathlib import Path

from django.urls import reverse

import pytest

from apps.roles.models import RoleAssignment
from tests.admin.test_forms import ENGLISH, _form_data
from tests.roles.factories import RoleAssignmentFactory, RoleTypeFactory

APPS = Path(__file__).resolve().parents[2] / "apps"


@pytest.mark.parametrize("app", ["parties", "components"])
def test_the_party_and_component_admins_do_not_depend_on_roles(app):
    source = (APPS / app / "admin.py").read_text()

    assert "apps.roles" not in source


@pytest.mark.django_db
def test_the_component_page_lists_its_role_assignments(coordinator_client):
    assignment = RoleAssignmentFactory()
    url = reverse("admin:components_component_change", args=[assignment.component.pk])

    response = coordinator_client.get(url)

    assert "role_assignments-TOTAL_FORMS" in response.content.decode()


@pytest.mark.django_db
def test_the_component_page_warns_about_incompatible_roles_added_inline(
    coordinator_client,
):
    development = RoleTypeFactory(name="Development party")
    review = RoleTypeFactory(name="Review party")
    development.incompatible_with.add(review)
    develops = RoleAssignmentFactory(role_type=development)
    url = reverse("admin:components_component_change", args=[develops.component.pk])
    data = _form_data(coordinator_client.get(url))
    prefix = "role_assignments"
    index = int(data[f"{prefix}-TOTAL_FORMS"])
    data[f"{prefix}-TOTAL_FORMS"] = str(index + 1)
    data[f"{prefix}-{index}-role_type"] = str(review.pk)
    data[f"{prefix}-{index}-party"] = str(develops.party.pk)
    data[f"{prefix}-{index}-status"] = "current"
    data[f"{prefix}-{index}-start"] = "2024"
    data[f"{prefix}-{index}-end_state"] = "ongoing"
    # A row added on another record's page cannot cite: it states its inference.
    data[f"{prefix}-{index}-basis"] = "inferred"
    data[f"{prefix}-{index}-basis_note"] = "Seen in the review party's report."

    response = coordinator_client.post(url, data, follow=True, headers=ENGLISH)

    messages = [str(message) for message in response.context["messages"]]
    assert any("must not be combined with" in message for message in messages)
    assert RoleAssignment.objects.count() == 2
