"""REST endpoints for a project's approvals: the list with overdue flags, and recording a grant or a plan."""
import datetime

from django.utils import timezone
from ninja import Router, Schema
from pydantic import Field

from actiondesk.core.params import Id
from actiondesk.core.scoping import get_editable_or_403, get_visible_or_404
from actiondesk.projects import selectors_approvals, services_approvals
from actiondesk.projects.exports_approvals import overdue
from actiondesk.projects.models import Project, ProjectApproval


class ApprovalOut(Schema):
    id: int
    step: str
    department: str
    required_before_start: bool
    required: bool
    planned_on: datetime.date | None
    granted_on: datetime.date | None
    document_number: str
    note: str
    overdue: bool

    @staticmethod
    def resolve_step(obj):
        return obj.step.name

    @staticmethod
    def resolve_department(obj):
        return obj.step.department.name if obj.step.department_id else ""

    @staticmethod
    def resolve_required_before_start(obj):
        return obj.step.required_before_start

    @staticmethod
    def resolve_overdue(obj):
        return overdue(obj, timezone.localdate())


class ApprovalIn(Schema):
    """Only the fields sent are changed; the granting department may send the grant fields only."""

    required: bool | None = None
    planned_on: datetime.date | None = None
    granted_on: datetime.date | None = None
    document_number: str | None = Field(None, max_length=100)
    note: str | None = Field(None, max_length=300)


def _records(project_id: int):
    return ProjectApproval.objects.filter(project_id=project_id).select_related("step__department").order_by(
        "step__sort_order", "step_id")


def list_approvals(request, project_id: Id):
    project = get_visible_or_404(Project.objects.all(), request.user, pk=project_id)
    return list(selectors_approvals.approvals_visible(request.user).filter(project=project)
                .select_related("step__department").order_by("step__sort_order", "step_id"))


def record_approval(request, project_id: Id, approval_id: Id, payload: ApprovalIn):
    approval = get_editable_or_403(_records(project_id), request.user, pk=approval_id)
    fields = {k: ("" if v is None and k in ("document_number", "note") else v)
              for k, v in payload.dict(exclude_unset=True).items()}
    if fields.get("required") is None:
        fields.pop("required", None)
    services_approvals.approval_update(approval=approval, acting_user=request.user, **fields)
    return _records(project_id).get(pk=approval.pk)


def register(router: Router) -> None:
    """Add the endpoints to the projects router (one router per app, see actiondesk/api.py)."""
    router.get("/{project_id}/approvals", response=list[ApprovalOut], summary="项目审批事项")(list_approvals)
    router.post("/{project_id}/approvals/{approval_id}", response=ApprovalOut,
                summary="登记审批办结日期、文号或计划")(record_approval)
