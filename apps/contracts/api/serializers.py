from typing import Any

from django.utils.translation import gettext_lazy as _

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from apps.contracts.constants import ContractStatus
from apps.contracts.models import Contract, Lot, WorkCategory
from apps.core.api.provenance import CitableSerializer
from apps.core.api.serializers import (
    PERIOD_API_FIELDS,
    PartialDateField,
    PeriodSerializerMixin,
    UUIDHyperlinkedIdentityField,
    UUIDHyperlinkedRelatedField,
)
from apps.funding.constants import CoverageStatus
from apps.funding.selectors import coverage
from apps.parties.api.serializers import (
    ON_BEHALF_OF_API_FIELDS,
    OnBehalfOfSerializerMixin,
)


class WorkCategorySerializer(CitableSerializer):
    class Meta:
        model = WorkCategory
        fields = [
            "url",
            "uuid",
            "name",
            "slug",
            "description",
            "created_at",
            "updated_at",
        ]


class CoverageSerializer(serializers.Serializer):
    """What is funded against what it is worth (see the README, "Funding")."""

    status = serializers.ChoiceField(
        choices=CoverageStatus.choices,
        help_text=_(
            "covered, partly_covered, over_funded, or unknown (the value is "
            "unknown, or known only as a lower bound that the funding reaches)."
        ),
    )
    funded = serializers.DecimalField(
        max_digits=16,
        decimal_places=2,
        coerce_to_string=False,
        help_text=_("The money paid for it, each euro once."),
    )
    value = serializers.DecimalField(
        max_digits=16,
        decimal_places=2,
        coerce_to_string=False,
        allow_null=True,
        help_text=_("What it is worth; null when unknown."),
    )
    value_complete = serializers.BooleanField(
        help_text=_("false when the value is only a lower bound (a lot's is unknown).")
    )
    currency = serializers.CharField()


class CoverageFieldMixin(serializers.Serializer):
    """A read-only ``coverage`` computed by ``apps.funding.selectors.coverage``
    from what the reader may see."""

    coverage = serializers.SerializerMethodField(
        help_text=_("What is funded against what it is worth.")
    )

    @extend_schema_field(CoverageSerializer)
    def get_coverage(self, record: Any) -> dict[str, Any]:
        request = self.context.get("request")
        return CoverageSerializer(
            coverage(record, user=getattr(request, "user", None))
        ).data


class LotSummarySerializer(serializers.ModelSerializer):
    """A lot as its contract lists it."""

    url = UUIDHyperlinkedIdentityField(view_name="lot-detail")
    work_category = UUIDHyperlinkedRelatedField(
        view_name="workcategory-detail", read_only=True
    )
    work_category_name = serializers.CharField(
        source="work_category.name", read_only=True
    )
    value = serializers.DecimalField(
        max_digits=14,
        decimal_places=2,
        read_only=True,
        allow_null=True,
        coerce_to_string=False,
    )
    start = PartialDateField(read_only=True, allow_null=True)
    end = PartialDateField(read_only=True, allow_null=True)

    class Meta:
        model = Lot
        fields = [
            "url",
            "uuid",
            "name",
            "work_category",
            "work_category_name",
            "contract_type",
            "start",
            "end",
            "end_precision",
            "value",
            "currency",
        ]
        read_only_fields = fields


class ContractSerializer(
    OnBehalfOfSerializerMixin,
    CoverageFieldMixin,
    PeriodSerializerMixin,
    CitableSerializer,
):
    client_name = serializers.CharField(source="client.name", read_only=True)
    contractor_name = serializers.CharField(source="contractor.name", read_only=True)
    component_names = serializers.SlugRelatedField(
        source="components", many=True, read_only=True, slug_field="name"
    )
    status = serializers.ChoiceField(
        choices=ContractStatus.choices,
        read_only=True,
        help_text=_(
            "Today's status, from the dates: planned, in_force, ended, or unknown "
            "where uncertain dates leave it open; cancelled or terminated from "
            "explicitStatusOn."
        ),
    )
    lots = LotSummarySerializer(
        many=True,
        read_only=True,
        help_text=_("The contract's lots; write them at /lots."),
    )
    work_categories = UUIDHyperlinkedRelatedField(
        many=True,
        read_only=True,
        view_name="workcategory-detail",
        help_text=_("The work categories of its lots."),
    )
    has_continuous_lot = serializers.BooleanField(read_only=True)
    value_total = serializers.DecimalField(
        source="total.amount",
        max_digits=16,
        decimal_places=2,
        read_only=True,
        allow_null=True,
        coerce_to_string=False,
        help_text=_(
            "The sum of the lots' known values; null when none is known. With "
            "valueComplete false the contract is worth at least this."
        ),
    )
    value_complete = serializers.BooleanField(
        source="total.complete",
        read_only=True,
        help_text=_("Whether every lot's value is known."),
    )
    currency = serializers.CharField(source="total.currency", read_only=True)
    predecessor_title = serializers.CharField(
        source="predecessor.title", read_only=True, allow_null=True, default=None
    )

    class Meta:
        model = Contract
        fields = [
            "url",
            "uuid",
            "title",
            "description",
            "client",
            "client_name",
            "contractor",
            "contractor_name",
            "components",
            "component_names",
            "status",
            "explicit_status",
            "explicit_status_on",
            *PERIOD_API_FIELDS,
            *ON_BEHALF_OF_API_FIELDS,
            "lots",
            "work_categories",
            "has_continuous_lot",
            "value_total",
            "value_complete",
            "currency",
            "coverage",
            "procurement_reference",
            "procurement_url",
            "predecessor",
            "predecessor_title",
            "created_at",
            "updated_at",
        ]


class LotSerializer(
    OnBehalfOfSerializerMixin,
    CoverageFieldMixin,
    PeriodSerializerMixin,
    CitableSerializer,
):
    contract_title = serializers.CharField(source="contract.title", read_only=True)
    work_category_name = serializers.CharField(
        source="work_category.name", read_only=True
    )
    value = serializers.DecimalField(
        max_digits=14,
        decimal_places=2,
        min_value=0,
        required=False,
        allow_null=True,
        coerce_to_string=False,
        help_text=_("Value of the lot in the currency; null when unknown."),
    )
    predecessor_name = serializers.CharField(
        source="predecessor.name", read_only=True, allow_null=True, default=None
    )
    successors = UUIDHyperlinkedRelatedField(
        many=True,
        read_only=True,
        view_name="lot-detail",
        help_text=_("The lots that continue this one."),
    )

    class Meta:
        model = Lot
        fields = [
            "url",
            "uuid",
            "contract",
            "contract_title",
            "name",
            "work_category",
            "work_category_name",
            "contract_type",
            *PERIOD_API_FIELDS,
            *ON_BEHALF_OF_API_FIELDS,
            "value",
            "currency",
            "coverage",
            "sla",
            "sla_url",
            "codebase_state",
            "predecessor",
            "predecessor_name",
            "successors",
            "created_at",
            "updated_at",
        ]
