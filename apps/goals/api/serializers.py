from django.utils.translation import gettext_lazy as _

from rest_framework import serializers

from apps.core.api.serializers import (
    PERIOD_API_FIELDS,
    PeriodSerializerMixin,
    RegisterSerializer,
    UUIDHyperlinkedRelatedField,
)
from apps.goals.constants import GoalStatus, ScoreScenario
from apps.goals.models import (
    GoalProgress,
    ImprovementGoal,
    ReliabilityDimension,
    ReliabilityScore,
    ReliabilityTheme,
    Review,
)


class ReliabilityThemeSerializer(RegisterSerializer):
    component_name = serializers.CharField(
        source="component.name", read_only=True, allow_null=True, default=None
    )

    class Meta:
        model = ReliabilityTheme
        fields = [
            "url",
            "uuid",
            "name",
            "slug",
            "rationale",
            "component",
            "component_name",
            "position",
            "sources",
            "created_at",
            "updated_at",
        ]


class ImprovementGoalSerializer(PeriodSerializerMixin, RegisterSerializer):
    theme_name = serializers.CharField(source="theme.name", read_only=True)
    owner_name = serializers.CharField(
        source="owner.name", read_only=True, allow_null=True, default=None
    )
    contract_titles = serializers.SlugRelatedField(
        source="contracts", many=True, read_only=True, slug_field="title"
    )

    class Meta:
        model = ImprovementGoal
        fields = [
            "url",
            "uuid",
            "theme",
            "theme_name",
            "title",
            "description",
            "owner",
            "owner_name",
            "status",
            "target_date",
            "progress",
            *PERIOD_API_FIELDS,
            "contracts",
            "contract_titles",
            "role_assignments",
            "position",
            "sources",
            "created_at",
            "updated_at",
        ]


class ReliabilityDimensionSerializer(RegisterSerializer):
    class Meta:
        model = ReliabilityDimension
        fields = [
            "url",
            "uuid",
            "name",
            "slug",
            "question",
            "x_axis_low",
            "x_axis_high",
            "y_axis_low",
            "y_axis_high",
            "position",
            "created_at",
            "updated_at",
        ]


class ReliabilityScoreSerializer(serializers.ModelSerializer):
    dimension = UUIDHyperlinkedRelatedField(
        view_name="reliabilitydimension-detail", read_only=True
    )
    dimension_name = serializers.CharField(source="dimension.name", read_only=True)
    scenario = serializers.ChoiceField(choices=ScoreScenario.choices, read_only=True)
    x = serializers.DecimalField(
        max_digits=3, decimal_places=2, coerce_to_string=False, read_only=True
    )
    y = serializers.DecimalField(
        max_digits=3, decimal_places=2, coerce_to_string=False, read_only=True
    )

    class Meta:
        model = ReliabilityScore
        fields = ["dimension", "dimension_name", "scenario", "x", "y"]


class GoalProgressSerializer(serializers.ModelSerializer):
    goal = UUIDHyperlinkedRelatedField(
        view_name="improvementgoal-detail", read_only=True
    )
    goal_title = serializers.CharField(source="goal.title", read_only=True)
    status = serializers.ChoiceField(choices=GoalStatus.choices, read_only=True)

    class Meta:
        model = GoalProgress
        fields = ["goal", "goal_title", "status", "progress", "note"]
        read_only_fields = ["progress", "note"]


class ReviewSerializer(RegisterSerializer):
    component_name = serializers.CharField(
        source="component.name", read_only=True, allow_null=True, default=None
    )
    coordinator_name = serializers.CharField(
        source="coordinator.name", read_only=True, allow_null=True, default=None
    )
    scores = ReliabilityScoreSerializer(
        many=True, read_only=True, help_text=_("The reliability factor as scored.")
    )
    goal_progress = GoalProgressSerializer(
        many=True, read_only=True, help_text=_("The state of each goal at the review.")
    )

    class Meta:
        model = Review
        fields = [
            "url",
            "uuid",
            "title",
            "component",
            "component_name",
            "held_on",
            "next_review_due",
            "coordinator",
            "coordinator_name",
            "retrospective",
            "strengths",
            "weaknesses",
            "opportunities",
            "threats",
            "scenarios",
            "interventions",
            "notes",
            "scores",
            "goal_progress",
            "sources",
            "created_at",
            "updated_at",
        ]
