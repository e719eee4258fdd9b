from django.utils.translation import gettext_lazy as _

from rest_framework import serializers

from apps.core.api.provenance import CitableSerializer
from apps.core.api.serializers import (
    PERIOD_API_FIELDS,
    PeriodSerializerMixin,
)
from apps.funding.models import FundingStream
from apps.parties.api.serializers import (
    ON_BEHALF_OF_API_FIELDS,
    OnBehalfOfSerializerMixin,
)


class FundingStreamSerializer(
    OnBehalfOfSerializerMixin, PeriodSerializerMixin, CitableSerializer
):
    funder_name = serializers.CharField(source="funder.name", read_only=True)
    recipient_name = serializers.CharField(source="recipient.name", read_only=True)
    intermediary_name = serializers.CharField(
        source="intermediary.name", read_only=True, allow_null=True, default=None
    )
    contract_title = serializers.CharField(
        source="contract.title", read_only=True, allow_null=True, default=None
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
        help_text=_("The amount in the currency."),
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
            "intermediary",
            "intermediary_name",
            "recipient",
            "recipient_name",
            "amount",
            "currency",
            *PERIOD_API_FIELDS,
            *ON_BEHALF_OF_API_FIELDS,
            "contract",
            "contract_title",
            "work_category",
            "work_category_name",
            "component",
            "component_name",
            "created_at",
            "updated_at",
        ]
