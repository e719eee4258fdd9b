"""What the demo tests share: loading it, and reading what it loaded."""

import io
from typing import Any

from django.apps import apps
from django.core.management import call_command
from django.test import Client
from django.utils import translation

from apps.core.models import CitableModel, PublishableModel

REGISTER_APPS = (
    "core",
    "parties",
    "components",
    "roles",
    "contracts",
    "funding",
    "goals",
    "timeline",
)


def load_demo() -> str:
    out = io.StringIO()
    with translation.override("en"):
        call_command("load_demo", stdout=out)
    return out.getvalue()


def register_counts() -> dict[str, int]:
    """Rows per model of the register apps, history tables included."""
    return {
        model._meta.label: model._default_manager.count()
        for label in REGISTER_APPS
        for model in apps.get_app_config(label).get_models()
    }


def register_uuids() -> dict[str, set]:
    return {
        model._meta.label: set(model._default_manager.values_list("uuid", flat=True))
        for label in REGISTER_APPS
        for model in apps.get_app_config(label).get_models()
        if not model._meta.label.split(".")[1].startswith("Historical")
    }


def api_records(client: Client, path: str, **params: str) -> list[dict[str, Any]]:
    """Every record of a list, page after page."""
    records: list[dict[str, Any]] = []
    url: str | None = f"/api/v1/{path}"
    query: dict[str, str] | None = {"pageSize": "100", **params}
    while url:
        response = client.get(url, query)
        assert response.status_code == 200, response.content
        body = response.json()
        records.extend(body["results"])
        url, query = body.get("next"), None
    return records


CITABLE_COLLECTIONS = (
    "parties",
    "memberships",
    "components",
    "standards",
    "role-types",
    "role-assignments",
    "work-categories",
    "contracts",
    "funding-streams",
    "reliability-themes",
    "improvement-goals",
    "reliability-dimensions",
    "reviews",
    "events",
)


def citable_records() -> list[Any]:
    return [
        record
        for model in apps.get_models()
        if issubclass(model, CitableModel) and not model._meta.abstract
        for record in model._default_manager.all()
    ]


def publishable_records() -> list[Any]:
    return [
        record
        for model in apps.get_models()
        if issubclass(model, PublishableModel)
        for record in model._default_manager.all()
    ]


def cited_sources(record: Any) -> list[Any]:
    """The sources a record cites, through the many-to-many link or through the
    citations that replace it."""
    sources = record.sources
    return list(sources.all() if hasattr(sources, "all") else sources)
