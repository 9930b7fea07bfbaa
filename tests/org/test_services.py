"""Zones, departments and users: the org services and the rules the database keeps."""
import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from actiondesk.core.models import AuditEntry
from actiondesk.core.scoping import SYSTEM
from actiondesk.org.models import EVERY_DEPARTMENT, Department, Membership, Zone
from actiondesk.org.selectors import default_zone
from actiondesk.org.services import departments_ensure, user_create, zone_get_or_create

pytestmark = pytest.mark.django_db


def test_a_zone_is_created_once_and_found_again_by_its_name(zone):
    assert zone_get_or_create(name=zone.name) == zone
    assert Zone.objects.count() == 1


def test_departments_ensure_creates_only_the_missing_ones_in_the_order_named_and_audits_each(zone, admin):
    departments_ensure(zone=zone, names=["发展改革局"], acting_user=admin)
    found = departments_ensure(zone=zone, names=["产业创新局", "发展改革局", "", "产业创新局", "税务局"],
                               acting_user=admin)
    assert found.keys() == {"产业创新局", "发展改革局", "税务局"}
    assert [(d.name, d.sort_order) for d in Department.objects.filter(zone=zone)] == [
        ("发展改革局", 0), ("产业创新局", 1), ("税务局", 2)]
    created = AuditEntry.objects.filter(action="create", content_type__model="department")
    assert sorted(e.after["name"] for e in created) == ["产业创新局", "发展改革局", "税务局"]
    assert all(e.actor == admin for e in created)


def test_every_department_named_by_a_plan_is_never_stored_as_a_department(zone):
    assert departments_ensure(zone=zone, names=[EVERY_DEPARTMENT, "税务局"], acting_user=SYSTEM).keys() == {"税务局"}
    assert not Department.objects.filter(name=EVERY_DEPARTMENT).exists()


def test_a_department_name_is_unique_within_a_zone_but_may_repeat_in_another(zone, other_zone):
    Department.objects.create(zone=zone, name="税务局")
    Department.objects.create(zone=other_zone, name="税务局")
    with pytest.raises(IntegrityError), transaction.atomic():
        Department.objects.create(zone=zone, name="税务局")
    assert departments_ensure(zone=other_zone, names=["税务局"], acting_user=SYSTEM)["税务局"].zone == other_zone


def test_user_create_gives_one_membership_and_an_audit_entry(zone, departments, admin):
    user = user_create(zone=zone, username="carol", password="pw-test-2026", role="department",
                       department=departments["规划建设局"], full_name="王五", title="科员", acting_user=admin)
    assert user.check_password("pw-test-2026") and user.first_name == "王五"
    membership = user.membership
    assert (membership.zone, membership.role, membership.department.name, membership.title) == (
        zone, "department", "规划建设局", "科员")
    entry = AuditEntry.objects.get(action="create", content_type__model="user", object_id=str(user.pk))
    assert entry.actor == admin and entry.object_repr == "carol"
    assert entry.after == {"role": "部门", "department": "规划建设局"}  # as the history shows it


def test_a_department_user_without_a_department_is_refused_and_nothing_is_created(zone):
    with pytest.raises(ValidationError, match="部门"):
        user_create(zone=zone, username="carol", password="pw-test-2026", role="department", acting_user=SYSTEM)
    assert not get_user_model().objects.filter(username="carol").exists()


def test_the_database_refuses_department_staff_without_a_department_and_a_second_membership(zone, leader):
    user = get_user_model().objects.create_user(username="dave", password="x")
    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.create(user=user, zone=zone, role="department")
    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.create(user=leader, zone=zone, role="admin")
    assert Membership.objects.get(user=leader).role == "leader"


def test_the_default_zone_is_the_configured_one_else_the_first_created(settings, db):
    assert default_zone() is None
    first = zone_get_or_create(name="甲区")
    configured = zone_get_or_create(name="乙区")
    settings.ACTIONDESK_DEFAULT_ZONE = "乙区"
    assert default_zone() == configured
    settings.ACTIONDESK_DEFAULT_ZONE = "不存在的区"
    assert default_zone() == first
