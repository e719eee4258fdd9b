from django.utils.translation import gettext_lazy as _

from rest_framework import serializers

from apps.contracts.models import Contract, WorkCategory
from apps.core.api.provenance import CitableSerializer
from apps.core.api.serializers import (
    PERIOD_API_FIELDS,
    PeriodSerializerMixin,
)
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


class ContractSerializer(
    OnBehalfOfSerializerMixin, PeriodSerializerMixin, CitableSerializer
):
    client_name = serializers.CharField(source="client.name", read_only=True)
    contractor_name = serializers.CharField(source="contractor.name", read_only=True)
    component_name = serializers.CharField(
        source="component.name", read_only=True, allow_null=True, default=None
    )
    work_category_name = serializers.CharField(
        source="work_category.name", read_only=True
    )
    predecessor_title = serializers.CharField(
        source="predecessor.title", read_only=True, allow_null=True, default=None
    )
    value = serializers.DecimalField(
        max_digits=14,
        decimal_places=2,
        min_value=0,
        required=False,
        allow_null=True,
        coerce_to_string=False,
        help_text=_("Total value in the currency; null when unknown."),
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
            "component",
            "component_name",
            "work_category",
            "work_category_name",
            "contract_type",
            "status",
            *PERIOD_API_FIELDS,
            *ON_BEHALF_OF_API_FIELDS,
            "value",
            "currency",
            "procurement_reference",
            "procurement_url",
            "lot",
            "predecessor",
            "predecessor_title",
            "created_at",
            "updated_at",
        ]
