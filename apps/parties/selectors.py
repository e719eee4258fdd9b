"""Reads about parties that span apps."""

from __future__ import annotations

from django.apps import apps
from django.db import models

from apps.core.constants import Certainty

from .models import OnBehalfOfModel, Party


def on_behalf_of_models() -> list[type[OnBehalfOfModel]]:
    """The models whose records may be entered into on behalf of others
    (contracts, funding streams, role assignments, …), in app order."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, OnBehalfOfModel) and not model._meta.abstract
    ]


def records_on_behalf_of(
    party: Party,
    certainty: str = Certainty.CERTAIN,
    *,
    published_only: bool = False,
) -> dict[type[models.Model], models.QuerySet]:
    """Per model, the records done on behalf of ``party``: one query each when
    read (see ``OnBehalfOfQuerySetMixin.on_behalf_of`` for the rule and the
    certainty)."""
    return {
        model: model._default_manager.on_behalf_of(
            party, certainty, published_only=published_only
        )
        for model in on_behalf_of_models()
    }
