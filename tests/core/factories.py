from django.utils import timezone

import factory

from apps.core.constants import PublicationState
from apps.core.models import Source


class PublishedFactory(factory.django.DjangoModelFactory):
    """A register record as the public sees it: published. ``draft=True`` and
    ``withdrawn=True`` give the other states (a model's own default is draft)."""

    publication_state = PublicationState.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)

    class Meta:
        abstract = True

    class Params:
        draft = factory.Trait(
            publication_state=PublicationState.DRAFT, published_at=None
        )
        withdrawn = factory.Trait(publication_state=PublicationState.WITHDRAWN)


class SourceFactory(PublishedFactory):
    title = factory.Sequence(lambda n: f"Source document {n}")
    url = factory.Sequence(lambda n: f"https://example.org/source-{n}")

    class Meta:
        model = Source
