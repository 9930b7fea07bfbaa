"""``actiondesk worker [--batch] [--interval S]``: run queued jobs (imports, refreshes, reminders) from the database.

Several workers may run at once, on several machines against PostgreSQL; each claims a task with a row lock.
At start a worker fails the jobs of workers that died mid-job (they wrote nothing) so they can be retried.
"""
from django.core.management import call_command
from django.core.management.base import BaseCommand

from actiondesk.core.commands import BadInput
from actiondesk.core.jobs import jobs_recover, worker_name


class Command(BaseCommand):
    help = "运行后台任务工作进程（导入、刷新数据、提醒等）；可在多台机器上同时运行多个。"

    def add_arguments(self, parser):
        parser.add_argument("--batch", action="store_true", help="处理完队列中的任务后退出")
        parser.add_argument("--interval", type=float, default=1.0, help="队列为空时的轮询间隔秒数（默认 1）")
        parser.add_argument("--max-tasks", type=int, default=None, help="处理这么多个任务后退出")

    def handle(self, *args, batch=False, interval=1.0, max_tasks=None, verbosity=1, **options):
        if interval < 0 or (max_tasks is not None and max_tasks < 1):
            raise BadInput("--interval 不能为负数，--max-tasks 必须是正整数")
        recovered = jobs_recover()
        if recovered:
            self.stderr.write(f"已将 {len(recovered)} 个中断的任务标记为失败（可重试）：{recovered}")
        if verbosity:
            self.stdout.write(f"后台任务工作进程 {worker_name()} 已启动")
            self.stdout.flush()
        extra = {"max_tasks": max_tasks} if max_tasks else {}
        call_command("db_worker", batch=batch, interval=interval, reload=False, startup_delay=False,
                     worker_id=worker_name()[:64], verbosity=verbosity, **extra)
