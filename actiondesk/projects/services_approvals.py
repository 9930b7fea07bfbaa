"""Writes for approvals: the zone's step table, a project's approval records, and creating them when needed.

The step table is kept by admins and the supervision office; a project's records by its department (every
field) and the granting department (the grant: date, document number, note).
"""
import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from actiondesk.core.audit import audit_record, audit_update, snapshot
from actiondesk.core.models import AuditAction
from actiondesk.core.scoping import can_edit, ensure_can_edit, ensure_role, is_system
from actiondesk.core.values import check_instance
from actiondesk.org.choices import Role
from actiondesk.projects.models import ApprovalStep, Project, ProjectApproval

STEP_FIELDS = ("name", "sort_order", "department", "required_before_start", "is_active")
APPROVAL_FIELDS = ("required", "planned_on", "granted_on", "document_number", "note")
# What the granting department (not leading the project) may change on a record.
GRANTER_FIELDS = ("granted_on", "document_number", "note")
STEP_KEEPERS = (Role.ADMIN, Role.SUPERVISOR)


def _unknown(fields: dict, allowed) -> None:
    unknown = set(fields) - set(allowed)
    if unknown:
        raise ValidationError(_("不可修改的字段：%(fields)s") % {"fields": "、".join(sorted(unknown))})


def _save_step(step: ApprovalStep) -> None:
    step.name = (step.name or "").strip()
    check_instance(step)
    errors = {}
    if not step.name:
        errors["name"] = _("请填写审批事项名称")
    elif ApprovalStep.objects.filter(zone_id=step.zone_id, name=step.name).exclude(pk=step.pk).exists():
        errors["name"] = _("审批事项“%(name)s”已存在") % {"name": step.name}
    if step.department_id and step.department.zone_id != step.zone_id:
        errors["department"] = _("不属于本示范区")
    if errors:
        raise ValidationError(errors)
    step.full_clean(validate_unique=False)
    step.save()


@transaction.atomic
def approval_step_create(*, zone, acting_user, **fields) -> ApprovalStep:
    """Add a step to the zone's table (admins and the supervision office)."""
    _unknown(fields, STEP_FIELDS)
    ensure_role(acting_user, zone.pk, *STEP_KEEPERS, message=_("只有管理员或督查室可以维护审批事项"))
    step = ApprovalStep(zone=zone, **fields)
    _save_step(step)
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=step, after=snapshot(step))
    return step


@transaction.atomic
def approval_step_update(*, step: ApprovalStep, acting_user, **fields) -> ApprovalStep:
    """Rename, reorder, re-assign or switch off a step; a step in use is switched off, never deleted."""
    _unknown(fields, STEP_FIELDS)
    ensure_can_edit(acting_user, step, _("只有管理员或督查室可以维护审批事项"))
    step = ApprovalStep.objects.select_for_update().get(pk=step.pk)
    before = snapshot(step)
    for key, value in fields.items():
        setattr(step, key, value)
    _save_step(step)
    audit_update(actor=acting_user, instance=step, before=before)
    return step


def create_missing_records(project: Project) -> list[ProjectApproval]:
    """Records (needed, no dates) for the zone's active steps the project has none for; no permission check:
    the callers (``approvals_ensure``, the stage service on 签约) have checked it."""
    have = set(ProjectApproval.objects.filter(project=project).values_list("step_id", flat=True))
    new = [ProjectApproval(project=project, step=step)
           for step in ApprovalStep.objects.filter(zone_id=project.zone_id, is_active=True).exclude(pk__in=have)]
    return ProjectApproval.objects.bulk_create(new)


@transaction.atomic
def approvals_ensure(*, project: Project, acting_user) -> int:
    """Create the project's approval records from the zone's step table (its department or an admin)."""
    ensure_can_edit(acting_user, project)
    created = create_missing_records(project)
    if created:
        audit_record(actor=acting_user, action=AuditAction.CREATE, instance=project, model=Project,
                     after={"approvals": [str(a.step) for a in created]}, note=_("生成审批事项"))
    return len(created)


def _approval_errors(approval: ProjectApproval, today: datetime.date) -> dict:
    errors = {}
    if approval.granted_on and approval.granted_on > today:
        errors["granted_on"] = _("实际办结日期不能晚于今天")
    if approval.document_number and not approval.granted_on:
        errors["granted_on"] = _("填写批复文号时请填写实际办结日期")
    return errors


@transaction.atomic
def approval_update(*, approval: ProjectApproval, acting_user, today: datetime.date | None = None,
                    **fields) -> ProjectApproval:
    """Record an approval's plan or grant. The granting department records only the grant."""
    _unknown(fields, APPROVAL_FIELDS)
    approval = ProjectApproval.objects.select_for_update().select_related("project", "step").get(pk=approval.pk)
    ensure_can_edit(acting_user, approval)
    if not (is_system(acting_user) or can_edit(acting_user, approval.project)):
        changed = {k for k, v in fields.items() if getattr(approval, k) != v}
        if changed - set(GRANTER_FIELDS):
            raise PermissionDenied(_("审批部门只能登记办结日期、批复文号和说明"))
    before = snapshot(approval)
    for key, value in fields.items():
        setattr(approval, key, value.strip() if isinstance(value, str) else value)
    check_instance(approval)
    errors = _approval_errors(approval, today or timezone.localdate())
    if errors:
        raise ValidationError(errors)
    approval.full_clean(validate_unique=False)
    approval.save()
    audit_update(actor=acting_user, instance=approval, before=before)
    return approval
