import datetime

import factory

from apps.timeline.models import Event
from tests.core.factories import PublishedFactory


class EventFactory(PublishedFactory):
    date = datetime.date(2018, 5, 30)
    title = factory.Sequence(lambda n: f"Event {n}")

    class Meta:
        model = Event
