import datetime

import factory

from apps.parties.constants import MembershipType, NameKind, PartyKind
from apps.parties.models import ContactPoint, Membership, Party, PartyName
from tests.core.factories import CitableFactory
from tests.period_factory import PeriodFactory


class PartyFactory(CitableFactory, PeriodFactory):
    _default_start = None
    _default_known_since = datetime.date(1990, 1, 1)
    name = factory.Sequence(lambda n: f"Party {n}")
    slug = factory.Sequence(lambda n: f"party-{n}")
    kind = PartyKind.VENDOR

    class Meta:
        model = Party

    class Params:
        municipality = factory.Trait(
            kind=PartyKind.MUNICIPALITY,
            cbs_code=factory.Sequence(lambda n: f"GM{n % 10000:04d}"),
            inhabitants=50000,
        )
        coalition = factory.Trait(kind=PartyKind.COALITION)


class PartyNameFactory(PeriodFactory):
    """An alternative name, in use since 2000 and still going; ``former=True``
    for a former name (with an end), ``abbreviation=True`` for an abbreviation."""

    party = factory.SubFactory(PartyFactory)
    name = factory.Sequence(lambda n: f"Other name {n}")
    kind = NameKind.ALTERNATIVE
    end_date = None  # still going, unless a trait ends it

    class Meta:
        model = PartyName

    class Params:
        former = factory.Trait(
            kind=NameKind.FORMER, end_date=datetime.date(2010, 12, 31)
        )
        abbreviation = factory.Trait(kind=NameKind.ABBREVIATION)

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        kwargs.pop("publication_state", None)  # a part: published with its party
        kwargs.pop("published_at", None)
        return super()._adjust_kwargs(**kwargs)


class MembershipFactory(CitableFactory, PeriodFactory):
    """A municipality's membership of a coalition; a trait per other type."""

    member = factory.SubFactory(PartyFactory, municipality=True)
    organisation = factory.SubFactory(PartyFactory, coalition=True)
    membership_type = MembershipType.MEMBER

    class Meta:
        model = Membership

    class Params:
        founding = factory.Trait(membership_type=MembershipType.FOUNDING_MEMBER)
        unit = factory.Trait(
            membership_type=MembershipType.ORGANISATIONAL_UNIT,
            member=factory.SubFactory(PartyFactory),
            organisation=factory.SubFactory(PartyFactory),
        )
        shared = factory.Trait(membership_type=MembershipType.SHARED_ORGANISATION)
        participant = factory.Trait(membership_type=MembershipType.PARTICIPANT)


class ContactPointFactory(CitableFactory):
    party = factory.SubFactory(PartyFactory)
    name = "Service desk"
    email = factory.Sequence(lambda n: f"desk{n}@example.org")

    class Meta:
        model = ContactPoint
