"""Writes of the 督办单 workflow: raised → 待签收 → 办理中 → 已回复 → 已办结, or 退回 by the office → replied again.

Every function is keyword-only, atomic, checks who is acting, writes its audit row and raises the notifications
of its event (``core.notifications.notify``).
"""
import datetime

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_noop

from actiondesk.core.access import access_for
from actiondesk.core.audit import audit_record, snapshot
from actiondesk.core.language import SYSTEM_NAME
from actiondesk.core.models import AuditAction, NotificationKind
from actiondesk.core.notifications import Message, notify
from actiondesk.core.scoping import ensure_can_edit, ensure_in_zone, ensure_role, is_system
from actiondesk.core.values import check_instance, clean_text
from actiondesk.core.versioning import bump, check_version
from actiondesk.orders.choices import OPEN_STATES, UNCLOSED_STATES, OrderPriority, OrderSourceKind, OrderState
from actiondesk.orders.models import Order, OrderAttachment, OrderReply
from actiondesk.org.choices import Role
from actiondesk.org.models import Membership
from actiondesk.supervision import services_plan
from actiondesk.supervision.attachments import attachment_problem
from actiondesk.supervision.models import Comment

RAISERS = (Role.LEADER, Role.SUPERVISOR, Role.ADMIN)
OFFICE = (Role.SUPERVISOR, Role.ADMIN)  # the supervision office closes and sends back
MAX_FILES_PER_REPLY = 10
AUDITED_FIELDS = ("subject", "instruction", "source_kind", "source_label", "departments", "due_on", "priority",
                  "state", "created_by_name")


def order_url(order: Order) -> str:
    return reverse("orders:order_detail", args=[order.pk])


def _name(user) -> str:
    if is_system(user):
        return SYSTEM_NAME
    return user.get_full_name() or user.username


def _source_fields(source, source_kind: str, source_label: str) -> dict:
    """The order's source: a 批示 (a supervision Comment: its task or indicator becomes the object) or any object."""
    comment, obj = None, source
    if isinstance(source, Comment):
        comment, obj = source, source.task or source.indicator
        source_label = source_label or f"{source.author_name}批示：{source.text[:60]}"
    if obj is not None and not source_label:
        source_label = f"{obj._meta.verbose_name}：{obj}"
    return {"comment": comment, "source": obj, "source_label": (source_label or "")[:200], "source_kind": source_kind}


def _check_assignees(zone, departments, responsible) -> list:
    departments = list(departments or [])
    if not departments:
        raise ValidationError({"departments": "须指定至少一个承办部门"})
    for department in departments:
        ensure_in_zone(zone.pk, 承办部门=department)
    if responsible is not None:
        ensure_in_zone(zone.pk, 责任人=responsible)
        membership = Membership.objects.filter(user_id=responsible.pk).first()
        if membership and membership.role == Role.DEPARTMENT and membership.department_id not in {
                d.pk for d in departments}:
            raise ValidationError({"responsible": "责任人须为承办部门的人员"})
    return departments


@transaction.atomic
def raise_order(*, acting_user, zone, subject: str, instruction: str, departments, responsible=None,
                due_on: datetime.date, priority: str = OrderPriority.NORMAL, source=None,
                source_kind: str = OrderSourceKind.OFFICE, source_label: str = "") -> Order:
    """A new 督办单 to ``departments`` (leaders, the supervision office, admins; SYSTEM for other apps' escalations:
    an enterprise demand overdue, a chain-leader meeting's decision). ``source`` is a 批示 (supervision Comment) or
    the object the order is about (task, indicator, milestone, project, meeting item …)."""
    ensure_role(acting_user, zone.pk, *RAISERS, message="只有领导、督查室或管理员可以交办督办单")
    if source_kind not in OrderSourceKind.values:
        raise ValidationError({"source_kind": "来源应为领导批示、会议纪要或督查室"})
    if priority not in OrderPriority.values:
        raise ValidationError({"priority": "紧急程度应为一般、紧急或特急"})
    if not isinstance(due_on, datetime.date):
        raise ValidationError({"due_on": "请填写办理时限"})
    subject = clean_text((subject or "").strip(), field="subject", label="督办事项")
    instruction = clean_text((instruction or "").strip(), field="instruction", label="督办要求")
    if not subject or not instruction:
        raise ValidationError("督办事项和督办要求不能为空")
    departments = _check_assignees(zone, departments, responsible)
    fields = _source_fields(source, source_kind, clean_text((source_label or "").strip(), field="source_label",
                                                            label="来源说明"))
    if fields["source"] is not None:
        ensure_in_zone(zone.pk, 来源=fields["source"])
    order = Order(zone=zone, subject=subject[:200], instruction=instruction, responsible=responsible, due_on=due_on,
                  priority=priority, created_by=None if is_system(acting_user) else acting_user,
                  created_by_name=_name(acting_user), **fields)
    check_instance(order)
    order.full_clean(exclude=["departments", "source_type", "source_id", "comment", "created_by", "responsible",
                              "zone"])
    order.save()
    order.departments.set(departments)
    # Names, not user ids: the trail reads as the page does (a user shows by full name, never by login).
    after = {**snapshot(order, AUDITED_FIELDS), "responsible_name": _name(responsible) if responsible else ""}
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=order, after=after,
                 note=f"交办督办单（{OrderSourceKind(source_kind).label}）")
    notify(acting_user=acting_user, departments=departments, users=[responsible] if responsible else [],
           kind=NotificationKind.ORDER_NEW, text=Message(gettext_noop("新督办单：%(subject)s（%(due)s前办理）"),
                        {"subject": order.subject, "due": due_on.isoformat()}),
           url=order_url(order), target=order, zone=zone)
    return order


def _locked(order) -> Order:
    return Order.objects.select_for_update().select_related("zone").get(pk=order.pk)


def _transition(order, acting_user, state, note, expected_version=None, **fields) -> Order:
    check_version(order, expected_version)
    before = snapshot(order, ["state", *fields])
    order.state = state
    for name, value in fields.items():
        setattr(order, name, value)
    bump(order)
    order.save()
    audit_record(actor=acting_user, action=AuditAction.WORKFLOW, instance=order, before=before,
                 after=snapshot(order, ["state", *fields]), note=note)
    return order


def _department_of(acting_user, order) -> int:
    access = access_for(acting_user) if not is_system(acting_user) else None
    if access is None or not access.is_department:
        raise PermissionDenied("只有承办部门的人员可以签收或回复督办单")
    return access.department_id


@transaction.atomic
def accept_order(*, acting_user, order: Order, expected_version: int | None = None) -> Order:
    """签收: an assigned department takes the order on (待签收 → 办理中)."""
    order = _locked(order)
    ensure_can_edit(acting_user, order, "该督办单不由本部门承办，或已办结")
    _department_of(acting_user, order)
    if order.state != OrderState.PENDING:
        return order  # already taken on (by this or a co-assigned department): nothing to do
    return _transition(order, acting_user, OrderState.IN_PROGRESS, "签收督办单", expected_version,
                       accepted_at=timezone.now())


def _check_file(uploaded_file) -> None:
    head = uploaded_file.read(16)
    uploaded_file.seek(0)
    clean_text(uploaded_file.name, field="files", label="文件名")
    problem = attachment_problem(uploaded_file.name, head, uploaded_file.size)
    if problem:
        raise ValidationError({"files": f"{uploaded_file.name}：{problem}"})


@transaction.atomic
def reply_order(*, acting_user, order: Order, text: str, files=(), expected_version: int | None = None) -> OrderReply:
    """落实情况 from an assigned department, with attachments; an order may be answered several times."""
    order = _locked(order)
    ensure_can_edit(acting_user, order, "该督办单不由本部门承办，或已办结")
    department_id = _department_of(acting_user, order)
    text = clean_text((text or "").strip(), field="text", label="落实情况")
    if not text:
        raise ValidationError({"text": "请填写落实情况"})
    files = list(files or [])
    if len(files) > MAX_FILES_PER_REPLY:
        raise ValidationError({"files": f"一次最多上传 {MAX_FILES_PER_REPLY} 个附件"})
    for uploaded_file in files:
        _check_file(uploaded_file)
    reply = OrderReply.objects.create(order=order, department_id=department_id, text=text, author=acting_user,
                                      author_name=_name(acting_user))
    for uploaded_file in files:
        OrderAttachment.objects.create(reply=reply, file=uploaded_file, original_name=uploaded_file.name[:255],
                                       size=uploaded_file.size, uploaded_by=acting_user)
    now = timezone.now()
    _transition(order, acting_user, OrderState.REPLIED,
                f"回复落实情况{f'（附件 {len(files)} 个）' if files else ''}", expected_version,
                replied_at=now, accepted_at=order.accepted_at or now)
    office = Membership.objects.filter(zone_id=order.zone_id, role=Role.SUPERVISOR).select_related("user")
    recipients = [m.user for m in office]
    if order.created_by_id:
        recipients.append(order.created_by)
    if order.comment_id and order.comment and order.comment.author_id:
        recipients.append(order.comment.author)
    notify(acting_user=acting_user, users=recipients, kind=NotificationKind.ORDER_REPLY,
           text=Message(gettext_noop("%(department)s回复了督办单：%(subject)s"),
                        {"department": reply.department.name, "subject": order.subject}),
           url=order_url(order), target=order, zone=order.zone)
    return reply


@transaction.atomic
def close_order(*, acting_user, order: Order, note: str = "", expected_version: int | None = None) -> Order:
    """办结: the supervision office accepts the departments' reply."""
    order = _locked(order)
    ensure_role(acting_user, order.zone_id, *OFFICE, message="只有督查室或管理员可以办结督办单")
    note = clean_text((note or "").strip(), field="note", label="办结意见")
    if order.state == OrderState.CLOSED:
        return order
    if order.state != OrderState.REPLIED:
        raise ValidationError("只能办结已回复的督办单")
    order = _transition(order, acting_user, OrderState.CLOSED, f"办结{('：' + note) if note else ''}",
                        expected_version, closed_at=timezone.now(), closed_by_name=_name(acting_user))
    notify(acting_user=acting_user, departments=order.departments.all(),
           users=[order.created_by] if order.created_by_id else [], kind=NotificationKind.ORDER_CLOSED,
           text=Message(gettext_noop("督办单已办结：%(subject)s"), {"subject": order.subject}), url=order_url(order),
           target=order, zone=order.zone)
    return order


@transaction.atomic
def send_back_order(*, acting_user, order: Order, reason: str, expected_version: int | None = None) -> Order:
    """退回: the reply does not settle the matter; the departments must act and reply again."""
    order = _locked(order)
    ensure_role(acting_user, order.zone_id, *OFFICE, message="只有督查室或管理员可以退回督办单")
    reason = clean_text((reason or "").strip(), field="reason", label="退回原因")
    if not reason:
        raise ValidationError({"reason": "退回须填写原因"})
    if order.state != OrderState.REPLIED:
        raise ValidationError("只能退回已回复的督办单")
    order = _transition(order, acting_user, OrderState.SENT_BACK, f"退回：{reason}", expected_version,
                        send_back_reason=reason, times_sent_back=order.times_sent_back + 1)
    notify(acting_user=acting_user, departments=order.departments.all(), kind=NotificationKind.ORDER_SENT_BACK,
           text=Message(gettext_noop("督办单被退回：%(subject)s（%(reason)s）"),
                        {"subject": order.subject, "reason": reason[:80]}),
           url=order_url(order), target=order, zone=order.zone)
    return order



def _subject_of(task=None, indicator=None) -> str:
    if task is not None:
        return f"落实领导批示：任务{task.number} {task.title}"[:200]
    return f"落实领导批示：{indicator.name}"[:200]


@transaction.atomic
def comment_raise_order(*, acting_user, text: str, task=None, indicator=None, departments,
                        due_on: datetime.date, priority: str = OrderPriority.NORMAL, responsible=None) -> Order:
    """A leader's 批示 on a task or an indicator (supervision's ``comment_add``) carried by a new 督办单."""
    comment = services_plan.comment_add(acting_user=acting_user, text=text, task=task, indicator=indicator)
    target = task or indicator
    return raise_order(acting_user=acting_user, zone=target.plan.zone, subject=_subject_of(task, indicator),
                       instruction=comment.text, departments=departments, responsible=responsible, due_on=due_on,
                       priority=priority, source=comment, source_kind=OrderSourceKind.LEADER)


def _leaders_of(order) -> list:
    """Who an overdue order is escalated to: the leader whose 批示 it carries, else the leader who raised it,
    else every leader of the zone."""
    if order.comment_id and order.comment and order.comment.author_id:
        return [order.comment.author]
    leaders = list(Membership.objects.filter(zone_id=order.zone_id, role=Role.LEADER).select_related("user"))
    if order.created_by_id and any(m.user_id == order.created_by_id for m in leaders):
        return [order.created_by]
    return [m.user for m in leaders]


@transaction.atomic
def orders_remind(*, acting_user, zone, today: datetime.date, escalate_after: int | None = None) -> dict:
    """The daily 催办: every order past its due date that awaits its departments gets one reminder a day (bell and
    e-mail); one still not closed ``escalate_after`` days after it (``ACTIONDESK_ORDER_ESCALATE_DAYS``) is escalated
    once to the leader. Returns what was done."""
    ensure_role(acting_user, zone.pk, *OFFICE, message="只有督查室或管理员可以催办")
    limit = settings.ACTIONDESK_ORDER_ESCALATE_DAYS if escalate_after is None else escalate_after
    # of=self: PostgreSQL locks no row on the nullable side of the joins (the 批示's author, the raiser).
    overdue = (Order.objects.select_for_update(of=("self",))
               .filter(zone=zone, state__in=UNCLOSED_STATES, due_on__lt=today)
               .select_related("comment__author", "created_by").order_by("due_on", "pk"))
    result = {"today": today.isoformat(), "reminded": [], "escalated": []}
    for order in overdue:
        days = (today - order.due_on).days
        if order.state in OPEN_STATES and (order.last_reminded_on is None or order.last_reminded_on < today):
            order.last_reminded_on = today
            order.save(update_fields=["last_reminded_on"])
            audit_record(actor=acting_user, action=AuditAction.WORKFLOW, instance=order,
                         after={"last_reminded_on": today}, note=f"催办（逾期 {days} 天）")
            notify(acting_user=acting_user, departments=order.departments.all(), kind=NotificationKind.ORDER_REMINDER,
                   text=Message(gettext_noop("催办：%(subject)s（办理时限 %(due)s，已逾期 %(days)s 天）"),
                                {"subject": order.subject, "due": order.due_on.isoformat(), "days": days}),
                   url=order_url(order), target=order, zone=zone)
            result["reminded"].append(order.pk)
        if days > limit and order.escalated_at is None:
            order.escalated_at = timezone.now()
            order.save(update_fields=["escalated_at"])
            audit_record(actor=acting_user, action=AuditAction.WORKFLOW, instance=order,
                         after={"escalated_at": order.escalated_at}, note=f"逾期超过 {limit} 天，升级至领导")
            notify(acting_user=acting_user, users=_leaders_of(order), kind=NotificationKind.ORDER_ESCALATED,
                   text=Message(gettext_noop("督办单逾期 %(days)s 天未办结：%(subject)s"),
                                {"days": days, "subject": order.subject}),
                   url=order_url(order), target=order, zone=zone)
            result["escalated"].append(order.pk)
    return result
