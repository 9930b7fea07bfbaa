import subprocess
import sys

from django.core.management import call_command
from django.core.management.base import BaseCommand
from rich.console import Console
from rich.table import Table

from actiondesk.demo import DEMO_PASSWORD, load_demo


class Command(BaseCommand):
    help = ("迁移数据库、导入共享行动方案、生成演示数据并创建演示账号，然后启动服务（granian）和一个后台任务工作进程"
            "（--no-serve 不启动）。")

    def add_arguments(self, parser):
        parser.add_argument("--no-serve", action="store_true", help="只准备数据，不启动服务")
        parser.add_argument("--addr", default="127.0.0.1:8000")
        parser.add_argument("--workers", type=int, default=None, help="服务进程数（默认：CPU 核数）")

    def handle(self, *args, no_serve=False, addr="127.0.0.1:8000", workers=None, **options):
        console = Console()
        call_command("migrate", verbosity=0, interactive=False)
        result = load_demo(console=console)
        for label, summary in result["summaries"].items():
            console.print(f"[green]✓[/green] {label}: {summary}")
        table = Table(title=f"演示账号（密码均为 {DEMO_PASSWORD}）")
        for column in ("用户名", "角色", "部门"):
            table.add_column(column)
        for row in result["users"]:
            table.add_row(*(str(cell) for cell in row))
        console.print(table)
        console.print(f"方案：{result['plan'].title}  ·  演示数据已加载（页面顶部显示“演示数据”）")
        if not no_serve:
            # The demo is the real thing: granian serves, a task worker runs imports and refreshes beside it.
            worker = subprocess.Popen([sys.executable, "-m", "actiondesk.cli", "worker"])
            try:
                call_command("serve", addr=addr, workers=workers)
            finally:
                worker.terminate()
                worker.wait(timeout=30)
