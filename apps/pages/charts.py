"""Geometry for the charts the templates draw as SVG (no script, no library)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from apps.goals.constants import ScoreScenario
from apps.goals.models import ReliabilityDimension, Review

SIZE = 240
MARGIN = 30


@dataclass
class Point:
    label: str
    scenario: str
    x: Decimal
    y: Decimal
    cx: float
    cy: float

    @property
    def anchor(self) -> str:
        """Labels of points in the right half read leftwards, to stay inside."""
        return "end" if self.cx > SIZE / 2 else "start"

    @property
    def dx(self) -> int:
        return -9 if self.cx > SIZE / 2 else 9


@dataclass
class ScoreChart:
    """One reliability dimension: the scores of a review on its two axes."""

    dimension: ReliabilityDimension
    points: list[Point]
    size: int = SIZE
    margin: int = MARGIN

    @property
    def plot(self) -> int:
        return self.size - 2 * self.margin

    @property
    def arrow(self) -> tuple[Point, Point] | None:
        by = {point.scenario: point for point in self.points}
        if ScoreScenario.CURRENT in by and ScoreScenario.AMBITION in by:
            return by[ScoreScenario.CURRENT], by[ScoreScenario.AMBITION]
        return None


def _place(value: Decimal, low: float, high: float) -> float:
    share = min(max(float(value), 0.0), 1.0)  # scores run from 0 to 1
    return round(low + share * (high - low), 1)


def score_charts(review: Review) -> list[ScoreChart]:
    charts: dict[int, ScoreChart] = {}
    for score in review.scores.all():
        chart = charts.setdefault(score.dimension_id, ScoreChart(score.dimension, []))
        chart.points.append(
            Point(
                label=score.get_scenario_display(),
                scenario=score.scenario,
                x=score.x,
                y=score.y,
                cx=_place(score.x, MARGIN, SIZE - MARGIN),
                cy=_place(score.y, SIZE - MARGIN, MARGIN),
            )
        )
    return sorted(charts.values(), key=lambda c: (c.dimension.position, c.dimension.pk))
