"""``actiondesk remind``: e-mail each department its overdue reports; escalate long-overdue ones to supervisors."""
import datetime
import json

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.utils import timezone

from actiondesk.core.commands import BadInput
from actiondesk.org.choices import Role
from actiondesk.org.models import Membership
from actiondesk.plans.models import Plan
from actiondesk.supervision.models import ReportingPeriod
from actiondesk.supervision.selectors import plan_board, plan_settings


def _emails(**filters) -> list[str]:
    return sorted({e for e in Membership.objects.filter(user__is_active=True, **filters).exclude(
        user__email="").values_list("user__email", flat=True)})


class Command(BaseCommand):
    help = "向部门发送逾期未报送提醒，逾期超过 N 天的事项升级报督查室。"

    def add_arguments(self, parser):
        parser.add_argument("--escalate-after", type=int, help="逾期超过多少天升级（默认取方案设置，10天）")
        parser.add_argument("--today", help="按指定日期计算（YYYY-MM-DD），默认今天")
        parser.add_argument("--dry-run", action="store_true", help="只列出，不发邮件")
        parser.add_argument("--json", action="store_true", help="输出机器可读结果")

    def handle(self, *args, escalate_after=None, today=None, dry_run=False, json=False, **options):
        if escalate_after is not None and escalate_after < 0:
            raise BadInput("--escalate-after 不能为负数")
        try:
            day = datetime.date.fromisoformat(today) if today else timezone.localdate()
        except ValueError:
            raise BadInput(f"日期格式应为 YYYY-MM-DD：{today}")
        plans = Plan.objects.filter(pk__in=ReportingPeriod.objects.values("plan_id")).select_related("zone")
        result = {"today": day.isoformat(), "departments": [], "escalated": [], "emails_sent": 0}
        for plan in plans:
            self._plan(plan, day, escalate_after, dry_run, result)
        if json:
            self.stdout.write(_dumps(result))
        else:
            for item in result["departments"]:
                periods = "、".join(f"{o['period']}（逾期{o['days_overdue']}天）" for o in item["overdue"])
                self.stdout.write(f"{item['department']}：{periods}")
            self.stdout.write(f"升级 {len(result['escalated'])} 项，发送邮件 {result['emails_sent']} 封")

    def _plan(self, plan, day, escalate_after, dry_run, result):
        board = plan_board(plan, today=day)
        limit = escalate_after if escalate_after is not None else plan_settings(plan).escalate_after_days
        escalated = []
        for department_id, periods in board.outstanding.items():
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


def _dumps(data):
    return json.dumps(data, ensure_ascii=False, indent=2)
