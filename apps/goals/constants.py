from django.db import models
from django.utils.translation import gettext_lazy as _


class GoalStatus(models.TextChoices):
    PROPOSED = "proposed", _("proposed")
    IN_PROGRESS = "in_progress", _("in progress")
    ACHIEVED = "achieved", _("achieved")
    ON_HOLD = "on_hold", _("on hold")
    DROPPED = "dropped", _("dropped")


class ScoreScenario(models.TextChoices):
    CURRENT = "current", _("codebase now")
    AMBITION = "ambition", _("ambition")
