from django.db import models
from django.utils.translation import gettext_lazy as _


class ContractType(models.TextChoices):
    ONE_OFF = "one_off", _("one-off")
    CONTINUOUS = "continuous", _("continuous")


class ContractStatus(models.TextChoices):
    PLANNED = "planned", _("planned")
    PROCUREMENT = "procurement", _("in procurement")
    ACTIVE = "active", _("active")
    COMPLETED = "completed", _("completed")
    TERMINATED = "terminated", _("terminated")
