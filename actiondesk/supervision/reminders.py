"""Reminders: e-mail each department its overdue reports; escalate long-overdue ones to the supervision office.

Run by ``actiondesk remind`` and by the scheduled ``supervision.remind`` job every morning.
"""
import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils.translation import gettext_noop

from actiondesk.core.models import NotificationKind
from actiondesk.core.notifications import Message, notify
from actiondesk.core.scoping import SYSTEM
from actiondesk.org.choices import Role
from actiondesk.org.models import Membership
from actiondesk.plans.models import Plan
from actiondesk.supervision.models import ReportingPeriod
from actiondesk.supervision.selectors import plan_board, plan_settings


def _emails(**filters) -> list[str]:
    return sorted({e for e in Membership.objects.filter(user__is_active=True, **filters).exclude(
        user__email="").values_list("user__email", flat=True)})


def plans_with_periods(zone_id: int | None = None):
    plans = Plan.objects.filter(pk__in=ReportingPeriod.objects.values("plan_id")).select_related("zone")
    return plans.filter(zone_id=zone_id) if zone_id is not None else plans


def reminders_send(*, plans, day: datetime.date, escalate_after: int | None = None, dry_run: bool = False) -> dict:
    """Send the reminders for ``plans`` as of ``day``; returns what was (or would be) sent."""
    result = {"today": day.isoformat(), "departments": [], "escalated": [], "emails_sent": 0, "due_soon": []}
    for plan in plans:
        _plan(plan, day, escalate_after, dry_run, result)
    return result


def _due_soon(plan, department, periods, day, dry_run, result):
    """The bell's "report due in N days" (``ACTIONDESK_REPORT_DUE_NOTICE_DAYS``), once, on that day."""
    notice = settings.ACTIONDESK_REPORT_DUE_NOTICE_DAYS
    for period in (p for p in periods if (p.due_date - day).days == notice):
        result["due_soon"].append({"department": department.name, "period": period.label,
                                   "due_date": period.due_date.isoformat()})
        if not dry_run:
            notify(acting_user=SYSTEM, departments=[department], kind=NotificationKind.REPORT_DUE,
                   text=Message(gettext_noop("%(period)s进度报告将于 %(due)s 截止（还有 %(days)s 天）"),
                                {"period": period.label_message, "due": period.due_date.isoformat(),
                                 "days": notice}),
                   url=reverse("supervision:report_edit", args=[period.pk]), target=period, zone=plan.zone)


def _plan(plan, day, escalate_after, dry_run, result):
    board = plan_board(plan, today=day)
    limit = escalate_after if escalate_after is not None else plan_settings(plan).escalate_after_days
    escalated = []
    for department_id, periods in board.outstanding.items():
        _due_soon(plan, board.departments[department_id], periods, day, dry_run, result)
        overdue = [p for p in periods if p.due_date < day]
        if not overdue:
            continue
        department = board.departments[department_id]
        items = [{"period": p.label, "code": p.code, "due_date": p.due_date.isoformat(),
                  "days_overdue": (day - p.due_date).days} for p in overdue]
        emails = _emails(zone_id=plan.zone_id, department_id=department_id)
        result["departments"].append({"plan": plan.title, "department": department.name, "emails": emails,
                                      "overdue": items})
        escalated += [{"department": department.name, **i} for i in items if i["days_overdue"] > limit]
        body = "\n".join(f"- {i['period']}：截止 {i['due_date']}，已逾期 {i['days_overdue']} 天" for i in items)
        if emails and not dry_run:
            send_mail(f"【督导提醒】{department.name}有{len(items)}期进度报告逾期未报送",
                      f"{department.name}：\n以下进度报告逾期未报送，请尽快登录产业行动督导平台填报：\n{body}\n",
                      settings.DEFAULT_FROM_EMAIL, emails)
            result["emails_sent"] += 1
    result["escalated"] += escalated
    supervisors = _emails(zone_id=plan.zone_id, role=Role.SUPERVISOR)
    if escalated and supervisors and not dry_run:
        body = "\n".join(f"- {e['department']} {e['period']}：逾期 {e['days_overdue']} 天" for e in escalated)
        send_mail(f"【督导升级】{len(escalated)}项进度报告逾期超过{limit}天",
                  f"以下事项逾期超过{limit}天，请督查室督办：\n{body}\n", settings.DEFAULT_FROM_EMAIL, supervisors)
        result["emails_sent"] += 1
