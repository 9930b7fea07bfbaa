"""The change history speaks Chinese: field labels, choice labels and related names, never dicts or None."""
import pytest

from actiondesk.core.audit import audit_record, snapshot
from actiondesk.core.audit_display import describe
from actiondesk.core.models import AuditEntry


@pytest.fixture
def two_departments(zone):
    from actiondesk.core.scoping import SYSTEM
    from actiondesk.org.services import departments_ensure

    found = departments_ensure(zone=zone, names=["产业创新局", "发展改革局"], acting_user=SYSTEM)
    return zone, found["产业创新局"], found["发展改革局"]


def test_an_update_lists_only_changed_fields_with_their_labels_and_display_values(two_departments):
    zone, department, other = two_departments
    before = snapshot(department)
    department.name = "产业创新局（更名）"
    audit_record(actor=None, action="update", instance=department, before=before, after=snapshot(department), zone=zone)
    entry, changes = describe(AuditEntry.objects.filter(content_type__model="department", object_id=str(department.pk), action="update"))[0]
    assert [(c.label, c.before, c.after) for c in changes] == [("名称", "产业创新局", "产业创新局（更名）")]


def test_a_creation_shows_the_values_it_set_and_names_related_objects(two_departments):
    from actiondesk.org.models import Membership

    zone, department, _other = two_departments
    from actiondesk.core.scoping import SYSTEM
    from actiondesk.org.services import user_create

    user = user_create(zone=zone, username="clerk", password="pw-test-2026", role="department", department=department,
                       acting_user=SYSTEM)
    membership = Membership.objects.get(user=user)
    audit_record(actor=None, action="create", instance=membership, after=snapshot(membership), zone=zone)
    _entry, changes = describe(AuditEntry.objects.filter(content_type__model="membership", object_id=str(membership.pk)))[-1]
    shown = {c.label: c.after for c in changes}
    assert shown.get("部门") == "产业创新局" and "None" not in str(changes) and "id" not in shown


def test_a_time_shows_in_the_zones_time_to_the_minute_not_as_a_utc_timestamp(two_departments):
    zone, department, _other = two_departments
    audit_record(actor=None, action="update", instance=department, zone=zone,
                 before={"revoked_at": None}, after={"revoked_at": "2026-11-28T21:46:16.293280+00:00"})
    _entry, changes = describe(AuditEntry.objects.filter(content_type__model="department", action="update"))[0]
    assert [(c.label, c.after) for c in changes] == [("撤销时间", "2026-11-29 05:46")]  # Asia/Shanghai
