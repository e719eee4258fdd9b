from django.db import models
from django.utils.translation import gettext_lazy as _


class CoverageStatus(models.TextChoices):
    """How far the money paid for a contract or lot covers what it is worth."""

    COVERED = "covered", _("covered")
    PARTLY_COVERED = "partly_covered", _("partly covered")
    OVER_FUNDED = "over_funded", _("over-funded")
    UNKNOWN = "unknown", _("unknown")
