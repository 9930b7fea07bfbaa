from django.contrib.auth import get_user_model
from django.db import transaction

from actiondesk.core.audit import audit_record
from actiondesk.core.models import AuditAction
from actiondesk.core.scoping import ensure_role
from actiondesk.core.values import clean_text
from actiondesk.org.choices import Role
from actiondesk.org.models import EVERY_DEPARTMENT, Department, Membership, Zone


def zone_get_or_create(*, name: str) -> Zone:
    zone, _ = Zone.objects.get_or_create(name=name)
    return zone


@transaction.atomic
def departments_ensure(*, zone: Zone, names, acting_user) -> dict[str, Department]:
    """Create the named departments that do not exist yet; returns every named department by name."""
    ensure_role(acting_user, zone.pk, Role.ADMIN, message="只有管理员可以添加部门")
    for name in names:
        clean_text(name, field="name", label="部门名称")
    wanted = [n for n in dict.fromkeys(names) if n and n != EVERY_DEPARTMENT]
    existing = {d.name: d for d in Department.objects.filter(zone=zone, name__in=wanted)}
    start = Department.objects.filter(zone=zone).count()
    for offset, name in enumerate(n for n in wanted if n not in existing):
        dept = Department.objects.create(zone=zone, name=name, sort_order=start + offset)
        audit_record(actor=acting_user, action=AuditAction.CREATE, instance=dept, after={"name": name}, zone=zone)
        existing[name] = dept
    return existing


@transaction.atomic
def user_create(*, zone: Zone, username: str, password: str, role: str, department=None, full_name: str = "",
                title: str = "", acting_user):
    ensure_role(acting_user, zone.pk, Role.ADMIN, message="只有管理员可以添加用户")
    for name, value in (("username", username), ("full_name", full_name), ("title", title)):
        clean_text(value, field=name, label=name)
    if role == Role.DEPARTMENT and department is None:
        raise ValueError("部门用户必须指定部门")
    user = get_user_model().objects.create_user(username=username, password=password, first_name=full_name)
    Membership.objects.create(user=user, zone=zone, role=role, department=department, title=title)
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=user, zone=zone,
                 after={"username": username, "role": role, "department": str(department or "")})
    return user
