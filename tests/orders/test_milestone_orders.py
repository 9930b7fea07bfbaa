"""交办 from a milestone's page: leaders, the supervision office and admins raise a 督办单 about the milestone."""
import datetime
import re

import pytest

from actiondesk.core.scoping import SYSTEM
from actiondesk.orders.models import Order
from actiondesk.plans import services_milestones

pytestmark = pytest.mark.django_db


@pytest.fixture
def milestone(get_task, departments):
    return services_milestones.milestone_create(task=get_task("1"), acting_user=SYSTEM, title="出台中试平台认定办法",
                                                due_date=datetime.date(2026, 6, 30),
                                                department=departments["产业创新局"])


@pytest.mark.parametrize("user", ["leader", "supervisor", "admin"])
def test_overseers_see_the_raise_button_which_proposes_the_responsible_department(request, login, milestone,
                                                                                 departments, user):
    client = login(request.getfixturevalue(user))
    page = client.get(f"/plans/milestones/{milestone.pk}/").content.decode()
    source = f"plans.milestone:{milestone.pk}"
    assert "交办督办单" in page and f"source=plans.milestone%3A{milestone.pk}" in page
    form = client.get(f"/orders/new/?source={source}").content.decode()
    checked = re.findall(r'<input type="checkbox" name="departments" value="(\d+)"[^>]*checked', form)
    assert checked == [str(departments["产业创新局"].pk)]


def test_the_office_raises_an_order_about_a_milestone_and_the_page_lists_it(login, supervisor, milestone,
                                                                           departments):
    client = login(supervisor)
    source = f"plans.milestone:{milestone.pk}"
    response = client.post(f"/orders/new/?source={source}", {
        "subject": "加快认定办法出台", "instruction": "6月底前印发", "source_kind": "office",
        "departments": [departments["产业创新局"].pk], "due_on": "2026-06-30", "priority": "normal",
        "source": source})
    assert response.status_code == 302
    assert Order.objects.get().source == milestone
    assert "加快认定办法出台" in client.get(f"/plans/milestones/{milestone.pk}/").content.decode()


@pytest.mark.parametrize("user", ["alice", "bob"])
def test_department_staff_see_no_raise_button_and_cannot_raise(request, login, milestone, departments, user):
    client = login(request.getfixturevalue(user))
    assert "交办督办单" not in client.get(f"/plans/milestones/{milestone.pk}/").content.decode()
    assert client.get(f"/orders/new/?source=plans.milestone:{milestone.pk}").status_code == 403
    assert not Order.objects.exists()


def test_an_outsider_cannot_raise_an_order_about_the_milestone(login, mallory, milestone, departments):
    client = login(mallory)
    assert client.get(f"/plans/milestones/{milestone.pk}/").status_code == 404
    assert client.get(f"/orders/new/?source=plans.milestone:{milestone.pk}").status_code == 404
    response = client.post(f"/orders/new/?source=plans.milestone:{milestone.pk}", {
        "subject": "越权", "instruction": "越权", "source_kind": "office", "departments": [departments["产业创新局"].pk],
        "due_on": "2026-06-30", "priority": "normal"})
    assert response.status_code == 404 and not Order.objects.exists()


def test_the_milestone_page_takes_a_bounded_number_of_queries(login, leader, milestone,
                                                              django_assert_max_num_queries):
    client = login(leader)
    with django_assert_max_num_queries(30):
        assert client.get(f"/plans/milestones/{milestone.pk}/").status_code == 200
