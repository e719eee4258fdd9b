"""The register's rules on parties, refused by validation and by the database."""

import datetime

from django.db import connection
from django.db.models import ProtectedError

import pytest

from apps.parties.models import Party
from tests.contracts.factories import ContractFactory
from tests.funding.factories import FundingStreamFactory
from tests.helpers import (
    assert_refused_by_database,
    assert_refused_by_validation,
    change,
    period,
)
from tests.parties.factories import (
    ContactPointFactory,
    MembershipFactory,
    PartyFactory,
    PartyNameFactory,
)
from tests.roles.factories import RoleAssignmentFactory

pytestmark = pytest.mark.django_db

JAN_1 = datetime.date(2024, 1, 1)
DEC_31 = datetime.date(2023, 12, 31)


def test_a_party_cannot_cease_before_it_started():
    party = change(PartyFactory(), **period(JAN_1, DEC_31))

    assert_refused_by_validation(party, "The end cannot be before the start.")
    assert_refused_by_database(party)


def test_two_parties_cannot_share_a_slug():
    PartyFactory(slug="dimpact")
    duplicate = PartyFactory.build(slug="dimpact")

    assert_refused_by_validation(duplicate, "A party with this slug already exists.")
    assert_refused_by_database(duplicate)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("cbs_code", "GM0363", "Another party already has this CBS code."),
        ("oin", "00000001002564440000", "Another party already has this OIN."),
        ("kvk", "74996452", "Another party already has this KvK number."),
        (
            "tooi_uri",
            "https://identifier.overheid.nl/tooi/id/gemeente/gm0363",
            "Another party already has this TOOI URI.",
        ),
    ],
)
def test_two_parties_cannot_share_an_official_identifier(field, value, message):
    PartyFactory(**{field: value})
    duplicate = PartyFactory.build(**{field: value})

    assert_refused_by_validation(duplicate, message)
    assert_refused_by_database(duplicate)


def test_many_parties_may_leave_an_identifier_blank():
    PartyFactory(oin="", cbs_code="")
    other = PartyFactory.build(oin="", cbs_code="")

    other.full_clean()
    other.save()

    assert Party.objects.filter(oin="").count() == 2


def test_identifiers_must_have_their_official_format():
    party = PartyFactory.build(cbs_code="0363", oin="123")

    assert_refused_by_validation(
        party, "A CBS municipality code is GM followed by four digits."
    )


def test_a_party_cannot_be_its_own_successor():
    party = PartyFactory(end_date=DEC_31)
    change(party, successor=party)

    assert_refused_by_validation(party, "A party cannot be its own successor.")
    assert_refused_by_database(party)


def test_a_successor_is_recorded_only_with_the_date_the_party_ceased():
    merged = change(PartyFactory(municipality=True), successor=PartyFactory())

    assert_refused_by_validation(
        merged, "A party with a successor needs the date it ceased on."
    )
    assert_refused_by_database(merged)


def test_a_party_cannot_be_a_member_of_itself():
    membership = MembershipFactory()
    change(membership, organisation=membership.member)

    assert_refused_by_validation(membership, "A party cannot be a member of itself.")
    assert_refused_by_database(membership)


def test_identical_memberships_may_not_overlap_in_time():
    first = MembershipFactory(start_date=datetime.date(2018, 1, 1), end_date=None)
    second = MembershipFactory.build(
        member=first.member,
        organisation=first.organisation,
        start_date=datetime.date(2020, 1, 1),
    )

    assert_refused_by_validation(
        second, "An identical membership already exists for an overlapping period."
    )


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the exclusion constraint exists on PostgreSQL only; clean() checks elsewhere",
)
def test_the_database_refuses_overlapping_identical_memberships():
    first = MembershipFactory(start_date=datetime.date(2018, 1, 1))
    second = MembershipFactory.build(
        member=first.member,
        organisation=first.organisation,
        start_date=datetime.date(2020, 1, 1),
    )

    assert_refused_by_database(second)


def test_consecutive_identical_memberships_are_allowed():
    first = MembershipFactory(
        start_date=datetime.date(2018, 1, 1), end_date=datetime.date(2019, 12, 31)
    )
    second = MembershipFactory.build(
        member=first.member,
        organisation=first.organisation,
        start_date=datetime.date(2020, 1, 1),
    )

    second.full_clean()
    second.save()

    assert first.member.memberships_as_member.count() == 2


def test_a_party_does_not_have_the_same_name_twice_whatever_its_case():
    name = PartyNameFactory(name="Maykin")
    duplicate = PartyNameFactory.build(name="MAYKIN", party=name.party)

    assert_refused_by_validation(duplicate, "The party already has this name.")
    assert_refused_by_database(duplicate)


def test_two_parties_may_have_had_the_same_name():
    PartyNameFactory(name="Groningen", former=True)
    other = PartyNameFactory.build(name="Groningen", party=PartyFactory())

    other.full_clean()
    other.save()

    assert other.pk is not None


def test_a_former_name_has_an_end():
    name = PartyNameFactory.build(
        party=PartyFactory(), kind="former", end_state="ongoing"
    )

    assert_refused_by_validation(
        name,
        "A former name is no longer used: give its end, or say the end is unknown.",
    )
    assert_refused_by_database(name)


def test_a_contact_point_needs_a_way_to_reach_the_party():
    contact_point = change(ContactPointFactory(), email="", phone="", url="")

    assert_refused_by_validation(
        contact_point,
        "A contact point needs an email address, a phone number or a URL.",
    )
    assert_refused_by_database(contact_point)


@pytest.mark.parametrize(
    "make_reference",
    [
        pytest.param(lambda p: ContractFactory(client=p), id="contract client"),
        pytest.param(lambda p: ContractFactory(contractor=p), id="contractor"),
        pytest.param(lambda p: FundingStreamFactory(funder=p), id="funder"),
        pytest.param(lambda p: FundingStreamFactory(recipient=p), id="recipient"),
        pytest.param(lambda p: FundingStreamFactory(hops=[p]), id="hop"),
        pytest.param(lambda p: RoleAssignmentFactory(party=p), id="role holder"),
        pytest.param(lambda p: MembershipFactory(member=p), id="member"),
    ],
)
def test_a_party_that_records_refer_to_cannot_be_deleted(make_reference):
    party = PartyFactory()
    make_reference(party)

    with pytest.raises(ProtectedError):
        party.delete()

    assert Party.objects.filter(pk=party.pk).exists()


def test_a_coalition_represents_its_members_on_a_date():
    coalition = PartyFactory(coalition=True)
    current = MembershipFactory(organisation=coalition).member
    former = MembershipFactory(
        organisation=coalition, end_date=datetime.date(2017, 12, 31)
    ).member

    members_2020 = set(coalition.members_on(datetime.date(2020, 1, 1)))
    members_2017 = set(coalition.members_on(datetime.date(2017, 6, 1)))

    assert members_2020 == {current}
    assert members_2017 == {current, former}


def test_identical_memberships_that_only_may_overlap_are_recorded():
    first = MembershipFactory(start="2018", end="2019")
    second = MembershipFactory.build(
        member=first.member, organisation=first.organisation, start="2019-06"
    )

    second.full_clean()
    second.save()

    assert second.pk is not None
