"""Writes of the transformation pool: keyword-only, permission-checked (the pool's keepers or admins), audited."""
import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from actiondesk.core.access import access_for
from actiondesk.core.attachments import attachment_problem
from actiondesk.core.audit import audit_record, audit_update, snapshot
from actiondesk.core.models import AuditAction
from actiondesk.core.numbers import clean_decimal
from actiondesk.core.scoping import ensure_can_edit, ensure_in_zone, ensure_role, is_system
from actiondesk.core.values import check_instance, clean_text
from actiondesk.core.versioning import bump, check_version, lock
from actiondesk.org.choices import Role
from actiondesk.transformation.choices import LEVELS_OF, CaseStatus, RatingStage
from actiondesk.transformation.imports import DIAGNOSES, PROJECTS, RATINGS, read_import
from actiondesk.transformation.models import (
    Diagnosis,
    FactoryRating,
    SceneGuide,
    Solution,
    TransformationCase,
    TransformationProject,
    TransformationSettings,
)
from actiondesk.transformation.permissions import edits_transformation

REFUSED = gettext_lazy("只有数智绿色转型培育库的维护部门（默认产业创新局）和管理员可以修改")
DIAGNOSIS_FIELDS = ("diagnosed_on", "provider", "method", "level_overall", "level_personnel", "level_technology",
                    "level_resources", "level_manufacturing", "findings", "measures", "report")
PROJECT_FIELDS = ("name", "scope", "category", "solution", "vendor", "ledger_project", "planned_investment",
                  "actual_investment", "subsidy_applied", "subsidy_granted", "started_on", "completed_on", "state",
                  "efficiency_before", "efficiency_after", "energy_before", "energy_after", "quality_before",
                  "quality_after")
MONEY_FIELDS = ("planned_investment", "actual_investment", "subsidy_applied", "subsidy_granted")
RATING_FIELDS = ("kind", "level", "stage", "applied_on", "recognised_on", "expires_on", "certificate_number")
CASE_FIELDS = ("title", "problem", "solution", "investment", "effect", "replicability")
SOLUTION_FIELDS = ("name", "industry", "category", "vendor", "reference_price", "description")
GUIDE_FIELDS = ("introduction", "scenes", "solutions")


def _require_editor(acting_user, zone_id: int) -> None:
    """PermissionDenied unless the user edits this zone's transformation pool (or is SYSTEM)."""
    if is_system(acting_user):
        return
    access = access_for(acting_user)
    if access is None or access.zone_id != zone_id or not edits_transformation(access):
        raise PermissionDenied(REFUSED)


def _unknown(values: dict, allowed) -> None:
    unknown = set(values) - set(allowed)
    if unknown:
        raise ValidationError(_("不可修改的字段：%(fields)s") % {"fields": ", ".join(sorted(unknown))})


def _snapshot(instance) -> dict:
    """core.audit.snapshot, with an attached file recorded by its stored name."""
    files = [f.name for f in instance._meta.concrete_fields if f.get_internal_type() == "FileField"]
    if not files:
        return snapshot(instance)
    data = snapshot(instance, fields=[f.name for f in instance._meta.concrete_fields if f.name not in files])
    return data | {name: getattr(instance, name).name or "" for name in files}


def _finish(instance, *, acting_user, before=None, note="") -> None:
    check_instance(instance)
    instance.full_clean()
    instance.save()
    if before is None:
        audit_record(actor=acting_user, action=AuditAction.CREATE, instance=instance, after=_snapshot(instance),
                     note=note)
    else:
        audit_update(actor=acting_user, instance=instance, before=before, note=note)


# -- the pool's setting ---------------------------------------------------------------------------------------

@transaction.atomic
def diagnosis_validity_set(*, zone, acting_user, months: int | None) -> int | None:
    """A zone admin sets how many months a diagnosis counts for coverage (None: the plan year only). Who edits the
    pool is set on the 维护部门 page (``core.keepers``, area ``transformation.pool``)."""
    ensure_role(acting_user, zone.pk, Role.ADMIN, message=_("只有管理员可以调整诊断有效期"))
    setting = TransformationSettings.objects.filter(zone=zone).first()
    before = {"diagnosis_validity_months": setting.diagnosis_validity_months if setting else None}
    setting = setting or TransformationSettings(zone=zone)
    setting.diagnosis_validity_months = months
    setting.full_clean(exclude=["zone"])
    after = {"diagnosis_validity_months": months}
    if before != after:
        setting.save()
        audit_record(actor=acting_user, action=AuditAction.UPDATE, instance=setting, zone=zone, before=before,
                     after=after, note=_("调整诊断有效期"))
    return months


# -- diagnoses -------------------------------------------------------------------------------------------------

REPORT_TYPES = (".pdf", ".docx")
MAX_REPORT_BYTES = 20 * 1024 * 1024


def _check_report(upload) -> None:
    """A diagnosis report is a PDF or a Word file of at most 20 MB whose content matches its extension (core's
    attachment checks)."""
    if not upload:
        return
    head = upload.read(16)
    upload.seek(0)
    if problem := attachment_problem(upload.name, head, upload.size, allowed=REPORT_TYPES,
                                     max_bytes=MAX_REPORT_BYTES):
        raise ValidationError({"report": problem})
    clean_text(upload.name, field="report", label=_("诊断报告"))


@transaction.atomic
def diagnosis_create(*, enterprise, acting_user, **values) -> Diagnosis:
    _require_editor(acting_user, enterprise.zone_id)
    _unknown(values, DIAGNOSIS_FIELDS)
    _check_report(values.get("report"))
    diagnosis = Diagnosis(enterprise=enterprise, recorded_by=None if is_system(acting_user) else acting_user,
                          **values)
    _finish(diagnosis, acting_user=acting_user, note=_("记录评估诊断"))
    return diagnosis


@transaction.atomic
def diagnosis_delete(*, diagnosis: Diagnosis, acting_user) -> None:
    ensure_can_edit(acting_user, diagnosis, REFUSED)
    audit_record(actor=acting_user, action=AuditAction.DELETE, instance=diagnosis, before=_snapshot(diagnosis),
                 note=_("删除评估诊断"))
    diagnosis.delete()


# -- 智改数转 projects ------------------------------------------------------------------------------------------

def _clean_project(project: TransformationProject) -> None:
    for name in MONEY_FIELDS:
        setattr(project, name, clean_decimal(getattr(project, name), model=TransformationProject, field=name, min=0))
    zone_id = project.enterprise.zone_id
    ensure_in_zone(zone_id, **{_("解决方案"): project.solution, _("重点项目台账"): project.ledger_project})
    if project.completed_on and project.started_on and project.completed_on < project.started_on:
        raise ValidationError({"completed_on": _("完成日期不能早于开始日期")})


@transaction.atomic
def project_create(*, enterprise, acting_user, **values) -> TransformationProject:
    _require_editor(acting_user, enterprise.zone_id)
    _unknown(values, PROJECT_FIELDS)
    project = TransformationProject(enterprise=enterprise, **values)
    _clean_project(project)
    _finish(project, acting_user=acting_user)
    return project


@transaction.atomic
def project_update(*, project: TransformationProject, acting_user, expected_version: int | None = None,
                   **values) -> TransformationProject:
    ensure_can_edit(acting_user, project, REFUSED)
    _unknown(values, PROJECT_FIELDS)
    project = lock(project)
    check_version(project, expected_version, values)
    before = snapshot(project)
    for key, value in values.items():
        setattr(project, key, value)
    _clean_project(project)
    bump(project)
    _finish(project, acting_user=acting_user, before=before)
    return project


# -- factory ratings -------------------------------------------------------------------------------------------

def _clean_rating(rating: FactoryRating) -> None:
    if rating.level not in LEVELS_OF.get(rating.kind, ()):
        raise ValidationError({"level": _("该类别没有这个等级")})
    if rating.stage == RatingStage.RECOGNISED and rating.recognised_on is None:
        raise ValidationError({"recognised_on": _("认定（备案）的评级须填写认定日期")})
    if rating.expires_on and rating.recognised_on and rating.expires_on < rating.recognised_on:
        raise ValidationError({"expires_on": _("有效期至不能早于认定日期")})


@transaction.atomic
def rating_create(*, enterprise, acting_user, **values) -> FactoryRating:
    _require_editor(acting_user, enterprise.zone_id)
    _unknown(values, RATING_FIELDS)
    rating = FactoryRating(enterprise=enterprise, **values)
    _clean_rating(rating)
    _finish(rating, acting_user=acting_user, note=_("记录工厂评级"))
    return rating


@transaction.atomic
def rating_update(*, rating: FactoryRating, acting_user, **values) -> FactoryRating:
    ensure_can_edit(acting_user, rating, REFUSED)
    _unknown(values, RATING_FIELDS)
    before = snapshot(rating)
    for key, value in values.items():
        setattr(rating, key, value)
    _clean_rating(rating)
    _finish(rating, acting_user=acting_user, before=before)
    return rating


# -- cases, solutions, 场景指南 -----------------------------------------------------------------------------------

@transaction.atomic
def case_save(*, project: TransformationProject, acting_user, case: TransformationCase | None = None,
              **values) -> TransformationCase:
    """Write a case of ``project``; an edited case goes back to 草稿 until it is reviewed again."""
    _unknown(values, CASE_FIELDS)
    if case is None:
        _require_editor(acting_user, project.enterprise.zone_id)
        case, before = TransformationCase(project=project), None
    else:
        ensure_can_edit(acting_user, case, REFUSED)
        before = snapshot(case)
        case.status, case.published_on = CaseStatus.DRAFT, None
    for key, value in values.items():
        setattr(case, key, value)
    case.investment = clean_decimal(case.investment, model=TransformationCase, field="investment", min=0)
    _finish(case, acting_user=acting_user, before=before)
    return case


@transaction.atomic
def case_review(*, case: TransformationCase, acting_user, status: str, on: datetime.date | None = None):
    """The pool's keepers (产业创新局 by default) review (已审核) and publish (已发布, with its date) a case, or
    return it to 草稿."""
    ensure_can_edit(acting_user, case, REFUSED)
    if status not in CaseStatus.values:
        raise ValidationError({"status": _("未知的案例状态")})
    before = snapshot(case)
    case.status = status
    case.published_on = (on or datetime.date.today()) if status == CaseStatus.PUBLISHED else None
    check_instance(case)
    case.save()
    audit_record(actor=acting_user, action=AuditAction.WORKFLOW, instance=case, before=before, after=snapshot(case),
                 note=str(CaseStatus(status).label))
    return case


@transaction.atomic
def solution_save(*, zone, acting_user, solution: Solution | None = None, **values) -> Solution:
    _unknown(values, SOLUTION_FIELDS)
    if solution is None:
        _require_editor(acting_user, zone.pk)
        solution, before = Solution(zone=zone), None
    else:
        ensure_can_edit(acting_user, solution, REFUSED)
        before = snapshot(solution)
    for key, value in values.items():
        setattr(solution, key, value)
    solution.reference_price = clean_decimal(solution.reference_price, model=Solution, field="reference_price", min=0)
    _finish(solution, acting_user=acting_user, before=before)
    return solution


@transaction.atomic
def guide_save(*, zone, industry: str, acting_user, expected_version: int | None = None, **values) -> SceneGuide:
    """Create or edit the 场景指南 of an industry; ``expected_version`` refuses an edit over someone else's."""
    _require_editor(acting_user, zone.pk)
    _unknown(values, GUIDE_FIELDS)
    solutions = values.pop("solutions", None)
    guide = SceneGuide.objects.filter(zone=zone, industry=industry).first()
    if guide is None:
        guide, before = SceneGuide(zone=zone, industry=industry), None
    else:
        ensure_can_edit(acting_user, guide, REFUSED)
        guide = lock(guide)
        check_version(guide, expected_version, values)
        before = snapshot(guide)
        bump(guide)
    for key, value in values.items():
        setattr(guide, key, value)
    if solutions is not None and any(s.zone_id != zone.pk for s in solutions):
        raise ValidationError({"solutions": _("只能选择本示范区的解决方案")})
    _finish(guide, acting_user=acting_user, before=before)
    if solutions is not None:
        guide.solutions.set(solutions)
    return guide


# -- the .xlsx import ------------------------------------------------------------------------------------------

@transaction.atomic
def transformation_import(*, zone, acting_user, data: bytes, file_name: str, today=None):
    """Read and check the workbook (imports.read_import); write nothing if any row is bad, else write every row in
    this one transaction with ONE audit entry. Returns the reading (its ``errors`` say why nothing was written)."""
    _require_editor(acting_user, zone.pk)
    reading = read_import(data, zone_id=zone.pk, file_name=file_name, today=today)
    if reading.errors:
        return reading
    recorder = None if is_system(acting_user) else acting_user
    diagnoses = [Diagnosis(recorded_by=recorder, **values) for values in reading.rows[DIAGNOSES]]
    projects = [TransformationProject(**values) for values in reading.rows[PROJECTS]]
    ratings = [FactoryRating(**values) for values in reading.rows[RATINGS]]
    for instance in (*diagnoses, *projects, *ratings):
        check_instance(instance)
    Diagnosis.objects.bulk_create(diagnoses, batch_size=500)
    TransformationProject.objects.bulk_create(projects, batch_size=500)
    FactoryRating.objects.bulk_create(ratings, batch_size=500)
    audit_record(actor=acting_user, action=AuditAction.IMPORT, model=Diagnosis, zone=zone,
                 batch={"file_name": file_name, "sha256": reading.sha256, "created": reading.count, "updated": 0,
                        "previous": {}, DIAGNOSES: len(diagnoses), PROJECTS: len(projects), RATINGS: len(ratings)},
                 note=_("导入数智绿色转型数据 %(file)s") % {"file": file_name})
    return reading
