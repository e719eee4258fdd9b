"""record_delete: one rule for deleting a register record, whoever asks."""

from django.utils import translation

import pytest

from apps.core.models import Source
from apps.core.services import RecordInUseError, record_delete
from apps.parties.models import Party
from tests.contracts.factories import ContractFactory
from tests.core.factories import SourceFactory
from tests.parties.factories import PartyFactory

pytestmark = pytest.mark.django_db


def test_a_record_nothing_refers_to_is_deleted():
    source = SourceFactory()

    record_delete(record=source)

    assert not Source.objects.filter(pk=source.pk).exists()


def test_a_cited_source_is_refused_naming_who_cites_it():
    source = SourceFactory()
    PartyFactory().sources.add(source)

    with translation.override("en"), pytest.raises(RecordInUseError) as refusal:
        record_delete(record=source)

    assert refusal.value.kinds == ["parties"]


def test_a_refused_source_keeps_its_links():
    source = SourceFactory()
    party = PartyFactory()
    party.sources.add(source)

    with pytest.raises(RecordInUseError):
        record_delete(record=source)

    assert list(party.sources.all()) == [source]


def test_a_party_a_contract_protects_is_refused_naming_contracts():
    contract = ContractFactory()

    with translation.override("en"), pytest.raises(RecordInUseError) as refusal:
        record_delete(record=contract.client)

    assert refusal.value.kinds == ["contracts"]
    assert Party.objects.filter(pk=contract.client.pk).exists()
