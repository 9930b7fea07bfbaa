"""Reads of 督办单: the lists and panels (scoped), 我的批示, and the 督导考核 component (on-time closure)."""
import datetime
from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Prefetch, Q
from django.utils import timezone

from actiondesk.core.scoping import visible
from actiondesk.orders.choices import UNCLOSED_STATES, OrderState
from actiondesk.orders.models import Order, OrderReply
from actiondesk.plans.models import Task
from actiondesk.supervision.models import Comment

# Credit of one order in the on-time closure score (0–1): closed by its due date, closed late, still open past it.
ON_TIME_CREDIT, LATE_CREDIT, OVERDUE_CREDIT = 1.0, 0.5, 0.0


def order_credit(*, due_on: datetime.date, closed_on: datetime.date | None, today: datetime.date) -> float | None:
    """One order's credit, or None when it cannot be judged yet (open and not yet due)."""
    if closed_on is not None:
        return ON_TIME_CREDIT if closed_on <= due_on else LATE_CREDIT
    return OVERDUE_CREDIT if due_on < today else None


def department_scores(zone_id: int, start: datetime.date, end: datetime.date,
                      today: datetime.date | None = None) -> dict[int, float]:
    """督办单 on-time closure per assigned department, 0–100, over the orders due between ``start`` and ``end``.

    Each order counts for every department it is assigned to: 1 when closed (已办结) by its due date, 0.5 when
    closed late, 0 when still not closed after it; an order not yet due and not closed is not counted. The score
    is 100 × the mean credit. A department with no countable order is absent (the caller leaves the component
    out rather than scoring it 0 or 100)."""
    return department_scores_many(zone_id, [(start, end)], today=today)[0]


def department_scores_many(zone_id: int, periods: list[tuple[datetime.date, datetime.date]],
                           today: datetime.date | None = None) -> list[dict[int, float]]:
    """``department_scores`` for several (start, end) windows from ONE query over the orders due in any of them."""
    if not periods:
        return []
    today = today or timezone.localdate()
    first, last = min(p[0] for p in periods), max(p[1] for p in periods)
    rows = []
    for department_id, due_on, state, closed_at in Order.departments.through.objects.filter(
            order__zone_id=zone_id, order__due_on__gte=first, order__due_on__lte=last).values_list(
            "department_id", "order__due_on", "order__state", "order__closed_at"):
        closed_on = timezone.localdate(closed_at) if state == OrderState.CLOSED and closed_at else None
        rows.append((department_id, due_on, order_credit(due_on=due_on, closed_on=closed_on, today=today)))
    out = []
    for start, end in periods:
        credits: dict[int, list[float]] = defaultdict(list)
        for department_id, due_on, credit in rows:
            if credit is not None and start <= due_on <= end:
                credits[department_id].append(credit)
        out.append({department_id: round(100 * sum(values) / len(values), 1)
                    for department_id, values in credits.items()})
    return out


def orders_visible(user):
    """The orders ``user`` may see: a department its own, leaders, the office and admins all of the zone."""
    return visible(Order.objects.all(), user)


def order_list(qs):
    return qs.select_related("responsible").prefetch_related("departments").order_by("-created_at", "-pk")


def replies_visible(order, user) -> list[OrderReply]:
    return list(visible(OrderReply.objects.filter(order=order), user).select_related("department")
                .prefetch_related("attachments"))


def orders_about(obj, user):
    """The orders whose source is ``obj`` (a task, indicator, project …), with their replies, newest first."""
    source_type = ContentType.objects.get_for_model(type(obj))
    orders = list(order_list(orders_visible(user).filter(source_type=source_type, source_id=obj.pk))
                  .select_related("comment").prefetch_related(
                      Prefetch("replies", queryset=OrderReply.objects.select_related("department")
                               .prefetch_related("attachments"))))
    return orders


def my_comments(user) -> list[dict]:
    """我的批示: every 批示 the user wrote (and every order they raised without one) with its orders' replies and
    states, newest first."""
    comments = list(visible(Comment.objects.filter(author_id=user.pk), user).select_related("task", "indicator"))
    orders = list(order_list(orders_visible(user).filter(Q(comment__in=[c.pk for c in comments])
                                                         | Q(created_by_id=user.pk)))
                  .prefetch_related(Prefetch("replies", queryset=OrderReply.objects.select_related("department")
                                             .prefetch_related("attachments"))))
    by_comment = defaultdict(list)
    for order in orders:
        by_comment[order.comment_id].append(order)
    rows = [{"comment": c, "at": c.created_at, "orders": by_comment.get(c.pk, [])} for c in comments]
    rows += [{"comment": None, "at": o.created_at, "orders": [o]} for o in by_comment.get(None, [])]
    return sorted(rows, key=lambda r: r["at"], reverse=True)


def state_counts(qs) -> list[tuple[str, str, int]]:
    """[(state, label, count)] in workflow order, zeros included."""
    counts = dict(qs.order_by().values_list("state").annotate(n=Count("pk")))
    return [(state, label, counts.get(state, 0)) for state, label in OrderState.choices]


def open_orders_by_task(user, zone_id: int, task_ids) -> dict[int, int]:
    """{task id: orders not yet closed about it that ``user`` may see}, in one query (the battle map shows it)."""
    meta = Task._meta  # the content type by join, not a query of its own
    rows = (orders_visible(user).filter(zone_id=zone_id, source_type__app_label=meta.app_label,
                                        source_type__model=meta.model_name, source_id__in=list(task_ids),
                                        state__in=UNCLOSED_STATES)
            .order_by().values_list("source_id").annotate(n=Count("pk")))
    return dict(rows)
