"""A department user in a real browser: plan overview, own department page, refused elsewhere."""
import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def test_department_user_reads_the_plan_and_is_refused_on_another_departments_edit_page(
        page, live_server, browser_login, bob, plan, get_indicator, artifacts_dir):
    others = get_indicator("高技术成果")  # task 1: 产业创新局 leads, 规划建设局 supports, 发展改革局 has no part
    browser_login(page, "bob")

    page.goto(f"{live_server.url}/plans/")
    assert page.locator("tr[data-task]").count() == 2
    task_two = page.locator("tr[data-task='2']")
    assert "签约产业类项目" in task_two.inner_text() and "≥ 80 个" in task_two.inner_text()
    assert page.get_by_text("财政金融局").first.is_visible()
    page.screenshot(path=str(artifacts_dir / "plan-overview.png"), full_page=False)

    page.click("text=我的部门")
    page.wait_for_load_state("networkidle")
    assert "发展改革局" in page.locator("h1").inner_text()
    assert page.get_by_text("巩固提升主导产业").first.is_visible()

    response = page.goto(f"{live_server.url}/plans/indicators/{others.pk}/edit/")
    assert response.status == 403

    csrf = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    api = page.request.patch(f"{live_server.url}/api/plans/indicators/{others.pk}", data={"target_value": 1},
                             headers={"X-CSRFToken": csrf, "Referer": live_server.url})
    assert api.status == 403


def test_the_milestone_grid_in_english_does_not_scroll_sideways_on_a_laptop(browser, browser_login, live_server,
                                                                           admin, get_task, departments):
    import datetime

    from actiondesk.core.scoping import SYSTEM
    from actiondesk.plans import services_milestones

    services_milestones.milestone_create(  # set-up: the platform acts, no user
        task=get_task("1"), acting_user=SYSTEM, title="出台中试平台认定办法", due_date=datetime.date(2026, 6, 30),
        department=departments["产业创新局"], evidence_note="认定办法文件已印发")
    page = browser.new_context(viewport={"width": 1366, "height": 768}).new_page()
    browser_login(page, "admin")
    with page.expect_navigation():
        page.select_option("select[name=language]", "en")
    page.goto(f"{live_server.url}/plans/milestones/")
    page.wait_for_selector("table.ms-grid")
    # The demo's longer department names and review states make the English grid ~1400 px wide: as wide, here.
    page.evaluate("document.querySelector('table.ms-grid').style.minWidth = '1400px'")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # the grid scrolls in itself
