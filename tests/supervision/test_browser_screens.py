"""The battle map and the projects dashboard at a laptop, a 4K wall screen (wall mode) and a phone.

At every size the page never scrolls sideways; in wall mode the whole plan fits one screen with type of at least
24 px. Screenshots go to var/test-artifacts for a person to look at.
"""
import pytest
from django.contrib.auth import get_user_model

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LAPTOP, WALL, PHONE = (1440, 900), (3840, 2160), (390, 844)


@pytest.fixture
def whole_plan_with_reports(full_plan, admin, leader, supervisor):
    """The zone's whole plan with ten months of reports: what a leader's battle map really shows."""
    plan = full_plan
    from actiondesk.demo import ensure_demo_users
    from actiondesk.supervision.demo import generate

    ensure_demo_users(plan.zone)
    generate(plan=plan, months=10, admin_user=admin, leader_user=leader, supervisor_user=supervisor)
    return plan


def _page(browser, size):
    context = browser.new_context(viewport={"width": size[0], "height": size[1]}, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(20000)
    return page


def _no_sideways_scroll(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("size", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test_the_battle_map_never_scrolls_sideways(browser, browser_login, live_server, whole_plan_with_reports, size,
                                               artifacts_dir):
    page = _page(browser, size)
    browser_login(page, "leader")
    page.goto(f"{live_server.url}/supervision/")
    page.wait_for_selector("#indicators")
    page.screenshot(path=str(artifacts_dir / f"battle-map-{size[0]}x{size[1]}.png"), full_page=True)
    assert _no_sideways_scroll(page), page.evaluate("document.documentElement.scrollWidth")
    if size == PHONE:  # a phone reader sees the status counts, then the lagging items, before the tables
        order = page.evaluate("""() => ['.bm-kpis', '.bm-lagging', '.bm-indicators'].map(
            s => document.querySelector(s).getBoundingClientRect().top)""")
        assert order == sorted(order)


def test_wall_mode_fits_the_whole_plan_on_one_4k_screen_in_large_type(browser, browser_login, live_server,
                                                                       whole_plan_with_reports, artifacts_dir):
    page = _page(browser, WALL)
    browser_login(page, "leader")
    page.goto(f"{live_server.url}/supervision/")
    page.click("a[data-wall-toggle]")
    page.wait_for_selector("body.wall #indicators")
    page.wait_for_timeout(300)
    page.screenshot(path=str(artifacts_dir / "battle-map-wall-3840x2160.png"))
    assert _no_sideways_scroll(page)
    assert page.evaluate("document.documentElement.scrollHeight <= window.innerHeight")
    rows = page.locator("#indicators tr[data-indicator]").count()
    tasks = page.locator(".programmes li[data-task]").count()
    assert rows == whole_plan_with_reports.indicators.count() and tasks == whole_plan_with_reports.tasks.count()
    smallest = page.evaluate("""() => Math.min(...[...document.querySelectorAll('body *')]
        .filter(el => el.offsetParent !== null && [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
        .map(el => parseFloat(getComputedStyle(el).fontSize)))""")
    assert smallest >= 24
    tick = page.evaluate("getComputedStyle(document.querySelector('#indicators .bar > i')).width")
    assert float(tick.rstrip("px")) >= 4  # the 序时 tick reads from across the room


@pytest.mark.parametrize("size", [LAPTOP, WALL, PHONE], ids=["laptop", "wall", "phone"])
def test_the_projects_dashboard_never_scrolls_sideways(browser, browser_login, live_server, full_plan, leader, size,
                                                       artifacts_dir):
    plan = full_plan  # the projects demo hands projects to every department of the sample plan
    from rich.console import Console

    from actiondesk.projects.demo import load_demo

    load_demo(zone=plan.zone, plan=plan, console=Console(quiet=True))
    assert get_user_model().objects.filter(username="leader").exists()
    page = _page(browser, size)
    browser_login(page, "leader")
    page.goto(f"{live_server.url}/projects/")
    page.wait_for_selector("#chart-funnel canvas")
    page.screenshot(path=str(artifacts_dir / f"projects-dashboard-{size[0]}x{size[1]}.png"), full_page=True)
    assert _no_sideways_scroll(page)


def test_wall_mode_keeps_tasks_with_many_milestones_in_their_column_and_on_one_screen(
        browser, browser_login, live_server, whole_plan_with_reports, artifacts_dir):
    import datetime

    from actiondesk.core.scoping import SYSTEM
    from actiondesk.plans import services_milestones

    plan = whole_plan_with_reports
    for each in plan.tasks.all():  # every task shows its next milestone, with a long title as the demo's have
        services_milestones.milestone_create(  # set-up: the platform acts, no user
            task=each, acting_user=SYSTEM, title=f"编制《沈抚示范区主导产业发展研究报告》第{each.number}册",
            department=each.lead_departments.first(), due_date=datetime.date(2026, 12, 31))
    plan.zone.has_demo_data = True  # the demo's banner takes its line at the top of the wall too
    plan.zone.save(update_fields=["has_demo_data"])
    task = plan.tasks.get(number="2")
    for n in range(30):  # as the demo's chain plans give task 2: many milestones due in the same months
        services_milestones.milestone_create(  # set-up: the platform acts, no user
            task=task, acting_user=SYSTEM, title=f"特种机器人：节点{n}", department=task.lead_departments.first(),
            due_date=datetime.date(2026, (5, 12)[n % 2], 28))
    page = _page(browser, WALL)
    browser_login(page, "leader")
    page.goto(f"{live_server.url}/supervision/?wall=1")
    page.wait_for_selector("body.wall #indicators")
    page.wait_for_timeout(300)
    page.screenshot(path=str(artifacts_dir / "battle-map-wall-many-milestones.png"))
    spill = page.evaluate("""() => { const column = document.querySelector('.bm-programmes').getBoundingClientRect();
        return [...document.querySelectorAll('.programmes > *')].map(c => c.getBoundingClientRect())
            .filter(r => r.right > column.right + 1 || r.left < column.left - 1).length; }""")
    assert spill == 0  # no programme card runs under the trend chart beside it
    tallest = page.evaluate("Math.max(...[...document.querySelectorAll('#lagging tr')].map(r => r.offsetHeight))")
    assert tallest < 48  # a lagging item takes one line: wrapped department names pushed the list off the screen
    assert page.evaluate("document.documentElement.scrollHeight <= window.innerHeight")
    page.set_viewport_size({"width": LAPTOP[0], "height": LAPTOP[1]})  # 大屏模式 clicked on a laptop
    # The charts follow the window on its resize event; on a busy machine that lands after the resize itself.
    for _ in range(50):  # polled from here: the page's CSP forbids the eval wait_for_function would use
        if _no_sideways_scroll(page):
            break
        page.wait_for_timeout(100)
    assert _no_sideways_scroll(page)
