"""/api/org/: the zone's departments, with the same scoping as the pages."""
import pytest
from django.contrib.auth import get_user_model

from actiondesk.org.models import Department

pytestmark = pytest.mark.django_db


def test_a_department_user_lists_the_departments_of_the_zone(login, alice, departments):
    response = login(alice).get("/api/org/departments")
    assert response.status_code == 200
    assert [d["name"] for d in response.json()] == list(departments)  # in the zone's order
    assert "产业创新局" in response.content.decode()  # Chinese unescaped


def test_an_outsider_lists_only_the_departments_of_their_own_zone(login, mallory, other_zone, departments):
    Department.objects.create(zone=other_zone, name="外区部门")
    assert [d["name"] for d in login(mallory).get("/api/org/departments").json()] == ["外区部门"]


def test_anonymous_requests_and_accounts_without_a_zone_are_refused(client, departments):
    assert client.get("/api/org/departments").status_code == 401
    client.force_login(get_user_model().objects.create_user(username="stranger", password="x"))
    assert client.get("/api/org/departments").status_code == 403
