"""Writes placing enterprises on land in parks (亩均效益 counts these tenancies); the park's department keeps them."""
import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from actiondesk.core.audit import audit_record, snapshot
from actiondesk.core.models import AuditAction
from actiondesk.core.numbers import clean_decimal
from actiondesk.core.scoping import ensure_can_edit
from actiondesk.core.values import check_instance
from actiondesk.enterprises.models import Enterprise, ParkTenancy
from actiondesk.parks.services import refused


@transaction.atomic
def tenancy_record(*, enterprise: Enterprise, park, area_mu, moved_in_on: datetime.date | None,
                   acting_user) -> ParkTenancy:
    """The enterprise occupies ``area_mu`` 亩 in ``park`` from ``moved_in_on``; the park becomes its 所在园区.
    A stay it still has in another park ends the day it moves in."""
    ensure_can_edit(acting_user, park, refused())
    if enterprise.zone_id != park.zone_id:
        raise ValidationError(_("企业不属于本示范区"))
    area_mu = clean_decimal(area_mu, model=ParkTenancy, field="area_mu", min=0, required=True)
    open_stays = list(ParkTenancy.objects.filter(enterprise=enterprise, moved_out_on__isnull=True)
                      .exclude(park=park))
    for stay in open_stays:
        if moved_in_on is None or (stay.moved_in_on and stay.moved_in_on >= moved_in_on):
            raise ValidationError({"moved_in_on": _("企业仍在“%(park)s”，请填写晚于其入驻日期的迁入日期")
                                   % {"park": stay.park.name}})
        before = snapshot(stay)
        stay.moved_out_on = moved_in_on
        stay.save(update_fields=["moved_out_on"])
        audit_record(actor=acting_user, action=AuditAction.UPDATE, instance=stay, before=before,
                     after=snapshot(stay), zone=enterprise.zone, note=_("迁出园区"))
    tenancy = ParkTenancy(enterprise=enterprise, park=park, area_mu=area_mu, moved_in_on=moved_in_on)
    check_instance(tenancy)
    tenancy.full_clean()
    tenancy.save()
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=tenancy, after=snapshot(tenancy),
                 zone=enterprise.zone, note=_("入驻园区"))
    if enterprise.park_id != park.pk:
        before = {"park_id": enterprise.park_id}
        Enterprise.objects.filter(pk=enterprise.pk).update(park=park)
        enterprise.park = park
        audit_record(actor=acting_user, action=AuditAction.UPDATE, instance=enterprise, before=before,
                     after={"park_id": park.pk}, note=_("入驻园区"))
    return tenancy


@transaction.atomic
def tenancy_end(*, tenancy: ParkTenancy, moved_out_on: datetime.date, acting_user) -> ParkTenancy:
    """The enterprise leaves the park's land on ``moved_out_on`` (it no longer counts from that day)."""
    ensure_can_edit(acting_user, tenancy.park, refused())
    before = snapshot(tenancy)
    tenancy.moved_out_on = moved_out_on
    check_instance(tenancy)
    tenancy.full_clean()
    tenancy.save(update_fields=["moved_out_on"])
    audit_record(actor=acting_user, action=AuditAction.UPDATE, instance=tenancy, before=before,
                 after=snapshot(tenancy), zone=tenancy.park.zone, note=_("迁出园区"))
    return tenancy
