"""Provenance: every record is sourced (with citations), inferred (with its
reasoning) or illustrative; one function decides, the database backs it."""

from django.core.exceptions import ValidationError
from django.db.models import ProtectedError
from django.utils import translation

import pytest

from apps.contracts.models import WorkCategory
from apps.core.constants import Basis
from apps.core.models import Citation
from apps.core.provenance import (
    citations_replace,
    citing,
    placeholder_locator,
    validate_provenance,
)
from tests.contracts.factories import WorkCategoryFactory
from tests.core.factories import CitationFactory, SourceFactory
from tests.helpers import assert_refused_by_database, assert_refused_by_validation

pytestmark = pytest.mark.django_db


def _error_fields(**statement) -> set[str]:
    with pytest.raises(ValidationError) as excinfo:
        validate_provenance(**statement)
    return set(excinfo.value.message_dict)


def test_a_sourced_record_without_a_citation_is_refused_naming_citations():
    fields = _error_fields(basis=Basis.SOURCED, basis_note="", citation_count=0)

    assert fields == {"citations"}


def test_a_sourced_record_with_a_citation_is_accepted():
    validate_provenance(basis=Basis.SOURCED, basis_note="", citation_count=1)


def test_the_citation_rule_is_skipped_when_the_citations_are_not_known_yet():
    validate_provenance(basis=Basis.SOURCED, basis_note="", citation_count=None)


def test_an_inferred_record_without_reasoning_is_refused_naming_basis_note():
    fields = _error_fields(basis=Basis.INFERRED, basis_note="  ", citation_count=0)

    assert fields == {"basis_note"}


def test_an_inferred_record_with_reasoning_needs_no_citation():
    validate_provenance(
        basis=Basis.INFERRED, basis_note="The G4 chairs the group.", citation_count=0
    )


def test_an_illustrative_record_needs_neither_citation_nor_reasoning():
    validate_provenance(basis=Basis.ILLUSTRATIVE, basis_note="", citation_count=0)


def test_full_clean_refuses_an_inferred_record_without_reasoning():
    record = WorkCategoryFactory.build(basis=Basis.INFERRED, basis_note="")

    with translation.override("en"):
        with pytest.raises(ValidationError) as excinfo:
            record.full_clean()
        messages = excinfo.value.message_dict["basis_note"]

        assert messages == ["An inferred record states its reasoning."]


def test_the_database_refuses_an_inferred_record_without_reasoning():
    record = WorkCategoryFactory.build(basis=Basis.INFERRED, basis_note="")

    assert_refused_by_database(record)


def test_a_citation_without_a_locator_is_refused_by_validation():
    citation = Citation(record=WorkCategoryFactory(), source=SourceFactory())

    assert_refused_by_validation(citation, "This field cannot be blank.")


def test_a_citation_without_a_locator_is_refused_by_the_database():
    citation = Citation(record=WorkCategoryFactory(), source=SourceFactory())

    assert_refused_by_database(citation)


def test_a_record_cites_a_source_at_one_locator_once():
    first = CitationFactory(record=WorkCategoryFactory(), locator="p. 3")
    again = Citation(record=first.record, source=first.source, locator="p. 3")

    assert_refused_by_database(again)


def test_a_record_may_cite_one_source_at_two_locators():
    first = CitationFactory(
        record=WorkCategoryFactory(illustrative=True), locator="p. 3"
    )

    CitationFactory(record=first.record, source=first.source, locator="§ 4")

    assert first.record.citations.count() == 2


def test_a_cited_source_cannot_be_deleted():
    citation = CitationFactory(record=WorkCategoryFactory())

    with pytest.raises(ProtectedError):
        citation.source.delete()


def test_deleting_a_record_deletes_its_citations():
    record = WorkCategoryFactory()

    record.delete()

    assert not Citation.objects.exists()


def test_a_record_lists_the_sources_it_cites():
    source = SourceFactory(title="Samenwerkingsverslag 2018")

    record = WorkCategoryFactory(citations=[(source, "p. 12")])

    assert record.sources == [source]


def test_the_factory_makes_a_sourced_record_with_one_citation():
    record = WorkCategoryFactory()

    assert record.basis == Basis.SOURCED
    assert record.citations.count() == 1


def test_replacing_citations_keeps_adds_and_removes():
    kept, dropped, added = SourceFactory.create_batch(3)
    record = WorkCategoryFactory(citations=[(kept, "p. 1"), (dropped, "p. 2")])
    kept_citation = record.citations.get(source=kept)

    citations_replace(record=record, citations=[(kept, "p. 1"), (added, "§ 2")])

    assert {(c.source, c.locator) for c in record.citations.all()} == {
        (kept, "p. 1"),
        (added, "§ 2"),
    }
    assert record.citations.get(source=kept).pk == kept_citation.pk


def test_an_empty_locator_is_the_sources_reference():
    source = SourceFactory(reference="docs/verslag.md")
    record = WorkCategoryFactory(illustrative=True)

    citations_replace(record=record, citations=[(source, "")])

    assert record.citations.get().locator == "docs/verslag.md"


def test_a_citation_keeps_a_history():
    citation = CitationFactory(record=WorkCategoryFactory(illustrative=True))

    citation.locator = "§ 5"
    citation.save()

    assert [row.history_type for row in citation.history.all()] == ["~", "+"]


def test_citing_lists_a_record_once_whatever_its_locators():
    source = SourceFactory()
    record = WorkCategoryFactory(citations=[(source, "p. 1"), (source, "p. 2")])
    WorkCategoryFactory()

    assert list(citing(WorkCategory.objects.all(), source)) == [record]


def test_the_placeholder_locator_is_in_the_site_language_whatever_the_request():
    with translation.override("en"):
        locator = placeholder_locator()

    assert locator == "vindplaats nog niet vastgelegd"
