from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from apps.core import publication
from apps.core.api.filters import (
    PERIOD_ORDERING,
    PeriodFilterSet,
    ordering_filter,
    uuid_filter,
)
from apps.core.api.provenance import CitedFilterSet
from apps.parties.constants import PartyKind
from apps.parties.models import ContactPoint, Membership, Party


class PartyFilterSet(PeriodFilterSet, CitedFilterSet):
    kind = filters.ChoiceFilter(choices=PartyKind.choices)
    slug = filters.CharFilter()
    cbs_code = filters.CharFilter()
    oin = filters.CharFilter()
    kvk = filters.CharFilter()
    tooi_uri = filters.CharFilter()
    member_of = uuid_filter(
        Party,
        _(
            "Only members of this organisation (UUID); with activeOn, members on that date."
        ),
        method="filter_member_of",
    )
    search = filters.CharFilter(
        method="filter_search", help_text=_("Text in the name, legal name or an alias.")
    )
    ordering = ordering_filter("name", "kind", "inhabitants", *PERIOD_ORDERING)

    class Meta:
        model = Party
        fields: list[str] = []

    @extend_schema_field(OpenApiTypes.UUID)
    def filter_member_of(self, queryset: QuerySet, name: str, value: Party) -> QuerySet:
        # A draft membership stays hidden from the public.
        return queryset.members_of(
            value,
            self.form.cleaned_data.get("active_on"),
            self.certainty_value,
            published_only=not publication.is_coordinator(self.request.user),
        )

    def filter_search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.search(value)


class MembershipFilterSet(PeriodFilterSet, CitedFilterSet):
    member = uuid_filter(Party, _("Only memberships of this member (UUID)."))
    organisation = uuid_filter(
        Party, _("Only memberships of this organisation (UUID).")
    )
    ordering = ordering_filter(*PERIOD_ORDERING)

    class Meta:
        model = Membership
        fields: list[str] = []


class ContactPointFilterSet(CitedFilterSet):
    party = uuid_filter(Party, _("Only contact points of this party (UUID)."))

    class Meta:
        model = ContactPoint
        fields: list[str] = []
