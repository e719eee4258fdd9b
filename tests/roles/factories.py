import datetime

import factory

from apps.roles.constants import AssignmentStatus, OtherNameKind, RoleScope
from apps.roles.models import (
    GoverningBody,
    RoleAssignment,
    RoleRequirement,
    RoleType,
    RoleTypeName,
)
from tests.components.factories import ComponentFactory, EcosystemFactory
from tests.core.factories import CitableFactory
from tests.parties.factories import PartyFactory
from tests.period_factory import PeriodFactory


class RoleTypeFactory(CitableFactory):
    name = factory.Sequence(lambda n: f"Role {n}")
    slug = factory.Sequence(lambda n: f"role-{n}")

    class Meta:
        model = RoleType

    class Params:
        per_ecosystem = factory.Trait(scope=RoleScope.ECOSYSTEM)
        required = factory.Trait(required_by_default=True)


class RoleTypeNameFactory(factory.django.DjangoModelFactory):
    role_type = factory.SubFactory(RoleTypeFactory)
    name = factory.Sequence(lambda n: f"Other name {n}")
    kind = OtherNameKind.ALIAS

    class Meta:
        model = RoleTypeName


class RoleRequirementFactory(CitableFactory):
    """A component requires a role type; ``for_ecosystem=True`` an ecosystem."""

    role_type = factory.SubFactory(RoleTypeFactory)
    component = factory.SubFactory(ComponentFactory)
    ecosystem = None
    required = True

    class Meta:
        model = RoleRequirement

    class Params:
        for_ecosystem = factory.Trait(
            component=None, ecosystem=factory.SubFactory(EcosystemFactory)
        )


class GoverningBodyFactory(CitableFactory):
    name = factory.Sequence(lambda n: f"Steering team {n}")
    slug = factory.Sequence(lambda n: f"steering-team-{n}")
    component = factory.SubFactory(ComponentFactory)
    ecosystem = None

    class Meta:
        model = GoverningBody

    class Params:
        for_ecosystem = factory.Trait(
            component=None, ecosystem=factory.SubFactory(EcosystemFactory)
        )


class RoleAssignmentFactory(CitableFactory, PeriodFactory):
    """A current role for a component. Traits: ``for_ecosystem`` (a role held
    per ecosystem), ``intended`` (with a target date) and ``seat`` (a seat on a
    body of the component)."""

    party = factory.SubFactory(PartyFactory)
    role_type = factory.SubFactory(RoleTypeFactory)
    component = factory.SubFactory(ComponentFactory)
    ecosystem = None

    class Meta:
        model = RoleAssignment

    class Params:
        for_ecosystem = factory.Trait(
            component=None,
            ecosystem=factory.SubFactory(EcosystemFactory),
            role_type=factory.SubFactory(RoleTypeFactory, per_ecosystem=True),
        )
        intended = factory.Trait(
            status=AssignmentStatus.INTENDED,
            target_date=datetime.date(2027, 6, 30),
        )
        seat = factory.Trait(
            body=factory.SubFactory(
                GoverningBodyFactory,
                component=factory.SelfAttribute("..component"),
            )
        )
