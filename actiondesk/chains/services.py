"""Writes for chains: policy notes, placements, 招商 targets and monthly output (all audited)."""
import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from actiondesk.chains.models import (
    Chain,
    ChainSegment,
    EnterpriseOutput,
    InvestmentTarget,
    SegmentEnterprise,
)
from actiondesk.core.audit import audit_record, audit_update, snapshot
from actiondesk.core.models import AuditAction

CHAIN_EDITABLE_FIELDS = ("chief_name", "policy_note", "department", "chief")


@transaction.atomic
def chain_update(*, chain: Chain, acting_user, **values) -> Chain:
    unknown = set(values) - set(CHAIN_EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(_("不可修改的字段：%(fields)s") % {"fields": "、".join(sorted(unknown))})
    before = snapshot(chain)
    for key, value in values.items():
        setattr(chain, key, value)
    chain.full_clean()
    chain.save()
    audit_update(actor=acting_user, instance=chain, before=before)
    return chain


@transaction.atomic
def enterprise_place(*, segment: ChainSegment, enterprise, role: str, acting_user) -> SegmentEnterprise:
    if enterprise.zone_id != segment.chain.zone_id:
        raise ValidationError(_("企业不属于本示范区"))
    placement, created = SegmentEnterprise.objects.update_or_create(
        segment=segment, enterprise=enterprise, defaults={"role": role})
    audit_record(actor=acting_user, action=AuditAction.CREATE if created else AuditAction.UPDATE,
                 instance=segment.chain, after={"segment": segment.name, "enterprise": enterprise.name, "role": role},
                 note=_("链上企业"))
    return placement


@transaction.atomic
def investment_target_create(*, segment: ChainSegment, acting_user, **fields) -> InvestmentTarget:
    target = InvestmentTarget(segment=segment, **fields)
    target.full_clean()
    target.save()
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=target, after=snapshot(target))
    return target


@transaction.atomic
def investment_target_set_status(*, target: InvestmentTarget, status: str, acting_user) -> InvestmentTarget:
    before = snapshot(target)
    target.status = status
    target.full_clean()
    target.save(update_fields=["status"])
    audit_update(actor=acting_user, instance=target, before=before)
    return target


@transaction.atomic
def enterprise_output_record(*, enterprise, month: datetime.date, output_value: Decimal,
                             acting_user) -> EnterpriseOutput:
    """Record an enterprise's 产值 for a month (万元); a second record for the month replaces the first."""
    if Decimal(output_value) < 0:
        raise ValidationError(_("产值不能为负数"))
    month = month.replace(day=1)
    row = EnterpriseOutput.objects.filter(enterprise=enterprise, month=month).first()
    before = None if row is None else snapshot(row, ["output_value"])
    if row is None:
        row = EnterpriseOutput.objects.create(enterprise=enterprise, month=month, output_value=output_value)
    else:
        row.output_value = output_value
        row.save(update_fields=["output_value"])
    audit_record(actor=acting_user, action=AuditAction.UPDATE if before else AuditAction.CREATE, instance=row,
                 before=before, after=snapshot(row, ["output_value"]), note=month.strftime("%Y-%m"))
    return row
