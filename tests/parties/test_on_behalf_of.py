"""On behalf of: a coalition enters into a contract, a funding stream or a role
assignment for all its members on the record's dates, or for listed parties;
one queryset method answers "done on behalf of P"."""

import datetime

from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

import pytest

from apps.contracts.models import Contract, Lot
from apps.core.constants import Certainty
from apps.funding.models import FundingStream
from apps.parties.models import validate_on_behalf_of_listed
from apps.parties.selectors import on_behalf_of_models, records_on_behalf_of
from apps.roles.models import RoleAssignment
from tests.admin.test_forms import _form_data
from tests.api.helpers import ENGLISH
from tests.contracts.factories import (
    ContractFactory,
    LotFactory,
)
from tests.funding.factories import FundingStreamFactory
from tests.helpers import assert_refused_by_validation
from tests.parties.factories import MembershipFactory, PartyFactory
from tests.roles.factories import RoleAssignmentFactory

pytestmark = pytest.mark.django_db

D = datetime.date


def coalition_with_member(**membership):
    """A coalition and a municipality that is its member (2015 on, by default)."""
    if "known_since" in membership:
        membership.setdefault("start", None)
    membership.setdefault("start_date", D(2015, 1, 1))
    link = MembershipFactory(**membership)
    return link.organisation, link.member


def contract_by(client, **kwargs):
    kwargs.setdefault("start_date", D(2020, 1, 1))
    kwargs.setdefault("end_date", D(2020, 12, 31))
    return ContractFactory(client=client, **kwargs)


# -- the derivation --------------------------------------------------------------


def test_a_contract_for_all_members_is_done_on_behalf_of_each_member_on_its_dates():
    coalition, member = coalition_with_member()
    contract = contract_by(coalition, on_behalf_of_all_members=True)
    contract_by(coalition)  # the coalition acting for itself only

    found = list(Contract.objects.on_behalf_of(member))

    assert found == [contract]


def test_a_member_that_joined_after_the_contract_ended_does_not_count():
    coalition, early = coalition_with_member()
    late = MembershipFactory(organisation=coalition, start_date=D(2021, 1, 1)).member
    contract_by(coalition, on_behalf_of_all_members=True)

    assert Contract.objects.on_behalf_of(early).exists()
    assert not Contract.objects.on_behalf_of(late).exists()
    assert not Contract.objects.on_behalf_of(late, Certainty.POSSIBLE).exists()


def test_a_member_that_left_before_the_contract_began_does_not_count():
    coalition, member = coalition_with_member(end_date=D(2019, 12, 31))
    MembershipFactory(organisation=coalition)  # the coalition keeps members
    contract_by(coalition, on_behalf_of_all_members=True)

    assert not Contract.objects.on_behalf_of(member, Certainty.POSSIBLE).exists()


def test_a_membership_that_only_may_overlap_counts_with_certainty_possible():
    # Known as a member on one day of 2018 only: whether it still was in 2020,
    # no source says.
    coalition, member = coalition_with_member(
        known_since=D(2018, 5, 30), end_state="unknown", last_confirmed=D(2018, 5, 30)
    )
    contract = contract_by(coalition, on_behalf_of_all_members=True)

    assert not Contract.objects.on_behalf_of(member).exists()
    assert list(Contract.objects.on_behalf_of(member, Certainty.POSSIBLE)) == [contract]


def test_a_contract_for_a_listed_subset_is_done_on_behalf_of_those_only():
    coalition, listed = coalition_with_member()
    other = MembershipFactory(organisation=coalition, start_date=D(2015, 1, 1)).member
    contract = contract_by(coalition)
    contract.on_behalf_of.add(listed)

    assert list(Contract.objects.on_behalf_of(listed)) == [contract]
    assert not Contract.objects.on_behalf_of(other).exists()
    assert not Contract.objects.on_behalf_of(coalition).exists()


def test_a_listed_coalition_stands_for_its_members_on_the_dates():
    acting = PartyFactory(coalition=True)
    shared, municipality = coalition_with_member(shared=True)
    contract = contract_by(acting)
    contract.on_behalf_of.add(shared)

    assert list(Contract.objects.on_behalf_of(shared)) == [contract]
    assert list(Contract.objects.on_behalf_of(municipality)) == [contract]


def test_all_members_and_listed_parties_combine_and_each_record_is_listed_once():
    coalition, member = coalition_with_member()
    contract = contract_by(coalition, on_behalf_of_all_members=True)
    contract.on_behalf_of.add(member, PartyFactory(municipality=True))

    assert list(Contract.objects.on_behalf_of(member)) == [contract]


@pytest.mark.parametrize("trait", ["unit", "participant"])
def test_an_organisational_unit_or_a_participant_is_not_acted_for(trait):
    link = MembershipFactory(**{trait: True}, start_date=D(2015, 1, 1))
    MembershipFactory(organisation=link.organisation)  # a real member
    contract_by(link.organisation, on_behalf_of_all_members=True)

    assert not Contract.objects.on_behalf_of(link.member, Certainty.POSSIBLE).exists()


@pytest.mark.parametrize("trait", ["founding", "shared"])
def test_a_founding_member_or_a_municipality_of_a_shared_organisation_is_acted_for(
    trait,
):
    coalition, member = coalition_with_member(**{trait: True})
    contract = contract_by(coalition, on_behalf_of_all_members=True)

    assert list(Contract.objects.on_behalf_of(member)) == [contract]


def test_a_draft_membership_counts_for_coordinators_only():
    coalition, member = coalition_with_member(draft=True)
    contract_by(coalition, on_behalf_of_all_members=True)

    assert Contract.objects.on_behalf_of(member).exists()
    assert not Contract.objects.on_behalf_of(member, published_only=True).exists()


def test_funding_streams_and_role_assignments_follow_the_same_rule():
    coalition, member = coalition_with_member()
    stream = FundingStreamFactory(
        funder=coalition, on_behalf_of_all_members=True, start_date=D(2020, 1, 1)
    )
    role = RoleAssignmentFactory(
        party=coalition, on_behalf_of_all_members=True, start_date=D(2020, 1, 1)
    )

    assert list(FundingStream.objects.on_behalf_of(member)) == [stream]
    assert list(RoleAssignment.objects.on_behalf_of(member)) == [role]


def test_one_selector_gives_what_is_done_on_a_partys_behalf_per_model():
    coalition, member = coalition_with_member()
    contract = contract_by(coalition, on_behalf_of_all_members=True)

    found = records_on_behalf_of(member)

    assert set(found) == {Contract, Lot, FundingStream, RoleAssignment}
    assert list(found[Contract]) == [contract]
    assert list(found[Lot]) == list(contract.lots.all())
    assert set(on_behalf_of_models()) == {
        Contract,
        Lot,
        FundingStream,
        RoleAssignment,
    }


def test_a_lot_of_a_contract_for_all_members_is_done_on_their_behalf_too():
    coalition, member = coalition_with_member()
    contract = contract_by(coalition, on_behalf_of_all_members=True)
    contract_by(coalition)  # its other contract, for itself

    assert list(Lot.objects.on_behalf_of(member)) == list(contract.lots.all())


def test_a_contract_with_a_lot_for_a_listed_party_is_done_on_its_behalf():
    coalition, member = coalition_with_member()
    outsider = PartyFactory(municipality=True)
    contract = contract_by(coalition, lot=None)
    for_member = LotFactory(contract=contract)
    LotFactory(contract=contract)  # for the coalition itself
    for_member.on_behalf_of.add(outsider)

    assert list(Lot.objects.on_behalf_of(outsider)) == [for_member]
    assert list(Contract.objects.on_behalf_of(outsider)) == [contract]
    assert list(Contract.objects.on_behalf_of(member)) == []


def test_a_lot_for_all_members_needs_its_clients_members():
    client = PartyFactory(municipality=True)
    lot = LotFactory(contract=contract_by(client, lot=None))
    lot.on_behalf_of_all_members = True

    with pytest.raises(ValidationError) as refused:
        lot.full_clean()

    assert "on_behalf_of_all_members" in refused.value.message_dict


# -- the rules -------------------------------------------------------------------


def test_acting_for_all_members_needs_members_during_the_period():
    lonely = PartyFactory(coalition=True)
    contract = ContractFactory.build(
        client=lonely,
        contractor=PartyFactory(),
        on_behalf_of_all_members=True,
    )

    assert_refused_by_validation(
        contract,
        f"{lonely} has no members during this period, so it cannot act on behalf "
        "of all its members.",
    )


def test_acting_for_all_members_is_refused_when_the_members_left_before():
    coalition, _member = coalition_with_member(end_date=D(2019, 6, 30))
    contract = contract_by(coalition)
    contract.on_behalf_of_all_members = True

    with pytest.raises(ValidationError) as excinfo:
        contract.full_clean()

    assert excinfo.value.error_dict["on_behalf_of_all_members"][0].code == (
        "on_behalf_of_without_members"
    )


def test_a_party_does_not_act_on_its_own_behalf():
    coalition, _member = coalition_with_member()
    contract = contract_by(coalition)

    with pytest.raises(ValidationError) as excinfo:
        validate_on_behalf_of_listed(contract, [coalition])

    assert excinfo.value.error_dict["on_behalf_of"][0].code == "on_behalf_of_itself"


def test_the_listed_parties_are_kept_in_the_records_history():
    coalition, member = coalition_with_member()
    contract = contract_by(coalition)

    contract.on_behalf_of.add(member)

    latest = contract.history.latest()
    assert [row.party_id for row in latest.on_behalf_of.all()] == [member.pk]


# -- the admin -------------------------------------------------------------------


def test_a_partys_admin_page_shows_what_is_done_on_its_behalf(coordinator_client):
    coalition, member = coalition_with_member(
        known_since=D(2018, 5, 30), end_state="unknown", last_confirmed=D(2018, 5, 30)
    )
    doubtful = contract_by(coalition, title="Doubtful", on_behalf_of_all_members=True)
    certain = contract_by(coalition, title="Certain")
    certain.on_behalf_of.add(member)

    response = coordinator_client.get(
        reverse("admin:parties_party_change", args=[member.pk]), headers=ENGLISH
    )

    page = response.content.decode()
    assert reverse("admin:contracts_contract_change", args=[certain.pk]) in page
    assert reverse("admin:contracts_contract_change", args=[doubtful.pk]) in page
    assert "Doubtful, by" in page
    assert "(possibly: the dates leave doubt)" in page


def test_the_admin_section_costs_the_same_queries_for_one_record_or_many(
    coordinator_client,
):
    coalition, member = coalition_with_member()
    url = reverse("admin:parties_party_change", args=[member.pk])
    contract_by(coalition, on_behalf_of_all_members=True)
    coordinator_client.get(url)

    with CaptureQueriesContext(connection) as one:
        coordinator_client.get(url)
    for _ in range(10):
        contract_by(coalition, on_behalf_of_all_members=True)
    with CaptureQueriesContext(connection) as many:
        coordinator_client.get(url)

    assert len(many) == len(one)


def test_the_admin_refuses_the_acting_party_among_those_it_acts_for(
    coordinator_client,
):
    coalition, _member = coalition_with_member()
    contract = contract_by(coalition)
    url = reverse("admin:contracts_contract_change", args=[contract.pk])
    data = _form_data(coordinator_client.get(url))
    data["on_behalf_of"] = [str(coalition.pk)]

    response = coordinator_client.post(url, data, headers=ENGLISH)

    assert response.status_code == 200
    with translation.override("en"):
        errors = response.context["adminform"].form.errors["on_behalf_of"]
    assert errors == [
        f"{coalition} acts itself: it is not one of the parties it acts for."
    ]
    assert not contract.on_behalf_of.exists()
