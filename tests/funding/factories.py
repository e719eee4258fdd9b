import datetime
from decimal import Decimal
from typing import Any

import factory

from apps.funding.models import FundingStream
from apps.funding.services import (
    funding_stream_amounts_set,
    funding_stream_route_set,
)
from tests.contracts.factories import WorkCategoryFactory
from tests.core.factories import CitableFactory
from tests.parties.factories import PartyFactory
from tests.period_factory import PeriodFactory


class FundingStreamFactory(CitableFactory, PeriodFactory):
    """A stream for a new work category, unless ``contract`` or ``lot`` says what
    it pays for; ``hops=[party, …]`` is its route, ``amounts=[(year, amount), …]``
    its years."""

    title = factory.Sequence(lambda n: f"Funding {n}")
    funder = factory.SubFactory(PartyFactory, municipality=True)
    recipient = factory.SubFactory(PartyFactory)
    amount = Decimal("5000.00")
    start_date = datetime.date(2025, 1, 1)
    contract = None
    lot = None
    work_category = factory.Maybe(
        factory.LazyAttribute(
            lambda stream: stream.contract is None and stream.lot is None
        ),
        yes_declaration=factory.SubFactory(WorkCategoryFactory),
        no_declaration=None,
    )

    class Meta:
        model = FundingStream
        skip_postgeneration_save = True

    class Params:
        through_intermediary = factory.Trait(hops__through_coalition=True)

    @factory.post_generation
    def hops(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        if not create:
            return
        if kwargs.get("through_coalition") and not extracted:
            extracted = [PartyFactory(coalition=True)]
        if extracted:
            funding_stream_route_set(stream=self, parties=list(extracted))

    @factory.post_generation
    def amounts(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create and extracted:
            funding_stream_amounts_set(stream=self, amounts=list(extracted))
