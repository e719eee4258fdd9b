from django.utils.translation import gettext_lazy as _

from rest_framework import serializers

from apps.core.api.serializers import (
    PERIOD_API_FIELDS,
    PeriodSerializerMixin,
    RegisterSerializer,
)
from apps.parties.models import ContactPoint, Membership, Party


class PartySerializer(PeriodSerializerMixin, RegisterSerializer):
    successor_name = serializers.CharField(
        source="successor.name", read_only=True, allow_null=True, default=None
    )
    aliases = serializers.SlugRelatedField(
        many=True,
        read_only=True,
        slug_field="name",
        help_text=_("Other names the party is known by."),
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
            "aliases",
            "notes",
            "sources",
            "created_at",
            "updated_at",
        ]


class MembershipSerializer(PeriodSerializerMixin, RegisterSerializer):
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
            "organisation",
            "organisation_name",
            "description",
            *PERIOD_API_FIELDS,
            "sources",
            "created_at",
            "updated_at",
        ]


class ContactPointSerializer(RegisterSerializer):
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
