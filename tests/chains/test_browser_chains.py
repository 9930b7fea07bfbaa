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


def test_the_department_in_charge_finds_an_enterprise_with_the_search_box_and_places_it(
        page, browser_login, live_server, alice, robot_chain, zone, artifacts_dir):
    from actiondesk.chains.models import SegmentEnterprise
    from actiondesk.enterprises.models import Enterprise

    maker = Enterprise.objects.create(zone=zone, credit_code="91210400MA0REDUC01", name="沈抚精密减速器有限公司")
    gap = ChainSegment.objects.get(name="精密减速器")
    browser_login(page, "alice")
    page.goto(f"{live_server.url}/chains/{robot_chain.pk}/")
    page.click("#manage-placements")
    page.fill("#enterprise-search", "精密减速")
    page.wait_for_selector(f'#enterprise-results input[value="{maker.pk}"]')
    page.check(f'#enterprise-results input[value="{maker.pk}"]')
    page.select_option("select[name=segment]", str(gap.pk))
    page.select_option("select[name=role]", "core")
    page.click("#placement-form button[type=submit]")
    page.wait_for_selector('tr[data-placement="精密减速器/沈抚精密减速器有限公司"]')
    assert SegmentEnterprise.objects.get(segment=gap, enterprise=maker).role == "core"
    page.screenshot(path=str(artifacts_dir / "chain-placements.png"), full_page=True)


def test_a_segment_name_with_markup_shows_as_text_in_the_chain_map_tooltip(
        page, browser_login, live_server, bob, robot_chain):
    name = '<b id="injected">核心部件</b>'
    ChainSegment.objects.create(chain=robot_chain, position="downstream", name=name)
    browser_login(page, "bob")
    page.goto(f"{live_server.url}/chains/{robot_chain.pk}/")
    page.wait_for_selector("#chain-tree canvas")
    page.evaluate("""name => {
        var chart = echarts.getInstanceByDom(document.getElementById("chain-tree"));
        var index = chart.getModel().getSeriesByIndex(0).getData().indexOfName(name);
        chart.dispatchAction({type: "showTip", seriesIndex: 0, dataIndex: index});
    }""", name)
    tooltip = page.wait_for_selector("#chain-tree > div:has-text('产值')")
    assert name in tooltip.inner_text()
    assert page.query_selector("#chain-tree #injected") is None


def test_a_gap_segment_opened_on_a_phone_does_not_scroll_sideways(browser, browser_login, live_server, bob,
                                                                  robot_chain, artifacts_dir):
    from actiondesk.chains.models import InvestmentTarget

    gap = ChainSegment.objects.get(name="精密减速器")
    InvestmentTarget.objects.create(segment=gap, company_name="HarmonicDrivePrecisionReducersGmbH",
                                    location="LimburgAnDerLahnHessen", reason="补齐减速器环节")  # long words that cannot break
    page = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN").new_page()
    browser_login(page, "bob")
    page.goto(f"{live_server.url}/chains/{robot_chain.pk}/?segment={gap.pk}")
    page.wait_for_selector('#segment-panel-body[data-segment="精密减速器"]')
    page.screenshot(path=str(artifacts_dir / "chain-map-segment-390x844.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
