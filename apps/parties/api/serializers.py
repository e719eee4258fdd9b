from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext_lazy as _

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.reverse import reverse

from apps.core.api.naming import camel
from apps.core.api.provenance import CitableSerializer
from apps.core.api.serializers import (
    PERIOD_API_FIELDS,
    PeriodSerializerMixin,
)
from apps.parties.models import (
    ContactPoint,
    Membership,
    Party,
    PartyName,
    validate_on_behalf_of_listed,
)
from apps.parties.selectors import on_behalf_of_models


class PartyNameSerializer(PeriodSerializerMixin, serializers.ModelSerializer):
    """Another name of a party, with the period it was (or is) used."""

    class Meta:
        model = PartyName
        fields = ["name", "kind", *PERIOD_API_FIELDS]
        read_only_fields = fields


@extend_schema_field(
    {"type": "object", "additionalProperties": {"type": "string", "format": "uri"}}
)
class DoneOnItsBehalfField(serializers.Field):
    """Links to the collections filtered on ``onBehalfOf=<this party>``: no query,
    and the same rule as the filter (``OnBehalfOfQuerySetMixin.on_behalf_of``)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, party: Party) -> dict[str, str]:
        from apps.core.api.root import router

        request = self.context.get("request")
        prefixes = {basename: prefix for prefix, _view, basename in router.registry}
        links = {}
        for model in on_behalf_of_models():
            basename = model._meta.model_name
            if basename not in prefixes:
                continue
            url = reverse(f"{basename}-list", request=request)
            links[camel(prefixes[basename].replace("-", "_"))] = (
                f"{url}?onBehalfOf={party.uuid}"
            )
        return links


class PartySerializer(PeriodSerializerMixin, CitableSerializer):
    successor_name = serializers.CharField(
        source="successor.name", read_only=True, allow_null=True, default=None
    )
    names = PartyNameSerializer(
        many=True,
        read_only=True,
        help_text=_(
            "Other names of the party over time: former names, alternative names "
            "and abbreviations, each with the period it was used."
        ),
    )
    done_on_its_behalf = DoneOnItsBehalfField(
        help_text=_(
            "What is done and paid on the party's behalf: per collection "
            "(contracts, fundingStreams, roleAssignments), the link to it filtered "
            "with onBehalfOf on this party. Add certainty=possible for records "
            "whose dates leave doubt about its membership."
        )
    )

    class Meta:
        model = Party
        fields = [
            "url",
            "uuid",
            "name",
            "slug",
            "kind",
            "legal_name",
            "description",
            "website",
            "tooi_uri",
            "cbs_code",
            "oin",
            "kvk",
            "inhabitants",
            "inhabitants_year",
            *PERIOD_API_FIELDS,
            "successor",
            "successor_name",
            "names",
            "done_on_its_behalf",
            "notes",
            "created_at",
            "updated_at",
        ]


class MembershipSerializer(PeriodSerializerMixin, CitableSerializer):
    member_name = serializers.CharField(source="member.name", read_only=True)
    organisation_name = serializers.CharField(
        source="organisation.name", read_only=True
    )

    class Meta:
        model = Membership
        fields = [
            "url",
            "uuid",
            "member",
            "member_name",
            "membership_type",
            "organisation",
            "organisation_name",
            "description",
            *PERIOD_API_FIELDS,
            "created_at",
            "updated_at",
        ]


class ContactPointSerializer(CitableSerializer):
    party_name = serializers.CharField(source="party.name", read_only=True)
    website = serializers.URLField(
        source="url", required=False, allow_blank=True, help_text=_("Web address.")
    )

    class Meta:
        model = ContactPoint
        fields = [
            "url",
            "uuid",
            "party",
            "party_name",
            "name",
            "email",
            "phone",
            "website",
            "created_at",
            "updated_at",
        ]


#: The fields of a resource entered into on behalf of others.
ON_BEHALF_OF_API_FIELDS = [
    "on_behalf_of_all_members",
    "on_behalf_of",
    "on_behalf_of_names",
]


class OnBehalfOfSerializerMixin(serializers.Serializer):
    """A resource whose acting party may act on behalf of others: all its members
    on the record's dates (``onBehalfOfAllMembers``) and/or the listed parties
    (``onBehalfOf``, links, with their names)."""

    on_behalf_of_names = serializers.SlugRelatedField(
        source="on_behalf_of",
        many=True,
        read_only=True,
        slug_field="name",
        help_text=_("The names of the parties listed in onBehalfOf."),
    )

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        attrs = super().validate(attrs)
        if "on_behalf_of" not in attrs:
            return attrs
        model = self.Meta.model
        concrete = {field.name for field in model._meta.concrete_fields}
        candidate = model()
        if self.instance is not None:
            for field in model._meta.concrete_fields:
                setattr(candidate, field.attname, getattr(self.instance, field.attname))
        for name, value in attrs.items():
            # Many-to-many and nested values (hops, amounts) are not the
            # record's own columns.
            if name in concrete:
                setattr(candidate, name, value)
        try:
            validate_on_behalf_of_listed(candidate, attrs["on_behalf_of"])
        except DjangoValidationError as error:
            raise serializers.ValidationError(error.message_dict) from error
        return attrs
