"""Writes about certifications after they are added: audited, permission-checked (who keeps the pool is
core.keepers' area ``enterprises.pool``)."""
from django.core.exceptions import ValidationError
from django.db import transaction

from actiondesk.core.audit import audit_record, audit_update, snapshot
from actiondesk.core.models import AuditAction
from actiondesk.core.scoping import ensure_can_edit
from actiondesk.core.values import check_instance
from actiondesk.enterprises.models import Certification

CERTIFICATION_FIELDS = ("kind", "level", "granted_on", "expires_on", "certificate_number", "registration_year",
                        "source")


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
