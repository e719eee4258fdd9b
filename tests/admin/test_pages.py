"""Every admin page of the register renders for a coordinator and only for them."""

import datetime
from collections.abc import Callable
from decimal import Decimal

from django.apps import apps
from django.contrib import admin
from django.db import models
from django.urls import reverse

import pytest

from apps.core.constants import Basis
from apps.core.services import REGISTER_APP_LABELS
from tests.components.factories import (
    ComponentFactory,
    EcosystemFactory,
    StandardFactory,
)
from tests.contracts.factories import (
    ContractFactory,
    LotFactory,
    WorkCategoryFactory,
)
from tests.core.factories import CitationFactory, SourceFactory
from tests.funding.factories import FundingStreamFactory
from tests.goals.factories import (
    GoalProgressFactory,
    ImprovementGoalFactory,
    ReliabilityDimensionFactory,
    ReliabilityScoreFactory,
    ReliabilityThemeFactory,
    ReviewFactory,
)
from tests.parties.factories import (
    ContactPointFactory,
    MembershipFactory,
    PartyFactory,
    PartyNameFactory,
)
from tests.roles.factories import (
    GoverningBodyFactory,
    RoleAssignmentFactory,
    RoleRequirementFactory,
    RoleTypeFactory,
    RoleTypeNameFactory,
)
from tests.timeline.factories import EventFactory

pytestmark = pytest.mark.django_db

FACTORIES: dict[str, Callable[[], models.Model]] = {
    "core.source": SourceFactory,
    "core.citation": lambda: CitationFactory(record=WorkCategoryFactory()),
    "parties.party": PartyFactory,
    "parties.partyname": PartyNameFactory,
    "parties.membership": MembershipFactory,
    "parties.contactpoint": ContactPointFactory,
    "components.component": ComponentFactory,
    "components.standard": StandardFactory,
    "components.ecosystem": EcosystemFactory,
    "roles.roletype": RoleTypeFactory,
    "roles.roletypename": RoleTypeNameFactory,
    "roles.rolerequirement": RoleRequirementFactory,
    "roles.governingbody": GoverningBodyFactory,
    "roles.roleassignment": RoleAssignmentFactory,
    "contracts.workcategory": WorkCategoryFactory,
    "contracts.contract": ContractFactory,
    "contracts.lot": LotFactory,
    "funding.fundingstream": FundingStreamFactory,
    "funding.fundinghop": lambda: FundingStreamFactory(
        through_intermediary=True
    ).hops.get(),
    "funding.fundingamount": lambda: FundingStreamFactory(
        amounts=[(2025, Decimal("5000.00"))]
    ).amounts.get(),
    "goals.reliabilitytheme": ReliabilityThemeFactory,
    "goals.improvementgoal": ImprovementGoalFactory,
    "goals.reliabilitydimension": ReliabilityDimensionFactory,
    "goals.review": ReviewFactory,
    "goals.reliabilityscore": ReliabilityScoreFactory,
    "goals.goalprogress": GoalProgressFactory,
    "timeline.event": EventFactory,
}

REGISTERED = sorted(
    model._meta.label_lower
    for model in admin.site._registry
    if model._meta.app_label in REGISTER_APP_LABELS
)


def _urls(label: str) -> dict[str, str]:
    record = FACTORIES[label]()
    app_label, model_name = label.split(".")
    prefix = f"admin:{app_label}_{model_name}"
    return {
        "changelist": reverse(f"{prefix}_changelist"),
        "add": reverse(f"{prefix}_add"),
        "change": reverse(f"{prefix}_change", args=[record.pk]),
        "history": reverse(f"{prefix}_history", args=[record.pk]),
    }


def test_every_register_model_has_an_admin_and_a_factory():
    models_in_register = sorted(
        model._meta.label_lower
        for app_label in REGISTER_APP_LABELS
        for model in apps.get_app_config(app_label).get_models()
        if not model.__name__.startswith("Historical")
    )

    assert models_in_register == REGISTERED
    assert sorted(FACTORIES) == REGISTERED


@pytest.mark.parametrize("label", REGISTERED)
@pytest.mark.parametrize("page", ["changelist", "add", "change", "history"])
def test_a_coordinator_sees_every_admin_page(coordinator_client, label, page):
    url = _urls(label)[page]

    response = coordinator_client.get(url)

    assert response.status_code == 200, url


@pytest.mark.parametrize("label", REGISTERED)
@pytest.mark.parametrize("page", ["changelist", "add", "change", "history"])
def test_an_anonymous_visitor_is_sent_to_the_login_page(client, label, page):
    url = _urls(label)[page]

    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_the_admin_speaks_dutch_by_default(coordinator_client):
    response = coordinator_client.get(reverse("admin:index"))

    assert response.headers["Content-Language"] == "nl"
    assert "Partijen" in response.content.decode()


def test_the_admin_speaks_english_when_asked(coordinator_client):
    response = coordinator_client.get(
        reverse("admin:index"), headers={"accept-language": "en"}
    )

    assert response.headers["Content-Language"] == "en"
    assert "Parties" in response.content.decode()


def test_the_active_on_filter_lists_records_in_force_on_that_day(coordinator_client):
    current = MembershipFactory(start_date=datetime.date(2020, 1, 1))
    ended = MembershipFactory(end_date=datetime.date(2019, 12, 31))

    response = coordinator_client.get(
        reverse("admin:parties_membership_changelist"), {"active_on": "2021-01-01"}
    )

    shown = list(response.context["cl"].result_list)
    assert current in shown
    assert ended not in shown


def test_an_active_on_filter_that_is_no_date_is_not_a_server_error(
    coordinator_client,
):
    response = coordinator_client.get(
        reverse("admin:contracts_contract_changelist"), {"active_on": "2021-02-30"}
    )

    assert response.status_code in (200, 302)


def test_contract_values_show_their_currency_and_whether_they_are_illustrative(
    coordinator_client,
):
    ContractFactory(
        lot__value=Decimal("120000"),
        lot__basis=Basis.ILLUSTRATIVE,
        basis=Basis.ILLUSTRATIVE,
    )

    response = coordinator_client.get(
        reverse("admin:contracts_contract_changelist"),
        headers={"accept-language": "en"},
    )

    assert "EUR 120,000.00 (illustrative)" in response.content.decode()
