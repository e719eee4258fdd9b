from django.db import models
from django.utils.translation import gettext_lazy as _


class ContractType(models.TextChoices):
    ONE_OFF = "one_off", _("one-off")
    CONTINUOUS = "continuous", _("continuous")


class ContractStatus(models.TextChoices):
    """A contract's status on a day, derived from its dates (see
    ``Contract.status_on``) unless it was cancelled or terminated early."""

    PLANNED = "planned", _("planned")
    IN_FORCE = "in_force", _("in force")
    ENDED = "ended", _("ended")
    UNKNOWN = "unknown", _("unknown (the dates leave it open)")
    CANCELLED = "cancelled", _("cancelled")
    TERMINATED = "terminated", _("terminated early")


class ExplicitStatus(models.TextChoices):
    """What the dates alone cannot say: a contract called off before it began,
    or ended before its agreed end."""

    CANCELLED = ContractStatus.CANCELLED.value, _("cancelled")
    TERMINATED = ContractStatus.TERMINATED.value, _("terminated early")
