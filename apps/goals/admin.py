from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from apps.core.admin import (
    ActiveOnListFilter,
    PeriodAdminMixin,
    PeriodInlineMixin,
    RegisterAdmin,
)

from .models import (
    GoalProgress,
    ImprovementGoal,
    ReliabilityDimension,
    ReliabilityScore,
    ReliabilityTheme,
    Review,
)


class ImprovementGoalInline(PeriodInlineMixin, admin.StackedInline):
    model = ImprovementGoal
    extra = 0
    fields = (
        ("title", "position"),
        "description",
        ("owner", "status", "progress"),
        ("start", "known_since", "target_date"),
        ("end", "end_state", "last_confirmed"),
    )
    autocomplete_fields = ("owner",)
    show_change_link = True


@admin.register(ReliabilityTheme)
class ReliabilityThemeAdmin(RegisterAdmin):
    list_display = ("name", "component", "position")
    list_editable = ("position",)
    list_filter = (("component", admin.RelatedOnlyFieldListFilter),)
    search_fields = ("name", "slug", "rationale")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("component", "sources")
    list_select_related = ("component",)
    inlines = (ImprovementGoalInline,)
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "name",
                    "slug",
                    "rationale",
                    "component",
                    "position",
                    "sources",
                )
            },
        ),
        RegisterAdmin.record_fieldset,
    )


@admin.register(ImprovementGoal)
class ImprovementGoalAdmin(PeriodAdminMixin, RegisterAdmin):
    list_display = ("title", "theme", "owner", "status", "target_date", "progress")
    list_filter = (
        "status",
        "theme",
        ActiveOnListFilter,
        ("owner", admin.RelatedOnlyFieldListFilter),
    )
    search_fields = ("title", "description", "theme__name", "owner__name")
    autocomplete_fields = (
        "theme",
        "owner",
        "contracts",
        "role_assignments",
        "sources",
    )
    list_select_related = ("theme", "owner")
    date_hierarchy = "target_date"
    fieldsets = (
        (None, {"fields": ("theme", "title", "description", "position")}),
        (
            _("Progress"),
            {
                "fields": (
                    "owner",
                    "status",
                    "progress",
                    "start",
                    "known_since",
                    "end",
                    "end_state",
                    "last_confirmed",
                    "target_date",
                )
            },
        ),
        (
            _("Carried out by"),
            {"fields": ("contracts", "role_assignments", "sources")},
        ),
        RegisterAdmin.record_fieldset,
    )


@admin.register(ReliabilityDimension)
class ReliabilityDimensionAdmin(RegisterAdmin):
    list_display = ("name", "x_axis_low", "x_axis_high", "y_axis_low", "y_axis_high")
    search_fields = ("name", "slug", "question")
    prepopulated_fields = {"slug": ("name",)}


class ReliabilityScoreInline(admin.TabularInline):
    model = ReliabilityScore
    extra = 0
    fields = ("dimension", "scenario", "x", "y")


class GoalProgressInline(admin.TabularInline):
    model = GoalProgress
    extra = 0
    fields = ("goal", "status", "progress", "note")
    autocomplete_fields = ("goal",)


@admin.register(Review)
class ReviewAdmin(RegisterAdmin):
    list_display = ("title", "component", "held_on", "next_review_due", "coordinator")
    list_filter = (("component", admin.RelatedOnlyFieldListFilter),)
    search_fields = ("title", "notes", "retrospective", "interventions")
    autocomplete_fields = ("component", "coordinator", "sources")
    list_select_related = ("component", "coordinator")
    date_hierarchy = "held_on"
    inlines = (ReliabilityScoreInline, GoalProgressInline)
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "title",
                    "component",
                    "held_on",
                    "next_review_due",
                    "coordinator",
                )
            },
        ),
        (
            _("Findings"),
            {
                "fields": (
                    "retrospective",
                    "strengths",
                    "weaknesses",
                    "opportunities",
                    "threats",
                    "scenarios",
                    "interventions",
                    "notes",
                    "sources",
                )
            },
        ),
        RegisterAdmin.record_fieldset,
    )


@admin.register(ReliabilityScore)
class ReliabilityScoreAdmin(RegisterAdmin):
    list_display = ("review", "dimension", "scenario", "x", "y")
    list_filter = ("scenario", "dimension")
    search_fields = ("review__title", "dimension__name")
    autocomplete_fields = ("review", "dimension")
    list_select_related = ("review", "dimension")


@admin.register(GoalProgress)
class GoalProgressAdmin(RegisterAdmin):
    list_display = ("goal", "review", "status", "progress")
    list_filter = ("status",)
    search_fields = ("goal__title", "review__title")
    autocomplete_fields = ("review", "goal")
    list_select_related = ("review", "goal")
