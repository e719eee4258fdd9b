import datetime

import factory

from apps.timeline.models import Event


class EventFactory(factory.django.DjangoModelFactory):
    date = datetime.date(2018, 5, 30)
    title = factory.Sequence(lambda n: f"Event {n}")

    class Meta:
        model = Event
