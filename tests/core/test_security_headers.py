"""Every response carries the Content-Security-Policy, Permissions-Policy and HSTS.

One page of each kind: a public page, the admin and an API response.
"""

import re

from django.test import Client

import pytest

PAGES = ["/", "/admin/login/", "/api/v1/parties"]


def _directives(response) -> dict[str, list[str]]:
    policy = response.headers["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in policy.split(";") if part)
    }


@pytest.mark.django_db
@pytest.mark.parametrize("path", PAGES)
def test_a_response_has_a_strict_content_security_policy(client: Client, path: str):
    response = client.get(path)

    directives = _directives(response)
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in response.headers["Content-Security-Policy"]


@pytest.mark.django_db
@pytest.mark.parametrize("path", PAGES)
def test_a_response_grants_no_browser_features(client: Client, path: str):
    response = client.get(path)

    policy = response.headers["Permissions-Policy"]
    assert "camera=()" in policy
    assert "geolocation=()" in policy
    assert "microphone=()" in policy


@pytest.mark.django_db
@pytest.mark.parametrize("path", PAGES)
def test_an_https_response_has_hsts_for_a_year_with_subdomains(
    client: Client, path: str
):
    response = client.get(path, secure=True)

    assert (
        response.headers["Strict-Transport-Security"]
        == "max-age=31536000; includeSubDomains"
    )


@pytest.mark.django_db
def test_the_api_reference_allows_its_inline_set_up_by_nonce_only(client: Client):
    response = client.get("/api/v1/docs")

    nonce = re.search(r"'nonce-([^']+)'", response.headers["Content-Security-Policy"])
    assert nonce is not None
    body = response.content.decode()
    assert body.count(f'nonce="{nonce[1]}"') == 2  # the style and the script
    assert "<script>" not in body
    assert "<style>" not in body
