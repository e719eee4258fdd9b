from django.db import models
from django.utils.translation import gettext_lazy as _


class DevelopmentStatus(models.TextChoices):
    """The development status values of publiccode.yml."""

    CONCEPT = "concept", _("concept")
    DEVELOPMENT = "development", _("in development")
    BETA = "beta", _("beta")
    STABLE = "stable", _("stable")
    OBSOLETE = "obsolete", _("obsolete")


class ComponentOrigin(models.TextChoices):
    FIRST_RELEASE = "first_release", _("first release")
    DEVELOPMENT_START = "development_start", _("start of development")
