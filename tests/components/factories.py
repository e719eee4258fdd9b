import factory

from apps.components.models import Component, Standard
from tests.core.factories import CitableFactory


class StandardFactory(CitableFactory):
    name = factory.Sequence(lambda n: f"Standard {n}")
    slug = factory.Sequence(lambda n: f"standard-{n}")

    class Meta:
        model = Standard


class ComponentFactory(CitableFactory):
    name = factory.Sequence(lambda n: f"Component {n}")
    slug = factory.Sequence(lambda n: f"component-{n}")
    repository_url = factory.LazyAttribute(
        lambda o: f"https://github.com/example/{o.slug}"
    )

    class Meta:
        model = Component
