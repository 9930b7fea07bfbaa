"""Writes that shape how a plan is judged: target revisions (动态调整), schedules, last-year values, 批示."""
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext_noop

from actiondesk.core.audit import audit_record
from actiondesk.core.models import AuditAction, NotificationKind
from actiondesk.core.notifications import Message, notify
from actiondesk.core.numbers import clean_decimal
from actiondesk.core.scoping import ensure_role
from actiondesk.core.values import clean_text
from actiondesk.org.choices import Role
from actiondesk.plans.services import target_limits
from actiondesk.supervision.models import Comment, TargetRevision

COMMENTERS = (Role.LEADER, Role.SUPERVISOR, Role.ADMIN)


def _role_in_zone(user, zone_id, roles, message):
    return ensure_role(user, zone_id, *roles, message=message)


def effective_target(indicator, revisions=None):
    """(value, value_max) in force: the latest revision, else the plan's own target."""
    revisions = revisions if revisions is not None else list(indicator.target_revisions.all()[:1])
    if revisions:
        return revisions[0].value, revisions[0].value_max
    return indicator.target_value, indicator.value_max


@transaction.atomic
def indicator_revise_target(*, indicator, value, reason: str, acting_user, value_max=None) -> TargetRevision:
    """动态调整: an admin changes the target in force; the plan's original target is kept."""
    _role_in_zone(acting_user, indicator.plan.zone_id, (Role.ADMIN,), "只有管理员可以调整目标")
    reason = clean_text((reason or "").strip(), field="reason", label="调整原因")
    if not reason:
        raise ValidationError("调整目标须填写原因")
    low, high = target_limits(indicator.kind)
    value = clean_decimal(value, model=TargetRevision, field="value", min=low, max=high, required=True)
    value_max = clean_decimal(value_max, model=TargetRevision, field="value_max", min=low, max=high)
    if value_max is not None and value_max < value:
        raise ValidationError("上限不能小于目标值")
    previous, _previous_max = effective_target(indicator)
    revision = TargetRevision.objects.create(indicator=indicator, previous_value=previous, value=value,
                                             value_max=value_max, reason=reason, revised_by=acting_user)
    audit_record(actor=acting_user, action=AuditAction.UPDATE, instance=indicator,
                 before={"target_in_force": previous}, after={"target_in_force": value}, note=f"动态调整：{reason}")
    return revision


@transaction.atomic
def comment_add(*, acting_user, text: str, task=None, indicator=None) -> Comment:
    """A leader's 批示 on a task or an indicator."""
    target = task or indicator
    if target is None or (task is not None and indicator is not None):
        raise ValidationError("批示须针对一项任务或一个指标")
    _role_in_zone(acting_user, target.plan.zone_id, COMMENTERS, "只有领导、督查室或管理员可以批示")
    text = clean_text((text or "").strip(), field="text", label="批示")
    if not text:
        raise ValidationError("批示内容不能为空")
    name = acting_user.get_full_name() or acting_user.username
    comment = Comment.objects.create(plan=target.plan, task=task, indicator=indicator, author=acting_user,
                                     author_name=name, text=text)
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=target, after={"comment": text},
                 note="领导批示")
    departments = list(task.lead_departments.all()) if task is not None else (
        [indicator.lead_department] if indicator.lead_department_id else [])
    page = reverse("plans:task_detail", args=[task.pk]) if task is not None else reverse(
        "plans:indicator_detail", args=[indicator.pk])
    notify(acting_user=acting_user, departments=departments, kind=NotificationKind.COMMENT,
           text=Message(gettext_noop("%(name)s批示：%(text)s"), {"name": name, "text": text[:80]}), url=page, target=target, zone=target.plan.zone)
    return comment
