"""The demo ecosystem's contribution to the OpenAPI document."""

from __future__ import annotations

from typing import Any

from apps.components.models import Component
from apps.parties.models import Party

from .seed.upsert import demo_uuid


def parameter_examples() -> dict[str, dict[str, Any]]:
    """Example query parameters per collection, taken from the demo ecosystem so
    that a reader can try them against a register loaded with ``load_demo``."""
    dimpact = str(demo_uuid(Party, "dimpact"))
    openzaak = str(demo_uuid(Component, "openzaak"))
    utrecht = str(demo_uuid(Party, "utrecht"))
    return {
        "/parties": {
            "kind": "municipality",
            "memberOf": dimpact,
            # Dimpact's members are certain on the day of the 2018 list only.
            "activeOn": "2018-05-30",
        },
        "/memberships": {"organisation": dimpact, "activeOn": "2018-05-30"},
        "/role-assignments": {"component": openzaak, "activeOn": "2025-10-16"},
        "/contracts": {"party": dimpact, "contractType": "one_off", "valueMin": 0},
        "/lots": {"contractType": "one_off", "activeOn": "2025-06-01"},
        "/funding-streams": {"funder": utrecht, "amountMin": 1000},
        "/improvement-goals": {"status": "proposed", "periodFrom": "2025-01-01"},
        "/events": {"dateFrom": "2020-01-01", "component": openzaak},
        "/sources": {"search": "OpenZaak"},
    }


def schema_postprocess(
    result: dict, generator: Any, request: Any, public: bool
) -> dict:
    """drf-spectacular hook: an example on each collection's query parameters
    for which the demo ecosystem has one."""
    examples = parameter_examples()
    for path, path_item in result.get("paths", {}).items():
        for parameter in path_item.get("get", {}).get("parameters", []):
            if parameter["name"] in examples.get(path, {}):
                parameter["example"] = examples[path][parameter["name"]]
    return result
