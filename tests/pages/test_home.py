"""The public pages with factories: published records only, and a bounded
number of queries whatever the number of rows."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from tests.components.factories import ComponentFactory
from tests.contracts.factories import ContractFactory
from tests.funding.factories import FundingStreamFactory
from tests.goals.factories import ImprovementGoalFactory
from tests.parties.factories import MembershipFactory, PartyFactory
from tests.roles.factories import RoleAssignmentFactory

pytestmark = pytest.mark.django_db


def queries(client, path: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(captured.captured_queries)


def ecosystem(component, rows: int, coalition) -> None:
    """``rows`` of each kind of record around ``component``."""
    for _ in range(rows):
        party = PartyFactory(municipality=True)
        MembershipFactory(member=party, organisation=coalition)
        RoleAssignmentFactory(component=component, party=party)
        contract = ContractFactory(
            client=coalition, contractor=party, components=[component]
        )
        FundingStreamFactory(funder=party, recipient=coalition, contract=contract)
        ImprovementGoalFactory(owner=party, theme__component=component)


def paths(component, coalition, contract) -> list[str]:
    return [
        reverse("home"),
        reverse("pages:component", args=[component.slug]),
        reverse("pages:parties"),
        reverse("pages:party", args=[coalition.slug]),
        reverse("pages:contracts"),
        reverse("pages:contract", args=[contract.uuid]),
        reverse("pages:funding") + f"?component={component.slug}",
        reverse("pages:goals"),
        reverse("pages:search") + "?q=a",
        reverse("pages:municipality") + "?q=a",
    ]


def test_each_page_runs_the_same_number_of_queries_at_3_and_at_30_rows(client):
    # (The overview draws a card per component, ten per page: more components
    # add queries up to a full page, and no more.)
    component = ComponentFactory(name="OpenZaak")
    coalition = PartyFactory(name="Dimpact", coalition=True)
    ecosystem(component, 3, coalition)
    contract = ContractFactory(client=coalition, components=[component])
    small = {
        path: queries(client, path) for path in paths(component, coalition, contract)
    }

    ecosystem(component, 27, coalition)
    large = {
        path: queries(client, path) for path in paths(component, coalition, contract)
    }

    assert large == small


def test_a_draft_component_has_no_page_and_is_not_on_the_overview(client):
    ComponentFactory(name="Open Klant", slug="open-klant", draft=True)

    home = client.get(reverse("home"))
    page = client.get(reverse("pages:component", args=["open-klant"]))

    assert "Open Klant" not in home.content.decode()
    assert page.status_code == 404


def test_a_draft_party_is_not_listed_and_has_no_page(client):
    PartyFactory(name="Concept Gemeente", slug="concept", draft=True)
    PartyFactory(name="Gepubliceerde Gemeente")

    listed = client.get(reverse("pages:parties")).content.decode()

    assert "Concept Gemeente" not in listed
    assert "Gepubliceerde Gemeente" in listed
    assert client.get(reverse("pages:party", args=["concept"])).status_code == 404


def test_a_draft_role_is_not_in_the_matrix(client):
    component = ComponentFactory()
    RoleAssignmentFactory(component=component, party__name="Concept BV", draft=True)
    RoleAssignmentFactory(component=component, party__name="Publiek BV")

    html = client.get(
        reverse("pages:component", args=[component.slug])
    ).content.decode()

    assert "Publiek BV" in html
    assert "Concept BV" not in html


def test_a_draft_contract_has_no_page(client):
    contract = ContractFactory(draft=True)

    response = client.get(reverse("pages:contract", args=[contract.uuid]))

    assert response.status_code == 404


def test_an_invalid_filter_is_a_form_error(client):
    response = client.get(reverse("pages:parties"), {"soort": "nonsense"})

    assert response.status_code == 400
    assert "utrecht-form-field-error-message" in response.content.decode()


def test_a_kept_page_is_served_again_until_the_register_changes(client):
    component = ComponentFactory(name="OpenZaak")
    path = reverse("pages:component", args=[component.slug])
    first = client.get(path)

    again = client.get(path)
    component.description = "Nieuwe beschrijving"
    component.save()
    changed = client.get(path)

    assert "X-Page-Cache" not in first
    assert again["X-Page-Cache"] == "hit"
    assert again.content == first.content
    assert "X-Page-Cache" not in changed
    assert "Nieuwe beschrijving" in changed.content.decode()


def test_publishing_a_record_shows_it_at_once(client, coordinator):
    from apps.core.publication import record_publish

    party = PartyFactory(name="Nieuwe Gemeente", draft=True)
    assert (
        "Nieuwe Gemeente" not in client.get(reverse("pages:parties")).content.decode()
    )

    record_publish(record=party, user=coordinator)

    assert "Nieuwe Gemeente" in client.get(reverse("pages:parties")).content.decode()


def test_the_language_switch_sets_the_language_and_goes_back(client):
    response = client.get(
        reverse("pages:language", args=["en"]), {"next": "/partijen/"}
    )

    assert response.status_code == 302
    assert response["Location"] == "/partijen/"
    assert 'lang="en"' in client.get("/partijen/").content.decode()


def test_the_language_switch_never_sends_a_reader_elsewhere(client):
    response = client.get(
        reverse("pages:language", args=["nl"]), {"next": "https://example.org/"}
    )

    assert response["Location"] == "/"
    assert client.get(reverse("pages:language", args=["fr"])).status_code == 404


def test_a_draft_successor_lot_is_not_shown_on_its_predecessors_contract(client):
    from tests.contracts.factories import LotFactory

    earlier = LotFactory(name="Onderhoud 2024")
    LotFactory(
        name="Onderhoud 2025 (concept)",
        predecessor=earlier,
        contract__client=earlier.contract.client,
        contract__draft=True,
        draft=True,
    )

    response = client.get(reverse("pages:contract", args=[earlier.contract.uuid]))

    assert response.status_code == 200
    assert "Onderhoud 2025 (concept)" not in response.content.decode()


def test_a_citation_of_a_draft_source_is_not_shown(client):
    from tests.core.factories import CitationFactory, SourceFactory

    party = PartyFactory(name="Gemeente Bron")
    CitationFactory(
        record=party, source=SourceFactory(title="Conceptnotitie", draft=True)
    )

    html = client.get(reverse("pages:party", args=[party.slug])).content.decode()

    assert "Conceptnotitie" not in html


def test_a_csv_cell_is_never_a_spreadsheet_formula(client):
    PartyFactory(name="=HYPERLINK(1)")

    download = client.get(reverse("pages:parties"), {"csv": "partijen"})

    assert "'=HYPERLINK(1)" in download.content.decode("utf-8-sig")


def test_the_goals_page_shows_each_components_latest_review(client):
    from datetime import date

    from tests.goals.factories import ReviewFactory

    a, b = ComponentFactory(), ComponentFactory()
    ReviewFactory(title="Evaluatie A 2024", held_on=date(2024, 6, 1), component=a)
    ReviewFactory(title="Evaluatie A 2025", held_on=date(2025, 6, 1), component=a)
    ReviewFactory(title="Evaluatie B", held_on=date(2025, 1, 1), component=b)
    ReviewFactory(title="Evaluatie zonder component", held_on=date(2025, 2, 1))

    html = client.get(reverse("pages:goals")).content.decode()

    assert "Evaluatie A 2025" in html
    assert "Evaluatie B" in html
    assert "Evaluatie A 2024" not in html
    assert "Evaluatie zonder component" in html


def test_the_funding_page_as_of_a_day_leaves_out_streams_started_later(client):

    from apps.core.periods import period_values

    early = FundingStreamFactory(title="Vroege stroom")
    late = FundingStreamFactory(title="Latere stroom")
    for stream, start in ((early, "2019"), (late, "2024")):
        for name, value in period_values(start=start, end_state="ongoing").items():
            setattr(stream, name, value)
        stream.save()

    html = client.get(reverse("pages:funding"), {"op": "2020-06-01"}).content.decode()

    assert "Vroege stroom" in html
    assert "Latere stroom" not in html
