from __future__ import annotations

from typing import Self

from django.db.models import Case, Exists, OuterRef, Q, Value, When

from apps.core.querysets import PeriodQuerySet
from apps.parties.querysets import OnBehalfOfQuerySetMixin

from .constants import AssignmentStatus, ContractBasis


class RoleAssignmentQuerySet(OnBehalfOfQuerySetMixin, PeriodQuerySet):
    """Role assignments; ``active_on(day)`` gives those in force on that day."""

    def with_related(self) -> Self:
        # The admin, API and pages all show party, role type and what the role is
        # held for (a component or an ecosystem, and a body for a seat).
        return self.select_related(
            "party", "role_type", "component", "ecosystem", "body"
        )

    def current(self) -> Self:
        """Roles held, not only intended."""
        return self.filter(status=AssignmentStatus.CURRENT)

    def intended(self) -> Self:
        """Roles the community agreed a party is to hold."""
        return self.filter(status=AssignmentStatus.INTENDED)

    def with_contract_basis(self) -> Self:
        """Annotate ``contract_basis_value``: what each role is carried out under
        (a ``ContractBasis``).

        Without contract when it names no contract or lot; under a contract for
        its work when a named lot (or a lot of a named contract) has the role
        type's work category, or the role type names none (there is nothing to
        compare with); otherwise only under contracts for other work, such as
        maintenance carried out under a feature lot. This is the one home of the
        rule: ``RoleAssignment.contract_basis`` reads it, the admin and the API
        filter on it.
        """
        from apps.contracts.models import Contract, Lot

        named_lots = Lot.objects.filter(
            Q(role_assignments=OuterRef("pk"))
            | Q(contract__role_assignments=OuterRef("pk"))
        )
        names_any = Exists(named_lots) | Exists(
            Contract.objects.filter(role_assignments=OuterRef("pk"))
        )
        names_its_work = Exists(
            named_lots.filter(work_category=OuterRef("role_type__work_category"))
        )
        return self.annotate(
            contract_basis_value=Case(
                When(~names_any, then=Value(ContractBasis.WITHOUT_CONTRACT.value)),
                When(
                    role_type__work_category__isnull=True,
                    then=Value(ContractBasis.UNDER_CONTRACT.value),
                ),
                When(names_its_work, then=Value(ContractBasis.UNDER_CONTRACT.value)),
                default=Value(ContractBasis.OTHER_WORK_CATEGORY.value),
            )
        )

    def with_contract_basis_of(self, basis: str) -> Self:
        """Roles carried out under ``basis`` (a ``ContractBasis``)."""
        annotated = (
            self
            if "contract_basis_value" in self.query.annotations
            else self.with_contract_basis()
        )
        return annotated.filter(contract_basis_value=basis)
