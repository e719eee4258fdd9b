"""Parties (organisations), their memberships, contact points and aliases."""

from __future__ import annotations

from datetime import date

from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from apps.core.constants import Precision
from apps.core.models import (
    CitableModel,
    PeriodModel,
    PublishableModel,
    RegisterModel,
)

from .constants import PartyKind
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


class PartyAlias(RegisterModel):
    """Another name a party is known by, used to match it in imported data."""

    party = models.ForeignKey(
        Party,
        on_delete=models.CASCADE,
        related_name="aliases",
        verbose_name=_("party"),
    )
    name = models.CharField(_("name"), max_length=200)

    class Meta:
        verbose_name = _("alias")
        verbose_name_plural = _("aliases")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                Lower("name"),
                name="parties_partyalias_name_unique",
                violation_error_code="parties_partyalias_name_unique",
                violation_error_message=_("This alias is already used for a party."),
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
        return _("%(member)s in %(organisation)s") % {
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
