"""``actiondesk remind``: e-mail each department its overdue reports; escalate long-overdue ones to supervisors."""
import datetime
import json

from django.core.management.base import BaseCommand
from django.utils import timezone

from actiondesk.core.commands import BadInput
from actiondesk.supervision.reminders import plans_with_periods, reminders_send


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
        result = reminders_send(plans=plans_with_periods(), day=day, escalate_after=escalate_after,
                                dry_run=dry_run)
        if json:
            self.stdout.write(_dumps(result))
        else:
            for item in result["departments"]:
                periods = "、".join(f"{o['period']}（逾期{o['days_overdue']}天）" for o in item["overdue"])
                self.stdout.write(f"{item['department']}：{periods}")
            self.stdout.write(f"升级 {len(result['escalated'])} 项，发送邮件 {result['emails_sent']} 封")


def _dumps(data):
    return json.dumps(data, ensure_ascii=False, indent=2)
