"""End to end in Debian chromium: a leader's 批示 on a lagging task → a 督办单 in the lead department's bell and
我的部门 → the department replies with an attachment → the supervision office closes it → the leader sees the
reply on the task page and on 我的批示."""
import pytest
from django.utils import timezone

from actiondesk.core.scoping import SYSTEM
from actiondesk.orders.models import Order
from actiondesk.supervision import services as supervision
from actiondesk.supervision.periods import periods_ensure

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _new_page(browser):
    context = browser.new_context(viewport={"width": 1440, "height": 900}, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(15000)
    return page


@pytest.fixture
def lagging_task(plan, alice, supervisor, get_indicator, get_task):
    """Task 1 with a report that puts 高技术成果 far behind schedule for every ended month of the year."""
    periods = periods_ensure(plan=plan, acting_user=SYSTEM)
    indicator = get_indicator("高技术成果")
    ended = [period for period in periods if period.end < timezone.localdate()]  # today's date, not a fixed month
    for period in ended:
        report = supervision.report_open(period=period, acting_user=alice)
        supervision.report_save(report=report, acting_user=alice, values={indicator.pk: {"value": 0}}, notes={})
        report = supervision.report_submit(report=report, acting_user=alice)
        supervision.report_approve(report=report, acting_user=supervisor)
    return get_task("1")


def test_a_leaders_comment_travels_to_the_department_and_back_as_an_order(
        page, browser, browser_login, live_server, lagging_task, leader, alice, supervisor, settings, tmp_path,
        artifacts_dir):
    settings.MEDIA_ROOT = tmp_path
    task_url = f"{live_server.url}/plans/tasks/{lagging_task.pk}/"

    browser_login(page, "leader")
    page.goto(task_url)
    assert "滞后" in page.inner_text("#supervision")
    page.fill("#comment-order-form textarea[name=text]", "高技术成果进度严重滞后，请拿出具体措施并报送落实情况")
    assert page.is_checked("#comment-order-form input[name=raise_order]")
    page.click("#comment-order-form button[type=submit]")
    page.wait_for_load_state("networkidle")
    order = Order.objects.get()
    assert order.source == lagging_task and [d.name for d in order.departments.all()] == ["产业创新局"]

    department = _new_page(browser)
    browser_login(department, "alice")
    department.wait_for_selector("#bell-count .bell-count")
    assert int(department.inner_text("#bell-count .bell-count")) >= 1
    department.goto(f"{live_server.url}/plans/mine/")
    assert order.subject in department.inner_text("#department-orders")
    assert "新督办单" in department.inner_text("#department-notifications")
    department.click("#department-notifications li[data-kind=order_new] button")
    department.wait_for_load_state("networkidle")
    assert department.url.endswith(f"/orders/{order.pk}/")
    department.click("#accept")
    department.wait_for_load_state("networkidle")
    department.fill("#reply-form textarea[name=text]", "已召开专题会，制定赶超措施，本月新增高技术成果2项")
    department.set_input_files("#reply-form input[name=files]", files=[
        {"name": "落实情况.pdf", "mimeType": "application/pdf", "buffer": PDF}])
    department.click("#reply-form button[type=submit]")
    department.wait_for_load_state("networkidle")
    assert "落实情况.pdf" in department.inner_text("#replies")

    office = _new_page(browser)
    browser_login(office, "supervisor")
    office.goto(f"{live_server.url}/notifications/")
    office.click("li[data-kind=order_reply] button")
    office.wait_for_load_state("networkidle")
    office.click("#close-form button[type=submit]")
    office.wait_for_load_state("networkidle")
    assert "已办结" in office.inner_text("h1")

    page.goto(task_url)
    orders = page.inner_text("#orders")
    assert "本月新增高技术成果2项" in orders and "落实情况.pdf" in orders and "已办结" in orders
    page.screenshot(path=str(artifacts_dir / "orders-task-page.png"), full_page=True)
    page.goto(f"{live_server.url}/orders/comments/")
    mine = page.inner_text("#my-comments")
    assert "请拿出具体措施" in mine and "本月新增高技术成果2项" in mine
