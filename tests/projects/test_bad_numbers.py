"""Issue 11.1: an out-of-range investment is refused where it enters, and the project pages keep working."""
import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from actiondesk.projects.models import ProjectMonthlyInvestment
from actiondesk.projects.services import project_record_monthly_investment

pytestmark = pytest.mark.django_db
PAGES = ["projects:project_dashboard", "projects:project_list"]


def _pages_open(client, project):
    for name in PAGES:
        assert client.get(reverse(name)).status_code == 200, name
    assert client.get(reverse("projects:project_detail", args=[project.pk])).status_code == 200
    assert client.get(reverse("projects:project_list") + "?export=xlsx").status_code == 200


@pytest.mark.parametrize("amount", ["1e30", "1e21", "1e400", "NaN", "Infinity", "-5", "12.345"])
def test_a_department_posting_an_impossible_investment_through_the_api_is_refused(login, alice, make_project,
                                                                                amount):
    project = make_project()
    client = login(alice)
    response = client.post(f"/api/projects/{project.pk}/investments",
                           {"month": "2026-09", "amount": amount}, content_type="application/json")
    assert response.status_code in (400, 422)
    assert not ProjectMonthlyInvestment.objects.filter(project=project).exists()
    _pages_open(client, project)
    response = client.post(f"/api/projects/{project.pk}/investments",
                           {"month": "2026-09", "amount": "1200.50"}, content_type="application/json")
    assert response.status_code == 200
    assert ProjectMonthlyInvestment.objects.get(project=project).amount == Decimal("1200.50")


def test_an_outsider_cannot_post_an_investment(login, mallory, make_project):
    project = make_project()
    response = login(mallory).post(f"/api/projects/{project.pk}/investments",
                                   {"month": "2026-09", "amount": "10"}, content_type="application/json")
    assert response.status_code == 404


@pytest.mark.parametrize("amount", ["1e30", "NaN", "-1", Decimal("Infinity")])
def test_the_service_itself_refuses_an_impossible_investment(alice, make_project, amount):
    project = make_project()
    with pytest.raises(ValidationError) as caught:
        project_record_monthly_investment(project=project, month=datetime.date(2026, 9, 1), amount=amount,
                                          acting_user=alice, today=datetime.date(2026, 10, 1))
    assert "amount" in caught.value.message_dict


def test_the_investment_form_shows_the_problem_instead_of_failing(login, alice, make_project):
    project = make_project()
    response = login(alice).post(reverse("projects:project_investment_record", args=[project.pk]),
                                 {"month": "2026-09", "amount": "1e30"})
    assert response.status_code == 200
    assert not ProjectMonthlyInvestment.objects.exists()


def test_a_project_total_investment_beyond_the_column_is_refused_by_the_api_free_service(alice, make_project):
    from actiondesk.projects.services import project_update

    project = make_project()
    with pytest.raises(ValidationError) as caught:
        project_update(project=project, acting_user=alice, total_investment=Decimal("1e21"))
    assert "total_investment" in caught.value.message_dict
