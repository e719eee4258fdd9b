import datetime

import factory

from apps.components.models import Component, Standard
from tests.core.factories import PublishedFactory


class StandardFactory(PublishedFactory):
    name = factory.Sequence(lambda n: f"Standard {n}")
    slug = factory.Sequence(lambda n: f"standard-{n}")

    class Meta:
        model = Standard


class ComponentFactory(PublishedFactory):
    # TEMPORARY until the lead's period factories are merged.
    start_precision = "day"
    start_earliest = datetime.date(2000, 1, 1)
    start_latest = datetime.date(2000, 1, 1)
    end_precision = "ongoing"
    name = factory.Sequence(lambda n: f"Component {n}")
    slug = factory.Sequence(lambda n: f"component-{n}")
    repository_url = factory.LazyAttribute(
        lambda o: f"https://github.com/example/{o.slug}"
    )

    class Meta:
        model = Component
