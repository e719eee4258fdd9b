"""What a role is carried out under: the contracts or lots a role assignment
names, and whether they are for the role's own work (issue 9, item 5)."""

from django.test import Client

import pytest

from apps.roles.constants import ContractBasis
from apps.roles.models import RoleAssignment
from tests.contracts.factories import ContractFactory, LotFactory, WorkCategoryFactory
from tests.roles.factories import RoleAssignmentFactory, RoleTypeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def maintenance():
    return WorkCategoryFactory(name="Maintenance", slug="maintenance")


@pytest.fixture
def features():
    return WorkCategoryFactory(name="Feature development", slug="features")


@pytest.fixture
def maintainer(maintenance):
    """A role whose work is maintenance."""
    return RoleAssignmentFactory(role_type=RoleTypeFactory(work_category=maintenance))


def basis(assignment: RoleAssignment) -> str:
    """What the database says, and what the record says: always the same."""
    fresh = RoleAssignment.objects.get(pk=assignment.pk)
    annotated = RoleAssignment.objects.with_contract_basis().get(pk=assignment.pk)
    assert fresh.contract_basis == annotated.contract_basis_value
    return fresh.contract_basis


def test_a_role_that_names_no_contract_is_held_without_one(maintainer):
    assert basis(maintainer) == ContractBasis.WITHOUT_CONTRACT


def test_a_role_under_a_lot_of_its_own_work_is_under_contract(maintainer, maintenance):
    maintainer.carried_out_under_lots.add(LotFactory(work_category=maintenance))

    assert basis(maintainer) == ContractBasis.UNDER_CONTRACT


def test_maintenance_under_a_feature_lot_is_under_other_work_only(maintainer, features):
    maintainer.carried_out_under_lots.add(LotFactory(work_category=features))

    assert basis(maintainer) == ContractBasis.OTHER_WORK_CATEGORY


def test_a_named_contract_counts_with_all_its_lots(maintainer, maintenance, features):
    contract = ContractFactory(lot__work_category=features)
    maintainer.carried_out_under_contracts.add(contract)
    assert basis(maintainer) == ContractBasis.OTHER_WORK_CATEGORY

    LotFactory(contract=contract, work_category=maintenance)

    assert basis(maintainer) == ContractBasis.UNDER_CONTRACT


def test_one_lot_of_its_own_work_among_others_is_enough(
    maintainer, maintenance, features
):
    maintainer.carried_out_under_lots.add(
        LotFactory(work_category=features), LotFactory(work_category=maintenance)
    )

    assert basis(maintainer) == ContractBasis.UNDER_CONTRACT


def test_a_role_type_without_work_category_is_under_any_contract():
    assignment = RoleAssignmentFactory(role_type=RoleTypeFactory(work_category=None))
    assert basis(assignment) == ContractBasis.WITHOUT_CONTRACT

    assignment.carried_out_under_lots.add(LotFactory())

    assert basis(assignment) == ContractBasis.UNDER_CONTRACT


def test_the_queryset_selects_roles_by_what_they_are_carried_out_under(
    maintainer, maintenance, features
):
    under_features = RoleAssignmentFactory(role_type=maintainer.role_type)
    under_features.carried_out_under_lots.add(LotFactory(work_category=features))

    def selected(value: str) -> set[int]:
        return set(
            RoleAssignment.objects.with_contract_basis_of(value).values_list(
                "pk", flat=True
            )
        )

    assert selected(ContractBasis.WITHOUT_CONTRACT) == {maintainer.pk}
    assert selected(ContractBasis.OTHER_WORK_CATEGORY) == {under_features.pk}
    assert selected(ContractBasis.UNDER_CONTRACT) == set()


def test_the_api_shows_and_filters_what_a_role_is_carried_out_under(
    admin_client: Client, maintainer, features
):
    lot = LotFactory(work_category=features)
    maintainer.carried_out_under_lots.add(lot)
    RoleAssignmentFactory()  # without contract

    listed = admin_client.get(
        "/api/v1/role-assignments", {"contractBasis": "other_work_category"}
    ).json()["results"]
    by_lot = admin_client.get(
        "/api/v1/role-assignments", {"carriedOutUnderLot": str(lot.uuid)}
    ).json()["results"]
    by_contract = admin_client.get(
        "/api/v1/role-assignments",
        {"carriedOutUnderContract": str(lot.contract.uuid)},
    ).json()["results"]

    assert [row["uuid"] for row in listed] == [str(maintainer.uuid)]
    assert listed[0]["contractBasis"] == "other_work_category"
    assert listed[0]["carriedOutUnderLots"] == [
        f"http://testserver/api/v1/lots/{lot.uuid}"
    ]
    assert [row["uuid"] for row in by_lot] == [str(maintainer.uuid)]
    assert [row["uuid"] for row in by_contract] == [str(maintainer.uuid)]


def test_the_api_refuses_an_unknown_contract_basis(admin_client: Client):
    response = admin_client.get(
        "/api/v1/role-assignments", {"contractBasis": "sometimes"}
    )

    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"


def test_writing_the_lots_through_the_api_answers_with_the_new_basis(
    admin_client: Client, maintainer, maintenance
):
    lot = LotFactory(work_category=maintenance)
    url = f"/api/v1/role-assignments/{maintainer.uuid}"
    etag = admin_client.get(url)["ETag"]

    response = admin_client.patch(
        url,
        {"carriedOutUnderLots": [f"http://testserver/api/v1/lots/{lot.uuid}"]},
        content_type="application/json",
        HTTP_IF_MATCH=etag,
    )

    assert response.status_code == 200, response.content
    assert response.json()["contractBasis"] == "under_contract"
    assert list(maintainer.carried_out_under_lots.all()) == [lot]
