from django.db import models
from django.utils.translation import gettext_lazy as _


class RoleScope(models.TextChoices):
    """What a role is held for."""

    COMPONENT = "component", _("per component")
    ECOSYSTEM = "ecosystem", _("per ecosystem")


class AssignmentStatus(models.TextChoices):
    """Whether a party holds a role, or the community agreed it is to hold it."""

    CURRENT = "current", _("current")
    INTENDED = "intended", _("intended")


class ContractBasis(models.TextChoices):
    """What a role is carried out under, as the register records it."""

    UNDER_CONTRACT = "under_contract", _("under a contract for its work")
    OTHER_WORK_CATEGORY = (
        "other_work_category",
        _("only under a contract for other work"),
    )
    WITHOUT_CONTRACT = "without_contract", _("without a contract")


class OtherNameKind(models.TextChoices):
    ALIAS = "alias", _("alias")
    FORMER = "former", _("former name")


class ViolationKind(models.TextChoices):
    """The rules the role check applies (see ``apps.roles.rules``)."""

    REQUIRED_VACANT = "required_vacant", _("required role vacant")
    BELOW_MINIMUM = "below_minimum", _("fewer holders than the minimum")
    ABOVE_MAXIMUM = "above_maximum", _("more holders than the maximum")
    INCOMPATIBLE = "incompatible", _("incompatible roles combined")
    SCOPE_MISMATCH = "scope_mismatch", _("role held outside its scope")
    INTENDED = "intended", _("intended holder recorded")
    SEAT_MAJORITY = "seat_majority", _("simple majority of a body's seats")
    SEATS_PER_PARTY = "seats_per_party", _("more seats than a party may hold")
