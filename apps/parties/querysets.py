from __future__ import annotations

from datetime import date
from typing import Any, Self

from django.db.models import Model, Q

from apps.core.constants import Certainty, PublicationState
from apps.core.periods import periods_overlap_q
from apps.core.querysets import PeriodQuerySet

from .constants import MEMBER_TYPES


class PartyQuerySet(PeriodQuerySet):
    """Parties; ``active_on(day)`` gives those that existed on that day."""

    def members_of(
        self,
        organisation: Model | int,
        day: date | None = None,
        certainty: str = Certainty.CERTAIN,
        *,
        published_only: bool = False,
    ) -> Self:
        """Parties that are a member of ``organisation`` (a party or its pk): on
        ``day`` if given (certainly, or with ``certainty="possible"`` possibly, as
        ``Membership.objects.active_on`` decides), else ever; with
        ``published_only``, by published memberships only (for the public).

        Only memberships whose type counts as member do
        (``MembershipType.counts_as_member``: members, founding members and the
        municipalities of a shared organisation; not an organisational unit,
        nor a participant).
        """
        # A subquery, not a join: no duplicates, so no DISTINCT that would get in
        # the way of ordering and counting a page.
        memberships = self.model._meta.get_field(
            "memberships_as_member"
        ).related_model.objects.filter(
            organisation=organisation, membership_type__in=MEMBER_TYPES
        )
        if published_only:
            memberships = memberships.published()
        if day is not None:
            memberships = memberships.active_on(day, certainty)
        return self.filter(pk__in=memberships.values("member_id"))

    def search(self, text: str) -> Self:
        """Parties known by a name containing ``text``: the name, the legal name,
        or any of their names over time (former and alternative names,
        abbreviations), whatever their period."""
        # The names in a subquery, not a join: a party with two matching names
        # is listed once, without DISTINCT.
        with_name = self.model._default_manager.filter(names__name__icontains=text)
        return self.filter(
            Q(name__icontains=text)
            | Q(legal_name__icontains=text)
            | Q(pk__in=with_name.values("pk"))
        )


class MembershipQuerySet(PeriodQuerySet):
    pass


class OnBehalfOfQuerySetMixin:
    """For a queryset of a model with ``OnBehalfOfModel``: the records done on
    behalf of a party."""

    model: Any
    filter: Any

    def on_behalf_of(
        self,
        party: Model | int,
        certainty: str = Certainty.CERTAIN,
        *,
        published_only: bool = False,
    ) -> Self:
        """Records done on behalf of ``party``: those that list it; those that
        list a coalition of which it is a member; and those whose acting party
        acts on behalf of all its members, when ``party`` is one of them.

        "Member" follows the period rules: a membership (of a type that counts as
        member) counts when it *certainly* overlaps the record's period, i.e.
        both certainly hold on a common day (``periods_overlap_q``); with
        ``certainty="possible"`` also when it may overlap, given uncertain dates.
        A member that joined after the record ended does not count either way.
        With ``published_only``, only published memberships count (for the
        public).
        """
        model = self.model
        manager = model._default_manager
        acting = model.acting_party_field

        def member_q(path: str) -> Q:
            # One filter() call: the conditions meet in the same membership row.
            condition = Q(
                **{
                    f"{path}member": party,
                    f"{path}membership_type__in": MEMBER_TYPES,
                }
            ) & periods_overlap_q(certainty, other=path)
            if published_only:
                condition &= Q(
                    **{f"{path}publication_state": PublicationState.PUBLISHED}
                )
            return condition

        listed = manager.filter(on_behalf_of=party)
        through_listed = manager.filter(
            member_q("on_behalf_of__memberships_as_organisation__")
        )
        all_members = manager.filter(on_behalf_of_all_members=True).filter(
            member_q(f"{acting}__memberships_as_organisation__")
        )
        # Subqueries, not joins: a record is listed once, without DISTINCT.
        return self.filter(
            Q(pk__in=listed.values("pk"))
            | Q(pk__in=through_listed.values("pk"))
            | Q(pk__in=all_members.values("pk"))
        )
