"""People type slugs in addresses: each is unique within its kind of record."""

import pytest

from tests.components.factories import ComponentFactory, StandardFactory
from tests.goals.factories import ReliabilityDimensionFactory, ReliabilityThemeFactory
from tests.helpers import assert_refused_by_database, assert_refused_by_validation
from tests.roles.factories import RoleTypeFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("factory", "message"),
    [
        (ComponentFactory, "A component with this slug already exists."),
        (StandardFactory, "A standard with this slug already exists."),
        (RoleTypeFactory, "A role type with this slug already exists."),
        (ReliabilityThemeFactory, "A theme with this slug already exists."),
        (ReliabilityDimensionFactory, "A dimension with this slug already exists."),
    ],
)
def test_two_records_of_a_kind_cannot_share_a_slug(factory, message):
    factory(slug="openzaak")
    duplicate = factory.build(slug="openzaak")

    assert_refused_by_validation(duplicate, message)
    assert_refused_by_database(duplicate)
