import datetime

import factory

from apps.components.models import Component, Standard
from tests.core.factories import PublishedFactory
from tests.period_factory import PeriodFactory


class StandardFactory(PublishedFactory):
    name = factory.Sequence(lambda n: f"Standard {n}")
    slug = factory.Sequence(lambda n: f"standard-{n}")

    class Meta:
        model = Standard


class ComponentFactory(PeriodFactory):
    _default_start = None
    _default_known_since = datetime.date(1990, 1, 1)
    name = factory.Sequence(lambda n: f"Component {n}")
    slug = factory.Sequence(lambda n: f"component-{n}")
    repository_url = factory.LazyAttribute(
        lambda o: f"https://github.com/example/{o.slug}"
    )

    class Meta:
        model = Component
