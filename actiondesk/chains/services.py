"""Writes for chains: policy notes, placements, 招商 targets and monthly output (all audited)."""
import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from actiondesk.chains.choices import PlacementRole
from actiondesk.chains.models import (
    Chain,
    ChainSegment,
    EnterpriseOutput,
    InvestmentTarget,
    SegmentEnterprise,
)
from actiondesk.core.audit import audit_record, audit_update, snapshot
from actiondesk.core.models import AuditAction
from actiondesk.core.numbers import clean_decimal
from actiondesk.core.scoping import ensure_can_edit, ensure_in_zone
from actiondesk.core.values import check_instance, clean_date

CHAIN_EDITABLE_FIELDS = ("chief_name", "policy_note", "department", "chief")


@transaction.atomic
def chain_update(*, chain: Chain, acting_user, **values) -> Chain:
    unknown = set(values) - set(CHAIN_EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(_("不可修改的字段：%(fields)s") % {"fields": "、".join(sorted(unknown))})
    ensure_can_edit(acting_user, chain, _("只有产业链的责任部门和管理员可以修改"))
    ensure_in_zone(chain.zone_id, department=values.get("department"), chief=values.get("chief"))
    before = snapshot(chain)
    for key, value in values.items():
        setattr(chain, key, value)
    check_instance(chain)
    chain.full_clean()
    chain.save()
    audit_update(actor=acting_user, instance=chain, before=before)
    return chain


@transaction.atomic
def enterprise_place(*, segment: ChainSegment, enterprise, role: str, acting_user) -> SegmentEnterprise:
    """Put an enterprise on a segment with its role (placing it again changes the role)."""
    ensure_can_edit(acting_user, segment, _("只有产业链的责任部门和管理员可以修改"))
    if enterprise.zone_id != segment.chain.zone_id:
        raise ValidationError(_("企业不属于本示范区"))
    if role not in PlacementRole.values:
        raise ValidationError(_("未知的角色：%(role)s") % {"role": role})
    existing = SegmentEnterprise.objects.filter(segment=segment, enterprise=enterprise).first()
    if existing is not None and existing.role == role:
        raise ValidationError(_("%(enterprise)s 已在“%(segment)s”环节") % {"enterprise": enterprise.name,
                                                                         "segment": segment.name})
    placement, created = SegmentEnterprise.objects.update_or_create(
        segment=segment, enterprise=enterprise, defaults={"role": role})
    audit_record(actor=acting_user, action=AuditAction.CREATE if created else AuditAction.UPDATE,
                 instance=segment.chain, before=None if created else _placement_facts(existing),
                 after=_placement_facts(placement), note=_("链上企业"))
    return placement


def _placement_facts(placement: SegmentEnterprise) -> dict:
    return {"segment": placement.segment.name, "enterprise": placement.enterprise.name,
            "credit_code": placement.enterprise.credit_code, "role": placement.role}


@transaction.atomic
def enterprise_unplace(*, placement: SegmentEnterprise, acting_user) -> None:
    """Take an enterprise off a segment."""
    ensure_can_edit(acting_user, placement, _("只有产业链的责任部门和管理员可以修改"))
    chain = placement.segment.chain
    before = _placement_facts(placement)
    placement.delete()
    audit_record(actor=acting_user, action=AuditAction.DELETE, instance=chain, before=before,
                 note=_("移出链上企业"))


@transaction.atomic
def investment_target_create(*, segment: ChainSegment, acting_user, **fields) -> InvestmentTarget:
    ensure_can_edit(acting_user, segment, _("只有产业链的责任部门和管理员可以修改"))
    target = InvestmentTarget(segment=segment, **fields)
    check_instance(target)
    target.full_clean()
    target.save()
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=target, after=snapshot(target))
    return target


TARGET_FIELDS = ("company_name", "location", "reason", "status")


@transaction.atomic
def investment_target_update(*, target: InvestmentTarget, acting_user, **fields) -> InvestmentTarget:
    unknown = set(fields) - set(TARGET_FIELDS)
    if unknown:
        raise ValidationError(_("不可修改的字段：%(fields)s") % {"fields": "、".join(sorted(unknown))})
    ensure_can_edit(acting_user, target, _("只有产业链的责任部门和管理员可以修改"))
    target = InvestmentTarget.objects.select_for_update().get(pk=target.pk)
    before = snapshot(target)
    for key, value in fields.items():
        setattr(target, key, value.strip() if isinstance(value, str) else value)
    if not target.company_name:
        raise ValidationError({"company_name": _("请填写目标企业")})
    check_instance(target)
    target.full_clean()
    target.save()
    audit_update(actor=acting_user, instance=target, before=before)
    return target


@transaction.atomic
def chain_outputs_save(*, chain: Chain, rows: list[tuple[int, datetime.date, Decimal]], acting_user,
                       file_name: str = "", sha256: str = "", today: datetime.date | None = None) -> dict:
    """Write many monthly 产值 figures of a chain's enterprises at once, with ONE audit entry for the batch.

    ``rows`` are (enterprise id, month, 产值 万元), already validated by the caller; they are checked
    again here (on the chain, not negative, not a future month) so a bad batch writes nothing.
    """
    ensure_can_edit(acting_user, chain, _("只有产业链的责任部门和管理员可以填报产值"))
    today = today or timezone.localdate()
    placed = set(SegmentEnterprise.objects.filter(segment__chain=chain).values_list("enterprise_id", flat=True))
    rows = [(enterprise_id, clean_date(month, field="month", label=_("月份")).replace(day=1),
             clean_decimal(value, model=EnterpriseOutput, field="output_value", min=0, required=True))
            for enterprise_id, month, value in rows]
    if any(e not in placed for e, _m, _v in rows):
        raise ValidationError(_("只能填报本产业链上企业的产值"))
    if any(v < 0 for _e, _m, v in rows):
        raise ValidationError(_("产值不能为负数"))
    if any(m > today.replace(day=1) for _e, m, _v in rows):
        raise ValidationError(_("不能填报未来月份的产值"))
    existing = {(r.enterprise_id, r.month): r for r in EnterpriseOutput.objects.filter(
        enterprise_id__in={e for e, _m, _v in rows}, month__in={m for _e, m, _v in rows})}
    new, changed, previous = [], [], {}
    for enterprise_id, month, value in rows:
        row = existing.get((enterprise_id, month))
        if row is None:
            new.append(EnterpriseOutput(enterprise_id=enterprise_id, month=month, output_value=value))
        elif row.output_value != value:
            previous[f"{enterprise_id}/{month:%Y-%m}"] = row.output_value
            row.output_value = value
            changed.append(row)
    EnterpriseOutput.objects.bulk_create(new, batch_size=500)
    EnterpriseOutput.objects.bulk_update(changed, ["output_value"], batch_size=500)
    batch = {"file_name": file_name, "sha256": sha256, "created": len(new), "updated": len(changed),
             "previous": previous}
    audit_record(actor=acting_user, action=AuditAction.IMPORT if file_name else AuditAction.UPDATE, instance=chain,
                 batch=batch, note=(_("导入月度产值 %(file)s") % {"file": file_name}) if file_name
                 else _("填报月度产值"))
    return {"created": len(new), "updated": len(changed), "unchanged": len(rows) - len(new) - len(changed)}
