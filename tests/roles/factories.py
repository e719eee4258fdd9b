import datetime

import factory

from apps.roles.models import RoleAssignment, RoleType
from tests.components.factories import ComponentFactory
from tests.core.factories import PublishedFactory
from tests.parties.factories import PartyFactory


class RoleTypeFactory(PublishedFactory):
    name = factory.Sequence(lambda n: f"Role {n}")
    slug = factory.Sequence(lambda n: f"role-{n}")

    class Meta:
        model = RoleType


class RoleAssignmentFactory(PublishedFactory):
    # TEMPORARY until the lead's period factories are merged.
    start_precision = "day"
    start_earliest = datetime.date(2000, 1, 1)
    start_latest = datetime.date(2000, 1, 1)
    end_precision = "ongoing"
    party = factory.SubFactory(PartyFactory)
    role_type = factory.SubFactory(RoleTypeFactory)
    component = factory.SubFactory(ComponentFactory)

    class Meta:
        model = RoleAssignment
