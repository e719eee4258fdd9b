"""The OpenZaak ecosystem as demo data, from the seed documents and organisations.csv.

Every record states its basis: sourced (it cites its public sources), inferred
(its reasoning in ``basis_note``) or illustrative (contracts and funding streams,
whose figures the sources do not give, and the one draft record). Every dated
fact has the period its sources state. The demo is published, except that draft. Loading is idempotent: records have
stable slugs or UUIDs and are only saved when they change.
"""

from __future__ import annotations

from django.db import models

from apps.components.models import Component, Ecosystem, Standard
from apps.contracts.models import Contract, Lot, WorkCategory
from apps.core.models import Source
from apps.funding.models import FundingHop, FundingStream
from apps.goals.models import (
    GoalProgress,
    ImprovementGoal,
    ReliabilityDimension,
    ReliabilityScore,
    ReliabilityTheme,
    Review,
)
from apps.parties.models import Membership, Party, PartyName
from apps.roles.models import (
    GoverningBody,
    RoleAssignment,
    RoleRequirement,
    RoleType,
    RoleTypeName,
)
from apps.timeline.models import Event

from .components import (
    component_load,
    ecosystem_load,
    governing_bodies_load,
    merged_role_types_delete,
    role_assignments_load,
    role_requirements_load,
    role_types_load,
    roles_carried_out_under_load,
    standard_load,
)
from .contracts import (
    contracts_load,
    contradicted_records_delete,
    funding_streams_load,
    work_categories_load,
)
from .goals import dimensions_load, review_load, themes_load
from .on_behalf import market_consultation_load
from .parties import memberships_load, names_load, parties_load
from .sources import sources_load
from .timeline import events_load

#: The models the demo fills, in the order the summary lists them.
DEMO_MODELS: tuple[type[models.Model], ...] = (
    Source,
    Party,
    PartyName,
    Membership,
    Standard,
    Component,
    Ecosystem,
    RoleType,
    RoleTypeName,
    RoleRequirement,
    GoverningBody,
    RoleAssignment,
    WorkCategory,
    Contract,
    Lot,
    FundingStream,
    FundingHop,
    ReliabilityTheme,
    ImprovementGoal,
    ReliabilityDimension,
    Review,
    ReliabilityScore,
    GoalProgress,
    Event,
)


def demo_load() -> None:
    """Create or update every demo record. Call inside a transaction."""
    sources = sources_load()
    parties = parties_load(sources)
    names_load(parties)
    memberships_load(parties, sources)

    standard = standard_load(parties, sources)
    component = component_load(standard, sources)
    ecosystem = ecosystem_load(component, sources)
    merged_role_types_delete()
    categories = work_categories_load(sources)
    role_types = role_types_load(sources, categories)
    role_requirements_load(ecosystem, role_types, sources)
    bodies = governing_bodies_load(component, sources)
    assignments = role_assignments_load(
        component, ecosystem, bodies, parties, role_types, sources
    )

    contradicted_records_delete()
    contracts = contracts_load(component, parties, categories, sources)
    roles_carried_out_under_load(assignments, contracts)
    market_consultation_load(component, parties, categories, sources)
    funding_streams_load(component, parties, contracts)

    goals = themes_load(component, parties, assignments, sources)
    dimensions = dimensions_load(sources)
    review_load(component, parties, dimensions, goals, sources)

    events_load(component, parties, sources)


def demo_counts() -> dict[type[models.Model], int]:
    """How many records each model the demo fills holds now."""
    return {model: model._default_manager.count() for model in DEMO_MODELS}


__all__ = ["DEMO_MODELS", "demo_counts", "demo_load"]
