"""The register's rules on role types and role assignments."""

import datetime

from django.db import connection
from django.db.models import ProtectedError

import pytest

from tests.helpers import (
    assert_refused_by_database,
    assert_refused_by_validation,
    change,
    period,
)
from tests.roles.factories import RoleAssignmentFactory, RoleTypeFactory

pytestmark = pytest.mark.django_db


def _identical_to(assignment, **period):
    return RoleAssignmentFactory.build(
        party=assignment.party,
        role_type=assignment.role_type,
        component=assignment.component,
        **period,
    )


def test_identical_role_assignments_may_not_overlap_in_time():
    first = RoleAssignmentFactory(start_date=datetime.date(2020, 1, 1))
    second = _identical_to(first, start_date=datetime.date(2021, 1, 1))

    assert_refused_by_validation(
        second,
        "An identical role assignment already exists for an overlapping period.",
    )


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the exclusion constraint exists on PostgreSQL only; clean() checks elsewhere",
)
def test_the_database_refuses_overlapping_identical_role_assignments():
    first = RoleAssignmentFactory()
    second = _identical_to(first)

    assert_refused_by_database(second)


def test_a_role_may_be_held_again_after_it_ended():
    first = RoleAssignmentFactory(end_date=datetime.date(2019, 12, 31))
    again = _identical_to(first, start_date=datetime.date(2020, 1, 1))

    again.full_clean()
    again.save()

    assert again.pk is not None


def test_a_role_assignment_cannot_end_before_it_starts():
    assignment = change(
        RoleAssignmentFactory(),
        **period(datetime.date(2020, 1, 1), datetime.date(2019, 1, 1)),
    )

    assert_refused_by_validation(assignment, "The end cannot be before the start.")
    assert_refused_by_database(assignment)


def test_incompatible_role_types_are_symmetric_data():
    development = RoleTypeFactory(name="Development party")
    review = RoleTypeFactory(name="Review party")

    development.incompatible_with.add(review)

    assert list(review.incompatible_with.all()) == [development]


def test_a_party_holding_incompatible_roles_is_recorded_and_reported():
    development = RoleTypeFactory(name="Development party")
    review = RoleTypeFactory(name="Review party")
    development.incompatible_with.add(review)
    develops = RoleAssignmentFactory(role_type=development)

    reviews = RoleAssignmentFactory(
        role_type=review, party=develops.party, component=develops.component
    )

    assert list(reviews.conflicting_assignments()) == [develops]
    assert list(develops.conflicting_assignments()) == [reviews]


def test_incompatible_roles_in_separate_periods_do_not_conflict():
    development = RoleTypeFactory()
    review = RoleTypeFactory()
    development.incompatible_with.add(review)
    develops = RoleAssignmentFactory(
        role_type=development, end_date=datetime.date(2019, 12, 31)
    )

    reviews = RoleAssignmentFactory(
        role_type=review,
        party=develops.party,
        component=develops.component,
        start_date=datetime.date(2020, 1, 1),
    )

    assert not reviews.conflicting_assignments().exists()


def test_a_role_type_in_use_cannot_be_deleted():
    assignment = RoleAssignmentFactory()

    with pytest.raises(ProtectedError):
        assignment.role_type.delete()


def test_a_component_with_role_holders_cannot_be_deleted():
    assignment = RoleAssignmentFactory()

    with pytest.raises(ProtectedError):
        assignment.component.delete()
