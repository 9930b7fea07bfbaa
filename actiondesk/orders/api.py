"""REST endpoints for 督办单: the filtered list, an order with its replies, raising, replying, closing, sending back."""
import datetime

from django.core.exceptions import ValidationError
from django.http import HttpResponse
from ninja import Query, Router, Schema, Status

from actiondesk.core.filters import Paging, filter_schema, filtered
from actiondesk.core.params import Id
from actiondesk.core.schemas import RelatedNames
from actiondesk.core.scoping import get_visible_or_404, require_role
from actiondesk.core.versioning import etag, if_match_version
from actiondesk.orders import selectors, services
from actiondesk.orders.choices import OrderPriority, OrderSourceKind
from actiondesk.orders.filters import OrderFilterSet
from actiondesk.orders.models import Order
from actiondesk.org.choices import Role
from actiondesk.org.models import Department, Zone

router = Router(tags=["orders"])
OrderQuery = filter_schema(OrderFilterSet)


class ReplyOut(RelatedNames):
    id: int
    department: str
    text: str
    author: str
    created_at: datetime.datetime
    attachments: list[str]

    @staticmethod
    def resolve_author(obj):
        return obj.author_name

    @staticmethod
    def resolve_attachments(obj):
        return [a.original_name for a in obj.attachments.all()]


class OrderOut(Schema):
    id: int
    version: int
    subject: str
    instruction: str
    source_kind: str
    source_label: str
    departments: list[str]
    responsible: str | None
    due_on: datetime.date
    priority: str
    state: str
    state_label: str
    created_by: str
    created_at: datetime.datetime
    closed_at: datetime.datetime | None
    send_back_reason: str

    @staticmethod
    def resolve_departments(obj):
        return [d.name for d in obj.departments.all()]

    @staticmethod
    def resolve_responsible(obj):
        return (obj.responsible.get_full_name() or obj.responsible.username) if obj.responsible_id else None

    @staticmethod
    def resolve_state_label(obj):
        return str(obj.get_state_display())

    @staticmethod
    def resolve_created_by(obj):
        return obj.created_by_name


class OrderDetailOut(OrderOut):
    replies: list[ReplyOut]

    @staticmethod
    def resolve_replies(obj):
        return getattr(obj, "replies_list", [])


class OrderIn(Schema):
    subject: str
    instruction: str
    department_ids: list[Id]
    due_on: datetime.date
    priority: OrderPriority = OrderPriority.NORMAL
    source_kind: OrderSourceKind = OrderSourceKind.OFFICE
    source_label: str = ""


class ReplyIn(Schema):
    text: str


class CloseIn(Schema):
    note: str = ""


class SendBackIn(Schema):
    reason: str


def _order(request, order_id) -> Order:
    return get_visible_or_404(Order.objects.select_related("responsible"), request.user, pk=order_id)


@router.get("/", response=list[OrderOut], summary="督办单列表（与页面和台账导出相同的筛选）")
def list_orders(request, filters: Query[OrderQuery], paging: Query[Paging]):
    require_role(request.user, *Role.values)
    qs = filtered(OrderFilterSet, filters.dict(exclude_none=True), selectors.orders_visible(request.user),
                  request=request)
    return list(paging.slice(selectors.order_list(qs)))


@router.get("/{order_id}", response=OrderDetailOut, summary="督办单详情（含落实情况）")
def get_order(request, order_id: Id, response: HttpResponse):
    order = _order(request, order_id)
    response["ETag"] = etag(order)
    return _with_replies(order, request)


def _with_replies(order, request):
    order.replies_list = selectors.replies_visible(order, request.user)
    return order


@router.post("/", response={201: OrderDetailOut}, summary="交办督办单（领导、督查室、管理员）")
def create_order(request, payload: OrderIn):
    access = require_role(request.user, *services.RAISERS)
    departments = list(Department.objects.filter(zone_id=access.zone_id, pk__in=payload.department_ids))
    if len(departments) != len(set(payload.department_ids)):
        raise ValidationError({"department_ids": "承办部门不存在或不属于本示范区"})
    order = services.raise_order(acting_user=request.user, zone=Zone.objects.get(pk=access.zone_id),
                                 subject=payload.subject, instruction=payload.instruction, departments=departments,
                                 due_on=payload.due_on, priority=payload.priority, source_kind=payload.source_kind,
                                 source_label=payload.source_label)
    return Status(201, _with_replies(order, request))


@router.post("/{order_id}/replies", response={201: OrderDetailOut}, summary="回复落实情况（承办部门；附件请在页面上传）")
def reply(request, order_id: Id, payload: ReplyIn):
    order = _order(request, order_id)
    services.reply_order(acting_user=request.user, order=order, text=payload.text,
                         expected_version=if_match_version(request))
    order = _order(request, order_id)
    return Status(201, _with_replies(order, request))


@router.post("/{order_id}/close", response=OrderDetailOut, summary="办结（督查室、管理员）")
def close(request, order_id: Id, payload: CloseIn):
    order = services.close_order(acting_user=request.user, order=_order(request, order_id), note=payload.note,
                                 expected_version=if_match_version(request))
    return _with_replies(order, request)


@router.post("/{order_id}/send-back", response=OrderDetailOut, summary="退回重办（督查室、管理员）")
def send_back(request, order_id: Id, payload: SendBackIn):
    order = services.send_back_order(acting_user=request.user, order=_order(request, order_id),
                                     reason=payload.reason, expected_version=if_match_version(request))
    return _with_replies(order, request)
