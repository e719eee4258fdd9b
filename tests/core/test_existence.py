"""A fact cannot certainly begin before its party or component certainly exists,
nor after it has certainly ceased; where the windows leave doubt it is a warning."""

import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.utils import translation

import pytest

from apps.core.validators import existence_findings
from apps.funding.models import FundingHop
from tests.components.factories import ComponentFactory
from tests.contracts.factories import ContractFactory
from tests.funding.factories import FundingStreamFactory
from tests.parties.factories import MembershipFactory, PartyFactory
from tests.roles.factories import RoleAssignmentFactory

pytestmark = pytest.mark.django_db

D = datetime.date


def _refusal(record) -> dict[str, list[str]]:
    with translation.override("en"), pytest.raises(ValidationError) as excinfo:
        record.full_clean()
    return excinfo.value.message_dict


def test_a_membership_cannot_certainly_begin_before_its_member_exists():
    member = PartyFactory(start=D(2019, 6, 3))
    membership = MembershipFactory.build(
        member=member, organisation=PartyFactory(coalition=True), start=D(2018, 5, 30)
    )

    errors = _refusal(membership)

    assert list(errors) == ["member"]
    assert "exists only from" in errors["member"][0]


def test_a_role_cannot_be_known_since_before_its_component_exists():
    component = ComponentFactory(start="2020-02")
    assignment = RoleAssignmentFactory.build(
        party=PartyFactory(),
        role_type=RoleAssignmentFactory().role_type,
        component=component,
        start=None,
        known_since=D(2018, 1, 1),
    )

    assert list(_refusal(assignment)) == ["component"]


def test_a_contract_cannot_begin_after_its_contractor_ceased():
    contractor = PartyFactory(start="2000", end=D(2017, 12, 31))
    contract = ContractFactory.build(
        client=PartyFactory(),
        contractor=contractor,
        start="2019",
    )

    errors = _refusal(contract)

    assert list(errors) == ["contractor"]
    assert "ceased to exist" in errors["contractor"][0]


def test_a_funding_stream_is_checked_against_the_parties_of_its_hops_too():
    intermediary = PartyFactory(coalition=True, start=D(2021, 1, 1))
    stream = FundingStreamFactory(start=D(2020, 1, 1))
    hop = FundingHop(stream=stream, position=1, party=intermediary)

    assert list(_refusal(hop)) == ["party"]


def test_a_start_that_may_precede_the_partys_existence_is_a_warning_not_a_refusal():
    member = PartyFactory(start="2019")  # some day in 2019
    membership = MembershipFactory.build(
        member=member, organisation=PartyFactory(coalition=True), start=D(2019, 3, 1)
    )

    errors, warnings = existence_findings(membership)
    membership.full_clean()

    assert errors == {}
    assert len(warnings) == 1


def test_a_party_whose_start_is_unknown_is_only_a_doubt():
    member = PartyFactory(start=None, known_since=D(2018, 5, 30))
    membership = MembershipFactory.build(
        member=member, organisation=PartyFactory(coalition=True), start=D(2010, 1, 1)
    )

    errors, warnings = existence_findings(membership)

    assert errors == {}
    assert warnings


def test_a_start_after_the_last_confirmation_of_a_party_is_a_warning():
    member = PartyFactory(
        start="2000", end_state="unknown", last_confirmed=D(2020, 1, 1)
    )
    membership = MembershipFactory.build(
        member=member, organisation=PartyFactory(coalition=True), start=D(2021, 1, 1)
    )

    errors, warnings = existence_findings(membership)

    assert errors == {}
    assert len(warnings) == 1


def test_a_fact_within_its_partys_existence_raises_nothing():
    member = PartyFactory(start=D(2000, 1, 1))
    membership = MembershipFactory.build(
        member=member, organisation=PartyFactory(coalition=True), start=D(2005, 1, 1)
    )

    assert existence_findings(membership) == ({}, [])


def test_the_admin_saves_a_doubtful_membership_and_warns(coordinator_client):
    member = PartyFactory(start="2019")
    organisation = PartyFactory(coalition=True, start="2000")
    data = {
        "member": member.pk,
        "organisation": organisation.pk,
        "membership_type": "member",
        "start": "2019-03-01",
        "end_state": "ongoing",
        "basis": "inferred",
        "basis_note": "Test: the coordinator's own knowledge.",
        "core-citation-content_type-object_id-TOTAL_FORMS": "0",
        "core-citation-content_type-object_id-INITIAL_FORMS": "0",
    }

    response = coordinator_client.post(
        "/admin/parties/membership/add/",
        data,
        follow=True,
        headers={"accept-language": "en"},
    )

    messages = [str(message) for message in response.context["messages"]]
    assert any("may not exist yet" in message for message in messages)
    assert member.memberships_as_member.count() == 1


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the existence trigger exists on PostgreSQL only; clean() checks elsewhere",
)
def test_the_database_refuses_a_membership_before_its_member_exists():
    member = PartyFactory(start=D(2019, 6, 3))
    membership = MembershipFactory.build(
        member=member, organisation=PartyFactory(coalition=True), start=D(2018, 5, 30)
    )

    with pytest.raises(IntegrityError), transaction.atomic():
        membership.save()


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the existence trigger exists on PostgreSQL only; clean() checks elsewhere",
)
def test_the_database_refuses_a_contract_after_its_contractor_ceased():
    contract = ContractFactory.build(
        client=PartyFactory(),
        contractor=PartyFactory(start="2000", end=D(2017, 12, 31)),
        start="2019",
    )

    with pytest.raises(IntegrityError), transaction.atomic():
        contract.save()
