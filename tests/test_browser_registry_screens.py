"""The registries added after the battle map (parks, 金融+, 招商, 转型, 创新, 诉求, 督办) and an admin's edit forms
on a phone and a wall screen.

The whole demo is loaded once (what a user of `make demo` sees); at every size no page scrolls sideways — a wide
table scrolls inside itself. Screenshots go to var/test-artifacts for a person to look at.
"""
import itertools

import pytest
from rich.console import Console

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = ["/parks/", "/finance/", "/investment/", "/investment/conversion/", "/transformation/",
         "/transformation/coverage/", "/innovation/", "/innovation/scenes/", "/demands/", "/demands/statistics/",
         "/demands/baobao/", "/orders/"]
SIZES = {"phone": (390, 844), "wall": (3840, 2160)}


def edit_pages() -> list[str]:
    """The registries' edit forms an admin opens (ids of the demo's first rows)."""
    from actiondesk.finance.models import GuidanceFund
    from actiondesk.investment.models import Lead
    from actiondesk.parks.models import LandParcel

    return [f"/parks/parcels/{LandParcel.objects.order_by('pk').first().pk}/edit/",
            f"/investment/{Lead.objects.order_by('pk').first().pk}/edit/",
            f"/finance/funds/{GuidanceFund.objects.order_by('pk').first().pk}/edit/", "/finance/loans/new/",
            "/org/keepers/"]


@pytest.fixture
def demo(settings):
    from actiondesk.demo import load_demo

    return load_demo(console=Console(quiet=True), zone_name=settings.ACTIONDESK_DEFAULT_ZONE)


def test_no_registry_page_scrolls_sideways_on_a_phone_or_a_wall_screen(browser, live_server, demo, artifacts_dir):
    failures = []
    for (size_name, (width, height)), (user, paths) in itertools.product(
            SIZES.items(), [("supervisor", PAGES), ("admin", edit_pages())]):
        context = browser.new_context(viewport={"width": width, "height": height}, locale="zh-CN")
        page = context.new_page()
        page.set_default_timeout(20000)
        page.goto(f"{live_server.url}/login/")
        page.fill("input[name=username]", user)
        page.fill("input[name=password]", "demo-2026!")
        page.click("button[type=submit]")
        page.wait_for_load_state("networkidle")
        for path in paths:
            response = page.goto(live_server.url + path)
            assert response.status == 200, path
            assert "演示数据" in page.content(), path
            name = user + "-" + path.strip("/").replace("/", "-")
            page.screenshot(path=str(artifacts_dir / f"registry-{name}-{width}x{height}.png"))
            if not page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"):
                failures.append((size_name, path, page.evaluate("document.documentElement.scrollWidth")))
        context.close()
    assert failures == []
