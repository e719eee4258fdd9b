import factory

from apps.roles.models import RoleAssignment, RoleType
from tests.components.factories import ComponentFactory
from tests.core.factories import PublishedFactory
from tests.parties.factories import PartyFactory
from tests.period_factory import PeriodFactory


class RoleTypeFactory(PublishedFactory):
    name = factory.Sequence(lambda n: f"Role {n}")
    slug = factory.Sequence(lambda n: f"role-{n}")

    class Meta:
        model = RoleType


class RoleAssignmentFactory(PeriodFactory):
    party = factory.SubFactory(PartyFactory)
    role_type = factory.SubFactory(RoleTypeFactory)
    component = factory.SubFactory(ComponentFactory)

    class Meta:
        model = RoleAssignment
