import datetime

import pytest
from django.utils import timezone

from actiondesk.projects.models import Project

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_lead_department_records_a_months_investment_and_another_department_cannot(
        page, browser_login, live_server, alice, bob, make_project, artifacts_dir):
    project = make_project(department="产业创新局", name="品诺环保装备项目", stage="started",
                           stage_on=datetime.date(2026, 3, 1), started_on=datetime.date(2026, 3, 1))
    month = timezone.localdate().replace(day=1)
    browser_login(page, "alice")
    page.goto(f"{live_server.url}/projects/{project.pk}/")
    page.click("#record-investment")
    page.fill("input[name=month]", month.strftime("%Y-%m"))
    page.fill("input[name=amount]", "2345")
    page.click("#investment-form button[type=submit]")
    page.wait_for_selector("#investments")
    assert "2345" in page.inner_text("#investments")
    assert Project.objects.get(pk=project.pk).monthly_investments.get(month=month).amount == 2345
    page.screenshot(path=str(artifacts_dir / "project-detail.png"), full_page=True)

    page.context.clear_cookies()
    browser_login(page, "bob")
    response = page.goto(f"{live_server.url}/projects/{project.pk}/investment/")
    assert response.status == 403
    page.goto(f"{live_server.url}/projects/{project.pk}/")
    assert page.locator("#record-investment").count() == 0
    api = page.request.post(f"{live_server.url}/api/projects/{project.pk}/investments",
                            data={"month": month.strftime("%Y-%m"), "amount": "1"},
                            headers={"X-CSRFToken": _csrf(page)})
    assert api.status == 403


def _csrf(page):
    return next((c["value"] for c in page.context.cookies() if c["name"] == "csrftoken"), "")


def test_the_lead_department_adds_a_problem_in_place_and_the_responsible_department_solves_it(
        page, browser_login, live_server, alice, bob, make_project, departments, artifacts_dir):
    project = make_project(department="产业创新局", name="品诺环保装备项目")
    browser_login(page, "alice")
    page.goto(f"{live_server.url}/projects/{project.pk}/")
    page.click("#problems summary")
    page.fill("#id_problem-description", "施工用电未接入")
    page.select_option("#id_problem-department", str(departments["发展改革局"].pk))
    page.click("#problem-form button[type=submit]")
    page.wait_for_selector('#problems tr[data-problem="施工用电未接入"]')
    assert "已添加问题" in page.inner_text("#problems")

    page.context.clear_cookies()
    browser_login(page, "bob")
    page.goto(f"{live_server.url}/projects/{project.pk}/")
    problem = project.problems.get()
    page.click(f"#problem-{problem.pk} a")
    page.wait_for_selector(".problem-edit-form")
    assert page.is_disabled(f"#id_problem-{problem.pk}-description")
    page.select_option(f"#id_problem-{problem.pk}-status", "solved")
    page.fill(f"#id_problem-{problem.pk}-resolution_note", "已协调供电公司临时接电")
    page.click(".problem-edit-form button[type=submit]")
    page.wait_for_selector("#problems .status-done")
    problem.refresh_from_db()
    assert problem.status == "solved" and problem.resolution_note == "已协调供电公司临时接电"
    page.screenshot(path=str(artifacts_dir / "project-problems.png"), full_page=True)
