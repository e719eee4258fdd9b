from django.db.models import Q, QuerySet

from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from apps.core import publication
from apps.core.api.filters import (
    PERIOD_ORDERING,
    CitedFilterSet,
    PeriodFilterSet,
    ordering_filter,
    uuid_filter,
)
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
        "Only members of this organisation (UUID); with activeOn, members on that date.",
        method="filter_member_of",
    )
    search = filters.CharFilter(
        method="filter_search", help_text="Text in the name, legal name or an alias."
    )
    ordering = ordering_filter("name", "kind", "inhabitants", *PERIOD_ORDERING)

    class Meta:
        model = Party
        fields: list[str] = []

    @extend_schema_field(OpenApiTypes.UUID)
    def filter_member_of(self, queryset: QuerySet, name: str, value: Party) -> QuerySet:
        day = self.form.cleaned_data.get("active_on")
        # Only memberships this reader may see: a draft membership stays hidden.
        memberships = publication.visible(
            Membership.objects.filter(organisation=value), self.request.user
        )
        if day:
            memberships = memberships.active_on(day, self.certainty_value)
        return queryset.filter(pk__in=memberships.values("member_id"))

    def filter_search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(
            Q(name__icontains=value)
            | Q(legal_name__icontains=value)
            | Q(
                pk__in=Party.objects.filter(aliases__name__icontains=value).values("pk")
            )
        )


class MembershipFilterSet(PeriodFilterSet, CitedFilterSet):
    member = uuid_filter(Party, "Only memberships of this member (UUID).")
    organisation = uuid_filter(Party, "Only memberships of this organisation (UUID).")
    ordering = ordering_filter(*PERIOD_ORDERING)

    class Meta:
        model = Membership
        fields: list[str] = []


class ContactPointFilterSet(filters.FilterSet):
    party = uuid_filter(Party, "Only contact points of this party (UUID).")

    class Meta:
        model = ContactPoint
        fields: list[str] = []
