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
