import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from actiondesk.core.scoping import SYSTEM

pytestmark = pytest.mark.django_db


@pytest.fixture
def stranger(db):
    return get_user_model().objects.create_user(username="stranger", password="pw-test-2026")


@pytest.mark.parametrize("url", ["/", "/plans/", "/supervision/", "/supervision/reports/", "/enterprises/",
                                 "/enterprises/ladders/", "/projects/", "/chains/"])
def test_an_account_without_a_zone_and_role_is_refused_with_a_clear_page(client, stranger, plan, url):
    client.force_login(stranger)
    response = client.get(url, follow=True)
    assert response.status_code == 403
    assert "尚未分配示范区和角色" in response.content.decode()


def test_an_account_without_a_zone_and_role_is_refused_by_the_api(client, stranger, plan):
    client.force_login(stranger)
    response = client.get(f"/api/plans/{plan.pk}/tasks")
    assert response.status_code == 403 and "尚未分配" in response.json()["detail"]
    assert response.json()["errors"] == []  # the API's one error shape


@pytest.mark.parametrize("url", ["/projects/?year=abc", "/enterprises/export.xlsx?year=x", "/chains/?year=twenty"])
def test_a_malformed_year_falls_back_instead_of_failing(login, alice, plan, url):
    assert login(alice).get(url).status_code == 200


def test_a_malformed_id_posted_to_a_comment_is_not_found(login, leader, plan):
    response = login(leader).post(reverse("supervision:comment_add"), {"task": "abc", "text": "请加快"})
    assert response.status_code == 404


def test_admins_open_the_ladder_page_with_edit_links(login, admin, plan):
    response = login(admin).get(reverse("enterprises:ladder_list"))
    assert response.status_code == 200
    assert "/enterprises/ladders/criteria/" in response.content.decode()


def test_services_refuse_a_department_or_user_from_another_zone(plan, mallory, other_zone):
    from django.core.exceptions import ValidationError

    from actiondesk.org.models import Department
    from actiondesk.plans.models import Indicator
    from actiondesk.plans.services import indicator_update

    foreign = Department.objects.create(zone=other_zone, name="外区部门")
    indicator = Indicator.objects.filter(plan=plan).first()
    with pytest.raises(ValidationError, match="不属于本示范区"):
        indicator_update(indicator=indicator, acting_user=SYSTEM, lead_department=foreign)
