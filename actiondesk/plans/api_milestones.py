"""REST API for milestones (工作节点): list (the grid's FilterSet), read, add, edit, approve and verify.
Mounted on the plans router; scoped like the pages (zone visible, editable by the responsible department)."""
import datetime
from decimal import Decimal

from django.http import HttpResponse
from django.utils import timezone
from ninja import Query, Schema, Status
from pydantic import Field

from actiondesk.core.filters import Paging, filter_schema, filtered
from actiondesk.core.numbers import schema_field
from actiondesk.core.params import Id
from actiondesk.core.schemas import RelatedNames
from actiondesk.core.scoping import get_editable_or_403, get_visible_or_404, visible
from actiondesk.core.versioning import etag, if_match_version
from actiondesk.org.models import Department
from actiondesk.plans import services_milestones as services
from actiondesk.plans.choices import EvidenceKind, MilestoneProgress
from actiondesk.plans.filters import MilestoneFilterSet
from actiondesk.plans.milestones import milestone_state
from actiondesk.plans.models import Milestone, Task

MilestoneQuery = filter_schema(MilestoneFilterSet)


class MilestoneOut(RelatedNames):
    id: int
    version: int
    task_id: int
    task_number: str
    title: str
    due_date: datetime.date
    due_text: str
    department: str
    evidence_kind: str
    progress: str
    state: str
    completed_on: datetime.date | None
    evidence_note: str
    evidence_link: str
    evidence_figure: Decimal | None
    has_evidence_file: bool
    approval: str
    verified_at: datetime.datetime | None

    @staticmethod
    def resolve_task_number(obj):
        return obj.task.number

    @staticmethod
    def resolve_state(obj):
        return milestone_state(obj.progress, obj.due_date, obj.completed_on, timezone.localdate())

    @staticmethod
    def resolve_has_evidence_file(obj):
        return bool(obj.evidence_file)


class MilestoneIn(Schema):
    task_id: Id
    title: str = Field(..., min_length=1, max_length=200)
    due: str = Field(..., min_length=1, max_length=40, description="日期（2026-06-30）或时间用语（上半年、三季度末、6月底前）")
    department_id: Id
    evidence_kind: EvidenceKind = EvidenceKind.DOCUMENT


class MilestonePatch(Schema):
    title: str | None = Field(None, min_length=1, max_length=200)
    due: str | None = Field(None, min_length=1, max_length=40)
    department_id: Id | None = None
    evidence_kind: EvidenceKind | None = None
    progress: MilestoneProgress | None = None
    completed_on: datetime.date | None = None
    evidence_note: str | None = Field(None, max_length=300)
    evidence_link: str | None = Field(None, max_length=500)
    evidence_figure: Decimal | None = schema_field(Milestone, "evidence_figure")


def _department(request, department_id):
    return get_visible_or_404(Department.objects.all(), request.user, pk=department_id)


def _due(value: str, year: int) -> dict:
    due, phrase = services.due_from(value, year)
    return {"due_date": due, "due_text": phrase[:40]}


def register(router):
    @router.get("/milestones", response=list[MilestoneOut], summary="工作节点列表（任务分解表）")
    def list_milestones(request, filters: Query[MilestoneQuery], paging: Query[Paging]):
        qs = visible(Milestone.objects.select_related("task", "department"), request.user)
        qs = filtered(MilestoneFilterSet, filters.dict(exclude_none=True), qs, request=request)
        return list(paging.slice(qs.order_by("task__position", "due_date", "position", "pk")))

    @router.get("/milestones/{milestone_id}", response=MilestoneOut, summary="工作节点详情")
    def get_milestone(request, milestone_id: Id, response: HttpResponse):
        milestone = get_visible_or_404(Milestone.objects.select_related("task", "department"), request.user,
                                       pk=milestone_id)
        response["ETag"] = etag(milestone)
        return milestone

    @router.post("/milestones", response={201: MilestoneOut}, summary="新增工作节点")
    def create_milestone(request, payload: MilestoneIn):
        """A department's milestone waits for the supervision office's approval (``approval: proposed``)."""
        task = get_visible_or_404(Task.objects.select_related("plan"), request.user, pk=payload.task_id)
        milestone = services.milestone_create(
            task=task, acting_user=request.user, title=payload.title, department=_department(request,
                                                                                             payload.department_id),
            evidence_kind=payload.evidence_kind, **_due(payload.due, task.plan.year))
        return Status(201, milestone)

    @router.patch("/milestones/{milestone_id}", response=MilestoneOut, summary="修改工作节点（进展、完成日期、佐证）")
    def patch_milestone(request, milestone_id: Id, payload: MilestonePatch, response: HttpResponse):
        """``If-Match: "v<version>"`` refuses the change with 412 when someone saved since."""
        milestone = get_editable_or_403(Milestone.objects.select_related("task__plan"), request.user, pk=milestone_id)
        values = payload.dict(exclude_unset=True)
        if "due" in values:
            values.update(_due(values.pop("due") or "", milestone.task.plan.year))
        if "department_id" in values:
            values["department"] = _department(request, values.pop("department_id"))
        milestone = services.milestone_update(milestone=milestone, acting_user=request.user,
                                              expected_version=if_match_version(request), **values)
        response["ETag"] = etag(milestone)
        return milestone

    @router.post("/milestones/{milestone_id}/approve", response=MilestoneOut, summary="督查室审核通过工作节点")
    def approve_milestone(request, milestone_id: Id):
        milestone = get_visible_or_404(Milestone.objects.select_related("task__plan"), request.user, pk=milestone_id)
        return services.milestone_approve(milestone=milestone, acting_user=request.user)

    @router.post("/milestones/{milestone_id}/verify", response=MilestoneOut, summary="督查室核验已完成的工作节点")
    def verify_milestone(request, milestone_id: Id):
        milestone = get_visible_or_404(Milestone.objects.select_related("task__plan"), request.user, pk=milestone_id)
        return services.milestone_verify(milestone=milestone, acting_user=request.user)

