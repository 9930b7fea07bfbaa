"""REST endpoints for projects: the filtered list, detail, monthly investment and stage steps (approvals and
要素保障 needs in api_approvals and api_needs)."""
import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.http import HttpResponse
from ninja import Query, Router, Schema
from pydantic import Field

from actiondesk.core.filters import Paging, filter_schema, filtered
from actiondesk.core.numbers import schema_field
from actiondesk.core.params import Id
from actiondesk.core.scoping import get_editable_or_403, get_visible_or_404
from actiondesk.core.versioning import etag, if_match_version
from actiondesk.projects import api_approvals, api_needs, selectors, services
from actiondesk.projects.filters import ProjectFilterSet
from actiondesk.projects.models import Project, ProjectMonthlyInvestment

router = Router(tags=["projects"])


class ProjectOut(Schema):
    id: int
    version: int
    code: str
    name: str
    investor: str
    industry: str
    chain: str | None
    project_type: str
    park: str
    lead_department: str
    total_investment: Decimal | None  # None: a stored value no number can represent (see core.dbbackends)
    stage: str
    stage_on: datetime.date | None
    signed_on: datetime.date | None
    started_on: datetime.date | None
    resumed_on: datetime.date | None
    completed_on: datetime.date | None
    producing_on: datetime.date | None

    @staticmethod
    def resolve_investor(obj):
        return obj.investor_display

    @staticmethod
    def resolve_chain(obj):
        return obj.chain.name if obj.chain_id else None

    @staticmethod
    def resolve_park(obj):
        return obj.park.name if obj.park_id else ""

    @staticmethod
    def resolve_lead_department(obj):
        return obj.lead_department.name


class InvestmentIn(Schema):
    month: str  # 2026-09
    amount: Decimal = schema_field(ProjectMonthlyInvestment, "amount", ..., ge=0)


class InvestmentOut(Schema):
    month: datetime.date
    amount: Decimal | None


class StageIn(Schema):
    stage: str
    on: datetime.date
    reason: str = ""
    override_reason: str = Field("", max_length=300, description="例外开工原因：开工前须办结的审批未办结时必填")


ProjectQuery = filter_schema(ProjectFilterSet)


def _editable(request, pk) -> Project:
    return get_editable_or_403(Project.objects.select_related("lead_department", "chain", "investor", "park"),
                               request.user, pk=pk)


@router.get("/", response=list[ProjectOut], summary="项目列表（与页面和台账导出相同的筛选）")
def list_projects(request, filters: Query[ProjectQuery], paging: Query[Paging]):
    qs = filtered(ProjectFilterSet, filters.dict(exclude_none=True), selectors.projects_visible(request.user),
                  request=request)
    return list(paging.slice(qs.select_related("lead_department", "chain", "investor", "park").order_by("code")))


@router.get("/{project_id}", response=ProjectOut, summary="项目详情")
def get_project(request, project_id: Id, response: HttpResponse):
    project = get_visible_or_404(Project.objects.select_related("lead_department", "chain", "investor", "park"),
                                 request.user, pk=project_id)
    response["ETag"] = etag(project)
    return project


@router.post("/{project_id}/investments", response=InvestmentOut, summary="填报月度完成投资")
def record_investment(request, project_id: Id, payload: InvestmentIn):
    project = _editable(request, project_id)
    try:
        month = datetime.date.fromisoformat(f"{payload.month[:7]}-01")
    except ValueError as exc:
        raise ValidationError({"month": f"月份格式应为 2026-09：{payload.month}"}) from exc
    return services.project_record_monthly_investment(project=project, month=month, amount=payload.amount,
                                                      acting_user=request.user)


@router.post("/{project_id}/stage", response=ProjectOut, summary="推进项目阶段")
def advance_stage(request, project_id: Id, payload: StageIn, response: HttpResponse):
    """``If-Match: "v<version>"`` (the ETag of the GET) refuses the step with 412 when someone saved since."""
    project = _editable(request, project_id)
    services.project_advance_stage(project=project, stage=payload.stage, on=payload.on, reason=payload.reason,
                                   override_reason=payload.override_reason, acting_user=request.user,
                                   expected_version=if_match_version(request))
    project = Project.objects.select_related("lead_department", "chain", "investor", "park").get(pk=project.pk)
    response["ETag"] = etag(project)
    return project


api_approvals.register(router)
api_needs.register(router)
