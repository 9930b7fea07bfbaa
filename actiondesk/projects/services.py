"""Writes for projects: the project itself, stage steps, monthly investment, annual plans, factor needs and problems.

Every write validates first, then saves and records its audit entry in the same transaction.
"""
import datetime
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from actiondesk.core.audit import audit_record, audit_update, snapshot
from actiondesk.core.models import AuditAction
from actiondesk.core.numbers import clean_decimal
from actiondesk.core.scoping import can_edit, ensure_can_edit, ensure_in_zone, ensure_role, is_system
from actiondesk.core.values import check_instance, clean_date, clean_text
from actiondesk.core.versioning import bump, check_version, lock
from actiondesk.org.choices import Role
from actiondesk.parks.selectors import resolve_park
from actiondesk.projects import approvals, selectors_approvals, stages
from actiondesk.projects.choices import (
    ENTRY_STAGES,
    PLANNED_FIELDS,
    STAGE_DATE_FIELDS,
    STAGE_RANK,
    FactorStatus,
    ProblemStatus,
    Stage,
)
from actiondesk.projects.models import (
    FactorNeed,
    Project,
    ProjectMonthlyInvestment,
    ProjectProblem,
    ProjectStageEvent,
)
from actiondesk.projects.services_approvals import create_missing_records

STAGE_FIELDS = ["stage", "stage_on", *STAGE_DATE_FIELDS.values()]
# What the department responsible for a problem or a need (but not leading the project) may change.
PROBLEM_RESPONDER_FIELDS = ("status", "resolution_note")
NEED_RESPONDER_FIELDS = ("status", "supplied_on", "progress_note")


def _ensure_responder(acting_user, obj, fields: dict, allowed) -> None:
    """The project's editors change everything; the department named on a problem or need only ``allowed``."""
    ensure_can_edit(acting_user, obj)
    if is_system(acting_user) or can_edit(acting_user, obj.project):
        return
    changed = {k for k, v in fields.items() if getattr(obj, k) != v}
    if changed - set(allowed):
        raise PermissionDenied(_("责任部门只能更新状态和办理情况"))


def _apply_stage(project: Project, stage: str, on: datetime.date) -> None:
    project.stage, project.stage_on = stage, on
    field = STAGE_DATE_FIELDS.get(stage)
    if field:
        setattr(project, field, on)


@transaction.atomic
def project_advance_stage(*, project: Project, stage: str, on: datetime.date, reason: str = "", acting_user,
                          today: datetime.date | None = None, expected_version: int | None = None,
                          override_reason: str = "") -> ProjectStageEvent:
    """Move a project to its next stage; refuses going back, future or out-of-order dates, unexplained skips,
    and 开工 while an approval required before 开工 is missing unless ``override_reason`` says why (audited).
    Reaching 签约 creates the project's approval records from the zone's step table."""
    ensure_can_edit(acting_user, project)
    project = lock(project)
    check_version(project, expected_version, {"stage": stage})
    clean_date(on, field="on", label=_("日期"))
    clean_text(reason, field="reason", label=_("原因"))
    clean_text(override_reason, field="override_reason", label=_("例外开工原因"))
    errors = stages.transition_errors(current=project.stage, current_on=project.stage_on, new=stage, new_on=on,
                                      today=today or timezone.localdate(), reason=reason)
    missing = selectors_approvals.missing_for(project) if approvals.crosses_start(project.stage, stage) else []
    errors += approvals.start_gate_errors(current=project.stage, new=stage, missing=missing,
                                          override_reason=override_reason)
    if errors:
        raise ValidationError(errors)
    override = override_reason.strip() if missing else ""
    reaches_signed = (stage in Stage.values and STAGE_RANK[Stage(project.stage)] < STAGE_RANK[Stage.SIGNED]
                      <= STAGE_RANK[Stage(stage)])
    before = snapshot(project, STAGE_FIELDS)
    _apply_stage(project, stage, on)
    bump(project)
    project.save(update_fields=[*STAGE_FIELDS, "updated_at", "version"])
    event = ProjectStageEvent.objects.create(project=project, stage=stage, on=on, reason=reason.strip(),
                                             approval_override=override,
                                             recorded_by=acting_user if getattr(acting_user, "pk", None) else None)
    if reaches_signed:
        create_missing_records(project)
    after = snapshot(project, STAGE_FIELDS)
    note = reason.strip() or _("阶段推进")
    if override:
        after.update(approvals_missing=missing, approval_override=override)
        note = _("%(note)s；审批未办结例外开工（缺：%(missing)s）：%(reason)s") % {
            "note": note, "missing": "、".join(missing), "reason": override}
    audit_record(actor=acting_user, action=AuditAction.WORKFLOW, instance=project, before=before, after=after,
                 note=note)
    return event


def first_of_month(day: datetime.date) -> datetime.date:
    return day.replace(day=1)


@transaction.atomic
def project_record_monthly_investment(*, project: Project, month: datetime.date, amount: Decimal, acting_user,
                                      today: datetime.date | None = None) -> ProjectMonthlyInvestment:
    """Record (or correct) the investment a project completed in a month."""
    ensure_can_edit(acting_user, project)
    today = today or timezone.localdate()
    month = first_of_month(clean_date(month, field="month", label=_("月份")))
    amount = clean_decimal(amount, model=ProjectMonthlyInvestment, field="amount", min=0, required=True)
    if month > first_of_month(today):
        raise ValidationError(_("不能填报未来月份（%(month)s）的完成投资") % {"month": month.strftime("%Y-%m")})
    row = ProjectMonthlyInvestment.objects.filter(project=project, month=month).first()
    user = acting_user if getattr(acting_user, "pk", None) else None
    if row is None:
        row = ProjectMonthlyInvestment.objects.create(project=project, month=month, amount=amount, recorded_by=user)
        audit_record(actor=acting_user, action=AuditAction.CREATE, instance=project, zone=project.zone,
                     after={"month": month, "amount": row.amount}, note=_("填报月度完成投资"),
                     model=Project)
        return row
    before = {"month": month, "amount": row.amount}
    row.amount, row.recorded_by = amount, user
    row.save(update_fields=["amount", "recorded_by", "recorded_at"])
    audit_record(actor=acting_user, action=AuditAction.UPDATE, instance=project, before=before,
                 after={"month": month, "amount": Decimal(amount)}, note=_("修改月度完成投资"))
    return row


PROJECT_FIELDS = ("code", "name", "investor", "investor_name", "industry", "chain", "project_type", "park", "parcel",
                  "location",
                  "lead_department", "responsible_leader", "total_investment", "description",
                  *PLANNED_FIELDS.values())
PLANNED_ORDER = [PLANNED_FIELDS[s] for s in (Stage.SIGNED, Stage.STARTED, Stage.COMPLETED, Stage.PRODUCING)]


def _check_lead_department(acting_user, zone_id, lead_department, *, changing: bool) -> None:
    """Department staff create (and keep) projects led by their own department; admins choose any department."""
    if is_system(acting_user):
        return
    access = ensure_role(acting_user, zone_id, Role.ADMIN, Role.DEPARTMENT)
    if access.is_department and changing and getattr(lead_department, "pk", None) != access.department_id:
        raise PermissionDenied(_("部门用户只能以本部门为责任部门"))


def _project_errors(project: Project) -> dict:
    errors = {}
    zone_id = project.zone_id
    if Project.objects.filter(zone_id=zone_id, code=project.code).exclude(pk=project.pk).exists():
        errors["code"] = _("项目编号 %(code)s 已存在") % {"code": project.code}
    for field in ("lead_department", "chain", "investor"):
        related = getattr(project, field)
        if related is not None and related.zone_id != zone_id:
            errors[field] = _("不属于本示范区")
    if project.parcel_id:
        if project.parcel.park.zone_id != zone_id:
            errors["parcel"] = _("不属于本示范区")
        elif project.park_id and project.parcel.park_id != project.park_id:
            errors["parcel"] = _("地块不在所选园区内")
    if project.total_investment is not None and project.total_investment < 0:
        errors["total_investment"] = _("总投资不能为负数")
    planned = [(f, getattr(project, f)) for f in PLANNED_ORDER if getattr(project, f)]
    for (earlier, earlier_on), (later, later_on) in zip(planned, planned[1:], strict=False):
        if later_on < earlier_on:
            errors[later] = _("%(later)s不能早于%(earlier)s") % {
                "later": Project._meta.get_field(later).verbose_name,
                "earlier": Project._meta.get_field(earlier).verbose_name}
    return errors


def _save_project(project: Project) -> None:
    check_instance(project)
    if project.parcel_id and not project.park_id:
        project.park_id = project.parcel.park_id  # a parcel places the project in its park
    if project.total_investment is not None:
        clean_decimal(project.total_investment, model=Project, field="total_investment", min=0)
    errors = _project_errors(project)
    if errors:
        raise ValidationError(errors)
    project.full_clean(validate_unique=False)
    project.save()


@transaction.atomic
def project_create(*, zone, acting_user, stage: str = Stage.NEGOTIATING, **fields) -> Project:
    """Add a project to the zone's ledger at 洽谈 or as a 储备 (谋划) project; later stages come by stage steps.
    Department staff may only name their own department as lead."""
    if stage not in ENTRY_STAGES:
        raise ValidationError({"stage": _("新项目只能登记为储备或洽谈阶段")})
    unknown = set(fields) - set(PROJECT_FIELDS)
    if unknown:
        raise ValidationError(_("不可填写的字段：%(fields)s") % {"fields": "、".join(sorted(unknown))})
    _check_lead_department(acting_user, zone.pk, fields.get("lead_department"), changing=True)
    ensure_in_zone(zone.pk, **{k: fields.get(k) for k in ("lead_department", "responsible_leader", "investor",
                                                           "chain") if k in fields})
    if "park" in fields:
        fields["park"] = resolve_park(zone.pk, fields["park"])
    project = Project(zone=zone, stage=stage, **fields)
    _save_project(project)
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=project, after=snapshot(project))
    return project


@transaction.atomic
def project_update(*, project: Project, acting_user, expected_version: int | None = None, **fields) -> Project:
    """Change a project's ledger fields; its stage moves only through ``project_advance_stage``.
    ``expected_version``: the version the editor read; a newer stored one refuses the edit (StaleVersion)."""
    unknown = set(fields) - set(PROJECT_FIELDS)
    if unknown:
        raise ValidationError(_("不可修改的字段：%(fields)s") % {"fields": "、".join(sorted(unknown))})
    ensure_can_edit(acting_user, project)
    project = lock(project)
    check_version(project, expected_version, fields)
    if "park" in fields:
        fields["park"] = resolve_park(project.zone_id, fields["park"])
    ensure_in_zone(project.zone_id, **{k: fields.get(k) for k in ("lead_department", "responsible_leader",
                                                                   "investor", "chain") if k in fields})
    if "lead_department" in fields and fields["lead_department"] != project.lead_department:
        _check_lead_department(acting_user, project.zone_id, fields["lead_department"], changing=True)
    before = snapshot(project)
    for key, value in fields.items():
        setattr(project, key, value)
    bump(project)
    _save_project(project)
    audit_update(actor=acting_user, instance=project, before=before)
    return project


def _factor_errors(need: FactorNeed, today: datetime.date) -> dict:
    errors = {}
    if need.department_id and need.department.zone_id != need.project.zone_id:
        errors["department"] = _("不属于本示范区")
    if need.parcel_id and need.parcel.park.zone_id != need.project.zone_id:
        errors["parcel"] = _("地块不属于本示范区")
    if need.quantity is not None and need.quantity < 0:
        errors["quantity"] = _("需求量不能为负数")
    if need.quantity is not None and not need.unit.strip():
        errors["unit"] = _("填写需求量时请填写单位")
    if need.status == FactorStatus.SUPPLIED and need.supplied_on is None:
        errors["supplied_on"] = _("已保障的要素须填写实际保障日期")
    elif need.supplied_on and need.supplied_on > today:
        errors["supplied_on"] = _("实际保障日期不能晚于今天")
    return errors


def _save_factor_need(need: FactorNeed, today) -> None:
    check_instance(need)
    errors = _factor_errors(need, today or timezone.localdate())
    if errors:
        raise ValidationError(errors)
    need.full_clean()
    need.save()


@transaction.atomic
def factor_need_create(*, project: Project, acting_user, today: datetime.date | None = None,
                       **fields) -> FactorNeed:
    ensure_can_edit(acting_user, project)
    need = FactorNeed(project=project, **fields)
    _save_factor_need(need, today)
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=need, after=snapshot(need),
                 zone=project.zone)
    return need


@transaction.atomic
def factor_need_update(*, need: FactorNeed, acting_user, today: datetime.date | None = None,
                       **fields) -> FactorNeed:
    need = FactorNeed.objects.select_for_update().select_related("project").get(pk=need.pk)
    _ensure_responder(acting_user, need, fields, NEED_RESPONDER_FIELDS)
    before = snapshot(need)
    for key, value in fields.items():
        setattr(need, key, value)
    _save_factor_need(need, today)
    audit_update(actor=acting_user, instance=need, before=before)
    return need


def _save_problem(problem: ProjectProblem, today: datetime.date | None) -> None:
    today = today or timezone.localdate()
    errors = {}
    problem.description = (problem.description or "").strip()
    problem.resolution_note = (problem.resolution_note or "").strip()
    check_instance(problem)
    if not problem.description:
        errors["description"] = _("请填写问题")
    if problem.raised_on and problem.raised_on > today:
        errors["raised_on"] = _("提出日期不能晚于今天")
    if problem.department_id and problem.department.zone_id != problem.project.zone_id:
        errors["department"] = _("不属于本示范区")
    if problem.status == ProblemStatus.SOLVED and not problem.resolution_note:
        errors["resolution_note"] = _("问题已解决时请填写解决情况")
    if errors:
        raise ValidationError(errors)
    if problem.status == ProblemStatus.SOLVED:
        problem.solved_on = problem.solved_on or today
    else:
        problem.solved_on = None
    problem.full_clean()
    problem.save()


@transaction.atomic
def problem_create(*, project: Project, description: str, raised_on: datetime.date, acting_user, department=None,
                   status: str = ProblemStatus.OPEN, resolution_note: str = "",
                   today: datetime.date | None = None) -> ProjectProblem:
    ensure_can_edit(acting_user, project)
    problem = ProjectProblem(project=project, description=description, department=department, raised_on=raised_on,
                             status=status, resolution_note=resolution_note)
    _save_problem(problem, today)
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=problem, after=snapshot(problem),
                 zone=project.zone)
    return problem


PROBLEM_FIELDS = ("description", "department", "raised_on", "status", "resolution_note")


@transaction.atomic
def problem_update(*, problem: ProjectProblem, acting_user, today: datetime.date | None = None,
                   **fields) -> ProjectProblem:
    """Edit a problem; marking it 已解决 needs a resolution note and stamps the day it was solved."""
    unknown = set(fields) - set(PROBLEM_FIELDS)
    if unknown:
        raise ValidationError(_("不可修改的字段：%(fields)s") % {"fields": "、".join(sorted(unknown))})
    problem = ProjectProblem.objects.select_for_update().select_related("project").get(pk=problem.pk)
    _ensure_responder(acting_user, problem, fields, PROBLEM_RESPONDER_FIELDS)
    before = snapshot(problem)
    was_solved = problem.status == ProblemStatus.SOLVED
    for key, value in fields.items():
        setattr(problem, key, value)
    if not was_solved:
        problem.solved_on = None  # stamped with today when it becomes solved
    _save_problem(problem, today)
    audit_update(actor=acting_user, instance=problem, before=before)
    return problem
