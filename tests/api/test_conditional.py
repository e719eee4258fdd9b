"""Conditional requests: a reader that has a page already gets a 304, not the page."""

from django.conf import settings

import pytest

from tests.contracts.factories import ContractFactory

pytestmark = pytest.mark.django_db


def test_a_collection_answers_with_an_etag(api_client):
    ContractFactory()

    response = api_client.get("/api/v1/contracts")

    assert response.status_code == 200
    assert response["ETag"]


def test_a_repeated_request_with_the_etag_is_a_304_without_body(api_client):
    ContractFactory()
    etag = api_client.get("/api/v1/contracts")["ETag"]

    response = api_client.get("/api/v1/contracts", headers={"if-none-match": etag})

    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag


def test_a_detail_answers_a_304_to_its_own_etag(api_client):
    contract = ContractFactory()
    url = f"/api/v1/contracts/{contract.uuid}"
    etag = api_client.get(url)["ETag"]

    response = api_client.get(url, headers={"if-none-match": etag})

    assert response.status_code == 304
    assert response.content == b""


def test_a_304_states_the_api_version(api_client):
    ContractFactory()
    etag = api_client.get("/api/v1/contracts")["ETag"]

    response = api_client.get("/api/v1/contracts", headers={"if-none-match": etag})

    assert response.status_code == 304
    assert response["API-Version"] == settings.API_VERSION


def test_a_changed_record_gets_a_new_etag(api_client):
    contract = ContractFactory(title="Before")
    url = f"/api/v1/contracts/{contract.uuid}"
    etag = api_client.get(url)["ETag"]
    contract.title = "After"
    contract.save()

    response = api_client.get(url, headers={"if-none-match": etag})

    assert response.status_code == 200
    assert response.json()["title"] == "After"
    assert response["ETag"] != etag


def test_another_filter_does_not_match_the_etag_of_the_first(api_client):
    ContractFactory(continuous=True)
    ContractFactory()
    etag = api_client.get("/api/v1/contracts", {"contractType": "continuous"})["ETag"]

    response = api_client.get(
        "/api/v1/contracts",
        {"contractType": "one_off"},
        headers={"if-none-match": etag},
    )

    assert response.status_code == 200


def test_an_error_is_never_a_304(api_client):
    first = api_client.get("/api/v1/contracts", {"activeOn": "x"})

    response = api_client.get(
        "/api/v1/contracts",
        {"activeOn": "x"},
        headers={"if-none-match": first.get("ETag", "*")},
    )

    assert response.status_code == 400
