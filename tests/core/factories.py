from django.utils import timezone

import factory

from apps.core.constants import Basis, PublicationState
from apps.core.models import Citation, Source


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


class CitationFactory(factory.django.DjangoModelFactory):
    """A citation of a new source; give the citing ``record``."""

    source = factory.SubFactory(SourceFactory)
    locator = factory.Sequence(lambda n: f"p. {n + 1}")

    class Meta:
        model = Citation


class CitableFactory(PublishedFactory):
    """Base of every citable record's factory: sourced with one citation by
    default; traits ``sourced``, ``inferred`` (with reasoning) and
    ``illustrative`` (without citations). ``citations=[source, (source,
    locator), ...]`` cites exactly those."""

    basis = Basis.SOURCED

    class Meta:
        abstract = True
        # The citations are rows of their own: saving the record again would
        # only add a history row.
        skip_postgeneration_save = True

    class Params:
        sourced = factory.Trait(basis=Basis.SOURCED)
        inferred = factory.Trait(
            basis=Basis.INFERRED,
            basis_note="Inferred from the minutes of the steering group.",
        )
        illustrative = factory.Trait(basis=Basis.ILLUSTRATIVE)

    @factory.post_generation
    def citations(obj, create: bool, extracted: list | None, **kwargs) -> None:  # noqa: N805
        if not create:
            return
        if extracted is not None:
            for item in extracted:
                source, locator = item if isinstance(item, tuple) else (item, "p. 1")
                CitationFactory(record=obj, source=source, locator=locator)
        elif obj.basis == Basis.SOURCED:
            CitationFactory(record=obj)
