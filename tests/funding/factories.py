import datetime
from decimal import Decimal

import factory

from apps.funding.models import FundingStream
from tests.contracts.factories import WorkCategoryFactory
from tests.parties.factories import PartyFactory
from tests.period_factory import PeriodFactory


class FundingStreamFactory(PeriodFactory):
    title = factory.Sequence(lambda n: f"Funding {n}")
    funder = factory.SubFactory(PartyFactory, municipality=True)
    recipient = factory.SubFactory(PartyFactory)
    amount = Decimal("5000.00")
    start_date = datetime.date(2025, 1, 1)
    work_category = factory.SubFactory(WorkCategoryFactory)

    class Meta:
        model = FundingStream

    class Params:
        through_intermediary = factory.Trait(
            intermediary=factory.SubFactory(PartyFactory, coalition=True)
        )
