"""Writes for projects: stage steps, monthly investment, annual plans, factor needs and problems (all audited)."""
import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from actiondesk.core.audit import audit_record, audit_update, snapshot
from actiondesk.core.models import AuditAction
from actiondesk.projects import stages
from actiondesk.projects.choices import STAGE_DATE_FIELDS, FactorStatus, ProblemStatus
from actiondesk.projects.models import (
    FactorNeed,
    Project,
    ProjectAnnualPlan,
    ProjectMonthlyInvestment,
    ProjectProblem,
    ProjectStageEvent,
)

STAGE_FIELDS = ["stage", "stage_on", *STAGE_DATE_FIELDS.values()]


def _apply_stage(project: Project, stage: str, on: datetime.date) -> None:
    project.stage, project.stage_on = stage, on
    field = STAGE_DATE_FIELDS.get(stage)
    if field:
        setattr(project, field, on)


@transaction.atomic
def project_advance_stage(*, project: Project, stage: str, on: datetime.date, reason: str = "", acting_user,
                          today: datetime.date | None = None) -> ProjectStageEvent:
    """Move a project to its next stage; refuses going back, future or out-of-order dates, unexplained skips."""
    project = Project.objects.select_for_update().get(pk=project.pk)
    stages.check_transition(current=project.stage, current_on=project.stage_on, new=stage, new_on=on,
                            today=today or timezone.localdate(), reason=reason)
    before = snapshot(project, STAGE_FIELDS)
    _apply_stage(project, stage, on)
    project.save(update_fields=[*STAGE_FIELDS, "updated_at"])
    event = ProjectStageEvent.objects.create(project=project, stage=stage, on=on, reason=reason.strip(),
                                             recorded_by=acting_user if getattr(acting_user, "pk", None) else None)
    audit_record(actor=acting_user, action=AuditAction.WORKFLOW, instance=project, before=before,
                 after=snapshot(project, STAGE_FIELDS), note=reason.strip() or _("阶段推进"))
    return event


def first_of_month(day: datetime.date) -> datetime.date:
    return day.replace(day=1)


@transaction.atomic
def project_record_monthly_investment(*, project: Project, month: datetime.date, amount: Decimal, acting_user,
                                      today: datetime.date | None = None) -> ProjectMonthlyInvestment:
    """Record (or correct) the investment a project completed in a month."""
    today = today or timezone.localdate()
    month = first_of_month(month)
    if amount is None or Decimal(amount) < 0:
        raise ValidationError(_("完成投资不能为负数"))
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


@transaction.atomic
def project_set_annual_plan(*, project: Project, year: int, planned_investment: Decimal,
                            acting_user) -> ProjectAnnualPlan:
    if Decimal(planned_investment) < 0:
        raise ValidationError(_("年度计划投资不能为负数"))
    row, created = ProjectAnnualPlan.objects.get_or_create(project=project, year=year,
                                                           defaults={"planned_investment": planned_investment})
    before = None if created else {"year": year, "planned_investment": row.planned_investment}
    if not created:
        row.planned_investment = planned_investment
        row.save(update_fields=["planned_investment"])
    audit_record(actor=acting_user, action=AuditAction.CREATE if created else AuditAction.UPDATE, instance=project,
                 before=before, after={"year": year, "planned_investment": planned_investment},
                 note=_("年度计划投资"))
    return row


@transaction.atomic
def factor_need_create(*, project: Project, acting_user, **fields) -> FactorNeed:
    need = FactorNeed(project=project, **fields)
    need.full_clean()
    need.save()
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=need, after=snapshot(need),
                 zone=project.zone)
    return need


@transaction.atomic
def factor_need_update(*, need: FactorNeed, acting_user, **fields) -> FactorNeed:
    before = snapshot(need)
    for key, value in fields.items():
        setattr(need, key, value)
    if need.status == FactorStatus.SUPPLIED and need.supplied_on is None:
        raise ValidationError(_("已保障的要素须填写实际保障日期"))
    if need.supplied_on and need.supplied_on > timezone.localdate():
        raise ValidationError(_("实际保障日期不能晚于今天"))
    need.full_clean()
    need.save()
    audit_update(actor=acting_user, instance=need, before=before)
    return need


@transaction.atomic
def problem_create(*, project: Project, description: str, department=None, raised_on: datetime.date,
                   acting_user) -> ProjectProblem:
    problem = ProjectProblem.objects.create(project=project, description=description, department=department,
                                            raised_on=raised_on)
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=problem, after=snapshot(problem),
                 zone=project.zone)
    return problem


@transaction.atomic
def problem_set_status(*, problem: ProjectProblem, status: str, acting_user,
                       on: datetime.date | None = None) -> ProjectProblem:
    before = snapshot(problem)
    problem.status = status
    problem.solved_on = (on or timezone.localdate()) if status == ProblemStatus.SOLVED else None
    problem.save(update_fields=["status", "solved_on"])
    audit_update(actor=acting_user, instance=problem, before=before)
    return problem
