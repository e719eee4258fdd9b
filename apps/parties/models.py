"""Parties (organisations), their names over time, typed memberships, contact
points, and the piece for records entered into on behalf of others."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from apps.core.constants import Certainty, Precision
from apps.core.models import (
    CitableModel,
    PeriodModel,
    PublishableModel,
    RegisterModel,
)

from .constants import (
    MEMBER_TYPES,
    MEMBERSHIP_READINGS,
    MembershipType,
    NameKind,
    PartyKind,
)
from .querysets import MembershipQuerySet, PartyQuerySet

cbs_code_validator = RegexValidator(
    r"^GM\d{4}$", _("A CBS municipality code is GM followed by four digits.")
)
oin_validator = RegexValidator(
    r"^\d{20}$", _("An OIN (Organisation Identification Number) has 20 digits.")
)
kvk_validator = RegexValidator(
    r"^\d{8}$", _("A KvK (Chamber of Commerce) number has 8 digits.")
)
tooi_validator = RegexValidator(
    r"^https://identifier\.overheid\.nl/tooi/id/",
    _("A TOOI URI starts with https://identifier.overheid.nl/tooi/id/."),
)


def _unique_when_filled(field: str, message: str) -> models.UniqueConstraint:
    return models.UniqueConstraint(
        fields=[field],
        condition=~Q(**{field: ""}),
        name=f"parties_party_{field}_unique",
        violation_error_code=f"parties_party_{field}_unique",
        violation_error_message=message,
    )


class Party(RegisterModel, PublishableModel, PeriodModel, CitableModel):
    """An organisation in the ecosystem: a municipality, coalition, vendor, …

    Its period is its existence: founded (if known) until dissolved or merged.
    """

    start_label = _("exists since")
    end_label = _("ceased on")
    internal_fields = ("notes",)

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"), max_length=200, help_text=_("Short name used in web addresses.")
    )
    kind = models.CharField(
        _("kind"), max_length=30, choices=PartyKind.choices, db_index=True
    )
    legal_name = models.CharField(_("legal name"), max_length=300, blank=True)
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    tooi_uri = models.URLField(
        _("TOOI URI"),
        max_length=200,
        blank=True,
        validators=[tooi_validator],
        help_text=_("Identifier in the Dutch government's organisation list (TOOI)."),
    )
    cbs_code = models.CharField(
        _("CBS code"),
        max_length=6,
        blank=True,
        validators=[cbs_code_validator],
        help_text=_("For municipalities: GM followed by four digits."),
    )
    oin = models.CharField(
        _("OIN"),
        max_length=20,
        blank=True,
        validators=[oin_validator],
        help_text=_("Organisation Identification Number (20 digits)."),
    )
    kvk = models.CharField(
        _("KvK number"),
        max_length=8,
        blank=True,
        validators=[kvk_validator],
        help_text=_("Chamber of Commerce registration number (8 digits)."),
    )
    inhabitants = models.PositiveIntegerField(_("inhabitants"), null=True, blank=True)
    inhabitants_year = models.PositiveSmallIntegerField(
        _("inhabitants year"),
        null=True,
        blank=True,
        help_text=_("Year of the reference date of the inhabitants figure."),
    )
    successor = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="predecessors",
        verbose_name=_("successor"),
        help_text=_("The party that continued this one after a merger."),
    )
    notes = models.TextField(_("notes"), blank=True)

    objects = PartyQuerySet.as_manager()

    class Meta:
        verbose_name = _("party")
        verbose_name_plural = _("parties")
        ordering = ["name"]
        constraints = [
            *PeriodModel.Meta.constraints,
            *CitableModel.Meta.constraints,
            models.UniqueConstraint(
                fields=["slug"],
                name="parties_party_slug_unique",
                violation_error_code="parties_party_slug_unique",
                violation_error_message=_("A party with this slug already exists."),
            ),
            _unique_when_filled(
                "tooi_uri", _("Another party already has this TOOI URI.")
            ),
            _unique_when_filled(
                "cbs_code", _("Another party already has this CBS code.")
            ),
            _unique_when_filled("oin", _("Another party already has this OIN.")),
            _unique_when_filled("kvk", _("Another party already has this KvK number.")),
            models.CheckConstraint(
                condition=Q(successor__isnull=True)
                | ~Q(end_precision=Precision.ONGOING),
                name="parties_party_successor_needs_end",
                violation_error_code="parties_party_successor_needs_end",
                violation_error_message=_(
                    "A party with a successor needs the date it ceased on."
                ),
            ),
            models.CheckConstraint(
                condition=Q(successor__isnull=True) | ~Q(successor=F("pk")),
                name="parties_party_not_own_successor",
                violation_error_code="parties_party_not_own_successor",
                violation_error_message=_("A party cannot be its own successor."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def members_on(self, day: date) -> models.QuerySet[Party]:
        """The parties this party represents (its members) on ``day``."""
        return Party.objects.members_of(self.pk, day)


class PartyName(RegisterModel, PeriodModel):
    """Another name of a party, over the period it was (or is) used: a former
    name (a rename is not a new party), an alternative name or an abbreviation.

    A part of its party: published with it, shown with it. Searches find a party
    by any of its names (``PartyQuerySet.search``).
    """

    start_label = _("used since")
    end_label = _("used until")

    party = models.ForeignKey(
        Party,
        on_delete=models.CASCADE,
        related_name="names",
        verbose_name=_("party"),
    )
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(
        _("kind of name"),
        max_length=20,
        choices=NameKind.choices,
        default=NameKind.ALTERNATIVE,
        help_text=_(
            "A former name (no longer used since its end), an alternative name or "
            "an abbreviation."
        ),
    )

    class Meta:
        verbose_name = _("name of a party")
        verbose_name_plural = _("names of parties")
        ordering = ["party__name", "start_latest", "name"]
        constraints = [
            *PeriodModel.Meta.constraints,
            models.UniqueConstraint(
                "party",
                Lower("name"),
                name="parties_partyname_unique_per_party",
                violation_error_code="parties_partyname_unique_per_party",
                violation_error_message=_("The party already has this name."),
            ),
            models.CheckConstraint(
                condition=~Q(kind=NameKind.FORMER)
                | ~Q(end_precision=Precision.ONGOING),
                name="parties_partyname_former_name_ended",
                violation_error_code="parties_partyname_former_name_ended",
                violation_error_message=_(
                    "A former name is no longer used: give its end, or say the "
                    "end is unknown."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Membership(RegisterModel, PublishableModel, PeriodModel, CitableModel):
    """A party belongs to another (a coalition) for a period."""

    overlap_key = ("member", "organisation")
    existence_of = ("member", "organisation")

    member = models.ForeignKey(
        Party,
        on_delete=models.PROTECT,
        related_name="memberships_as_member",
        verbose_name=_("member"),
    )
    organisation = models.ForeignKey(
        Party,
        on_delete=models.PROTECT,
        related_name="memberships_as_organisation",
        verbose_name=_("organisation"),
        help_text=_("The coalition or organisation the member belongs to."),
    )
    membership_type = models.CharField(
        _("type"),
        max_length=30,
        choices=MembershipType.choices,
        default=MembershipType.MEMBER,
        db_index=True,
        help_text=_(
            "How the member relates to the organisation: a (founding) member, an "
            "organisational unit of it (VNG Realisatie of VNG), a municipality "
            "served by it as its shared organisation (Stede Broec by SED), or a "
            "participant. Members, founding members and municipalities of a shared "
            "organisation count among its members."
        ),
    )
    description = models.CharField(
        _("description"),
        max_length=300,
        blank=True,
        help_text=_("The nature of the membership, e.g. 'member municipality'."),
    )

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["organisation__name", "member__name", "start_latest"]
        constraints = [
            *PeriodModel.Meta.constraints,
            *CitableModel.Meta.constraints,
            models.CheckConstraint(
                condition=~Q(member=F("organisation")),
                name="parties_membership_not_own_member",
                violation_error_code="parties_membership_not_own_member",
                violation_error_message=_("A party cannot be a member of itself."),
            ),
        ]

    def __str__(self) -> str:
        reading = MEMBERSHIP_READINGS.get(
            self.membership_type, MEMBERSHIP_READINGS[MembershipType.MEMBER]
        )
        return reading % {
            "member": self.member,
            "organisation": self.organisation,
        }


class ContactPoint(RegisterModel, PublishableModel, CitableModel):
    """A functional way to reach a party (a shared mailbox, a service desk)."""

    party = models.ForeignKey(
        Party,
        on_delete=models.CASCADE,
        related_name="contact_points",
        verbose_name=_("party"),
    )
    name = models.CharField(
        _("name"),
        max_length=200,
        help_text=_("What it is for, e.g. 'service desk'. No personal data."),
    )
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    url = models.URLField(_("URL"), blank=True)
    is_personal = models.BooleanField(
        _("personal"),
        default=False,
        help_text=_(
            "A person's own name, e-mail or phone rather than a functional "
            "mailbox: never shown to the public."
        ),
    )

    class Meta:
        verbose_name = _("contact point")
        verbose_name_plural = _("contact points")
        ordering = ["party__name", "name"]
        constraints = [
            *CitableModel.Meta.constraints,
            models.CheckConstraint(
                condition=~Q(email="") | ~Q(phone="") | ~Q(url=""),
                name="parties_contactpoint_reachable",
                violation_error_code="parties_contactpoint_reachable",
                violation_error_message=_(
                    "A contact point needs an email address, a phone number or a URL."
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.party}: {self.name}"


class OnBehalfOfModel(models.Model):
    """A record its acting party may enter into on behalf of others: a coalition
    on behalf of all its members on the record's dates, and/or of listed parties.

    A model names its acting party in ``acting_party_field`` (a field, or a path
    such as ``"contract__client"``) and attaches ``OnBehalfOfQuerySetMixin`` to
    its queryset, which answers "done on behalf of P". The rules:

    - on behalf of all members: the acting party must have members (memberships
      whose type counts as member) that may hold during the record's period;
      which members count is derived, never stored: a member counts when its
      membership overlaps the record's period;
    - listed parties: named explicitly (usually some of the members; a listed
      party need not be a member, and a listed coalition stands for its members
      on the record's dates too); the acting party is never among them.
    """

    #: The field (or path) naming the party that acts.
    acting_party_field: str = ""
    _history_m2m_fields = ("on_behalf_of",)

    on_behalf_of_all_members = models.BooleanField(
        _("on behalf of all its members"),
        default=False,
        help_text=_(
            "The acting party (a coalition) acts for all its members on the "
            "record's dates; who they are follows from its memberships."
        ),
    )
    on_behalf_of = models.ManyToManyField(
        Party,
        blank=True,
        related_name="%(class)ss_on_behalf_of",
        verbose_name=_("on behalf of"),
        help_text=_(
            "The parties the acting party acts for, when not (only) all its "
            "members; a coalition listed here stands for its members too."
        ),
    )

    class Meta:
        abstract = True

    @property
    def acting_party(self) -> Party | None:
        """The party that acts (the contract's client, the stream's funder, …)."""
        record: Any = self
        for name in self.acting_party_field.split("__"):
            field = record._meta.get_field(name)
            if getattr(record, field.attname) is None:
                return None
            record = getattr(record, name)
        return record

    def clean(self) -> None:
        super().clean()
        # The listed parties are many-to-many: forms and the API check them with
        # the values about to be saved (``validate_on_behalf_of_listed``).
        validate_acts_for_members(self)


def validate_acts_for_members(record: OnBehalfOfModel) -> None:
    """Refuse acting on behalf of all members when the acting party has no
    members (of a type that counts as member) that may hold during the
    record's period."""
    acting = record.acting_party
    if (
        acting is None
        or not record.on_behalf_of_all_members
        or record.start_latest is None
    ):
        return
    possible_members = Membership.objects.filter(
        organisation=acting, membership_type__in=MEMBER_TYPES
    ).overlapping(record.start_earliest, record.end_latest, Certainty.POSSIBLE)
    if not possible_members.exists():
        raise ValidationError(
            {
                "on_behalf_of_all_members": ValidationError(
                    _(
                        "%(party)s has no members during this period, so it cannot "
                        "act on behalf of all its members."
                    ),
                    code="on_behalf_of_without_members",
                    params={"party": acting},
                )
            }
        )


def validate_on_behalf_of_listed(
    record: OnBehalfOfModel, listed: Iterable[Party]
) -> None:
    """Refuse listing the acting party among the parties it acts for (forms and
    the API call it with the parties about to be saved)."""
    acting = record.acting_party
    if acting is not None and any(party.pk == acting.pk for party in listed):
        raise ValidationError(
            {
                "on_behalf_of": ValidationError(
                    _(
                        "%(party)s acts itself: it is not one of the parties it "
                        "acts for."
                    ),
                    code="on_behalf_of_itself",
                    params={"party": acting},
                )
            }
        )
