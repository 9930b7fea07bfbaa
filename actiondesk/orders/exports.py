"""The 督办单台账 (.xlsx) of any filtered list: one row per order, the latest reply beside it."""
from django.utils import timezone

from actiondesk.core.spreadsheets import xlsx_bytes

TITLE = "督办单台账"
HEADERS = ["编号", "督办事项", "督办要求", "来源", "来源说明", "承办部门", "责任人", "紧急程度", "办理时限", "状态",
           "交办人", "交办时间", "回复次数", "最近回复", "办结时间", "是否逾期"]


def order_rows(orders, today):
    for o in orders:
        replies = list(o.replies.all())
        yield [o.pk, o.subject, o.instruction, o.get_source_kind_display(), o.source_label,
               "、".join(d.name for d in o.departments.all()),
               (o.responsible.get_full_name() or o.responsible.username) if o.responsible_id else "",
               o.get_priority_display(), o.due_on, o.get_state_display(), o.created_by_name,
               timezone.localdate(o.created_at), len(replies), replies[-1].text if replies else "",
               timezone.localdate(o.closed_at) if o.closed_at else None, "是" if o.is_overdue(today) else ""]


def orders_export(orders, today) -> bytes:
    orders = orders.select_related("responsible").prefetch_related("departments", "replies")
    return xlsx_bytes(TITLE, HEADERS, order_rows(orders, today))
