import factory

from apps.core.models import Source


class SourceFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Source document {n}")
    url = factory.Sequence(lambda n: f"https://example.org/source-{n}")

    class Meta:
        model = Source
