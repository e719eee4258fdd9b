"""The API's reference page works in a browser from local files only."""

import pytest
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_the_api_reference_lists_the_resources_without_loading_anything_remote(
    page: Page, live_server
):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))

    page.goto(f"{live_server.url}/api/v1/docs")

    expect(page.get_by_role("heading", name="OpenZaak Governance API")).to_be_visible()
    # Every resource is listed (collapsed); opening one shows its operations.
    for resource in ("components", "lots", "role-assignments", "work-categories"):
        expect(page.get_by_role("link", name=resource, exact=True)).to_be_visible()
    page.get_by_role("link", name="role-assignments", exact=True).click()
    expect(page.get_by_text("/role-assignments", exact=True).first).to_be_visible()
    remote = [
        url
        for url in requested
        if not url.startswith((live_server.url, "blob:", "data:"))
    ]
    assert remote == []
