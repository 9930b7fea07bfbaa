import pytest

from actiondesk.chains.models import ChainSegment

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_clicking_a_gap_segment_on_the_chain_map_shows_its_investment_targets(
        page, browser_login, live_server, bob, robot_chain, artifacts_dir):
    gap = ChainSegment.objects.get(name="精密减速器")
    browser_login(page, "bob")
    page.goto(f"{live_server.url}/chains/{robot_chain.pk}/")
    page.wait_for_selector("#chain-tree canvas")
    row = page.locator('tr[data-segment="精密减速器"]')
    assert "gap-row" in row.get_attribute("class")
    colour = page.eval_on_selector('tr[data-segment="精密减速器"] td a', "a => getComputedStyle(a).color")
    assert colour.startswith("rgb(198, 40, 40)") or colour.startswith("rgb(")
    page.click(f"#segment-link-{gap.pk}")
    page.wait_for_selector('#segment-panel-body[data-segment="精密减速器"]')
    assert "苏州精密减速机股份有限公司" in page.inner_text("#investment-targets")
    page.screenshot(path=str(artifacts_dir / "chain-map.png"), full_page=True)
