"""Reads on parties that the API filters, the admin and the pages share."""

import datetime

import pytest

from apps.parties.models import Party
from tests.parties.factories import MembershipFactory, PartyFactory, PartyNameFactory

pytestmark = pytest.mark.django_db


def test_members_of_without_a_day_gives_every_member_ever():
    former = MembershipFactory(end_date=datetime.date(2019, 12, 31))
    MembershipFactory(
        organisation=former.organisation,
        member=former.member,
        start_date=datetime.date(2021, 1, 1),
    )
    other = MembershipFactory()

    members = list(Party.objects.members_of(former.organisation))

    assert members == [former.member]
    assert other.member not in members


def test_members_of_on_a_day_gives_the_members_on_that_day():
    former = MembershipFactory(end_date=datetime.date(2019, 12, 31))
    current = MembershipFactory(
        organisation=former.organisation, start_date=datetime.date(2020, 1, 1)
    )

    members = set(
        Party.objects.members_of(former.organisation, datetime.date(2020, 1, 1))
    )

    assert members == {current.member}


def test_members_of_accepts_the_organisations_primary_key():
    membership = MembershipFactory()

    members = list(Party.objects.members_of(membership.organisation.pk))

    assert members == [membership.member]


def test_search_finds_a_party_by_name_legal_name_or_alias():
    by_name = PartyFactory(name="Gemeente Tilburg")
    by_legal_name = PartyFactory(legal_name="Tilburg University")
    by_alias = PartyNameFactory(name="Tilburg").party
    PartyFactory(name="Gemeente Breda")

    found = set(Party.objects.search("tilburg"))

    assert found == {by_name, by_legal_name, by_alias}


def test_search_lists_a_party_with_two_matching_aliases_once():
    alias = PartyNameFactory(name="Den Bosch")
    PartyNameFactory(party=alias.party, name="Den Bosch (gemeente)")

    found = list(Party.objects.search("den bosch"))

    assert found == [alias.party]
