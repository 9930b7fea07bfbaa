from decimal import Decimal

from django.http import HttpResponse
from ninja import Router, Schema

from actiondesk.core.numbers import schema_field
from actiondesk.core.params import Id
from actiondesk.core.scoping import get_editable_or_403, get_visible_or_404, visible
from actiondesk.core.versioning import etag, if_match_version
from actiondesk.plans import services
from actiondesk.plans.api_milestones import register as register_milestones
from actiondesk.plans.models import Indicator, Plan, Programme, Task

router = Router(tags=["plans"])


class PlanOut(Schema):
    id: int
    year: int
    title: str


class ProgrammeOut(Schema):
    id: int
    number: str
    title: str


class TaskOut(Schema):
    id: int
    number: str
    title: str
    programme: str | None
    lead: list[str]
    support: list[str]
    text: str

    @staticmethod
    def resolve_programme(obj):
        return obj.programme.number if obj.programme_id else None

    @staticmethod
    def resolve_lead(obj):
        return [d.name for d in obj.leads]

    @staticmethod
    def resolve_support(obj):
        names = [d.name for d in obj.support_departments.all()]
        return names + (["机关各部门"] if obj.supported_by_every_department else [])


class IndicatorOut(Schema):
    id: int
    version: int
    name: str
    target_value: Decimal | None
    value_max: Decimal | None
    unit: str
    comparator: str
    kind: str
    reference: str
    baseline: Decimal | None
    source_text: str
    metric: str
    lead_department: str | None
    tasks: list[str]

    @staticmethod
    def resolve_lead_department(obj):
        return obj.lead_department.name if obj.lead_department_id else None

    @staticmethod
    def resolve_tasks(obj):
        return [t.number for t in obj.tasks.all()]


class IndicatorPatch(Schema):
    target_value: Decimal | None = schema_field(Indicator, "target_value")
    value_max: Decimal | None = schema_field(Indicator, "value_max")
    unit: str | None = None
    baseline: Decimal | None = schema_field(Indicator, "baseline")
    reference: str | None = None


@router.get("/", response=list[PlanOut], summary="行动方案列表")
def list_plans(request):
    return list(visible(Plan.objects.all(), request.user))


@router.get("/{plan_id}/programmes", response=list[ProgrammeOut], summary="工程")
def list_programmes(request, plan_id: Id):
    return list(visible(Programme.objects.filter(plan_id=plan_id), request.user))


@router.get("/{plan_id}/tasks", response=list[TaskOut], summary="重点任务")
def list_tasks(request, plan_id: Id):
    qs = visible(Task.objects.filter(plan_id=plan_id), request.user)
    return list(qs.select_related("programme").prefetch_related("lead_links__department", "support_departments"))


@router.get("/{plan_id}/indicators", response=list[IndicatorOut], summary="指标")
def list_indicators(request, plan_id: Id):
    qs = visible(Indicator.objects.filter(plan_id=plan_id), request.user)
    return list(qs.select_related("lead_department").prefetch_related("tasks"))


@router.get("/indicators/{indicator_id}", response=IndicatorOut, summary="指标详情")
def get_indicator(request, indicator_id: Id, response: HttpResponse):
    indicator = get_visible_or_404(Indicator.objects.select_related("lead_department"), request.user,
                                   pk=indicator_id)
    response["ETag"] = etag(indicator)
    return indicator


@router.patch("/indicators/{indicator_id}", response=IndicatorOut, summary="修改指标")
def patch_indicator(request, indicator_id: Id, payload: IndicatorPatch, response: HttpResponse):
    """``If-Match: "v<version>"`` (the ETag of the GET) refuses the change with 412 when someone saved since."""
    # 404 when not visible, 403 when visible but not editable; the service checks again and validates.
    indicator = get_editable_or_403(Indicator.objects.all(), request.user, pk=indicator_id)
    indicator = services.indicator_update(indicator=indicator, acting_user=request.user,
                                          expected_version=if_match_version(request),
                                          **payload.dict(exclude_unset=True))
    response["ETag"] = etag(indicator)
    return indicator


register_milestones(router)  # /api/plans/milestones…: the 任务分解表 (api_milestones)
