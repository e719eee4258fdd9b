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
from apps.core.constants import Certainty
from apps.parties.constants import MembershipType, PartyKind
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
            "Only members of this organisation (UUID), by the memberships whose "
            "type counts as member (member, founding member, shared organisation); "
            "with activeOn, members on that date."
        ),
        method="filter_member_of",
    )
    search = filters.CharFilter(
        method="filter_search",
        help_text=_(
            "Text in any of its names: the name, the legal name, or a former or "
            "alternative name or abbreviation."
        ),
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
    membership_type = filters.ChoiceFilter(
        choices=MembershipType.choices, help_text=_("Only memberships of this type.")
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


class OnBehalfOfFilterSet(filters.FilterSet):
    """The ``onBehalfOf`` filter of a resource entered into on behalf of others
    (with ``PeriodFilterSet``, whose ``certainty`` it reads)."""

    on_behalf_of = uuid_filter(
        Party,
        _(
            "Only records done on behalf of this party (UUID): listing it, listing "
            "a coalition it is a member of, or entered into by a coalition on "
            "behalf of all its members while it is one. A member counts when its "
            "membership certainly overlaps the record's period; with "
            "certainty=possible also when it may."
        ),
        method="filter_on_behalf_of",
    )

    @extend_schema_field(OpenApiTypes.UUID)
    def filter_on_behalf_of(
        self, queryset: QuerySet, name: str, value: Party
    ) -> QuerySet:
        return queryset.on_behalf_of(
            value,
            getattr(self, "certainty_value", Certainty.CERTAIN),
            # A draft membership stays hidden from the public.
            published_only=not publication.is_coordinator(self.request.user),
        )
