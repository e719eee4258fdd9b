import factory

from apps.core.constants import Basis
from apps.core.models import Citation, Source


class SourceFactory(factory.django.DjangoModelFactory):
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


class CitableFactory(factory.django.DjangoModelFactory):
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
