"""The role check (``apps.roles.rules.role_check``): every rule firing and not
firing, certainly or only possibly."""

import datetime

from django.utils import translation

import pytest

from apps.roles.constants import ViolationKind
from apps.roles.rules import role_check
from tests.components.factories import ComponentFactory, EcosystemFactory
from tests.parties.factories import PartyFactory
from tests.roles.factories import (
    GoverningBodyFactory,
    RoleAssignmentFactory,
    RoleRequirementFactory,
    RoleTypeFactory,
)

pytestmark = pytest.mark.django_db

DAY = datetime.date(2024, 6, 1)


def kinds(component=None, ecosystem=None, day=DAY) -> list[tuple[str, bool]]:
    return [
        (violation.kind, violation.certain)
        for violation in role_check(component=component, ecosystem=ecosystem, day=day)
    ]


def holders(role_type, component, count, **period):
    return [
        RoleAssignmentFactory(role_type=role_type, component=component, **period)
        for _ in range(count)
    ]


def test_a_required_role_without_a_holder_is_reported_vacant():
    RoleTypeFactory(required=True)
    component = ComponentFactory()

    assert kinds(component) == [(ViolationKind.REQUIRED_VACANT, True)]


def test_a_required_role_with_a_holder_is_not_vacant():
    role_type = RoleTypeFactory(required=True)
    component = ComponentFactory()
    holders(role_type, component, 1)

    assert kinds(component) == []


def test_a_required_role_whose_holder_only_may_hold_is_possibly_vacant():
    role_type = RoleTypeFactory(required=True)
    component = ComponentFactory()
    holders(
        role_type,
        component,
        1,
        start=None,
        known_since=datetime.date(2020, 1, 1),
        last_confirmed=datetime.date(2021, 1, 1),
        end_state="unknown",
    )

    assert kinds(component) == [(ViolationKind.REQUIRED_VACANT, False)]


def test_a_role_not_required_by_default_may_be_vacant():
    RoleTypeFactory(required=False)

    assert kinds(ComponentFactory()) == []


def test_a_component_may_require_a_role_that_is_not_required_by_default():
    requirement = RoleRequirementFactory(role_type=RoleTypeFactory(required=False))

    assert kinds(requirement.component) == [(ViolationKind.REQUIRED_VACANT, True)]


def test_a_component_may_waive_a_role_required_by_default():
    requirement = RoleRequirementFactory(
        role_type=RoleTypeFactory(required=True), required=False
    )
    other = ComponentFactory()

    assert kinds(requirement.component) == []
    assert kinds(other) == [(ViolationKind.REQUIRED_VACANT, True)]


def test_an_ecosystems_requirement_applies_to_its_components():
    component = ComponentFactory()
    ecosystem = EcosystemFactory(components=[component])
    RoleRequirementFactory(for_ecosystem=True, ecosystem=ecosystem)

    assert kinds(component) == [(ViolationKind.REQUIRED_VACANT, True)]
    assert kinds(ComponentFactory()) == []


def test_a_components_own_requirement_overrides_its_ecosystems():
    component = ComponentFactory()
    ecosystem = EcosystemFactory(components=[component])
    inherited = RoleRequirementFactory(for_ecosystem=True, ecosystem=ecosystem)
    RoleRequirementFactory(
        role_type=inherited.role_type, component=component, required=False
    )

    assert kinds(component) == []


def test_fewer_holders_than_the_minimum_is_reported():
    role_type = RoleTypeFactory(required=True, min_holders=2)
    component = ComponentFactory()
    holders(role_type, component, 1)

    assert kinds(component) == [(ViolationKind.BELOW_MINIMUM, True)]


def test_as_many_holders_as_the_minimum_is_enough():
    role_type = RoleTypeFactory(required=True, min_holders=2)
    component = ComponentFactory()
    holders(role_type, component, 2)

    assert kinds(component) == []


def test_a_requirement_may_raise_the_minimum():
    role_type = RoleTypeFactory(required=True, min_holders=1)
    requirement = RoleRequirementFactory(role_type=role_type, min_holders=3)
    holders(role_type, requirement.component, 2)

    assert kinds(requirement.component) == [(ViolationKind.BELOW_MINIMUM, True)]


def test_more_holders_than_the_maximum_is_reported():
    role_type = RoleTypeFactory(max_holders=1)
    component = ComponentFactory()
    holders(role_type, component, 2)

    (violation,) = role_check(component=component, day=DAY)
    assert (violation.kind, violation.certain) == (ViolationKind.ABOVE_MAXIMUM, True)
    assert len(violation.parties) == 2


def test_as_many_holders_as_the_maximum_is_allowed():
    role_type = RoleTypeFactory(max_holders=1)
    component = ComponentFactory()
    holders(role_type, component, 1)

    assert kinds(component) == []


def test_a_role_type_without_a_maximum_takes_any_number_of_holders():
    role_type = RoleTypeFactory(max_holders=None)
    component = ComponentFactory()
    holders(role_type, component, 3)

    assert kinds(component) == []


def test_a_second_holder_that_only_may_hold_possibly_exceeds_the_maximum():
    role_type = RoleTypeFactory(max_holders=1)
    component = ComponentFactory()
    holders(role_type, component, 1)
    holders(role_type, component, 1, start="2024")

    assert kinds(component) == [(ViolationKind.ABOVE_MAXIMUM, False)]


def test_incompatible_roles_of_one_party_are_reported_once():
    development = RoleTypeFactory(name="Development party")
    review = RoleTypeFactory(name="Review party")
    development.incompatible_with.add(review)
    develops = RoleAssignmentFactory(role_type=development)
    RoleAssignmentFactory(
        role_type=review, party=develops.party, component=develops.component
    )

    with translation.override("en"):
        (violation,) = role_check(component=develops.component, day=DAY)

    assert (violation.kind, violation.certain) == (ViolationKind.INCOMPATIBLE, True)
    assert violation.parties == (develops.party,)
    assert "must not be combined with" in violation.message


def test_incompatible_roles_of_two_parties_are_fine():
    development = RoleTypeFactory()
    review = RoleTypeFactory()
    development.incompatible_with.add(review)
    develops = RoleAssignmentFactory(role_type=development)
    RoleAssignmentFactory(role_type=review, component=develops.component)

    assert kinds(develops.component) == []


def test_incompatible_roles_in_separate_periods_are_not_combined_on_the_day():
    development = RoleTypeFactory()
    review = RoleTypeFactory()
    development.incompatible_with.add(review)
    develops = RoleAssignmentFactory(
        role_type=development, end_date=datetime.date(2020, 12, 31)
    )
    RoleAssignmentFactory(
        role_type=review, party=develops.party, component=develops.component
    )

    assert kinds(develops.component) == []


def test_a_role_held_outside_its_scope_is_reported():
    assignment = RoleAssignmentFactory()
    # Recorded before the role type became one per ecosystem.
    assignment.role_type.scope = "ecosystem"
    assignment.role_type.save()

    assert kinds(assignment.component) == [(ViolationKind.SCOPE_MISMATCH, True)]


def test_a_role_held_in_its_scope_is_fine():
    assignment = RoleAssignmentFactory(for_ecosystem=True)

    assert kinds(ecosystem=assignment.ecosystem) == []


def test_an_ecosystem_role_required_by_default_is_checked_for_the_ecosystem():
    RoleTypeFactory(per_ecosystem=True, required=True)

    assert kinds(ecosystem=EcosystemFactory()) == [
        (ViolationKind.REQUIRED_VACANT, True)
    ]
    assert kinds(ComponentFactory()) == []


def test_an_intended_holder_is_reported_and_never_counted():
    role_type = RoleTypeFactory(required=True)
    intended = RoleAssignmentFactory(role_type=role_type, intended=True)

    with translation.override("en"):
        violations = role_check(component=intended.component, day=DAY)

    assert [(v.kind, v.certain) for v in violations] == [
        (ViolationKind.REQUIRED_VACANT, True),
        (ViolationKind.INTENDED, True),
    ]
    assert "by June 30, 2027" in violations[1].message


def test_without_an_intended_holder_nothing_is_intended():
    role_type = RoleTypeFactory()
    component = ComponentFactory()
    holders(role_type, component, 1)

    assert ViolationKind.INTENDED not in dict(kinds(component))


def seats(body, party, count, **period):
    return RoleAssignmentFactory(
        party=party, component=body.component, body=body, seats=count, **period
    )


def test_a_party_with_a_simple_majority_of_seats_is_reported():
    body = GoverningBodyFactory(majority_cap=True)
    seats(body, PartyFactory(), 3)
    seats(body, PartyFactory(), 2)

    assert kinds(body.component) == [(ViolationKind.SEAT_MAJORITY, True)]


def test_half_of_the_seats_is_no_simple_majority():
    body = GoverningBodyFactory(majority_cap=True)
    seats(body, PartyFactory(), 2)
    seats(body, PartyFactory(), 2)

    assert kinds(body.component) == []


def test_a_majority_of_seats_whose_dates_leave_it_open_is_possible():
    body = GoverningBodyFactory(majority_cap=True)
    seats(body, PartyFactory(), 1)
    seats(
        body,
        PartyFactory(),
        2,
        start=None,
        known_since=datetime.date(2020, 1, 1),
        last_confirmed=datetime.date(2021, 1, 1),
        end_state="unknown",
    )

    assert kinds(body.component) == [(ViolationKind.SEAT_MAJORITY, False)]


def test_a_body_without_a_majority_cap_allows_a_majority():
    body = GoverningBodyFactory(majority_cap=False)
    seats(body, PartyFactory(), 3)

    assert kinds(body.component) == []


def test_two_votes_of_one_organisation_break_the_one_vote_rule():
    body = GoverningBodyFactory(max_seats_per_party=1)
    exxellence = PartyFactory(name="Exxellence")
    seats(body, exxellence, 2)
    seats(body, PartyFactory(), 1)

    with translation.override("en"):
        (violation,) = role_check(component=body.component, day=DAY)

    assert (violation.kind, violation.certain) == (ViolationKind.SEATS_PER_PARTY, True)
    assert violation.parties == (exxellence,)
    assert "allows at most 1 per party" in violation.message


def test_one_vote_per_organisation_is_kept():
    body = GoverningBodyFactory(max_seats_per_party=1)
    seats(body, PartyFactory(), 1)
    seats(body, PartyFactory(), 1)

    assert kinds(body.component) == []


def test_the_messages_are_dutch_by_default_and_english_when_asked():
    RoleTypeFactory(required=True, name="Reviewpartij")
    component = ComponentFactory(name="OpenZaak")

    with translation.override("nl"):
        (dutch,) = role_check(component=component, day=DAY)
    with translation.override("en"):
        (english,) = role_check(component=component, day=DAY)

    assert "nobody holds it" in english.message
    assert dutch.message != english.message


def test_the_public_check_ignores_draft_roles(rf):
    from django.contrib.auth.models import AnonymousUser

    role_type = RoleTypeFactory(required=True)
    draft = RoleAssignmentFactory(role_type=role_type, draft=True)

    assert kinds(draft.component) == []
    public = role_check(component=draft.component, day=DAY, user=AnonymousUser())
    assert [v.kind for v in public] == [ViolationKind.REQUIRED_VACANT]


@pytest.mark.parametrize("rows", [1, 20])
def test_the_role_check_runs_a_constant_number_of_queries(
    django_assert_num_queries, rows
):
    component = ComponentFactory()
    EcosystemFactory(components=[component])
    body = GoverningBodyFactory(component=component, majority_cap=True)
    incompatible = RoleTypeFactory(required=True, max_holders=1)
    for _ in range(rows):
        role_type = RoleTypeFactory(required=True, min_holders=2)
        role_type.incompatible_with.add(incompatible)
        party = PartyFactory()
        RoleAssignmentFactory(role_type=role_type, component=component, party=party)
        RoleAssignmentFactory(role_type=incompatible, component=component, party=party)
        seats(body, party, 1)
        RoleAssignmentFactory(role_type=role_type, component=component, intended=True)

    with django_assert_num_queries(5):
        role_check(component=component, day=DAY)


def test_seats_of_several_parties_whose_dates_leave_it_open_are_no_majority():
    body = GoverningBodyFactory(majority_cap=True)
    uncertain = {
        "start": None,
        "known_since": datetime.date(2020, 1, 1),
        "last_confirmed": datetime.date(2021, 1, 1),
        "end_state": "unknown",
    }
    seats(body, PartyFactory(), 2, **uncertain)
    seats(body, PartyFactory(), 2, **uncertain)
    seats(body, PartyFactory(), 1, **uncertain)

    assert kinds(body.component) == []
