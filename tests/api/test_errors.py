"""Every error of the API is an ``application/problem+json`` document (RFC 9457)."""

import uuid

from django.conf import settings

import pytest
from rest_framework.throttling import SimpleRateThrottle

from apps.parties.models import Party
from tests.api.helpers import ENGLISH, assert_problem, if_match, invalid_params
from tests.contracts.factories import ContractFactory
from tests.parties.factories import PartyFactory

pytestmark = pytest.mark.django_db

UNKNOWN_UUID = "6f1c1d2a-3c1b-4c1e-9a4e-8e0f1b2c3d4e"


# --- 400: invalid query parameters -----------------------------------------------


def test_a_date_that_is_no_date_is_a_400_naming_the_parameter(api_client):
    response = api_client.get(
        "/api/v1/contracts", {"activeOn": "2021-02-30"}, headers=ENGLISH
    )

    assert invalid_params(response) == {"activeOn": ["Enter a valid date."]}


@pytest.mark.parametrize(
    ("path", "parameter"),
    [
        ("reviews", "activeOn"),
        ("improvement-goals", "overdueOn"),
        ("events", "dateFrom"),
        ("memberships", "periodFrom"),
        ("funding-streams", "periodTo"),
    ],
)
def test_every_date_parameter_refuses_a_date_that_is_no_date(
    api_client, path, parameter
):
    response = api_client.get(f"/api/v1/{path}", {parameter: "2025-13-01"})

    assert list(invalid_params(response)) == [parameter]


def test_a_malformed_uuid_filter_is_a_400_naming_the_parameter(api_client):
    response = api_client.get("/api/v1/contracts", {"party": "not-a-uuid"})

    assert list(invalid_params(response)) == ["party"]


def test_an_unknown_uuid_filter_is_a_400_naming_the_parameter(api_client):
    response = api_client.get("/api/v1/role-assignments", {"component": UNKNOWN_UUID})

    assert list(invalid_params(response)) == ["component"]


@pytest.mark.parametrize("value", ["maybe", "True", "1", "yes"])
def test_a_boolean_filter_accepts_only_true_or_false(api_client, value):
    response = api_client.get("/api/v1/role-types", {"requiredByDefault": value})

    assert list(invalid_params(response)) == ["requiredByDefault"]


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("valueMin", "abc"),
        ("valueMax", "NaN"),
        ("valueMin", "1,5"),
        ("contractType", "weekly"),
        ("status", "lost"),
        ("ordering", "price"),
        ("search", "a\x00b"),
    ],
)
def test_a_malformed_contract_filter_is_a_400_naming_the_parameter(
    api_client, parameter, value
):
    response = api_client.get("/api/v1/contracts", {parameter: value})

    assert list(invalid_params(response)) == [parameter]


def test_amount_filters_refuse_a_number_that_is_no_number(api_client):
    response = api_client.get("/api/v1/funding-streams", {"amountMin": "lots"})

    assert list(invalid_params(response)) == ["amountMin"]


def test_a_period_ending_before_it_starts_is_a_400(api_client):
    response = api_client.get(
        "/api/v1/contracts",
        {"periodFrom": "2025-02-01", "periodTo": "2025-01-01"},
        headers=ENGLISH,
    )

    assert invalid_params(response) == {
        "periodTo": ["periodTo cannot be before periodFrom."]
    }


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("pageSize", "0"),
        ("pageSize", "101"),
        ("pageSize", "abc"),
        ("pageSize", "-1"),
        ("pageSize", "2.5"),
        ("pageSize", "\u00b2"),  # superscript two: a digit to str.isdigit()
        ("page", "abc"),
        ("page", "0"),
        ("page", "\u00b9"),
    ],
)
def test_a_page_or_page_size_that_is_no_whole_number_in_range_is_a_400(
    api_client, parameter, value
):
    response = api_client.get("/api/v1/sources", {parameter: value})

    assert list(invalid_params(response)) == [parameter]


def test_a_page_past_the_last_one_is_a_404(api_client):
    ContractFactory()

    response = api_client.get("/api/v1/contracts", {"page": 999})

    assert_problem(response, 404)


def test_a_malformed_json_body_is_a_400_problem_listing_the_body(token_client):
    response = token_client.post(
        "/api/v1/contracts", "{", content_type="application/json"
    )

    # The OpenAPI document promises invalidParams on every 400.
    assert invalid_params(response)


# --- 404 and 405 -----------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/nothing",
        "/api/v1/parties/not-a-uuid",
        f"/api/v1/parties/{UNKNOWN_UUID}",
        f"/api/v1/contracts/{UNKNOWN_UUID}",
        "/api/v1/contracts/",
        "/api/v1/contracts/nested/deeper",
    ],
)
def test_a_path_that_names_no_record_is_a_404_problem(api_client, path):
    response = api_client.get(path)

    body = assert_problem(response, 404)
    assert body["type"] == "urn:problem-type:not_found"


def test_an_unknown_uuid_is_a_404_for_writes_too(token_client):
    response = token_client.patch(
        f"/api/v1/parties/{UNKNOWN_UUID}", {"name": "X"}, format="json"
    )

    assert_problem(response, 404)


def test_post_to_a_detail_url_is_a_405_problem(token_client):
    party = PartyFactory()

    response = token_client.post(
        f"/api/v1/parties/{party.uuid}", {}, format="json", headers=ENGLISH
    )

    body = assert_problem(response, 405)
    assert body["detail"] == 'Method "POST" not allowed.'
    assert "POST" not in response["Allow"]


def test_put_to_a_collection_is_a_405_problem(token_client):
    response = token_client.put("/api/v1/parties", {}, format="json")

    assert_problem(response, 405)
    assert "PUT" not in response["Allow"]


@pytest.mark.parametrize(
    ("method", "path", "kwargs"),
    [
        ("post", "/api/v1/parties/{uuid}", {"format": "json"}),
        ("post", "/api/v1/parties", {"data": "x", "content_type": "text/plain"}),
    ],
    ids=["405", "415"],
)
def test_a_problem_title_is_text_not_a_template(token_client, method, path, kwargs):
    party = PartyFactory()

    response = getattr(token_client, method)(
        path.format(uuid=party.uuid), headers=ENGLISH, **kwargs
    )

    title = response.json()["title"]
    assert "{" not in title, title


def test_an_unsupported_body_type_is_a_415_problem(token_client):
    response = token_client.post("/api/v1/parties", "name=X", content_type="text/plain")

    assert_problem(response, 415)


def test_an_unsatisfiable_accept_header_is_a_406_problem(api_client):
    response = api_client.get("/api/v1/parties", headers={"accept": "application/xml"})

    assert_problem(response, 406)


# --- 401, 403: who may write -----------------------------------------------------


def test_an_anonymous_write_is_a_401_problem_asking_for_a_token(api_client):
    response = api_client.post("/api/v1/parties", {"name": "X"}, format="json")

    body = assert_problem(response, 401)
    assert body["type"] == "urn:problem-type:not_authenticated"
    assert response["WWW-Authenticate"] == "Token"
    assert not Party.objects.exists()


@pytest.mark.parametrize("method", ["patch", "put", "delete"])
def test_an_anonymous_change_is_a_401_problem(api_client, method):
    party = PartyFactory(name="Before")

    response = getattr(api_client, method)(
        f"/api/v1/parties/{party.uuid}", {"name": "After"}, format="json"
    )

    assert_problem(response, 401)
    party.refresh_from_db()
    assert party.name == "Before"


def test_an_unknown_token_is_a_401_problem(api_client):
    api_client.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")

    response = api_client.get("/api/v1/parties")

    body = assert_problem(response, 401)
    assert body["type"] == "urn:problem-type:authentication_failed"


def test_a_user_without_the_model_permission_gets_a_403_problem(reader_client):
    response = reader_client.post(
        "/api/v1/parties",
        {"name": "X", "slug": "x", "kind": "vendor"},
        format="json",
    )

    body = assert_problem(response, 403)
    assert body["type"] == "urn:problem-type:permission_denied"
    assert not Party.objects.exists()


def test_a_user_without_the_model_permission_cannot_delete(reader_client):
    party = PartyFactory()

    response = reader_client.delete(f"/api/v1/parties/{party.uuid}")

    assert_problem(response, 403)
    assert Party.objects.filter(pk=party.pk).exists()


def test_a_user_without_permissions_may_still_read(reader_client):
    PartyFactory()

    response = reader_client.get("/api/v1/parties")

    assert response.status_code == 200


# --- 409: still referred to --------------------------------------------------------


def test_deleting_a_party_a_contract_refers_to_is_a_409_problem(token_client):
    contract = ContractFactory()

    url = f"/api/v1/parties/{contract.client.uuid}"

    response = token_client.delete(url, headers=if_match(token_client, url, **ENGLISH))

    body = assert_problem(response, 409)
    assert body["type"] == "urn:problem-type:protected"
    assert "contracts" in body["detail"]
    assert Party.objects.filter(pk=contract.client.pk).exists()


def test_a_409_problem_speaks_dutch_to_a_dutch_reader(token_client):
    contract = ContractFactory()

    url = f"/api/v1/parties/{contract.client.uuid}"

    response = token_client.delete(
        url, headers=if_match(token_client, url, **{"accept-language": "nl"})
    )

    body = assert_problem(response, 409)
    assert body["title"] != "The record is still referred to."


# --- 429: too many requests ------------------------------------------------------


def test_too_many_anonymous_requests_are_a_429_problem(api_client, monkeypatch):
    # DRF reads the rates once, at import: change them where the throttle looks.
    monkeypatch.setitem(SimpleRateThrottle.THROTTLE_RATES, "anon", "2/minute")

    statuses = [api_client.get("/api/v1/parties").status_code for _ in range(2)]
    response = api_client.get("/api/v1/parties")

    assert statuses == [200, 200]
    body = assert_problem(response, 429)
    assert body["type"] == "urn:problem-type:throttled"
    assert int(response["Retry-After"]) > 0


def test_the_anonymous_limit_does_not_apply_to_a_signed_in_writer(
    token_client, monkeypatch
):
    monkeypatch.setitem(SimpleRateThrottle.THROTTLE_RATES, "anon", "1/minute")

    statuses = [token_client.get("/api/v1/parties").status_code for _ in range(3)]

    assert statuses == [200, 200, 200]


# --- The version header ----------------------------------------------------------


def test_every_error_states_the_api_version(api_client):
    responses = [
        api_client.get("/api/v1/nothing"),
        api_client.get("/api/v1/parties", {"activeOn": "x"}),
        api_client.post("/api/v1/parties", {}, format="json"),
        api_client.delete(f"/api/v1/parties/{uuid.uuid4()}"),
    ]

    assert [response["API-Version"] for response in responses] == [
        settings.API_VERSION
    ] * 4
