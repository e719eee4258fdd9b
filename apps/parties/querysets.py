from __future__ import annotations

from datetime import date
from typing import Self

from django.db.models import Model, Q

from apps.core.constants import Certainty
from apps.core.querysets import PeriodQuerySet


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
        """
        # A subquery, not a join: no duplicates, so no DISTINCT that would get in
        # the way of ordering and counting a page.
        memberships = self.model._meta.get_field(
            "memberships_as_member"
        ).related_model.objects.filter(organisation=organisation)
        if published_only:
            memberships = memberships.published()
        if day is not None:
            memberships = memberships.active_on(day, certainty)
        return self.filter(pk__in=memberships.values("member_id"))

    def search(self, text: str) -> Self:
        """Parties whose name, legal name or one of their aliases contains ``text``."""
        # The aliases in a subquery, not a join: a party with two matching
        # aliases is listed once, without DISTINCT.
        with_alias = self.model._default_manager.filter(aliases__name__icontains=text)
        return self.filter(
            Q(name__icontains=text)
            | Q(legal_name__icontains=text)
            | Q(pk__in=with_alias.values("pk"))
        )


class MembershipQuerySet(PeriodQuerySet):
    pass
