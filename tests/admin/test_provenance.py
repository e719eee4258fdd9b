"""Provenance in the admin: a basis column and filter on every citable list, the
citations inline, and the provenance rules as form errors."""

from django.contrib import admin
from django.forms.models import BaseInlineFormSet
from django.urls import reverse
from django.utils import translation

import pytest

from apps.contracts.models import WorkCategory
from apps.core.admin_provenance import CitationInline, ProvenanceAdminMixin
from apps.core.constants import Basis
from apps.core.models import CitableModel
from apps.parties.admin import ContactPointInline
from apps.parties.models import Party
from tests.contracts.factories import WorkCategoryFactory
from tests.core.factories import SourceFactory
from tests.parties.factories import PartyFactory

pytestmark = pytest.mark.django_db

ENGLISH = {"accept-language": "en"}
CITATIONS = "core-citation-content_type-object_id"
ADD_WORK_CATEGORY = reverse("admin:contracts_workcategory_add")
CITABLE_ADMINS = [
    model_admin
    for model, model_admin in admin.site._registry.items()
    if issubclass(model, CitableModel)
]


def _work_category(basis: str, note: str = "", *citations) -> dict:
    """The add form of a work category, with ``citations`` as (source, locator)."""
    data = {
        "name": "Onderhoud",
        "slug": "onderhoud",
        "basis": basis,
        "basis_note": note,
        "publication_state": "draft",  # ignored where the form does not edit it
        f"{CITATIONS}-TOTAL_FORMS": str(len(citations)),
        f"{CITATIONS}-INITIAL_FORMS": "0",
    }
    for number, (source, locator) in enumerate(citations):
        data[f"{CITATIONS}-{number}-source"] = str(source.pk)
        data[f"{CITATIONS}-{number}-locator"] = locator
    return data


def _formset_errors(response) -> list[str]:
    with translation.override("en"):
        return [
            str(error)
            for inline in response.context["inline_admin_formsets"]
            for error in inline.formset.non_form_errors()
        ]


@pytest.mark.parametrize("model_admin", CITABLE_ADMINS, ids=str)
def test_every_citable_admin_shows_basis_as_column_filter_and_inline(model_admin, rf):
    request = rf.get("/")

    assert isinstance(model_admin, ProvenanceAdminMixin)
    assert "basis" in model_admin.get_list_display(request)
    assert "basis" in model_admin.get_list_filter(request)
    assert CitationInline in model_admin.get_inlines(request, None)


def test_the_form_shows_the_reasoning_next_to_the_basis(coordinator_client):
    response = coordinator_client.get(ADD_WORK_CATEGORY)

    rows = [
        row for fieldset in response.context["adminform"] for row in fieldset.fields
    ]
    assert ("basis", "basis_note") in rows


def test_the_changelist_filters_on_basis(coordinator_client):
    WorkCategoryFactory(name="Bronnen", inferred=True)
    WorkCategoryFactory(name="Voorbeeld", illustrative=True)

    response = coordinator_client.get(
        reverse("admin:contracts_workcategory_changelist"), {"basis": "inferred"}
    )

    assert [row.name for row in response.context["cl"].result_list] == ["Bronnen"]


def test_a_sourced_record_without_a_citation_is_a_form_error(coordinator_client):
    response = coordinator_client.post(
        ADD_WORK_CATEGORY, _work_category(Basis.SOURCED), headers=ENGLISH
    )

    assert response.status_code == 200
    assert _formset_errors(response) == [
        "A sourced record cites at least one source, with a locator."
    ]
    assert not WorkCategory.objects.exists()


def test_a_sourced_record_is_saved_with_its_citations(coordinator_client):
    source = SourceFactory()

    response = coordinator_client.post(
        ADD_WORK_CATEGORY, _work_category(Basis.SOURCED, "", (source, "p. 12"))
    )

    assert response.status_code == 302
    citation = WorkCategory.objects.get().citations.get()
    assert (citation.source, citation.locator) == (source, "p. 12")


def test_a_citation_without_a_locator_is_a_form_error(coordinator_client):
    response = coordinator_client.post(
        ADD_WORK_CATEGORY,
        _work_category(Basis.SOURCED, "", (SourceFactory(), "")),
        headers=ENGLISH,
    )

    assert response.status_code == 200
    assert not WorkCategory.objects.exists()


def test_an_inferred_record_without_reasoning_is_a_form_error(coordinator_client):
    response = coordinator_client.post(
        ADD_WORK_CATEGORY, _work_category(Basis.INFERRED), headers=ENGLISH
    )

    with translation.override("en"):
        errors = response.context["adminform"].form.errors
    assert errors["basis_note"] == ["An inferred record states its reasoning."]
    assert not WorkCategory.objects.exists()


def test_an_inferred_record_with_reasoning_is_saved_without_citations(
    coordinator_client,
):
    response = coordinator_client.post(
        ADD_WORK_CATEGORY,
        _work_category(Basis.INFERRED, "Named so in the steering group's minutes."),
    )

    assert response.status_code == 302
    assert WorkCategory.objects.get().basis == Basis.INFERRED


def test_an_illustrative_record_is_saved_without_citations(coordinator_client):
    response = coordinator_client.post(
        ADD_WORK_CATEGORY, _work_category(Basis.ILLUSTRATIVE)
    )

    assert response.status_code == 302
    assert WorkCategory.objects.get().basis == Basis.ILLUSTRATIVE


def test_a_cited_source_is_not_deleted_from_the_admin(coordinator_client):
    source = SourceFactory()
    WorkCategoryFactory(citations=[(source, "p. 1")])

    response = coordinator_client.post(
        reverse("admin:core_source_delete", args=[source.pk]), {"post": "yes"}
    )

    assert response.status_code == 200  # the page lists what protects it
    assert source.citations.exists()


def _contact_point_rows(request, party, **row) -> BaseInlineFormSet:
    """The contact points inline of ``party``'s page, with one new ``row``."""
    inline = ContactPointInline(Party, admin.site)
    formset_class = inline.get_formset(request, party)
    prefix = formset_class.get_default_prefix()
    data = {f"{prefix}-TOTAL_FORMS": "1", f"{prefix}-INITIAL_FORMS": "0"}
    data.update({f"{prefix}-0-{name}": value for name, value in row.items()})
    return formset_class(data, instance=party, prefix=prefix)


def test_a_new_sourced_row_in_another_records_page_is_a_form_error(rf, coordinator):
    request = rf.post("/")
    request.user = coordinator

    rows = _contact_point_rows(
        request, PartyFactory(), name="Servicedesk", basis=Basis.SOURCED
    )

    assert not rows.is_valid()
    assert "basis" in rows.forms[0].errors


def test_a_new_inferred_row_in_another_records_page_is_accepted(rf, coordinator):
    request = rf.post("/")
    request.user = coordinator

    rows = _contact_point_rows(
        request,
        PartyFactory(),
        name="Servicedesk",
        email="servicedesk@example.org",
        basis=Basis.INFERRED,
        basis_note="Listed on the municipality's contact page.",
    )

    assert rows.is_valid(), rows.errors
