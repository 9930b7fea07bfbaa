"""access_for: who a user is inside the platform, and what org rows the scoping helper lets them see or change."""
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser

from actiondesk.core.access import access_for
from actiondesk.core.scoping import editable, visible
from actiondesk.org.models import Department, Zone

pytestmark = pytest.mark.django_db


def test_anonymous_users_and_accounts_without_a_membership_have_no_access(db):
    stranger = get_user_model().objects.create_user(username="stranger", password="x")
    assert access_for(None) is None
    assert access_for(AnonymousUser()) is None
    assert access_for(stranger) is None


def test_department_staff_get_their_zone_role_and_department(zone, alice, departments):
    access = access_for(alice)
    assert (access.zone_id, access.role, access.department_id) == (zone.pk, "department", departments["产业创新局"].pk)
    assert access.is_department and not access.reads_whole_zone and not access.is_admin


@pytest.mark.parametrize(("role", "flag"), [("admin", "is_admin"), ("leader", "is_leader"),
                                            ("supervisor", "is_supervisor")])
def test_admins_leaders_and_supervisors_read_the_whole_zone(make_user, zone, role, flag):
    access = access_for(make_user(role, role))
    assert access.reads_whole_zone and getattr(access, flag) and access.department_id is None


def test_a_superuser_without_a_membership_administers_the_default_zone(zone, other_zone):
    root = get_user_model().objects.create_superuser(username="root", password="x")
    access = access_for(root)
    assert (access.zone_id, access.role, access.department_id) == (zone.pk, "admin", None)


def test_access_is_read_once_per_user_object(alice, django_assert_num_queries):
    with django_assert_num_queries(1):
        access_for(alice)
    with django_assert_num_queries(0):
        access_for(alice)


def test_users_see_the_departments_of_their_own_zone_only(zone, other_zone, alice, mallory, departments):
    Department.objects.create(zone=other_zone, name="外区部门")
    assert set(visible(Department.objects.all(), alice)) == set(departments.values())
    assert list(visible(Department.objects.all(), mallory).values_list("name", flat=True)) == ["外区部门"]
    assert list(visible(Zone.objects.all(), mallory)) == [other_zone]


def test_leaders_and_outsiders_edit_no_department_admins_edit_their_zones(zone, leader, admin, mallory,
                                                                          departments):
    assert not editable(Department.objects.all(), leader).exists()
    assert not editable(Department.objects.filter(zone=zone), mallory).exists()
    assert editable(Department.objects.all(), admin).count() == len(departments)


def test_department_staff_edit_no_department_and_no_zone(zone, alice, departments):
    assert not editable(Department.objects.all(), alice).exists()
    assert not editable(Zone.objects.all(), alice).exists()
