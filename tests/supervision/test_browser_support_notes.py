"""In Debian chromium: a supporting (配合) department submits its 配合情况, the lead department reads it on the task
page, and the supporting department appears in the 督导考核 ranking with its 配合情况 score; the status history
draws its charts."""
import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_supporting_department_submits_its_note_and_appears_in_the_ranking(
        page, browser_login, live_server, plan, periods, make_user, departments, alice, get_task, artifacts_dir):
    task = get_task("1")  # led by 产业创新局, supported by 规划建设局
    make_user("carol", "department", departments["规划建设局"])
    browser_login(page, "carol")
    page.goto(f"{live_server.url}/supervision/periods/{periods[6].pk}/report/")
    assert "配合情况" in page.inner_text("#support-notes")
    page.fill(f"textarea[name=support_{task.pk}]", "配合完成中试基地选址论证，提供规划条件两宗")
    page.click("button[value=submit]")
    page.wait_for_load_state("networkidle")
    assert "已报送" in page.inner_text("#report-status")

    page.goto(f"{live_server.url}/supervision/?period=2026-06")
    row = page.locator("#ranking tbody tr").filter(has_text="规划建设局")
    assert row.count() == 1
    cells = row.locator("td").all_inner_texts()
    assert cells[4] == "—" and float(cells[5]) > 0  # no 完成进度 to judge; its 配合情况 counts
    page.screenshot(path=str(artifacts_dir / "ranking-with-supporting-department.png"), full_page=True)

    page.context.clear_cookies()
    browser_login(page, "alice")
    page.goto(f"{live_server.url}/plans/tasks/{task.pk}/")
    assert "配合完成中试基地选址论证" in page.inner_text("#supervision")

    page.goto(f"{live_server.url}/supervision/history/")
    page.locator("#red-chart[data-rendered='1']").wait_for()
    assert page.locator(".sm-chart[data-rendered='1']").count() > 0
    assert "规划建设局" in page.inner_text("#rank-history")
