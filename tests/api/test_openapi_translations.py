"""The API's own descriptions in the OpenAPI document speak the reader's language."""

import pytest

pytestmark = pytest.mark.django_db


def _search_description(document: dict) -> str:
    parameters = document["paths"]["/parties"]["get"]["parameters"]
    return next(p["description"] for p in parameters if p["name"] == "search")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Text in any of its names: the name, the legal name, or a former or "
            "alternative name or abbreviation.",
        ),
        (
            "nl",
            "Tekst in een van haar namen: de naam, de statutaire naam, of een "
            "vroegere of andere naam of afkorting.",
        ),
    ],
)
def test_filter_help_texts_are_translated(client, lang, text):
    document = client.get("/api/v1/openapi.json", {"lang": lang}).json()

    assert _search_description(document) == text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Problem details (RFC 9457)."),
        ("nl", "Details van het probleem (RFC 9457)."),
    ],
)
def test_problem_descriptions_are_translated(client, lang, text):
    document = client.get("/api/v1/openapi.json", {"lang": lang}).json()

    assert document["components"]["schemas"]["Problem"]["description"] == text
