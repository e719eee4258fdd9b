"""Database and model rules of the role rules kept as data: holder limits, other
names, requirements, intended roles, scope and seats (each constraint twice)."""

import datetime

from django.core.exceptions import ValidationError
from django.db import connection
from django.utils import translation

import pytest

from apps.roles.constants import AssignmentStatus
from tests.components.factories import ComponentFactory, EcosystemFactory
from tests.helpers import (
    assert_refused_by_database,
    assert_refused_by_validation,
    change,
)
from tests.parties.factories import PartyFactory
from tests.roles.factories import (
    GoverningBodyFactory,
    RoleAssignmentFactory,
    RoleRequirementFactory,
    RoleTypeFactory,
    RoleTypeNameFactory,
)

pytestmark = pytest.mark.django_db

HOLDERS_RANGE = "The minimum number of holders cannot exceed the maximum."
HOLDERS_NEGATIVE = "A number of holders cannot be negative."


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"min_holders": 2, "max_holders": 1}, HOLDERS_RANGE),
        ({"min_holders": -1}, HOLDERS_NEGATIVE),
        ({"max_holders": -1, "min_holders": 0}, HOLDERS_NEGATIVE),
    ],
)
def test_a_role_types_holder_limits_are_refused_by_validation(values, message):
    assert_refused_by_validation(change(RoleTypeFactory(), **values), message)


@pytest.mark.parametrize(
    "values",
    [{"min_holders": 2, "max_holders": 1}, {"min_holders": -1}, {"max_holders": -1}],
)
def test_a_role_types_holder_limits_are_refused_by_the_database(values):
    assert_refused_by_database(change(RoleTypeFactory(), **values))


def test_a_role_type_without_a_maximum_has_no_maximum():
    role_type = RoleTypeFactory(min_holders=3, max_holders=None)

    role_type.full_clean()

    assert role_type.max_holders is None


def test_a_requirements_holder_limits_are_refused_twice():
    requirement = change(RoleRequirementFactory(), min_holders=3, max_holders=2)

    assert_refused_by_validation(requirement, HOLDERS_RANGE)
    assert_refused_by_database(requirement)


def test_an_alias_equal_to_another_role_types_alias_names_that_role_type():
    RoleTypeNameFactory(name="Maintainer", role_type=RoleTypeFactory(name="Beheer"))
    near_duplicate = RoleTypeNameFactory.build(
        name="MAINTAINER", role_type=RoleTypeFactory()
    )

    assert_refused_by_validation(
        near_duplicate,
        "“MAINTAINER” is already a name of the role type “Beheer”: record it "
        "there instead of a near-duplicate.",
    )


def test_an_alias_equal_to_another_role_types_alias_is_refused_by_the_database():
    RoleTypeNameFactory(name="Maintainer")
    near_duplicate = RoleTypeNameFactory.build(
        name="maintainer", role_type=RoleTypeFactory()
    )

    assert_refused_by_database(near_duplicate)


def test_an_alias_equal_to_another_role_types_name_is_refused():
    RoleTypeFactory(name="Onderhoudspartij")
    alias = RoleTypeNameFactory.build(name="onderhoudspartij")

    assert_refused_by_validation(
        alias,
        "“onderhoudspartij” is already a name of the role type “Onderhoudspartij”: "
        "record it there instead of a near-duplicate.",
    )


def test_a_role_type_named_like_another_role_types_former_name_is_refused():
    RoleTypeNameFactory(
        name="Development", role_type=RoleTypeFactory(name="Ontwikkelpartij")
    )

    assert_refused_by_validation(
        RoleTypeFactory.build(name="development"),
        "“development” is already a name of the role type “Ontwikkelpartij”: "
        "record it there instead of a near-duplicate.",
    )


def test_a_role_type_may_keep_its_own_aliases():
    role_type = RoleTypeFactory(name="Uitgever")
    RoleTypeNameFactory(role_type=role_type, name="Publisher")

    role_type.full_clean()


def test_a_requirement_for_both_a_component_and_an_ecosystem_is_refused_twice():
    requirement = change(RoleRequirementFactory(), ecosystem=EcosystemFactory())

    assert_refused_by_validation(
        requirement,
        "A requirement is for a component or for an ecosystem, not both.",
    )
    assert_refused_by_database(requirement)


def test_a_second_requirement_for_one_component_and_role_type_is_refused_twice():
    first = RoleRequirementFactory()
    second = RoleRequirementFactory.build(
        role_type=first.role_type, component=first.component
    )

    assert_refused_by_validation(
        second, "This component already has a requirement for this role type."
    )
    assert_refused_by_database(second)


def test_a_component_cannot_require_a_role_held_per_ecosystem():
    requirement = RoleRequirementFactory.build(
        role_type=RoleTypeFactory(per_ecosystem=True), component=ComponentFactory()
    )

    with (
        translation.override("en"),
        pytest.raises(ValidationError, match="is held per ecosystem"),
    ):
        requirement.full_clean()


def test_a_role_for_both_a_component_and_an_ecosystem_is_refused_twice():
    assignment = change(RoleAssignmentFactory(), ecosystem=EcosystemFactory())

    assert_refused_by_validation(
        assignment, "A role is held for a component or for an ecosystem, not both."
    )
    assert_refused_by_database(assignment)


def test_a_role_for_neither_a_component_nor_an_ecosystem_is_refused_twice():
    assignment = change(RoleAssignmentFactory(), component=None)

    assert_refused_by_validation(
        assignment, "A role is held for a component or for an ecosystem, not both."
    )
    assert_refused_by_database(assignment)


def test_an_ecosystem_role_is_held_for_an_ecosystem_without_a_component():
    assignment = RoleAssignmentFactory(for_ecosystem=True)

    assignment.full_clean()

    assert assignment.component is None


def test_a_role_held_per_component_cannot_be_held_for_an_ecosystem():
    assignment = RoleAssignmentFactory.build(
        party=PartyFactory(),
        component=None,
        ecosystem=EcosystemFactory(),
        role_type=RoleTypeFactory(),
    )

    with (
        translation.override("en"),
        pytest.raises(ValidationError, match="is held per component"),
    ):
        assignment.full_clean()


def test_a_role_held_per_ecosystem_cannot_be_held_for_a_component():
    assignment = RoleAssignmentFactory.build(
        party=PartyFactory(),
        component=ComponentFactory(),
        role_type=RoleTypeFactory(per_ecosystem=True),
    )

    with (
        translation.override("en"),
        pytest.raises(ValidationError, match="is held per ecosystem"),
    ):
        assignment.full_clean()


def test_an_intended_role_without_a_target_date_is_refused_twice():
    assignment = change(
        RoleAssignmentFactory(), status=AssignmentStatus.INTENDED, target_date=None
    )

    assert_refused_by_validation(assignment, "An intended role states its target date.")
    assert_refused_by_database(assignment)


def test_an_intended_role_with_a_target_date_is_recorded():
    assignment = RoleAssignmentFactory(intended=True)

    assignment.full_clean()

    assert assignment.target_date == datetime.date(2027, 6, 30)


def test_an_intended_role_may_overlap_the_same_current_role():
    current = RoleAssignmentFactory()
    intended = RoleAssignmentFactory.build(
        party=current.party,
        role_type=current.role_type,
        component=current.component,
        intended=True,
    )

    intended.full_clean()
    intended.save()

    assert intended.pk


def test_identical_ecosystem_roles_may_not_overlap_in_time():
    first = RoleAssignmentFactory(for_ecosystem=True)
    second = RoleAssignmentFactory.build(
        party=first.party,
        role_type=first.role_type,
        ecosystem=first.ecosystem,
        component=None,
    )

    assert_refused_by_validation(
        second,
        "An identical role assignment already exists for an overlapping period.",
    )


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the exclusion constraint exists on PostgreSQL only; clean() checks elsewhere",
)
def test_the_database_refuses_overlapping_identical_ecosystem_roles():
    first = RoleAssignmentFactory(for_ecosystem=True)
    second = RoleAssignmentFactory.build(
        party=first.party,
        role_type=first.role_type,
        ecosystem=first.ecosystem,
        component=None,
    )

    assert_refused_by_database(second)


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the exclusion constraint exists on PostgreSQL only; clean() checks elsewhere",
)
def test_the_database_allows_the_same_role_for_two_ecosystems():
    first = RoleAssignmentFactory(for_ecosystem=True)
    other = RoleAssignmentFactory.build(
        party=first.party,
        role_type=first.role_type,
        ecosystem=EcosystemFactory(),
        component=None,
    )

    other.save()

    assert other.pk


def test_a_seat_count_below_one_is_refused_twice():
    seat = change(RoleAssignmentFactory(seat=True), seats=0)

    assert_refused_by_validation(seat, "A role holds at least one seat.")
    assert_refused_by_database(seat)


def test_seats_without_a_body_are_refused():
    assignment = change(RoleAssignmentFactory(), seats=2)

    assert_refused_by_validation(
        assignment, "Only a seat on a governing body has seats."
    )


def test_a_seat_is_held_for_what_its_body_governs():
    seat = change(RoleAssignmentFactory(seat=True), component=ComponentFactory())

    with (
        translation.override("en"),
        pytest.raises(ValidationError, match="a seat on it is held for the same"),
    ):
        seat.full_clean()


def test_a_body_for_both_a_component_and_an_ecosystem_is_refused_twice():
    body = change(GoverningBodyFactory(), ecosystem=EcosystemFactory())

    assert_refused_by_validation(
        body, "A body governs a component or an ecosystem, not both."
    )
    assert_refused_by_database(body)


def test_a_body_allowing_no_seat_per_party_is_refused_twice():
    body = change(GoverningBodyFactory(), max_seats_per_party=0)

    assert_refused_by_validation(
        body, "A party may hold at least one seat, or leave the limit empty."
    )
    assert_refused_by_database(body)


def test_two_seats_of_one_party_on_two_bodies_may_overlap():
    first = RoleAssignmentFactory(seat=True)
    other_body = GoverningBodyFactory(component=first.component)
    second = RoleAssignmentFactory.build(
        party=first.party,
        role_type=first.role_type,
        component=first.component,
        body=other_body,
    )

    second.full_clean()
    second.save()

    assert second.pk
