import datetime
from decimal import Decimal

import factory

from apps.contracts.constants import ContractType
from apps.contracts.models import Contract, WorkCategory
from tests.components.factories import ComponentFactory
from tests.core.factories import PublishedFactory
from tests.parties.factories import PartyFactory
from tests.period_factory import PeriodFactory


class WorkCategoryFactory(PublishedFactory):
    name = factory.Sequence(lambda n: f"Work {n}")
    slug = factory.Sequence(lambda n: f"work-{n}")

    class Meta:
        model = WorkCategory


class ContractFactory(PeriodFactory):
    title = factory.Sequence(lambda n: f"Contract {n}")
    client = factory.SubFactory(PartyFactory, municipality=True)
    contractor = factory.SubFactory(PartyFactory)
    component = factory.SubFactory(ComponentFactory)
    work_category = factory.SubFactory(WorkCategoryFactory)
    contract_type = ContractType.ONE_OFF
    start_date = datetime.date(2025, 1, 1)
    end_date = datetime.date(2025, 12, 31)
    value = Decimal("10000.00")

    class Meta:
        model = Contract

    class Params:
        continuous = factory.Trait(contract_type=ContractType.CONTINUOUS)
