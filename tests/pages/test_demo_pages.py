"""The public pages on the demo data: the seed ecosystem, as anyone reads it."""

import csv
import io
import re

from django.test import Client

import pytest

from apps.contracts.models import Contract
from apps.core.constants import PublicationState
from apps.roles.models import RoleAssignment

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]

DUTCH = {"HTTP_ACCEPT_LANGUAGE": "nl"}
ENGLISH = {"HTTP_ACCEPT_LANGUAGE": "en"}


def page_paths() -> list[str]:
    contract = Contract.objects.published().order_by("pk").first()
    return [
        "/",
        "/componenten/openzaak/",
        "/partijen/",
        "/partijen/dimpact/",
        "/partijen/sed/",
        "/mijn-gemeente/",
        "/mijn-gemeente/enschede/",
        "/contracten/",
        f"/contracten/{contract.uuid}/",
        "/wie-betaalt-wat/",
        "/wie-betaalt-wat/?component=openzaak",
        "/doelen/",
        "/zoeken/?q=dimpact",
    ]


def text_of(client: Client, path: str, **headers: str) -> str:
    response = client.get(path, **(headers or DUTCH))
    assert response.status_code == 200, (path, response.status_code)
    return response.content.decode()


@pytest.mark.parametrize(("headers", "lang"), [(DUTCH, "nl"), (ENGLISH, "en")])
def test_every_page_answers_in_both_languages(client, headers, lang):
    for path in page_paths():
        html = text_of(client, path, **headers)

        assert f'<html lang="{lang}"' in html, path


def test_the_overview_shows_the_seed_ecosystem(client):
    html = text_of(client, "/")

    for name in ("OpenZaak", "Dimpact", "SED", "G4", "VNG Realisatie", "Maykin Media"):
        assert name in html, name
    assert "Foundation for Public Code" in html
    assert "EUPL-1.2" in html


def test_the_component_page_reports_the_review_rule_violation_for_maykin(client):
    html = text_of(client, "/componenten/openzaak/", **ENGLISH)

    assert re.search(
        r"Maykin Media (may )?holds? the role Ontwikkelpartij for OpenZaak", html
    )
    assert "must not be combined with the role Reviewpartij" in html
    assert "incompatible roles" in html


def test_the_foundation_is_code_steward_for_its_period(client):
    html = text_of(client, "/partijen/foundation-for-public-code/", **ENGLISH)

    assert "Code steward" in html
    assert "OpenZaak" in html


def test_dimpact_lists_its_members(client):
    html = text_of(client, "/partijen/dimpact/?op=2018-06-01", **ENGLISH)

    assert "Its members on" in html
    assert "Enschede" in html


def test_sed_is_the_shared_organisation_of_its_three_municipalities(client):
    html = text_of(client, "/partijen/sed/", **ENGLISH)

    for name in ("Stede Broec", "Enkhuizen", "Drechterland"):
        assert name in html, name


def test_vng_realisatie_is_an_organisational_unit_of_vng_not_a_member(client):
    html = text_of(client, "/partijen/vng-realisatie/", **ENGLISH)

    assert "Organisational unit of" in html


def test_the_draft_record_appears_on_no_page(client):
    draft = RoleAssignment.objects.get(publication_state=PublicationState.DRAFT)
    paths = [*page_paths(), "/partijen/eindhoven/", "/zoeken/?q=Eindhoven"]

    for path in paths:
        html = text_of(client, path)

        assert draft.description[:40] not in html, path
    assert "Afnemer" not in text_of(client, "/partijen/eindhoven/")


def test_as_of_2018_06_01_shows_the_zaken_collaboration_and_no_certain_openzaak_role(
    client,
):
    home = text_of(client, "/?op=2018-06-01", **ENGLISH)
    component = text_of(client, "/componenten/openzaak/?op=2018-06-01", **ENGLISH)

    assert "ZAKEN" in home
    assert "mark--holds" not in component
    assert "Showing the ecosystem as it was on June 1, 2018" in component


def test_an_invalid_as_of_date_is_a_form_error_and_today_is_shown(client):
    response = client.get("/componenten/openzaak/?op=2018-13-45", **ENGLISH)

    assert response.status_code == 400
    html = response.content.decode()
    assert "Enter a date as YYYY-MM-DD" in html
    assert 'aria-invalid="true"' in html


def test_a_table_downloads_as_csv_with_the_same_rows(client):
    page = client.get("/partijen/?soort=coalition", **ENGLISH)
    download = client.get("/partijen/?soort=coalition&csv=partijen", **ENGLISH)

    assert download["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(download.content.decode("utf-8-sig"))))
    assert rows[0][:2] == ["Name", "Kind"]
    names = {row[0] for row in rows[1:]}
    assert names == {party.name for party in page.context["page"].object_list}
    assert {"Dimpact", "G4"} <= names


def test_an_unknown_table_is_not_found(client):
    assert client.get("/partijen/?csv=nothing").status_code == 404


def test_the_municipality_picker_finds_by_former_name_and_cbs_code(client):
    by_code = text_of(client, "/mijn-gemeente/?q=GM0153")
    by_short_code = text_of(client, "/mijn-gemeente/?q=153")
    by_other_name = text_of(client, "/mijn-gemeente/?q=Den+Bosch")

    assert "/mijn-gemeente/enschede/" in by_code
    assert "/mijn-gemeente/enschede/" in by_short_code
    assert "/mijn-gemeente/s-hertogenbosch/" in by_other_name


def test_enschede_sees_the_market_consultation_done_on_its_behalf(client):
    html = text_of(client, "/mijn-gemeente/enschede/?op=2020-05-01", **ENGLISH)

    assert "Done and paid on its behalf" in html
    assert "Dimpact" in html


def test_the_funding_page_counts_a_euro_through_dimpact_once(client):
    response = client.get("/wie-betaalt-wat/", **ENGLISH)

    flow = response.context["flow"]
    assert flow.total == sum(flow.amounts[s.pk] for s in flow.streams)
    funders = sum(node.amount for node in flow.nodes if node.column == 0)
    assert funders == flow.total


def test_the_goals_page_shows_the_six_themes(client):
    response = client.get("/doelen/", **ENGLISH)

    assert len(response.context["themes"]) == 6
