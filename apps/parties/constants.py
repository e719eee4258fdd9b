from django.db import models
from django.utils.translation import gettext_lazy as _


class PartyKind(models.TextChoices):
    MUNICIPALITY = "municipality", _("municipality")
    PROVINCE = "province", _("province")
    WATER_BOARD = "water_board", _("water board")
    CENTRAL_GOVERNMENT = "central_government", _("central government body")
    OTHER_GOVERNMENT = "other_government", _("other government body")
    COALITION = "coalition", _("coalition")
    VENDOR = "vendor", _("vendor")
    HOSTING_PROVIDER = "hosting_provider", _("hosting provider")
    STANDARDS_BODY = "standards_body", _("standards body")
    FOUNDATION = "foundation", _("foundation")
    OTHER = "other", _("other")


class MembershipType(models.TextChoices):
    """How a membership's member relates to its organisation.

    The member is always the party named first in the sentence the type reads
    as (``MEMBERSHIP_READINGS``), except for a shared organisation, which is the
    *organisation* of the municipalities it serves: SED is the organisation,
    Stede Broec, Enkhuizen and Drechterland are its members. That way "the
    members of X on D" is one question for every coalition
    (``PartyQuerySet.members_of``), and which types it counts is a property of
    the type (``counts_as_member``).
    """

    MEMBER = "member", _("member")
    FOUNDING_MEMBER = "founding_member", _("founding member")
    ORGANISATIONAL_UNIT = "organisational_unit", _("organisational unit of")
    SHARED_ORGANISATION = "shared_organisation", _("shared organisation of")
    PARTICIPANT = "participant", _("participant")

    @property
    def counts_as_member(self) -> bool:
        """Whether the organisation represents the member: its members on a date,
        and what it does on behalf of all its members, include it.

        A member, a founding member, and a municipality served by a shared
        organisation count; an organisational unit (part of the organisation,
        not represented by it) and a participant (taking part, not represented)
        do not.
        """
        return self in MEMBER_TYPES

    @property
    def reading(self) -> str:
        """The sentence the type reads as, with ``%(member)s`` and
        ``%(organisation)s``."""
        return str(MEMBERSHIP_READINGS[self])


#: The types whose members the organisation represents (see ``counts_as_member``).
MEMBER_TYPES: frozenset[str] = frozenset(
    {
        MembershipType.MEMBER,
        MembershipType.FOUNDING_MEMBER,
        MembershipType.SHARED_ORGANISATION,
    }
)

#: Each type as a sentence: who is what of whom.
MEMBERSHIP_READINGS = {
    MembershipType.MEMBER: _("%(member)s is a member of %(organisation)s"),
    MembershipType.FOUNDING_MEMBER: _(
        "%(member)s is a founding member of %(organisation)s"
    ),
    MembershipType.ORGANISATIONAL_UNIT: _(
        "%(member)s is an organisational unit of %(organisation)s"
    ),
    MembershipType.SHARED_ORGANISATION: _(
        "%(organisation)s is the shared organisation of %(member)s"
    ),
    MembershipType.PARTICIPANT: _("%(member)s participates in %(organisation)s"),
}


class NameKind(models.TextChoices):
    """What a name of a party is to it, besides its current name."""

    FORMER = "former", _("former name")
    ALTERNATIVE = "alternative", _("alternative name")
    ABBREVIATION = "abbreviation", _("abbreviation")
