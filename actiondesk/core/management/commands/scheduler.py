"""``actiondesk scheduler [--once] [--json]``: enqueue periodic jobs by settings.ACTIONDESK_SCHEDULES.

Runs beside the workers (one is enough; a second one enqueues nothing twice). ``--once`` ticks once and exits,
for a cron or systemd timer instead of a long-running process.
"""
import json
import time

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import close_old_connections
from django.utils import timezone

from actiondesk.core.commands import BadInput
from actiondesk.core.scheduler import check_schedules, tick


class Command(BaseCommand):
    help = "按 settings.ACTIONDESK_SCHEDULES 定时把任务加入后台队列（提醒、刷新数据、开启报送周期）。"

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="只检查一次到期的计划，然后退出")
        parser.add_argument("--interval", type=float, default=30.0, help="检查间隔秒数（默认 30）")
        parser.add_argument("--json", action="store_true", help="输出机器可读结果")

    def handle(self, *args, once=False, interval=30.0, json=False, **options):
        problems = check_schedules(settings.ACTIONDESK_SCHEDULES)
        if problems:
            raise BadInput("定时计划有误：" + "；".join(problems))
        if interval <= 0:
            raise BadInput("--interval 必须大于 0")
        if not once:
            names = "、".join(s["name"] for s in settings.ACTIONDESK_SCHEDULES)
            self.stdout.write(f"定时计划已启动：{names}")
        while True:
            close_old_connections()
            due = tick()
            if json:
                self.stdout.write(_dumps({"at": timezone.now().isoformat(), "enqueued": due}))
            for name, job_ids in due.items():
                if not json:
                    self.stdout.write(f"{timezone.localtime():%Y-%m-%d %H:%M} {name}：加入队列 {len(job_ids)} 个任务")
            self.stdout.flush()
            if once:
                return
            time.sleep(interval)


def _dumps(data):
    return json.dumps(data, ensure_ascii=False)
