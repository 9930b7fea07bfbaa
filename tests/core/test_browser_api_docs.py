"""The API docs render in a browser from local assets only (the intranet has no internet)."""
import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_swagger_ui_renders_the_operations_without_any_request_leaving_the_server(page, live_server, browser_login,
                                                                                    alice, artifacts_dir):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    browser_login(page, "alice")
    page.goto(f"{live_server.url}/api/docs")
    page.wait_for_selector(".opblock", timeout=20000)
    assert page.locator(".opblock").count() > 10
    page.screenshot(path=str(artifacts_dir / "api-docs.png"))
    outside = [url for url in requested if not url.startswith(live_server.url) and not url.startswith("data:")]
    assert outside == []
