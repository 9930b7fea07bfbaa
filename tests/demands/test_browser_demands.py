"""In the browser: an enterprise raises a demand on the portal, the owner and a cooperating department work it, the
enterprise rates it and another enterprise cannot see it; a leader records a visit that raises a demand."""
import pytest

from actiondesk.demands.models import Demand

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _csrf(page):
    return next((c["value"] for c in page.context.cookies() if c["name"] == "csrftoken"), "")


def _as(page, browser_login, username):
    page.context.clear_cookies()
    browser_login(page, username)


def test_an_enterprise_raises_a_demand_that_is_accepted_answered_closed_and_rated_and_others_cannot_see_it(
        page, browser_login, live_server, contact, other_contact, categories, alice, bob, departments,
        artifacts_dir):
    url = live_server.url
    browser_login(page, "qiye01")
    assert page.url.endswith("/demands/portal/")
    page.click("#portal-new-demand")
    page.select_option("#id_category", str(categories["用地"].pk))
    page.fill("#id_title", "二期厂房用地指标")
    page.fill("#id_description", "二期扩产需新增用地30亩")
    page.click("#portal-demand-form button[type=submit]")
    page.wait_for_selector("#demand-status")
    assert "待受理" in page.inner_text("#demand-status")
    demand = Demand.objects.get(title="二期厂房用地指标")
    assert (demand.owner, demand.channel) == (alice, "portal")
    assert page.goto(f"{url}/supervision/").status == 403  # nothing of the government side

    _as(page, browser_login, "alice")
    page.goto(f"{url}/demands/{demand.pk}/")
    page.check(f"#accept-form input[value='{departments['发展改革局'].pk}']")
    page.fill("#accept-form input[name=request]", "核定年度用地指标")
    page.click("#accept-form button[type=submit]")
    page.wait_for_selector("#parts")
    assert "办理中" in page.inner_text("#demand-status")

    _as(page, browser_login, "bob")
    page.goto(f"{url}/demands/{demand.pk}/")
    page.fill(".part-answer textarea", "已列入第四批次用地计划")
    page.click(".part-answer button[type=submit]")
    page.wait_for_selector("#parts")
    assert "已列入第四批次用地计划" in page.inner_text("#parts")
    assert page.locator("#close-form").count() == 0  # only the owner closes

    _as(page, browser_login, "alice")
    page.goto(f"{url}/demands/{demand.pk}/")
    page.fill("#close-form textarea", "用地指标已落实，10月供地")
    page.click("#close-form button[type=submit]")
    page.wait_for_selector("#demand-status")
    assert "已办结" in page.inner_text("#demand-status")

    _as(page, browser_login, "qiye01")
    page.goto(f"{url}/demands/portal/demands/{demand.pk}/")
    page.check("#rate-form input[value=satisfied]")
    page.click("#rate-form button[type=submit]")
    page.wait_for_selector("#demand-status")
    assert "已确认" in page.inner_text("#demand-status")
    assert Demand.objects.get(pk=demand.pk).rating == "satisfied"
    page.screenshot(path=str(artifacts_dir / "demands-portal-rated.png"), full_page=True)

    _as(page, browser_login, "qiye02")
    assert "二期厂房用地指标" not in page.inner_text("main")
    assert page.goto(f"{url}/demands/portal/demands/{demand.pk}/").status == 404
    api = page.request.get(f"{url}/api/demands/portal/demands/{demand.pk}")
    assert api.status == 404
    listing = page.request.get(f"{url}/api/demands/portal/demands")
    assert listing.status == 200 and listing.json() == []
    assert page.request.get(f"{url}/api/demands/{demand.pk}").status == 403


def test_a_leader_records_a_visit_that_raises_a_demand(page, browser_login, live_server, leader, enterprise,
                                                       categories, alice, artifacts_dir):
    browser_login(page, "leader")
    page.goto(f"{live_server.url}/demands/baobao/mine/")
    assert "沈抚精密机械有限公司" in page.inner_text("#leader-enterprises")
    page.click("#record-visit")
    page.select_option("#id_enterprise", str(enterprise.pk))
    page.fill("#id_people", "王主任、产业创新局")
    page.fill("#id_topics", "了解二期扩产进展")
    page.select_option("#id_demand_category", str(categories["融资"].pk))
    page.fill("#id_demand_title", "技改项目贷款贴息")
    page.click("#visit-form button[type=submit]")
    page.wait_for_selector("#leader-enterprises")
    assert "已记录走访" in page.inner_text("main")
    demand = Demand.objects.get(title="技改项目贷款贴息")
    assert (demand.channel, demand.owner, demand.enterprise) == ("visit", alice, enterprise)
    assert "技改项目贷款贴息" in page.inner_text("#leader-demands")
    page.screenshot(path=str(artifacts_dir / "demands-leader-page.png"), full_page=True)
