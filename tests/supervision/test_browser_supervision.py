"""End to end in Debian chromium: submit → return with reason → correct and resubmit → approve → locked → map."""
import pytest

from actiondesk.plans.models import Indicator
from actiondesk.supervision.models import IndicatorSchedule, MetricValue, PeriodReport

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _submit(page):
    """Submit; confirm once that the lead tasks left blank have no progress this period (the form asks)."""
    page.click("button[value=submit]")
    page.wait_for_load_state("networkidle")
    if page.locator("#blank-tasks").count():
        page.check("input[name=confirm_blank]")
        page.click("button[value=submit]")
        page.wait_for_load_state("networkidle")


def _new_page(browser):
    context = browser.new_context(viewport={"width": 1920, "height": 1080}, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(15000)
    return page


def test_report_round_trip_from_department_to_supervisor_to_battle_map(
        page, browser, browser_login, live_server, periods, alice, supervisor, get_indicator, get_task,
        artifacts_dir):
    indicator, task = get_indicator("高技术成果"), get_task("1")
    june = periods[6]

    browser_login(page, "alice")
    page.goto(f"{live_server.url}/supervision/reports/")
    page.click("tr[data-period='2026-06'] a.button")
    page.fill(f"input[name=value_{indicator.pk}]", "2")
    page.fill(f"textarea[name=progress_{task.pk}]", "完成2项关键核心技术攻关")
    _submit(page)
    assert page.inner_text("#report-status") == "已报送"
    report = PeriodReport.objects.get(period=june)

    reviewer = _new_page(browser)
    browser_login(reviewer, "supervisor")
    reviewer.goto(f"{live_server.url}/supervision/reports/{report.pk}/")
    reviewer.fill("textarea[name=reason]", "高技术成果数与科技成果登记不符，请核实")
    reviewer.click("button[value=return]")
    reviewer.wait_for_load_state("networkidle")
    assert reviewer.inner_text("#report-status") == "已退回"

    page.goto(f"{live_server.url}/plans/mine/")
    assert "已退回" in page.inner_text("#due-reports")
    page.goto(f"{live_server.url}/supervision/reports/{report.pk}/")
    assert "高技术成果数与科技成果登记不符" in page.inner_text("#return-reason")
    page.click("#edit-report")
    assert "高技术成果数与科技成果登记不符" in page.inner_text("#return-reason")
    page.fill(f"input[name=value_{indicator.pk}]", "4")
    _submit(page)
    assert page.inner_text("#report-status") == "已报送"

    reviewer.goto(f"{live_server.url}/supervision/reports/{report.pk}/")
    reviewer.click("button[value=approve]")
    reviewer.wait_for_load_state("networkidle")
    assert reviewer.inner_text("#report-status") == "已审核"

    page.goto(f"{live_server.url}/supervision/periods/{june.pk}/report/")  # locked: sent to the read-only page
    assert page.url.endswith(f"/supervision/reports/{report.pk}/")
    assert page.locator("#locked").is_visible()
    assert page.locator("#edit-report").count() == 0
    assert page.locator(f"input[name=value_{indicator.pk}]").count() == 0

    reviewer.goto(f"{live_server.url}/supervision/?period=2026-06")
    reviewer.wait_for_load_state("networkidle")
    row = reviewer.locator(f"tr[data-indicator='{indicator.pk}']")
    assert row.locator("[data-actual]").inner_text().strip() == "4"
    assert row.get_attribute("data-status") == "ahead"  # 80 % against 50 %
    assert "挂图作战" in reviewer.title()
    reviewer.wait_for_function("document.querySelector('#trend canvas') !== null")
    reviewer.screenshot(path=str(artifacts_dir / "supervision-battle-map.png"))
    reviewer.context.close()


def test_battle_map_fills_missing_metric_values_after_loading_and_refreshes_on_demand(
        page, browser_login, live_server, periods, supervisor, get_indicator, register_metric, artifacts_dir):
    register_metric("tests.browser_metric", label="浏览器测试", unit="项", source="测试：成果登记")(
        lambda ctx: ctx.period_end.month)
    indicator = get_indicator("高技术成果")
    Indicator.objects.filter(pk=indicator.pk).update(metric="tests.browser_metric")
    browser_login(page, "supervisor")
    page.goto(f"{live_server.url}/supervision/?period=2026-06")
    row = page.locator(f"tr[data-indicator='{indicator.pk}']")
    # The page reloads once the job has stored every period's values: real work, slow on a loaded machine.
    row.locator("text=更新于").wait_for(timeout=60000)
    assert row.locator("[data-actual]").inner_text().strip() == "6"
    assert page.locator("[data-stale]").count() == 0
    MetricValue.objects.all().delete()
    with page.expect_navigation():  # HX-Refresh reloads the page once the values are stored
        page.click("[data-refresh-metrics]")
    row.locator("text=更新于").wait_for(timeout=60000)
    assert MetricValue.objects.filter(indicator=indicator).count() >= 6
    page.screenshot(path=str(artifacts_dir / "supervision-metric-refresh.png"))


def test_admin_applies_a_schedule_preset_on_the_settings_page(page, browser_login, live_server, admin,
                                                              get_indicator):
    indicator = get_indicator("年度投资")
    browser_login(page, "admin")
    page.goto(f"{live_server.url}/supervision/settings/indicators/{indicator.pk}/")
    page.select_option("#id_preset", "back_loaded")
    assert page.input_value("#id_share_6") == "35"
    page.select_option("#id_preset", "")
    page.fill("#id_share_6", "36")
    page.click("#indicator-settings button[type=submit]")
    page.wait_for_load_state("networkidle")
    assert IndicatorSchedule.objects.get(indicator=indicator).shares[5] == "0.36"
    assert "指标设置已保存" in page.content()


def test_the_indicator_settings_page_does_not_scroll_sideways_on_a_laptop(browser, browser_login, live_server,
                                                                         admin, get_indicator):
    page = browser.new_context(viewport={"width": 1366, "height": 768}, locale="zh-CN").new_page()
    browser_login(page, "admin")
    page.goto(f"{live_server.url}/supervision/settings/indicators/{get_indicator('年度投资').pk}/")
    page.wait_for_selector("#id_share_12")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # twelve month inputs
    assert page.locator("#id_share_12").is_visible()
