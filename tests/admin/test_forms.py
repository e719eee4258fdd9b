"""Bad input in the admin is a form error, never a server error or lost data."""

import datetime

from django.urls import reverse
from django.utils import translation

import pytest

from apps.contracts.models import Contract
from apps.parties.models import Membership
from apps.roles.models import RoleAssignment
from tests.contracts.factories import ContractFactory, WorkCategoryFactory
from tests.funding.factories import FundingStreamFactory
from tests.parties.factories import MembershipFactory, PartyFactory
from tests.roles.factories import RoleAssignmentFactory, RoleTypeFactory

pytestmark = pytest.mark.django_db

ENGLISH = {"accept-language": "en"}


def _form_data(response) -> dict:
    """The data a browser would post back for an admin change form, unchanged."""
    data: dict = {}

    def add(form) -> None:
        for name in form.fields:
            value = form[name].value()
            key = form.add_prefix(name)
            if value is None or value is False:
                continue
            if value is True:
                data[key] = "on"
            elif isinstance(value, list | tuple):
                data[key] = [str(item) for item in value]
            elif isinstance(value, datetime.date):
                data[key] = value.isoformat()
            else:
                data[key] = str(value)

    add(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        add(formset.management_form)
        for form in formset.forms:
            add(form)
    return data


def _errors(response) -> list[str]:
    """The form-wide errors of an admin form and its inlines, in English."""
    context = response.context
    with translation.override("en"):
        errors = [str(e) for e in context["adminform"].form.non_field_errors()]
        for inline in context["inline_admin_formsets"]:
            errors += [str(e) for e in inline.formset.non_form_errors()]
            for form in inline.formset.forms:
                errors += [str(e) for e in form.non_field_errors()]
    return errors


def test_a_contract_whose_client_is_its_contractor_is_a_form_error(
    coordinator_client,
):
    party = PartyFactory()
    data = {
        "title": "Onderhoud",
        "client": party.pk,
        "contractor": party.pk,
        "start": "2025-01-01",
        "end_state": "ongoing",
        "lots-TOTAL_FORMS": "1",
        "lots-INITIAL_FORMS": "0",
        "lots-0-name": "Kavel Onderhoud",
        "lots-0-work_category": WorkCategoryFactory().pk,
        "lots-0-contract_type": "continuous",
        "lots-0-start": "2025-01-01",
        "lots-0-end_state": "ongoing",
        "lots-0-currency": "EUR",
        "lots-0-basis": "illustrative",
    }

    response = coordinator_client.post(
        reverse("admin:contracts_contract_add"), data, headers=ENGLISH
    )

    assert response.status_code == 200
    assert "The client cannot be its own contractor." in _errors(response)
    assert not Contract.objects.exists()


def test_a_negative_lot_value_is_a_form_error_in_dutch(coordinator_client):
    contract = ContractFactory()
    url = reverse("admin:contracts_contract_change", args=[contract.pk])
    data = _form_data(coordinator_client.get(url))
    data["lots-0-value"] = "-5"

    response = coordinator_client.post(url, data)

    assert response.status_code == 200
    lots = next(
        inline.formset
        for inline in response.context["inline_admin_formsets"]
        if inline.formset.prefix == "lots"
    )
    assert "Zorg ervoor dat deze waarde groter is dan of gelijk is aan 0." in str(
        lots.errors
    ) or "De waarde kan niet negatief zijn." in str(lots.errors)
    assert contract.lots.get().value >= 0


def test_a_contract_is_saved_with_its_lot_in_the_admin(coordinator_client):
    contract = ContractFactory()
    url = reverse("admin:contracts_contract_change", args=[contract.pk])
    data = _form_data(coordinator_client.get(url))
    data["lots-0-value"] = "12345.00"

    response = coordinator_client.post(url, data)

    assert response.status_code == 302
    assert str(contract.lots.get().value) == "12345.00"


def test_a_lot_outside_its_contract_is_a_form_error(coordinator_client):
    contract = ContractFactory()
    url = reverse("admin:contracts_contract_change", args=[contract.pk])
    data = _form_data(coordinator_client.get(url))
    data["lots-0-end"] = "2026-06-30"

    response = coordinator_client.post(url, data, headers=ENGLISH)

    assert response.status_code == 200
    lots = next(
        inline.formset
        for inline in response.context["inline_admin_formsets"]
        if inline.formset.prefix == "lots"
    )
    with translation.override("en"):
        assert "The lot cannot end after its contract ends." in str(lots.errors)


def test_amounts_per_year_that_do_not_add_up_are_a_form_error(coordinator_client):
    stream = FundingStreamFactory(
        start_date=datetime.date(2024, 1, 1), end_date=datetime.date(2025, 12, 31)
    )
    url = reverse("admin:funding_fundingstream_change", args=[stream.pk])
    data = _form_data(coordinator_client.get(url))
    data.update(
        {
            "amounts-TOTAL_FORMS": "2",
            "amounts-0-year": "2024",
            "amounts-0-amount": "1000.00",
            "amounts-1-year": "2025",
            "amounts-1-amount": "1000.00",
        }
    )

    response = coordinator_client.post(url, data, headers=ENGLISH)

    assert response.status_code == 200
    assert any("add up to" in error for error in _errors(response))
    assert not stream.amounts.exists()


def test_a_duplicate_hop_is_a_form_error(coordinator_client):
    dimpact = PartyFactory(coalition=True)
    stream = FundingStreamFactory()
    url = reverse("admin:funding_fundingstream_change", args=[stream.pk])
    data = _form_data(coordinator_client.get(url))
    data.update(
        {
            "hops-TOTAL_FORMS": "2",
            "hops-0-position": "1",
            "hops-0-party": str(dimpact.pk),
            "hops-1-position": "2",
            "hops-1-party": str(dimpact.pk),
        }
    )

    response = coordinator_client.post(url, data, headers=ENGLISH)

    assert response.status_code == 200
    assert not stream.hops.exists()


def test_two_overlapping_identical_rows_in_one_inline_are_a_form_error(
    coordinator_client,
):
    member = PartyFactory()
    coalition = PartyFactory(coalition=True)
    url = reverse("admin:parties_party_change", args=[member.pk])
    data = _form_data(coordinator_client.get(url))
    prefix = "memberships_as_member"
    data[f"{prefix}-TOTAL_FORMS"] = "2"
    for index, start in enumerate(["2018-01-01", "2020-01-01"]):
        data[f"{prefix}-{index}-organisation"] = str(coalition.pk)
        data[f"{prefix}-{index}-membership_type"] = "member"
        data[f"{prefix}-{index}-start"] = start
        data[f"{prefix}-{index}-end_state"] = "ongoing"
        data[f"{prefix}-{index}-basis"] = "illustrative"

    response = coordinator_client.post(url, data, headers=ENGLISH)

    assert response.status_code == 200
    assert "Two identical rows overlap in time; change or remove one." in _errors(
        response
    )
    assert not Membership.objects.exists()


def test_an_overlapping_role_assignment_is_a_form_error(coordinator_client):
    existing = RoleAssignmentFactory(start_date=datetime.date(2020, 1, 1))
    data = {
        "party": existing.party.pk,
        "role_type": existing.role_type.pk,
        "component": existing.component.pk,
        "status": "current",
        "seats": 1,
        "start": "2021-01-01",
        "end_state": "ongoing",
    }

    response = coordinator_client.post(
        reverse("admin:roles_roleassignment_add"), data, headers=ENGLISH
    )

    assert response.status_code == 200
    assert (
        "An identical role assignment already exists for an overlapping period."
        in _errors(response)
    )
    assert RoleAssignment.objects.count() == 1


def test_the_coordinator_is_warned_about_incompatible_roles(coordinator_client):
    development = RoleTypeFactory(name="Development party")
    review = RoleTypeFactory(name="Review party")
    development.incompatible_with.add(review)
    develops = RoleAssignmentFactory(role_type=development)
    data = {
        "party": develops.party.pk,
        "role_type": review.pk,
        "component": develops.component.pk,
        "status": "current",
        "seats": 1,
        "start": "2024",
        "end_state": "ongoing",
        "basis": "inferred",
        "basis_note": "Seen in the review party's report.",
        "publication_state": "draft",  # ignored where the form does not edit it
        "core-citation-content_type-object_id-TOTAL_FORMS": "0",
        "core-citation-content_type-object_id-INITIAL_FORMS": "0",
    }

    response = coordinator_client.post(
        reverse("admin:roles_roleassignment_add"),
        data,
        follow=True,
        headers=ENGLISH,
    )

    messages = [str(message) for message in response.context["messages"]]
    assert any("must not be combined with" in message for message in messages)
    assert RoleAssignment.objects.count() == 2


def test_a_party_in_use_cannot_be_deleted_from_the_admin(coordinator_client):
    membership = MembershipFactory()
    url = reverse("admin:parties_party_delete", args=[membership.member.pk])

    response = coordinator_client.post(url, {"post": "yes"})

    assert response.status_code == 200
    assert response.context["protected"]
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_two_names_that_differ_only_in_case_are_a_form_error(coordinator_client):
    party = PartyFactory()
    url = reverse("admin:parties_party_change", args=[party.pk])
    data = _form_data(coordinator_client.get(url))
    data["names-TOTAL_FORMS"] = "2"
    for row, name in enumerate(["Maykin", "MAYKIN"]):
        data[f"names-{row}-name"] = name
        data[f"names-{row}-kind"] = "alternative"
        data[f"names-{row}-start"] = "2020"
        data[f"names-{row}-end_state"] = "ongoing"

    response = coordinator_client.post(url, data, headers=ENGLISH)

    assert response.status_code == 200
    assert "The party already has this name." in _errors(response)
    assert not party.names.exists()


def test_the_coordinator_is_warned_about_incompatible_roles_added_inline(
    coordinator_client,
):
    development = RoleTypeFactory(name="Development party")
    review = RoleTypeFactory(name="Review party")
    development.incompatible_with.add(review)
    develops = RoleAssignmentFactory(role_type=development)
    url = reverse("admin:parties_party_change", args=[develops.party.pk])
    data = _form_data(coordinator_client.get(url))
    prefix = "role_assignments"
    index = int(data[f"{prefix}-TOTAL_FORMS"])
    data[f"{prefix}-TOTAL_FORMS"] = str(index + 1)
    data[f"{prefix}-{index}-role_type"] = str(review.pk)
    data[f"{prefix}-{index}-component"] = str(develops.component.pk)
    data[f"{prefix}-{index}-status"] = "current"
    data[f"{prefix}-{index}-start"] = "2024-06"
    data[f"{prefix}-{index}-end_state"] = "ongoing"
    # A row added on another record's page cannot cite: it states its inference.
    data[f"{prefix}-{index}-basis"] = "inferred"
    data[f"{prefix}-{index}-basis_note"] = "Seen in the review party's report."

    response = coordinator_client.post(url, data, follow=True, headers=ENGLISH)

    messages = [str(message) for message in response.context["messages"]]
    assert any("must not be combined with" in message for message in messages)
    assert RoleAssignment.objects.count() == 2


def test_a_new_party_is_added_together_with_its_membership_in_one_form(
    coordinator_client,
):
    coalition = PartyFactory(coalition=True)
    url = reverse("admin:parties_party_add")
    data = _form_data(coordinator_client.get(url))
    data.update(
        {
            "name": "Gemeente Hengelo",
            "slug": "hengelo",
            "kind": "municipality",
            "start": "",
            "known_since": "2024-01-01",
            "end_state": "ongoing",
            "basis": "inferred",
            "basis_note": "Test: entered by the coordinator.",
        }
    )
    prefix = "memberships_as_member"
    data[f"{prefix}-TOTAL_FORMS"] = "1"
    data[f"{prefix}-0-organisation"] = str(coalition.pk)
    data[f"{prefix}-0-membership_type"] = "member"
    data[f"{prefix}-0-start"] = "2024-06"
    data[f"{prefix}-0-end_state"] = "ongoing"
    data[f"{prefix}-0-basis"] = "inferred"
    data[f"{prefix}-0-basis_note"] = "Test: entered with the party."

    response = coordinator_client.post(url, data, headers=ENGLISH)

    assert response.status_code == 302, (
        _errors(response) or response.context["adminform"].form.errors
    )
    membership = Membership.objects.get(member__slug="hengelo")
    assert str(membership.start) == "2024-06"
