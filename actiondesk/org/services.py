"""Writes for zones, departments and the zone's users (accounts, memberships, passwords, lockouts)."""
from axes.utils import reset
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from actiondesk.core.audit import audit_record, audit_update, snapshot
from actiondesk.core.models import AuditAction
from actiondesk.core.scoping import ensure_in_zone, ensure_role
from actiondesk.core.values import clean_text
from actiondesk.org.choices import Role
from actiondesk.org.models import EVERY_DEPARTMENT, Department, Membership, Zone

USERNAME_MAX = 150


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


def _department_name(zone: Zone, name: str, *, exclude_pk=None) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError({"name": "部门名称不能为空"})
    if len(name) > 100:
        raise ValidationError({"name": "部门名称不能超过 100 个字符"})
    if name == EVERY_DEPARTMENT:
        raise ValidationError({"name": f"“{EVERY_DEPARTMENT}”指全部部门，不能作为部门名称"})
    if Department.objects.filter(zone=zone, name=name).exclude(pk=exclude_pk).exists():
        raise ValidationError({"name": f"本区已有部门“{name}”"})
    return name


@transaction.atomic
def department_create(*, zone: Zone, name: str, acting_user) -> Department:
    ensure_role(acting_user, zone.pk, Role.ADMIN, message="只有管理员可以添加部门")
    clean_text(name, field="name", label="部门名称")
    name = _department_name(zone, name)
    order = Department.objects.filter(zone=zone).count()
    department = Department.objects.create(zone=zone, name=name, sort_order=order)
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=department, after={"name": name}, zone=zone)
    return department


@transaction.atomic
def department_rename(*, department: Department, name: str, acting_user) -> Department:
    ensure_role(acting_user, department.zone_id, Role.ADMIN, message="只有管理员可以修改部门")
    clean_text(name, field="name", label="部门名称")
    before = snapshot(department, ["name"])
    department.name = _department_name(department.zone, name, exclude_pk=department.pk)
    department.save(update_fields=["name"])
    audit_update(actor=acting_user, instance=department, before=before, fields=["name"], note="部门更名")
    return department


def _check_membership(zone: Zone, role: str, department) -> None:
    if role not in Role.values:
        raise ValidationError({"role": f"未知角色：{role}"})
    if role == Role.DEPARTMENT and department is None:
        raise ValidationError({"department": "部门用户必须指定部门"})
    ensure_in_zone(zone.pk, 部门=department)


@transaction.atomic
def user_create(*, zone: Zone, username: str, password: str | None, role: str, department=None,
                full_name: str = "", title: str = "", acting_user):
    """An account with its membership. ``password=None`` makes an account that cannot sign in with a password."""
    ensure_role(acting_user, zone.pk, Role.ADMIN, message="只有管理员可以添加用户")
    for name, value in (("username", username), ("full_name", full_name), ("title", title)):
        clean_text(value, field=name, label=name)
    User = get_user_model()
    username = (username or "").strip()
    if not username or len(username) > USERNAME_MAX:
        raise ValidationError({"username": f"用户名应为 1–{USERNAME_MAX} 个字符"})
    if User.objects.filter(username=username).exists():
        raise ValidationError({"username": f"用户名“{username}”已被使用"})
    _check_membership(zone, role, department)
    if role != Role.DEPARTMENT:
        department = None
    user = User(username=username, first_name=(full_name or "").strip()[:150])
    if password is None:
        user.set_unusable_password()
    else:
        validate_password(password, user)
        user.set_password(password)
    user.save()
    Membership.objects.create(user=user, zone=zone, role=role, department=department, title=title)
    # Role by its label: the trail is read by people (the account itself is the entry's object).
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=user, zone=zone,
                 after={"role": str(Role(role).label), "department": str(department or "")})
    return user


def _keeps_an_admin(membership: Membership, *, new_role: str | None = None, deactivating: bool = False) -> None:
    """A zone always keeps one active admin, so nobody can lock the zone out of its own user management."""
    if membership.role != Role.ADMIN or (new_role == Role.ADMIN and not deactivating):
        return
    others = Membership.objects.filter(zone=membership.zone, role=Role.ADMIN, user__is_active=True).exclude(
        pk=membership.pk)
    if not others.exists():
        raise ValidationError("本区至少要保留一名启用的管理员")


@transaction.atomic
def membership_update(*, membership: Membership, role: str, department=None, title: str | None = None,
                      acting_user) -> Membership:
    ensure_role(acting_user, membership.zone_id, Role.ADMIN, message="只有管理员可以调整用户角色")
    _check_membership(membership.zone, role, department)
    _keeps_an_admin(membership, new_role=role)
    before = snapshot(membership, ["role", "department", "title"])
    membership.role = role
    membership.department = department if role == Role.DEPARTMENT else None
    if title is not None:
        membership.title = title.strip()[:60]
    membership.save(update_fields=["role", "department", "title"])
    audit_update(actor=acting_user, instance=membership, before=before, fields=["role", "department", "title"],
                 note=f"调整角色/部门：{membership.user.username}")
    return membership


@transaction.atomic
def user_set_active(*, user, active: bool, acting_user):
    membership = Membership.objects.select_related("zone").get(user=user)
    ensure_role(acting_user, membership.zone_id, Role.ADMIN, message="只有管理员可以停用或启用账号")
    if not active:
        if acting_user is not None and acting_user.pk == user.pk:
            raise ValidationError("不能停用自己的账号")
        _keeps_an_admin(membership, deactivating=True)
    if user.is_active == active:
        return user
    user.is_active = active
    user.save(update_fields=["is_active"])
    if not active:
        user.api_tokens.filter(revoked_at__isnull=True).update(revoked_at=_now())
    audit_record(actor=acting_user, action=AuditAction.UPDATE, instance=user, zone=membership.zone,
                 before={"is_active": not active}, after={"is_active": active},
                 note="启用账号" if active else "停用账号（其接口令牌一并撤销）")
    return user


@transaction.atomic
def user_set_password(*, user, password: str, acting_user):
    """A new password (admin reset or the user's own change); the old sessions of the user end with it."""
    if acting_user is None or getattr(acting_user, "pk", None) != user.pk:
        owner = Membership.objects.filter(user=user).values_list("zone_id", flat=True).first()
        ensure_role(acting_user, owner, Role.ADMIN, message="只有管理员可以重置他人的密码")
    validate_password(password, user)
    user.set_password(password)
    user.save(update_fields=["password"])
    membership = Membership.objects.filter(user=user).select_related("zone").first()
    own = acting_user is not None and acting_user.pk == user.pk
    audit_record(actor=acting_user, action=AuditAction.UPDATE, instance=user, zone=membership and membership.zone,
                 note="修改本人密码" if own else "管理员重置密码")
    return user


@transaction.atomic
def user_unlock(*, user, acting_user) -> int:
    """Clear the failed sign-ins of this account (django-axes), which also lifts the lockout."""
    membership = Membership.objects.filter(user=user).select_related("zone").first()
    ensure_role(acting_user, membership and membership.zone_id, Role.ADMIN, message="只有管理员可以解除锁定")
    removed = reset(username=user.username)
    audit_record(actor=acting_user, action=AuditAction.WORKFLOW, instance=user, zone=membership and membership.zone,
                 after={"cleared_attempts": removed}, note="解除登录锁定")
    return removed


def _now():
    return timezone.now()
