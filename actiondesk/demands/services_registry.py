"""Writes on 包保 (visits, liaison departments), the zone's demand table (categories, calendar, thresholds),
policies (免申即享 beneficiaries) and the 拖欠账款 ledger."""
import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from actiondesk.core.access import access_for
from actiondesk.core.audit import audit_record, audit_update, snapshot
from actiondesk.core.models import AuditAction
from actiondesk.core.numbers import clean_decimal
from actiondesk.core.scoping import ensure_can_edit, ensure_in_zone, ensure_role, is_system
from actiondesk.core.values import check_instance
from actiondesk.demands import selectors
from actiondesk.demands.choices import BeneficiaryStatus, Channel
from actiondesk.demands.matching import conditions_problem, describe
from actiondesk.demands.models import (
    Arrear,
    DemandCategory,
    DemandSettings,
    Holiday,
    LeaderLiaison,
    Policy,
    PolicyBeneficiary,
    Repayment,
    Visit,
)
from actiondesk.demands.services import demand_raise
from actiondesk.org.choices import Role


def _user(acting_user):
    return acting_user if getattr(acting_user, "pk", None) else None


@transaction.atomic
def visit_record(*, enterprise, visited_on: datetime.date, acting_user, people: str = "", topics: str = "",
                 demands=(), leader=None) -> Visit:
    """A 包保 leader records a visit to one of their enterprises; each of ``demands`` ({category, title,
    description, owner}) becomes a demand with the channel 包保走访."""
    if not is_system(acting_user):
        access = access_for(acting_user)
        if access is None or access.zone_id != enterprise.zone_id:
            raise PermissionDenied(_("无权记录走访"))
        if not access.is_admin and not (access.is_leader and enterprise.leader_id == acting_user.pk):
            raise PermissionDenied(_("只有该企业的包保领导可以记录走访"))
    leader = leader or (acting_user if access_for(acting_user) and access_for(acting_user).is_leader
                        else enterprise.leader)
    if leader is None:
        raise ValidationError({"leader": _("该企业没有包保领导")})
    visit = Visit(zone_id=enterprise.zone_id, enterprise=enterprise, leader=leader, visited_on=visited_on,
                  people=people, topics=topics, recorded_by=_user(acting_user))
    check_instance(visit)
    visit.full_clean()
    visit.save()
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=visit,
                 after=snapshot(visit, ["enterprise", "leader", "visited_on", "people", "topics"]))
    for item in demands:
        demand_raise(enterprise=enterprise, category=item["category"], title=item["title"],
                     description=item.get("description", ""), owner=item.get("owner"), channel=Channel.VISIT,
                     visit=visit, acting_user=acting_user, today=visited_on)
    return visit


@transaction.atomic
def liaison_set(*, leader, department, acting_user) -> LeaderLiaison:
    """Name the department that works for a leader on their 包保 enterprises (admins)."""
    zone_id = department.zone_id
    ensure_role(acting_user, zone_id, Role.ADMIN, message=_("只有管理员可以设置包保联络部门"))
    ensure_in_zone(zone_id, 包保领导=leader)
    liaison, created = LeaderLiaison.objects.update_or_create(leader=leader, defaults={
        "zone_id": zone_id, "department": department})
    audit_record(actor=acting_user, action=AuditAction.CREATE if created else AuditAction.UPDATE, instance=liaison,
                 after={"leader": leader.username, "department": department.name})
    return liaison


@transaction.atomic
def category_save(*, zone, name: str, accept_days: int, resolve_days: int, acting_user, category=None,
                  owner=None, leader_in_charge=None, sort_order: int = 0) -> DemandCategory:
    """Add or change a demand category of the zone's table (admins)."""
    ensure_role(acting_user, zone.pk, Role.ADMIN, message=_("只有管理员可以修改诉求类别"))
    ensure_in_zone(zone.pk, 默认责任人=owner, 分管领导=leader_in_charge)
    category = category or DemandCategory(zone=zone)
    before = snapshot(category) if category.pk else None
    category.name, category.accept_days, category.resolve_days = (name or "").strip(), accept_days, resolve_days
    category.owner, category.leader_in_charge, category.sort_order = owner, leader_in_charge, sort_order
    check_instance(category)
    category.full_clean()
    category.save()
    if before is None:
        audit_record(actor=acting_user, action=AuditAction.CREATE, instance=category, after=snapshot(category))
    else:
        audit_update(actor=acting_user, instance=category, before=before)
    return category


@transaction.atomic
def holiday_set(*, zone, day: datetime.date, acting_user, name: str = "", is_workday: bool = False,
                remove: bool = False) -> Holiday | None:
    """Mark a day of the zone's calendar as a holiday or a worked weekend day (调休), or clear it (admins)."""
    ensure_role(acting_user, zone.pk, Role.ADMIN, message=_("只有管理员可以修改节假日"))
    if remove:
        deleted, _rows = Holiday.objects.filter(zone=zone, day=day).delete()
        if deleted:
            audit_record(actor=acting_user, action=AuditAction.DELETE, model=Holiday, zone=zone,
                         before={"day": day.isoformat()})
        return None
    holiday, _created = Holiday.objects.update_or_create(zone=zone, day=day, defaults={
        "name": name, "is_workday": is_workday})
    audit_record(actor=acting_user, action=AuditAction.UPDATE, instance=holiday,
                 after={"day": day.isoformat(), "name": name, "is_workday": is_workday})
    return holiday


@transaction.atomic
def settings_save(*, zone, acting_user, order_after_days: int, leaders_after_days: int,
                  visit_every_days: int) -> DemandSettings:
    """The zone's escalation thresholds and visit reminder (admins)."""
    ensure_role(acting_user, zone.pk, Role.ADMIN, message=_("只有管理员可以修改诉求设置"))
    settings = DemandSettings.objects.filter(zone=zone).first() or DemandSettings(zone=zone)
    before = snapshot(settings)
    settings.order_after_days, settings.leaders_after_days = order_after_days, leaders_after_days
    settings.visit_every_days = visit_every_days
    if not (1 <= order_after_days <= leaders_after_days <= 365 and 1 <= visit_every_days <= 730):
        raise ValidationError(_("阈值应满足 1 ≤ 督办单天数 ≤ 告领导天数 ≤ 365，走访提醒 1–730 天"))
    settings.save()
    audit_record(actor=acting_user, action=AuditAction.UPDATE, instance=settings, before=before,
                 after=snapshot(settings))
    return settings


POLICY_FIELDS = ("title", "issuer", "department", "benefit", "conditions", "deadline", "automatic")


@transaction.atomic
def policy_save(*, zone, acting_user, policy=None, **fields) -> Policy:
    """Add or change a policy (admins, or the policy's department)."""
    unknown = set(fields) - set(POLICY_FIELDS)
    if unknown:
        raise ValidationError(_("不可修改的字段：%(f)s") % {"f": "、".join(sorted(unknown))})
    if policy is not None:
        ensure_can_edit(acting_user, policy, _("只有兑现部门可以修改该政策"))
    else:
        access = ensure_role(acting_user, zone.pk, Role.ADMIN, Role.DEPARTMENT, message=_("无权发布政策"))
        if access and access.is_department and fields.get("department") and \
                fields["department"].pk != access.department_id:
            raise PermissionDenied(_("部门只能发布本部门兑现的政策"))
    ensure_in_zone(zone.pk, 兑现部门=fields.get("department"))
    problem = conditions_problem(fields.get("conditions", policy.conditions if policy else []))
    if problem:
        raise ValidationError({"conditions": problem})
    policy = policy or Policy(zone=zone)
    before = snapshot(policy) if policy.pk else None
    for key, value in fields.items():
        setattr(policy, key, value)
    check_instance(policy)
    policy.full_clean()
    policy.save()
    after = _readable(snapshot(policy))
    if before is None:
        audit_record(actor=acting_user, action=AuditAction.CREATE, instance=policy, after=after)
    else:
        audit_record(actor=acting_user, action=AuditAction.UPDATE, instance=policy, before=_readable(before),
                     after=after)
    return policy


def _readable(values: dict) -> dict:
    """A policy's snapshot with its conditions as the sentence people read (the audit trail shows it)."""
    return {**values, "conditions": describe(values.get("conditions") or [])}


@transaction.atomic
def beneficiaries_propose(*, policy: Policy, acting_user, today: datetime.date | None = None) -> int:
    """免申即享: list every matching enterprise as a proposed beneficiary (kept decisions stay); returns how many
    were added."""
    ensure_can_edit(acting_user, policy, _("只有兑现部门可以生成名单"))
    if not policy.automatic:
        raise ValidationError(_("只有免申即享政策生成受益名单"))
    matching = selectors.matching_enterprise_ids(policy, today=today or timezone.localdate())
    known = set(policy.beneficiaries.values_list("enterprise_id", flat=True))
    new = [PolicyBeneficiary(policy=policy, enterprise_id=pk) for pk in sorted(matching - known)]
    PolicyBeneficiary.objects.bulk_create(new)
    audit_record(actor=acting_user, action=AuditAction.WORKFLOW, instance=policy, after={"proposed": len(new)},
                 note=_("生成免申即享名单"))
    return len(new)


@transaction.atomic
def beneficiary_decide(*, beneficiary: PolicyBeneficiary, confirm: bool, acting_user,
                       today: datetime.date | None = None) -> PolicyBeneficiary:
    """The policy's department confirms a proposed beneficiary, or marks it as not qualifying."""
    ensure_can_edit(acting_user, beneficiary, _("只有兑现部门可以确认名单"))
    before = beneficiary.get_status_display()
    beneficiary.status = BeneficiaryStatus.CONFIRMED if confirm else BeneficiaryStatus.REJECTED
    beneficiary.decided_by, beneficiary.decided_on = _user(acting_user), today or timezone.localdate()
    beneficiary.save()
    audit_record(actor=acting_user, action=AuditAction.WORKFLOW, instance=beneficiary, before={"status": before},
                 after={"status": beneficiary.get_status_display()})
    return beneficiary


@transaction.atomic
def arrear_create(*, enterprise, debtor: str, department, amount, due_on: datetime.date, acting_user,
                  plan: str = "") -> Arrear:
    """Enter an arrear owed to an enterprise (admins, or the responsible department)."""
    access = ensure_role(acting_user, enterprise.zone_id, Role.ADMIN, Role.DEPARTMENT,
                         message=_("无权登记拖欠账款"))
    if access and access.is_department and department.pk != access.department_id:
        raise PermissionDenied(_("部门只能登记本部门负责清欠的账款"))
    ensure_in_zone(enterprise.zone_id, 清欠责任部门=department)
    arrear = Arrear(zone_id=enterprise.zone_id, enterprise=enterprise, debtor=(debtor or "").strip(),
                    department=department, due_on=due_on, plan=plan,
                    amount=clean_decimal(amount, model=Arrear, field="amount", min=0, required=True))
    check_instance(arrear)
    arrear.full_clean()
    arrear.save()
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=arrear, after=snapshot(arrear))
    return arrear


@transaction.atomic
def repayment_record(*, arrear: Arrear, paid_on: datetime.date, amount, acting_user) -> Repayment:
    """Record a repayment; the total repaid cannot pass the amount owed."""
    ensure_can_edit(acting_user, arrear, _("只有清欠责任部门可以登记还款"))
    arrear = Arrear.objects.select_for_update().get(pk=arrear.pk)
    value = clean_decimal(amount, model=Repayment, field="amount", min=0, required=True)
    if value <= 0:
        raise ValidationError({"amount": _("还款金额应大于0")})
    if selectors.repaid(arrear) + value > arrear.amount:
        raise ValidationError({"amount": _("累计还款不能超过欠款金额")})
    repayment = Repayment(arrear=arrear, paid_on=paid_on, amount=value)
    check_instance(repayment)
    repayment.full_clean()
    repayment.save()
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=repayment, zone=arrear.zone,
                 after=snapshot(repayment))
    return repayment
