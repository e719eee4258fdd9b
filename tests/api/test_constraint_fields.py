"""A broken constraint is reported on its field, found by the constraint's code."""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db.models import CheckConstraint, Q

import pytest

from apps.contracts.models import Contract
from apps.core.api.serializers import _broken_constraint
from apps.parties.models import Membership


def _constraint(model, name):
    return next(c for c in model._meta.constraints if c.name == name)


def test_a_constraint_is_found_by_its_code_whatever_the_message():
    error = ValidationError(
        "Translated or reworded.", code="contracts_contract_client_not_contractor"
    )

    found = _broken_constraint(Contract, error)

    assert found == _constraint(Contract, "contracts_contract_client_not_contractor")


def test_a_constraint_without_a_code_is_found_by_its_message(monkeypatch):
    uncoded = CheckConstraint(
        condition=~Q(description="forbidden"),
        name="parties_membership_uncoded",
        violation_error_message="No forbidden descriptions.",
    )
    monkeypatch.setattr(
        Membership._meta, "constraints", [*Membership._meta.constraints, uncoded]
    )
    error = ValidationError(str(uncoded.get_violation_error_message()))

    assert _broken_constraint(Membership, error) == uncoded


def test_an_error_of_no_constraint_is_found_nowhere():
    error = ValidationError("Something else.", code="invalid")

    assert _broken_constraint(Contract, error) is None


@pytest.mark.parametrize(
    "model",
    [
        m
        for m in apps.get_models()
        if m._meta.app_label != "core" and m._meta.constraints
    ],
    ids=lambda m: m._meta.label,
)
def test_every_constraint_of_the_register_apps_has_a_code(model):
    # The shared period constraint (apps.core.models.PeriodModel) is matched by
    # its message until it gets a code.
    without = [
        c.name
        for c in model._meta.constraints
        if c.violation_error_code is None and not c.name.endswith("_period_valid")
    ]

    assert without == []
