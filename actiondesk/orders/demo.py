"""Demo data: 督办单 in every state — the leader's 批示 on the lagging task carried to its lead department (replied,
awaiting the office), meeting decisions and office orders pending, in progress, closed on time and late, one sent
back, one overdue (reminded and escalated to the leader). Synthetic, made through the services."""
import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from actiondesk.core.scoping import SYSTEM
from actiondesk.orders import services
from actiondesk.orders.choices import OrderPriority, OrderSourceKind
from actiondesk.orders.models import Order
from actiondesk.org.models import Membership
from actiondesk.plans.models import Task
from actiondesk.supervision.models import Comment

DEMO_ORDER = 95  # after supervision (90): the leader's 批示 exists by then


def _at(day: datetime.date, hour: int = 10):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def _staff(zone) -> dict:
    users = {}
    for m in Membership.objects.filter(zone=zone, department__isnull=False).select_related(
            "user", "department").order_by("pk"):
        users.setdefault(m.department_id, m.user)
    return users


def generate(*, zone, plan, today: datetime.date) -> dict:
    User = get_user_model()
    leader, supervisor = User.objects.filter(username="leader").first(), User.objects.filter(username="supervisor").first()
    staff = _staff(zone)
    if not (leader and supervisor and staff):
        return {"orders": 0}
    tasks = list(Task.objects.filter(plan=plan).prefetch_related("lead_departments").order_by("position"))
    lead_of = {t.pk: [d for d in t.lead_departments.all() if d.pk in staff] for t in tasks}
    tasks = [t for t in tasks if lead_of[t.pk]]
    days = datetime.timedelta

    def order(task, subject, *, by=supervisor, kind=OrderSourceKind.OFFICE, label="", due, created,
              priority=OrderPriority.NORMAL, source=None):
        departments = lead_of[task.pk][:1]
        made = services.raise_order(acting_user=by, zone=zone, subject=subject, departments=departments,
                                    instruction=f"请{departments[0].name}于{due:%m月%d日}前书面报送落实情况。",
                                    responsible=staff[departments[0].pk], due_on=due, priority=priority,
                                    source=source or task, source_kind=kind, source_label=label)
        Order.objects.filter(pk=made.pk).update(created_at=_at(created))
        return made, staff[departments[0].pk]

    def reply(made, user, text, on):
        services.reply_order(acting_user=user, order=made, text=text)
        Order.objects.filter(pk=made.pk).update(replied_at=_at(on, 16), accepted_at=_at(on - days(2)))

    made = []
    comment = Comment.objects.filter(plan=plan, author=leader, task__isnull=False).select_related("task").first()
    if comment and lead_of.get(comment.task_id):
        o, user = order(comment.task, f"落实领导批示：任务{comment.task.number} {comment.task.title}"[:200], by=leader,
                        kind=OrderSourceKind.LEADER, due=today + days(10), created=today - days(5),
                        priority=OrderPriority.URGENT, source=comment)
        reply(o, user, "已召开专题调度会，制定赶超措施，明确每月进度节点，下月调度会专题汇报。", today - days(1))
        made.append(o)
    pick = iter(tasks[i % len(tasks)] for i in range(3, 3 + 7))
    # 待签收: an office order just raised
    o, _user = order(next(pick), "报送三季度重点项目推进问题清单", due=today + days(12), created=today - days(1))
    made.append(o)
    # 办理中: a meeting decision taken on
    o, user = order(next(pick), "落实第三次调度会议定事项：加快要素保障", kind=OrderSourceKind.MEETING,
                    label="10月调度会会议纪要第2项", due=today + days(20), created=today - days(8))
    services.accept_order(acting_user=user, order=o)
    made.append(o)
    # 已办结, on time
    o, user = order(next(pick), "报送产业链图谱编制进展", due=today - days(30), created=today - days(50))
    reply(o, user, "产业链图谱初稿已完成并报送督查室。", today - days(33))
    services.close_order(acting_user=supervisor, order=o, note="材料齐全")
    Order.objects.filter(pk=o.pk).update(closed_at=_at(today - days(31)))
    made.append(o)
    # 已办结, late
    o, user = order(next(pick), "补报风险补偿资金池设立方案", priority=OrderPriority.URGENT, due=today - days(40),
                    created=today - days(60))
    reply(o, user, "方案已经管委会审议通过，现补报。", today - days(35))
    services.close_order(acting_user=supervisor, order=o)
    Order.objects.filter(pk=o.pk).update(closed_at=_at(today - days(34)))
    made.append(o)
    # 退回: the reply did not settle it
    o, user = order(next(pick), "说明签约项目开工率偏低原因", due=today + days(5), created=today - days(15))
    reply(o, user, "已督促企业加快开工。", today - days(3))
    services.send_back_order(acting_user=supervisor, order=o, reason="未列明未开工项目清单和开工时间，请补充")
    made.append(o)
    # overdue, not yet answered: reminded and escalated below
    o, _user = order(next(pick), "报送场景应用指南编制情况", kind=OrderSourceKind.MEETING, label="9月调度会会议纪要第4项",
                     priority=OrderPriority.CRITICAL, due=today - days(12), created=today - days(30))
    made.append(o)
    reminded = services.orders_remind(acting_user=SYSTEM, zone=zone, today=today)
    return {"orders": len(made), "reminded": len(reminded["reminded"]), "escalated": len(reminded["escalated"])}


def load_demo(*, zone, plan, console) -> str:
    result = generate(zone=zone, plan=plan, today=timezone.localdate())
    return f"督办：{result['orders']} 件督办单（各状态齐全），催办 {result.get('reminded', 0)} 件"
