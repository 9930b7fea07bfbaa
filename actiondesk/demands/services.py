"""Writes on demands: raise (portal, hotline, 包保 visit …), accept, cooperating parts, close, rate, escalate."""
import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from actiondesk.core.access import access_for
from actiondesk.core.attachments import attachment_problem
from actiondesk.core.audit import audit_record, audit_update, snapshot
from actiondesk.core.models import AuditAction, NotificationKind
from actiondesk.core.notifications import Message, notify
from actiondesk.core.scoping import ensure_can_edit, ensure_in_zone, is_system
from actiondesk.core.values import check_instance
from actiondesk.demands.calendar import zone_calendar
from actiondesk.demands.choices import Channel, DemandStatus, EventKind, Rating
from actiondesk.demands.models import Demand, DemandEvent, DemandPart, PortalContact
from actiondesk.org.choices import Role
from actiondesk.org.models import Membership


def is_contact_of(user, enterprise) -> bool:
    access = access_for(user)
    return bool(access and access.is_enterprise
                and PortalContact.objects.filter(user_id=user.pk, enterprise_id=enterprise.pk).exists())


def _may_raise(acting_user, enterprise, channel) -> None:
    if is_system(acting_user):
        return
    access = access_for(acting_user)
    if access is None or access.zone_id != enterprise.zone_id:
        raise PermissionDenied(_("无权提出该企业的诉求"))
    if access.is_enterprise:
        if channel != Channel.PORTAL or not is_contact_of(acting_user, enterprise):
            raise PermissionDenied(_("企业账号只能为本企业通过门户提出诉求"))
        return
    if access.is_admin or access.is_department:
        return
    if access.is_leader and channel == Channel.VISIT and enterprise.leader_id == acting_user.pk:
        return
    raise PermissionDenied(_("无权提出该企业的诉求"))


def _owner_department(owner):
    membership = Membership.objects.filter(user_id=owner.pk, role=Role.DEPARTMENT).select_related(
        "department").first()
    if membership is None:
        raise ValidationError({"owner": _("责任人必须是部门工作人员")})
    return membership.department


def _event(demand, kind, on, actor, note=""):
    DemandEvent.objects.create(demand=demand, kind=kind, on=on, note=note[:500],
                               actor=actor if getattr(actor, "pk", None) else None)


@transaction.atomic
def demand_raise(*, enterprise, category, title: str, acting_user, channel: str = Channel.PORTAL,
                 description: str = "", owner=None, visit=None, attachment=None,
                 today: datetime.date | None = None) -> Demand:
    """A new demand with its one named owner (the leader's choice, else the category's) and its deadlines in
    working days from today under the zone's calendar."""
    _may_raise(acting_user, enterprise, channel)
    today = today or timezone.localdate()
    ensure_in_zone(enterprise.zone_id, 类别=category, 责任人=owner, 走访=visit)
    owner = owner or category.owner
    if owner is None:
        raise ValidationError({"owner": _("该类别没有默认责任人，请指定责任人")})
    calendar = zone_calendar(enterprise.zone_id)
    demand = Demand(zone_id=enterprise.zone_id, enterprise=enterprise, channel=channel, category=category,
                    title=(title or "").strip(), description=description, owner=owner,
                    owner_department=_owner_department(owner), raised_on=today,
                    accept_due=calendar.add(today, category.accept_days),
                    resolve_due=calendar.add(today, category.resolve_days), visit=visit,
                    raised_by=acting_user if getattr(acting_user, "pk", None) else None)
    if attachment is not None:
        _check_attachment(attachment)
        demand.attachment = attachment
    check_instance(demand)
    demand.full_clean(exclude=["attachment"] if attachment is None else None)
    demand.save()
    _event(demand, EventKind.RAISED, today, acting_user, demand.get_channel_display())
    notify(acting_user=acting_user, users=[owner], kind=NotificationKind.DEMAND_ASSIGNED,
           text=Message(gettext_noop("企业诉求交办：%(enterprise)s—%(title)s（%(due)s前受理）"), {
               "enterprise": enterprise.name, "title": demand.title, "due": demand.accept_due.isoformat()}),
           url=f"/demands/{demand.pk}/", target=demand, zone=enterprise.zone)
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=demand,
                 after=snapshot(demand, ["enterprise", "channel", "category", "title", "owner", "accept_due",
                                         "resolve_due"]))
    return demand


def _check_attachment(uploaded) -> None:
    """The attachment checks of core (type, magic bytes, size), as report notes and milestones have them."""
    head = uploaded.read(16)
    uploaded.seek(0)
    if problem := attachment_problem(uploaded.name, head, uploaded.size):
        raise ValidationError({"attachment": problem})


@transaction.atomic
def demand_attach(*, demand: Demand, uploaded, acting_user) -> Demand:
    """Attach a file (PDF, image or Office document) to a demand, replacing an earlier one: the owner department
    (or an admin) keeps the demand's papers."""
    ensure_can_edit(acting_user, demand, _("只有责任部门可以上传诉求附件"))
    _check_attachment(uploaded)
    demand = Demand.objects.select_for_update().get(pk=demand.pk)
    before = {"attachment": demand.attachment.name}
    if demand.attachment:
        demand.attachment.delete(save=False)
    demand.attachment.save(uploaded.name, uploaded, save=False)
    demand.save(update_fields=["attachment"])
    audit_record(actor=acting_user, action=AuditAction.UPDATE, instance=demand, before=before,
                 after={"attachment": demand.attachment.name}, note=_("上传附件：%(name)s") % {"name": uploaded.name})
    return demand


@transaction.atomic
def demand_accept(*, demand: Demand, acting_user, parts=(), note: str = "",
                  today: datetime.date | None = None) -> Demand:
    """The owner accepts (受理) and names the cooperating departments' parts: ``parts`` = [(department, request)]."""
    ensure_can_edit(acting_user, demand, _("只有责任部门可以受理"))
    demand = Demand.objects.select_for_update().get(pk=demand.pk)
    if demand.status != DemandStatus.SUBMITTED:
        raise ValidationError(_("该诉求已受理"))
    today = today or timezone.localdate()
    before = snapshot(demand, ["status", "accepted_on"])
    for department, request in parts:
        ensure_in_zone(demand.zone_id, 协办部门=department)
        if department.pk == demand.owner_department_id:
            raise ValidationError({"parts": _("责任部门不必再作为协办部门")})
        part = DemandPart(demand=demand, department=department, request=(request or "").strip())
        check_instance(part)
        part.full_clean(validate_unique=True)
        part.save()
    demand.status, demand.accepted_on = DemandStatus.IN_PROGRESS, today
    demand.save(update_fields=["status", "accepted_on"])
    _event(demand, EventKind.ACCEPTED, today, acting_user, note)
    audit_update(actor=acting_user, instance=demand, before=before, fields=list(before), note=_("受理"))
    return demand


@transaction.atomic
def part_answer(*, part: DemandPart, answer: str, acting_user, today: datetime.date | None = None) -> DemandPart:
    """A cooperating department answers its part."""
    ensure_can_edit(acting_user, part, _("只有协办部门可以答复"))
    part = DemandPart.objects.select_for_update().select_related("demand").get(pk=part.pk)
    if part.demand.status != DemandStatus.IN_PROGRESS:
        raise ValidationError(_("诉求不在办理中"))
    if not (answer or "").strip():
        raise ValidationError({"answer": _("请填写答复")})
    today = today or timezone.localdate()
    before = snapshot(part, ["answer", "answered_on"])
    part.answer, part.answered_on = answer.strip(), today
    part.answered_by = acting_user if getattr(acting_user, "pk", None) else None
    check_instance(part)
    part.save(update_fields=["answer", "answered_on", "answered_by"])
    _event(part.demand, EventKind.PART_ANSWERED, today, acting_user, f"{part.department.name}：{part.answer}")
    audit_update(actor=acting_user, instance=part, before=before, fields=list(before))
    return part


@transaction.atomic
def demand_close(*, demand: Demand, resolution: str, acting_user, today: datetime.date | None = None) -> Demand:
    """The owner closes (办结) with the result the enterprise will rate; every part must be answered first."""
    ensure_can_edit(acting_user, demand, _("只有责任部门可以办结"))
    demand = Demand.objects.select_for_update().get(pk=demand.pk)
    if demand.status != DemandStatus.IN_PROGRESS:
        raise ValidationError(_("诉求不在办理中"))
    if not (resolution or "").strip():
        raise ValidationError({"resolution": _("请填写办理结果")})
    if demand.parts.filter(answered_on__isnull=True).exists():
        raise ValidationError(_("还有协办部门未答复"))
    today = today or timezone.localdate()
    before = snapshot(demand, ["status", "closed_on", "resolution"])
    demand.status, demand.closed_on, demand.resolution = DemandStatus.CLOSED, today, resolution.strip()
    check_instance(demand)
    demand.save(update_fields=["status", "closed_on", "resolution"])
    _event(demand, EventKind.CLOSED, today, acting_user, demand.resolution)
    audit_update(actor=acting_user, instance=demand, before=before, fields=list(before), note=_("办结"))
    return demand


@transaction.atomic
def demand_rate(*, demand: Demand, rating: str, acting_user, note: str = "",
                today: datetime.date | None = None) -> Demand:
    """The enterprise rates a closed demand. 不满意 sends it back to the owner once (new resolve deadline);
    a second 不满意 sends it to the supervision office."""
    if not is_system(acting_user) and not is_contact_of(acting_user, demand.enterprise):
        raise PermissionDenied(_("只有提出诉求的企业可以评价"))
    demand = Demand.objects.select_for_update().select_related("category").get(pk=demand.pk)
    if demand.status != DemandStatus.CLOSED:
        raise ValidationError(_("只能评价已办结的诉求"))
    if rating not in Rating.values:
        raise ValidationError({"rating": _("未知的评价")})
    today = today or timezone.localdate()
    before = snapshot(demand, ["status", "rating", "rated_on", "reopen_count", "resolve_due"])
    demand.rating, demand.rated_on = rating, today
    if rating != Rating.DISSATISFIED:
        demand.status = DemandStatus.CONFIRMED
        _event(demand, EventKind.RATED, today, acting_user, f"{Rating(rating).label} {note}".strip())
    elif demand.reopen_count == 0:
        demand.status, demand.reopen_count, demand.closed_on = DemandStatus.IN_PROGRESS, 1, None
        demand.resolve_due = zone_calendar(demand.zone_id).add(today, demand.category.resolve_days)
        _event(demand, EventKind.REOPENED, today, acting_user, note)
    else:
        demand.status = DemandStatus.SUPERVISION
        _event(demand, EventKind.ESCALATED, today, acting_user, _("两次不满意，转督查室"))
    demand.save(update_fields=["status", "rating", "rated_on", "reopen_count", "resolve_due", "closed_on"])
    audit_update(actor=acting_user, instance=demand, before=before, fields=list(before), note=_("企业评价"))
    return demand
