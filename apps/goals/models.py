"""Reliability goals ("bedrijfszekerheidsdoelen"): themes, improvement goals, reviews."""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from apps.core.models import (
    CitableModel,
    PeriodModel,
    PublishableModel,
    RegisterModel,
)

from .constants import GoalStatus, ScoreScenario
from .querysets import ImprovementGoalQuerySet, ReviewQuerySet


class ReliabilityTheme(RegisterModel, PublishableModel, CitableModel):
    """A theme that helps the ecosystem's reliability, with the reason why."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200)
    rationale = models.TextField(
        _("rationale"), help_text=_("Why this theme helps reliability.")
    )
    component = models.ForeignKey(
        "components.Component",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reliability_themes",
        verbose_name=_("component"),
        help_text=_("Leave empty for a theme of the whole ecosystem."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("reliability theme")
        verbose_name_plural = _("reliability themes")
        ordering = ["position", "name"]
        constraints = [
            *CitableModel.Meta.constraints,
            models.UniqueConstraint(
                fields=["slug"],
                name="goals_reliabilitytheme_slug_unique",
                violation_error_code="goals_reliabilitytheme_slug_unique",
                violation_error_message=_("A theme with this slug already exists."),
            ),
        ]

    def __str__(self) -> str:
        return self.name


def _progress_field() -> models.PositiveSmallIntegerField:
    return models.PositiveSmallIntegerField(
        _("progress (%)"),
        default=0,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )


def _progress_constraint(name: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=Q(progress__gte=0) & Q(progress__lte=100),
        name=name,
        violation_error_code=name,
        violation_error_message=_("Progress is a percentage from 0 to 100."),
    )


class ImprovementGoal(RegisterModel, PublishableModel, PeriodModel, CitableModel):
    """A concrete goal ("verbeteringsdoel") under a reliability theme.

    Its period runs from when it was set until it was achieved or dropped.
    """

    start_label = _("set on")
    end_label = _("closed on")
    existence_of = ("owner",)

    _history_m2m_fields = ("contracts", "role_assignments")

    theme = models.ForeignKey(
        ReliabilityTheme,
        on_delete=models.PROTECT,
        related_name="improvement_goals",
        verbose_name=_("theme"),
    )
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    owner = models.ForeignKey(
        "parties.Party",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="improvement_goals_owned",
        verbose_name=_("owner"),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=GoalStatus.choices,
        default=GoalStatus.PROPOSED,
        db_index=True,
    )
    target_date = models.DateField(_("target date"), null=True, blank=True)
    progress = _progress_field()
    contracts = models.ManyToManyField(
        "contracts.Contract",
        blank=True,
        related_name="improvement_goals",
        verbose_name=_("contracts"),
        help_text=_("Contracts that carry out this goal."),
    )
    role_assignments = models.ManyToManyField(
        "roles.RoleAssignment",
        blank=True,
        related_name="improvement_goals",
        verbose_name=_("role assignments"),
        help_text=_("Roles that carry out this goal."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = ImprovementGoalQuerySet.as_manager()

    class Meta:
        verbose_name = _("improvement goal")
        verbose_name_plural = _("improvement goals")
        ordering = ["theme__position", "position", "title"]
        constraints = [
            *PeriodModel.Meta.constraints,
            *CitableModel.Meta.constraints,
            _progress_constraint("goals_improvementgoal_progress_percentage"),
        ]

    def __str__(self) -> str:
        return self.title


class ReliabilityDimension(RegisterModel, PublishableModel, CitableModel):
    """A dimension of the reliability factor, scored as a point on two axes (0 to 1).

    The pilot scores continuity, funding, responsibility and collaboration; the axes
    and their ends are data so that another ecosystem can score its own way.
    """

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200)
    question = models.TextField(_("question"), blank=True)
    x_axis_low = models.CharField(_("x axis, low end"), max_length=200)
    x_axis_high = models.CharField(_("x axis, high end"), max_length=200)
    y_axis_low = models.CharField(_("y axis, low end"), max_length=200)
    y_axis_high = models.CharField(_("y axis, high end"), max_length=200)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("reliability dimension")
        verbose_name_plural = _("reliability dimensions")
        ordering = ["position", "name"]
        constraints = [
            *CitableModel.Meta.constraints,
            models.UniqueConstraint(
                fields=["slug"],
                name="goals_reliabilitydimension_slug_unique",
                violation_error_code="goals_reliabilitydimension_slug_unique",
                violation_error_message=_("A dimension with this slug already exists."),
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Review(RegisterModel, PublishableModel, CitableModel):
    """The coordinator's periodic (6-monthly) review of the ecosystem."""

    #: The retrospective and weaknesses are the coordinator's own assessment
    #: (issue 12): not for the public, like the notes.
    internal_fields = ("retrospective", "weaknesses", "notes")

    title = models.CharField(_("title"), max_length=300)
    component = models.ForeignKey(
        "components.Component",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reviews",
        verbose_name=_("component"),
    )
    held_on = models.DateField(_("held on"), db_index=True)
    next_review_due = models.DateField(
        _("next review due"),
        null=True,
        blank=True,
        help_text=_("Normally six months after this one."),
    )
    coordinator = models.ForeignKey(
        "parties.Party",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reviews_coordinated",
        verbose_name=_("coordinator"),
    )
    retrospective = models.TextField(_("retrospective"), blank=True)
    strengths = models.TextField(_("strengths"), blank=True)
    weaknesses = models.TextField(_("weaknesses"), blank=True)
    opportunities = models.TextField(_("opportunities"), blank=True)
    threats = models.TextField(_("threats"), blank=True)
    scenarios = models.TextField(_("future scenarios"), blank=True)
    interventions = models.TextField(_("agreed interventions"), blank=True)
    notes = models.TextField(_("notes"), blank=True)

    objects = ReviewQuerySet.as_manager()

    class Meta:
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        ordering = ["-held_on"]
        constraints = [
            *CitableModel.Meta.constraints,
            models.CheckConstraint(
                condition=Q(next_review_due__isnull=True)
                | Q(next_review_due__gt=F("held_on")),
                name="goals_review_next_after_held",
                violation_error_code="goals_review_next_after_held",
                violation_error_message=_(
                    "The next review is due after this review was held."
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.held_on:%Y-%m-%d})"


class ReliabilityScore(RegisterModel):
    """A review's score on one reliability dimension, as a point on two axes."""

    review = models.ForeignKey(
        Review,
        on_delete=models.CASCADE,
        related_name="scores",
        verbose_name=_("review"),
    )
    dimension = models.ForeignKey(
        ReliabilityDimension,
        on_delete=models.PROTECT,
        related_name="scores",
        verbose_name=_("dimension"),
    )
    scenario = models.CharField(
        _("scenario"), max_length=20, choices=ScoreScenario.choices
    )
    x = models.DecimalField(
        _("x"),
        max_digits=3,
        decimal_places=2,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
    )
    y = models.DecimalField(
        _("y"),
        max_digits=3,
        decimal_places=2,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
    )

    class Meta:
        verbose_name = _("reliability score")
        verbose_name_plural = _("reliability scores")
        ordering = ["review", "dimension__position", "scenario"]
        constraints = [
            models.CheckConstraint(
                condition=Q(x__gte=0) & Q(x__lte=1) & Q(y__gte=0) & Q(y__lte=1),
                name="goals_reliabilityscore_on_axes",
                violation_error_code="goals_reliabilityscore_on_axes",
                violation_error_message=_("Scores lie between 0 and 1 on both axes."),
            ),
            models.UniqueConstraint(
                fields=["review", "dimension", "scenario"],
                name="goals_reliabilityscore_once_per_review",
                violation_error_code="goals_reliabilityscore_once_per_review",
                violation_error_message=_(
                    "This review already scores this dimension for this scenario."
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.dimension} ({self.get_scenario_display()}): {self.x}/{self.y}"


class GoalProgress(RegisterModel):
    """The state of an improvement goal as a review recorded it."""

    review = models.ForeignKey(
        Review,
        on_delete=models.CASCADE,
        related_name="goal_progress",
        verbose_name=_("review"),
    )
    goal = models.ForeignKey(
        ImprovementGoal,
        on_delete=models.PROTECT,
        related_name="review_progress",
        verbose_name=_("improvement goal"),
    )
    status = models.CharField(_("status"), max_length=20, choices=GoalStatus.choices)
    progress = _progress_field()
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("goal progress")
        verbose_name_plural = _("goal progress")
        ordering = ["review", "goal"]
        constraints = [
            _progress_constraint("goals_goalprogress_progress_percentage"),
            models.UniqueConstraint(
                fields=["review", "goal"],
                name="goals_goalprogress_once_per_review",
                violation_error_code="goals_goalprogress_once_per_review",
                violation_error_message=_(
                    "This review already records this goal's progress."
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.goal}: {self.get_status_display()} ({self.progress}%)"
