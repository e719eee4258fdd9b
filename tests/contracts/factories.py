import datetime
from decimal import Decimal
from typing import Any

import factory

from apps.contracts.constants import ContractType
from apps.contracts.models import Contract, Lot, WorkCategory
from apps.core.periods import PERIOD_FIELDS
from tests.components.factories import ComponentFactory
from tests.core.factories import CitableFactory
from tests.parties.factories import PartyFactory
from tests.period_factory import PeriodFactory

#: What a factory call may say about a period (then it is not copied).
_PERIOD_STATEMENT = {
    "start",
    "known_since",
    "end",
    "end_state",
    "last_confirmed",
    "start_date",
    "end_date",
    *PERIOD_FIELDS,
}


class WorkCategoryFactory(CitableFactory):
    name = factory.Sequence(lambda n: f"Work {n}")
    slug = factory.Sequence(lambda n: f"work-{n}")

    class Meta:
        model = WorkCategory


class ContractFactory(CitableFactory, PeriodFactory):
    """A contract for 2025 on one new component, with one lot (``lot__value``,
    ``lot__work_category``…; ``lot=None`` for none); ``components=[…]`` lists
    its components."""

    title = factory.Sequence(lambda n: f"Contract {n}")
    client = factory.SubFactory(PartyFactory, municipality=True)
    contractor = factory.SubFactory(PartyFactory)
    start_date = datetime.date(2025, 1, 1)
    end_date = datetime.date(2025, 12, 31)
    lot = factory.RelatedFactory(
        "tests.contracts.factories.LotFactory", factory_related_name="contract"
    )

    class Meta:
        model = Contract
        skip_postgeneration_save = True

    class Params:
        continuous = factory.Trait(
            lot=factory.RelatedFactory(
                "tests.contracts.factories.LotFactory",
                factory_related_name="contract",
                contract_type=ContractType.CONTINUOUS,
            )
        )

    @factory.post_generation
    def components(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        if not create:
            return
        self.components.set([ComponentFactory()] if extracted is None else extracted)


class LotFactory(CitableFactory, PeriodFactory):
    """A lot of a new contract, holding over the contract's period unless told
    otherwise."""

    contract = factory.SubFactory(ContractFactory, lot=None)
    name = factory.Sequence(lambda n: f"Kavel {n}")
    work_category = factory.SubFactory(WorkCategoryFactory)
    contract_type = ContractType.ONE_OFF
    value = Decimal("10000.00")

    class Meta:
        model = Lot

    class Params:
        continuous = factory.Trait(contract_type=ContractType.CONTINUOUS)

    @classmethod
    def _adjust_kwargs(cls, **kwargs: Any) -> dict[str, Any]:
        contract = kwargs.get("contract")
        if contract is not None and not _PERIOD_STATEMENT & set(kwargs):
            kwargs.update({name: getattr(contract, name) for name in PERIOD_FIELDS})
            return kwargs
        return super()._adjust_kwargs(**kwargs)
