from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.db.models import Model
from django.utils.translation import gettext_lazy as _

from rest_framework import serializers

from apps.core import publication
from apps.core.api.provenance import CitableSerializer
from apps.core.api.serializers import (
    PERIOD_API_FIELDS,
    PeriodSerializerMixin,
    UUIDHyperlinkedRelatedField,
)
from apps.funding.models import FundingAmount, FundingHop, FundingStream
from apps.funding.services import (
    funding_stream_amounts_set,
    funding_stream_route_set,
)
from apps.parties.api.serializers import (
    ON_BEHALF_OF_API_FIELDS,
    OnBehalfOfSerializerMixin,
)
from apps.parties.models import Party


class FundingHopSerializer(serializers.ModelSerializer):
    """A party the money passes through; the list is in the order it passes."""

    party = UUIDHyperlinkedRelatedField(
        view_name="party-detail",
        queryset=Party.objects.all(),
        help_text=_("The party the money passes through."),
    )
    party_name = serializers.CharField(source="party.name", read_only=True)

    class Meta:
        model = FundingHop
        fields = ["party", "party_name"]


class FundingAmountSerializer(serializers.ModelSerializer):
    """The part of the amount paid in one year."""

    amount = serializers.DecimalField(
        max_digits=14, decimal_places=2, min_value=0, coerce_to_string=False
    )

    class Meta:
        model = FundingAmount
        fields = ["year", "amount"]


class FundingStreamSerializer(
    OnBehalfOfSerializerMixin, PeriodSerializerMixin, CitableSerializer
):
    funder_name = serializers.CharField(source="funder.name", read_only=True)
    recipient_name = serializers.CharField(source="recipient.name", read_only=True)
    hops = FundingHopSerializer(
        many=True,
        required=False,
        help_text=_(
            "The parties the money passes through, in order (such as Dimpact "
            "for its members); empty when paid directly. Writing it replaces the "
            "route; leaving it out keeps it. Each party once, never the funder "
            "or the recipient."
        ),
    )
    intermediary = UUIDHyperlinkedRelatedField(
        view_name="party-detail",
        read_only=True,
        allow_null=True,
        help_text=_(
            "The first party the money passes through (kept for older clients; "
            "read-only: write hops)."
        ),
    )
    intermediary_name = serializers.CharField(
        source="intermediary.name", read_only=True, allow_null=True, default=None
    )
    amounts = FundingAmountSerializer(
        many=True,
        required=False,
        help_text=_(
            "The amount split per year, when it runs over several years: the "
            "years add up to amount, each year once. Writing it replaces them; "
            "leaving it out keeps them."
        ),
    )
    contract_title = serializers.CharField(
        source="contract.title", read_only=True, allow_null=True, default=None
    )
    lot_name = serializers.CharField(
        source="lot.name", read_only=True, allow_null=True, default=None
    )
    work_category_name = serializers.CharField(
        source="work_category.name", read_only=True, allow_null=True, default=None
    )
    component_name = serializers.CharField(
        source="component.name", read_only=True, allow_null=True, default=None
    )
    amount = serializers.DecimalField(
        max_digits=14,
        decimal_places=2,
        min_value=0,
        coerce_to_string=False,
        help_text=_("The whole amount in the currency (with amounts, their total)."),
    )

    class Meta:
        model = FundingStream
        fields = [
            "url",
            "uuid",
            "title",
            "description",
            "funder",
            "funder_name",
            "hops",
            "intermediary",
            "intermediary_name",
            "recipient",
            "recipient_name",
            "amount",
            "currency",
            "amounts",
            *PERIOD_API_FIELDS,
            *ON_BEHALF_OF_API_FIELDS,
            "contract",
            "contract_title",
            "lot",
            "lot_name",
            "work_category",
            "work_category_name",
            "component",
            "component_name",
            "created_at",
            "updated_at",
        ]

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        hops = attrs.pop("hops", None)
        amounts = attrs.pop("amounts", None)
        errors: dict[str, Any] = {}
        try:
            attrs = super().validate(attrs)
        except serializers.ValidationError as error:
            if not isinstance(error.detail, dict):
                raise
            errors = dict(error.detail)
        if not errors:
            stream = self.candidate(attrs)
            errors.update(self._route_errors(stream, hops))
            errors.update(self._amount_errors(stream, amounts))
        if errors:
            raise serializers.ValidationError(errors)
        if hops is not None:
            attrs["hops"] = hops
        if amounts is not None:
            attrs["amounts"] = amounts
        return attrs

    def _route_errors(
        self, stream: FundingStream, hops: list[dict[str, Any]] | None
    ) -> dict[str, Any]:
        """The route's rules, as the admin checks them: the whole route
        (``validate_route``), then each hop (``FundingHop.clean``)."""
        if hops is None:
            return {}
        parties = [hop["party"] for hop in hops]
        try:
            stream.validate_route(parties)
        except DjangoValidationError as error:
            return {"hops": error.message_dict["hops"]}
        rows: list[dict[str, list[str]]] = []
        for position, party in enumerate(parties, start=1):
            hop = FundingHop(stream=stream, position=position, party=party)
            row: dict[str, list[str]] = {}
            try:
                hop.clean()
            except DjangoValidationError as error:
                row = error.message_dict
            if stream.is_published and not party.is_published:
                row.setdefault("party", []).append(
                    publication.unpublished_link_message([party])
                )
            rows.append(row)
        return {"hops": rows} if any(rows) else {}

    def _amount_errors(
        self, stream: FundingStream, amounts: list[dict[str, Any]] | None
    ) -> dict[str, Any]:
        if amounts is None:
            if self.instance is None:
                return {}
            # The amount may change without its years: they must still add up.
            amounts = [
                {"year": row.year, "amount": row.amount}
                for row in self.instance.amounts.all()
            ]
        try:
            stream.validate_yearly_amounts(
                [(item["year"], item["amount"]) for item in amounts]
            )
        except DjangoValidationError as error:
            return {"amounts": error.message_dict["amounts"]}
        rows: list[dict[str, list[str]]] = []
        for item in amounts:
            row: dict[str, list[str]] = {}
            try:
                FundingAmount(stream=stream, **item).clean()
            except DjangoValidationError as error:
                row = error.message_dict
            rows.append(row)
        return {"amounts": rows} if any(rows) else {}

    @transaction.atomic
    def create(self, validated_data: dict[str, Any]) -> Model:
        hops = validated_data.pop("hops", None)
        amounts = validated_data.pop("amounts", None)
        stream = super().create(validated_data)
        self._save_parts(stream, hops, amounts)
        return stream

    @transaction.atomic
    def update(self, instance: Model, validated_data: dict[str, Any]) -> Model:
        hops = validated_data.pop("hops", None)
        amounts = validated_data.pop("amounts", None)
        stream = super().update(instance, validated_data)
        self._save_parts(stream, hops, amounts)
        return stream

    def _save_parts(
        self,
        stream: FundingStream,
        hops: list[dict[str, Any]] | None,
        amounts: list[dict[str, Any]] | None,
    ) -> None:
        if hops is not None:
            funding_stream_route_set(
                stream=stream, parties=[hop["party"] for hop in hops]
            )
        if amounts is not None:
            funding_stream_amounts_set(
                stream=stream,
                amounts=[(item["year"], item["amount"]) for item in amounts],
            )
        # The representation reads the new rows, not a stale prefetch.
        getattr(stream, "_prefetched_objects_cache", {}).clear()
