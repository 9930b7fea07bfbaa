"""Demo approvals (演示数据): the zone's steps granted by 行政审批局, records for most projects (granted in step
order between 签约 and 开工, some pending and overdue, one project started by an audited override), two 储备
projects, and one signed project on a fully 七通一平 parcel with every approval granted: ready for 拿地即开工."""
import datetime
import random

from actiondesk.core.scoping import SYSTEM
from actiondesk.org.models import Department
from actiondesk.org.services import departments_ensure
from actiondesk.parks.choices import ReadinessItem
from actiondesk.parks.models import LandParcel
from actiondesk.parks.services import readiness_set
from actiondesk.projects.approval_defaults import GRANTING_DEPARTMENT, seed_steps
from actiondesk.projects.choices import STAGE_RANK, Stage
from actiondesk.projects.models import ApprovalStep, Project, ProjectApproval, ProjectStageEvent

D = datetime.date
READY_PROJECT = "罕王还原铁增资扩产项目"
OVERRIDE_PROJECT = "李永波国际羽毛球运动中心"
RESERVE = [("SF-CB-001", "低空经济产业园（谋划）", 80000), ("SF-CB-002", "原子级制造中试平台（谋划）", 30000)]


def _between(rng, start: datetime.date, end: datetime.date) -> datetime.date:
    return start + datetime.timedelta(days=rng.randint(0, max(0, (end - start).days)))


def load(*, zone, rng: random.Random, today: datetime.date) -> str:
    granting = departments_ensure(zone=zone, names=[GRANTING_DEPARTMENT], acting_user=SYSTEM)[GRANTING_DEPARTMENT]
    seed_steps(ApprovalStep, Department, zone.pk)
    ApprovalStep.objects.filter(zone=zone, department__isnull=True).update(department=granting)
    steps = list(ApprovalStep.objects.filter(zone=zone, is_active=True).order_by("sort_order", "pk"))
    records, overdue = [], 0
    projects = list(Project.objects.filter(zone=zone).order_by("code"))
    for index, project in enumerate(projects):
        if project.stage in (Stage.RESERVE, Stage.NEGOTIATING) or index % 9 == 4:
            continue  # not yet needing approvals, or records not yet made
        started = STAGE_RANK[Stage(project.stage)] >= STAGE_RANK[Stage.STARTED]
        signed = project.signed_on or D(today.year, 1, 10)
        start = project.started_on or project.resumed_on or today
        last = min(today, max(signed, start - datetime.timedelta(days=1)))
        granting, waiting = [], signed > today
        for position, step in enumerate(steps):
            record = ProjectApproval(project=project, step=step, planned_on=signed + datetime.timedelta(
                days=20 * (position + 1)), note="演示数据")
            if step.name == "能评" and project.total_investment < 5000:
                record.required = False
            elif project.name == OVERRIDE_PROJECT and step.name == "施工许可":
                record.planned_on = start - datetime.timedelta(days=10)  # granted late: started by override
            elif not waiting and (started or rng.random() < 0.55):
                granting.append(record)
            else:
                waiting = True  # the steps run in order: none after a pending one is granted yet
                overdue += record.planned_on < today
            records.append(record)
        # Granted between 签约 and 开工, one after another in the order of the steps.
        for record, day in zip(granting, sorted(_between(rng, signed, last) for _record in granting), strict=True):
            record.granted_on = day
            record.document_number = f"沈抚审批〔{day.year}〕{rng.randint(10, 999)}号"
    ProjectApproval.objects.bulk_create(records, batch_size=500)
    ProjectStageEvent.objects.filter(project__zone=zone, project__name=OVERRIDE_PROJECT, stage=Stage.STARTED).update(
        approval_override="体育场馆先行开工基础工程，施工许可同步办理（演示数据）")
    reserve = _reserve_projects(zone)
    ready = _ready_project(zone, steps, today)
    return f"{len(records)} 条审批记录（逾期 {overdue}），{reserve} 个储备项目，拿地即开工项目：{ready}"


def _reserve_projects(zone) -> int:
    department = Department.objects.filter(zone=zone, name="发展改革局").first() or Department.objects.filter(
        zone=zone).first()
    made = 0
    for code, name, total in RESERVE:
        _project, created = Project.objects.get_or_create(zone=zone, code=code, defaults={
            "name": name, "stage": Stage.RESERVE, "lead_department": department, "total_investment": total,
            "description": "项目谋划储备（演示数据）"})
        made += created
    return made


def _ready_project(zone, steps, today) -> str:
    """The signed project moved onto a parcel whose 七通一平 is done, with every approval granted."""
    project = Project.objects.filter(zone=zone, name=READY_PROJECT).first()
    parcel = LandParcel.objects.filter(park__zone=zone).order_by("park__name", "code").first()
    if project is None or parcel is None:
        return "无"
    for item in ReadinessItem.values:
        readiness_set(parcel=parcel, item=item, is_ready=True, acting_user=SYSTEM, ready_on=D(today.year, 6, 30))
    Project.objects.filter(pk=project.pk).update(parcel=parcel, park=parcel.park)
    for step in steps:
        ProjectApproval.objects.update_or_create(project=project, step=step, defaults={
            "required": True, "granted_on": D(today.year, 9, 1), "document_number": f"沈抚审批〔{today.year}〕88号",
            "note": "演示数据"})
    return f"{project.name}（{parcel}）"
