"""Writes about who keeps the pool and about certifications after they are added: audited, permission-checked."""
from django.core.exceptions import ValidationError
from django.db import transaction

from actiondesk.core.audit import audit_record, audit_update, snapshot
from actiondesk.core.models import AuditAction
from actiondesk.core.scoping import ensure_can_edit, ensure_role
from actiondesk.core.values import check_instance
from actiondesk.enterprises.models import Certification, PoolKeeper
from actiondesk.org.choices import Role
from actiondesk.org.models import Department

CERTIFICATION_FIELDS = ("kind", "level", "granted_on", "expires_on", "certificate_number", "registration_year",
                        "source")


@transaction.atomic
def pool_keepers_set(*, zone, acting_user, departments) -> list[str]:
    """A zone admin chooses the departments that keep the enterprise pool; returns their names."""
    ensure_role(acting_user, zone.pk, Role.ADMIN, message="只有管理员可以调整培育库维护部门")
    wanted = {d.pk for d in departments}
    if Department.objects.filter(pk__in=wanted).exclude(zone=zone).exists():
        raise ValidationError("只能选择本示范区的部门")
    current = PoolKeeper.objects.filter(zone=zone).select_related("department")
    before = sorted(k.department.name for k in current)
    PoolKeeper.objects.filter(zone=zone).exclude(department_id__in=wanted).delete()
    have = set(PoolKeeper.objects.filter(zone=zone).values_list("department_id", flat=True))
    PoolKeeper.objects.bulk_create([PoolKeeper(zone=zone, department_id=pk) for pk in sorted(wanted - have)])
    after = sorted(Department.objects.filter(pk__in=wanted).values_list("name", flat=True))
    if before != after:
        audit_record(actor=acting_user, action=AuditAction.UPDATE, model=PoolKeeper, zone=zone,
                     before={"departments": before}, after={"departments": after}, note="调整培育库维护部门")
    return after


@transaction.atomic
def certification_update(*, certification: Certification, acting_user, **values) -> Certification:
    ensure_can_edit(acting_user, certification, "无权修改企业培育库")
    unknown = set(values) - set(CERTIFICATION_FIELDS)
    if unknown:
        raise ValidationError(f"不可修改的字段：{', '.join(sorted(unknown))}")
    before = snapshot(certification)
    for key, value in values.items():
        setattr(certification, key, value)
    if certification.expires_on and certification.expires_on < certification.granted_on:
        raise ValidationError({"expires_on": "有效期至不能早于认定日期"})
    check_instance(certification, years=("registration_year",))
    certification.full_clean()
    certification.save()
    audit_update(actor=acting_user, instance=certification, before=before)
    return certification


@transaction.atomic
def certification_delete(*, certification: Certification, acting_user) -> None:
    ensure_can_edit(acting_user, certification, "无权修改企业培育库")
    audit_record(actor=acting_user, action=AuditAction.DELETE, instance=certification,
                 before=snapshot(certification), note=f"删除资质：{certification}")
    certification.delete()
