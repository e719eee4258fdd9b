import datetime

import factory

from apps.parties.constants import PartyKind
from apps.parties.models import ContactPoint, Membership, Party, PartyAlias
from tests.core.factories import PublishedFactory
from tests.period_factory import PeriodFactory


class PartyFactory(PeriodFactory):
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


class PartyAliasFactory(factory.django.DjangoModelFactory):
    party = factory.SubFactory(PartyFactory)
    name = factory.Sequence(lambda n: f"Alias {n}")

    class Meta:
        model = PartyAlias


class MembershipFactory(PeriodFactory):
    member = factory.SubFactory(PartyFactory, municipality=True)
    organisation = factory.SubFactory(PartyFactory, coalition=True)

    class Meta:
        model = Membership


class ContactPointFactory(PublishedFactory):
    party = factory.SubFactory(PartyFactory)
    name = "Service desk"
    email = factory.Sequence(lambda n: f"desk{n}@example.org")

    class Meta:
        model = ContactPoint
