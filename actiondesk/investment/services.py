"""Writes for the 招商 pipeline: leads, their stages, and signing (which creates or links the ledger project)."""
import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from actiondesk.chains.choices import Industry
from actiondesk.core.audit import audit_record, audit_update, snapshot
from actiondesk.core.keepers import keeper_department_for
from actiondesk.core.models import AuditAction
from actiondesk.core.numbers import clean_decimal
from actiondesk.core.scoping import ensure_can_edit, ensure_in_zone, ensure_role, is_system
from actiondesk.core.values import check_instance, clean_date, clean_text
from actiondesk.investment.choices import RANK, LeadStage
from actiondesk.investment.keepers import PIPELINE
from actiondesk.investment.models import Lead, LeadStageEvent
from actiondesk.org.choices import Role
from actiondesk.org.models import Department
from actiondesk.projects import services as project_services
from actiondesk.projects.choices import Stage
from actiondesk.projects.models import Project

LEAD_FIELDS = ("company_name", "company_location", "chain", "segment", "target", "source", "referrer",
               "source_note", "department", "owner", "expected_investment", "note")


def refused() -> str:
    return _("只有招商线索的责任部门和管理员可以修改")


def refused_create() -> str:
    return _("只有招商线索的维护部门（默认投资促进局）和管理员可以登记线索")


def pipeline_department(zone_id: int, access=None) -> Department | None:
    """The department a new lead is worked by (a lead's own ``department`` then decides): ``access``'s own when
    it keeps the pipeline, else the first keeper an admin named, else the zone's 投资促进局 (``core.keepers``)."""
    return keeper_department_for(access, zone_id, PIPELINE)


def _check_references(lead: Lead) -> None:
    ensure_in_zone(lead.zone_id, chain=lead.chain, department=lead.department, owner=lead.owner,
                   referrer=lead.referrer)
    if lead.segment_id and lead.segment.chain_id != lead.chain_id:
        raise ValidationError({"segment": _("环节不属于该产业链")})
    if lead.target_id and (lead.target.segment.chain_id != lead.chain_id
                           or (lead.segment_id and lead.target.segment_id != lead.segment_id)):
        raise ValidationError({"target": _("招商目标不属于该环节")})
    if lead.target_id and not lead.segment_id:
        lead.segment_id = lead.target.segment_id


def _save(lead: Lead) -> None:
    _check_references(lead)
    clean_decimal(lead.expected_investment, model=Lead, field="expected_investment", min=0)
    check_instance(lead)
    lead.full_clean()
    lead.save()


@transaction.atomic
def lead_create(*, zone, acting_user, created_on: datetime.date | None = None, **fields) -> Lead:
    """A zone admin or a keeper of the pipeline (投资促进局 by default) records a lead; it starts at 线索."""
    unknown = set(fields) - set(LEAD_FIELDS)
    if unknown:
        raise ValidationError(_("不可填写的字段：%(fields)s") % {"fields": "、".join(sorted(unknown))})
    access = ensure_role(acting_user, zone.pk, Role.ADMIN, Role.DEPARTMENT, message=refused_create())
    owner_department = pipeline_department(zone.pk, access)
    if access is not None and access.role == Role.DEPARTMENT:
        if owner_department is None or access.department_id != owner_department.pk:
            raise PermissionDenied(refused_create())
        fields["department"] = owner_department  # department staff record leads for their own department
    fields.setdefault("department", owner_department)
    if fields.get("department") is None:
        raise ValidationError({"department": _("请指定责任部门")})
    today = created_on or timezone.localdate()
    lead = Lead(zone=zone, created_on=today, stage=LeadStage.LEAD, stage_on=today, **fields)
    _save(lead)
    LeadStageEvent.objects.create(lead=lead, stage=LeadStage.LEAD, on=today,
                                  recorded_by=None if is_system(acting_user) else acting_user)
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=lead, after=snapshot(lead))
    return lead


@transaction.atomic
def lead_update(*, lead: Lead, acting_user, **fields) -> Lead:
    unknown = set(fields) - set(LEAD_FIELDS)
    if unknown:
        raise ValidationError(_("不可修改的字段：%(fields)s") % {"fields": "、".join(sorted(unknown))})
    ensure_can_edit(acting_user, lead, refused())
    if "department" in fields and fields["department"] != lead.department:
        ensure_role(acting_user, lead.zone_id, Role.ADMIN, message=_("只有管理员可以更改线索的责任部门"))
    if lead.project_id and "expected_investment" in fields:
        raise ValidationError({"expected_investment": _("已签约：投资额以台账项目为准，请在项目中修改")})
    before = snapshot(lead)
    for key, value in fields.items():
        setattr(lead, key, value)
    _save(lead)
    audit_update(actor=acting_user, instance=lead, before=before)
    return lead


def _project_code(lead: Lead, on: datetime.date) -> str:
    code = f"ZS{on.year}-{lead.pk:04d}"
    return code if not Project.objects.filter(zone_id=lead.zone_id, code=code).exists() else f"{code}-{lead.zone_id}"


def _sign(lead: Lead, *, on, acting_user, project: Project | None, project_name: str, today) -> Project:
    """The ledger project of a signed lead: the one given (linked as it is) or a new one made from the lead,
    so nothing is typed twice and the investment has one record, the project's."""
    if project is not None:
        if project.zone_id != lead.zone_id:
            raise ValidationError({"project": _("项目不属于本示范区")})
        if Lead.objects.filter(project=project).exclude(pk=lead.pk).exists():
            raise ValidationError({"project": _("该项目已关联其他招商线索")})
        ensure_can_edit(acting_user, project, _("无权关联该项目"))
        if project.stage == Stage.NEGOTIATING:
            project_services.project_advance_stage(project=project, stage=Stage.SIGNED, on=on, acting_user=acting_user,
                                                   today=today)
        elif project.stage == Stage.RESERVE:  # a 储备 project signed straight from the lead skips 洽谈
            project_services.project_advance_stage(project=project, stage=Stage.SIGNED, on=on, acting_user=acting_user,
                                                   reason=_("招商线索签约"), today=today)
        return project
    project = project_services.project_create(
        zone=lead.zone, acting_user=acting_user, code=_project_code(lead, on),
        name=project_name.strip() or _("%(company)s投资项目") % {"company": lead.company_name},
        investor_name=lead.company_name, industry=lead.chain.industry or Industry.OTHER, chain=lead.chain,
        lead_department=lead.department, responsible_leader=None, total_investment=lead.expected_investment or 0,
        description=lead.note, planned_signed_on=on)
    project_services.project_advance_stage(project=project, stage=Stage.SIGNED, on=on, acting_user=acting_user,
                                           reason=_("招商线索签约"), today=today)
    return project


@transaction.atomic
def lead_advance(*, lead: Lead, stage: str, on: datetime.date, acting_user, note: str = "",
                 project: Project | None = None, project_name: str = "",
                 today: datetime.date | None = None) -> LeadStageEvent:
    """Move a lead forward (线索 → 接触 → 考察 → 洽谈 → 签约) or end it (终止). Signing creates the ledger
    project from the lead, or links ``project`` when the ledger already has it."""
    ensure_can_edit(acting_user, lead, refused())
    today = today or timezone.localdate()
    clean_date(on, field="on", label=_("日期"))
    clean_text(note, field="note", label=_("说明"))
    if stage not in LeadStage.values:
        raise ValidationError({"stage": _("未知的阶段：%(stage)s") % {"stage": stage}})
    if lead.stage in (LeadStage.SIGNED, LeadStage.DROPPED):
        raise ValidationError({"stage": _("线索已%(stage)s，不能再变更") % {"stage": lead.get_stage_display()}})
    if stage != LeadStage.DROPPED and RANK[LeadStage(stage)] <= RANK[LeadStage(lead.stage)]:
        raise ValidationError({"stage": _("只能向后推进阶段")})
    if on > today:
        raise ValidationError({"on": _("日期不能晚于今天")})
    if lead.stage_on and on < lead.stage_on:
        raise ValidationError({"on": _("日期不能早于上一阶段（%(date)s）") % {"date": lead.stage_on}})
    before = snapshot(lead)
    if stage == LeadStage.SIGNED:
        lead.project = _sign(lead, on=on, acting_user=acting_user, project=project, project_name=project_name,
                             today=today)
        lead.expected_investment = None  # the project holds the investment from now on
    lead.stage, lead.stage_on = stage, on
    lead.save()
    event = LeadStageEvent.objects.create(lead=lead, stage=stage, on=on, note=note.strip(),
                                          recorded_by=None if is_system(acting_user) else acting_user)
    audit_record(actor=acting_user, action=AuditAction.WORKFLOW, instance=lead, before=before, after=snapshot(lead),
                 note=note.strip() or _("阶段推进：%(stage)s") % {"stage": LeadStage(stage).label})
    return event
