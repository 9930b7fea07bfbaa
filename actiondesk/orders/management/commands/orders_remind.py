"""``actiondesk orders remind``: the daily 催办 of overdue 督办单 and their escalation to the leader."""
import datetime
import json

from django.core.management.base import BaseCommand
from django.utils import timezone

from actiondesk.core.commands import BadInput
from actiondesk.core.scoping import SYSTEM
from actiondesk.orders.services import orders_remind
from actiondesk.org.models import Zone


class Command(BaseCommand):
    help = "催办逾期未办结的督办单（站内消息并按配置发邮件），逾期超过设定天数的升级报领导。"

    def add_arguments(self, parser):
        parser.add_argument("--zone", help="示范区名称（默认全部）")
        parser.add_argument("--today", help="按指定日期计算（YYYY-MM-DD），默认今天")
        parser.add_argument("--json", action="store_true", help="输出机器可读结果")

    def handle(self, *args, zone=None, today=None, json=False, **options):
        try:
            day = datetime.date.fromisoformat(today) if today else timezone.localdate()
        except ValueError:
            raise BadInput(f"日期格式应为 YYYY-MM-DD：{today}")
        zones = Zone.objects.filter(name=zone) if zone else Zone.objects.all()
        if zone and not zones.exists():
            raise BadInput(f"没有名为“{zone}”的示范区")
        # The platform's own daily run (cron or the scheduler): SYSTEM, as the report reminders.
        results = [{"zone": z.name, **orders_remind(acting_user=SYSTEM, zone=z, today=day)} for z in zones]
        if json:
            self.stdout.write(_dumps(results))
            return
        for result in results:
            self.stdout.write(f"{result['zone']}：催办 {len(result['reminded'])} 件，升级 {len(result['escalated'])} 件")


def _dumps(data):
    return json.dumps(data, ensure_ascii=False, indent=2)
