import datetime

import factory

from apps.components.models import Component, Ecosystem, Standard
from tests.core.factories import CitableFactory
from tests.period_factory import PeriodFactory


class StandardFactory(CitableFactory):
    name = factory.Sequence(lambda n: f"Standard {n}")
    slug = factory.Sequence(lambda n: f"standard-{n}")

    class Meta:
        model = Standard


class ComponentFactory(CitableFactory, PeriodFactory):
    _default_start = None
    _default_known_since = datetime.date(1990, 1, 1)
    name = factory.Sequence(lambda n: f"Component {n}")
    slug = factory.Sequence(lambda n: f"component-{n}")
    repository_url = factory.LazyAttribute(
        lambda o: f"https://github.com/example/{o.slug}"
    )

    class Meta:
        model = Component


class EcosystemFactory(CitableFactory):
    name = factory.Sequence(lambda n: f"Ecosystem {n}")
    slug = factory.Sequence(lambda n: f"ecosystem-{n}")

    class Meta:
        model = Ecosystem
        skip_postgeneration_save = True

    @factory.post_generation
    def components(self, create: bool, extracted: list | None, **kwargs) -> None:
        if create and extracted:
            self.components.add(*extracted)
