import json
from pathlib import Path

from django.core.management.base import BaseCommand
from rich.console import Console
from rich.table import Table

from actiondesk.core.commands import BadInput
from actiondesk.plans.reader import PlanReadError, read_plan_file

GOLD_KEYS = ("title", "year", "goals", "programmes", "tasks", "targets", "safeguards", "departments")


def read_or_exit(path: str, title: str | None = None) -> dict:
    """Read a plan document; any problem with the file becomes a one-line error and exit code 2."""
    file = Path(path)
    if not file.is_file():
        raise BadInput(f"找不到文件：{path}")
    try:
        return read_plan_file(file, title=title) if title else read_plan_file(file)
    except PlanReadError as exc:
        raise BadInput(f"{file.name}: {exc}")


class Command(BaseCommand):
    help = "识别行动方案文件（.txt/.md/.docx），输出工程、任务、责任部门与指标。"

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--json", action="store_true", help="以 JSON 输出（与 gold 文件同一结构）")
        parser.add_argument("--title", help="指定方案标题（文件中没有标题行时）")

    def handle(self, *args, file, json: bool = False, title=None, **options):
        reading = read_or_exit(file, title)
        if json:
            self.stdout.write(_dumps({**{k: reading.get(k) for k in GOLD_KEYS},
                                      **{k: v for k, v in reading.items() if k not in GOLD_KEYS and k != "text"}}))
            return
        console = Console()
        console.print(f"[bold]{reading['title']}[/bold]（{reading['year']}）")
        console.print(f"目标 {len(reading['goals'])} 项 · 工程 {len(reading['programmes'])} 个 · "
                      f"任务 {len(reading['tasks'])} 项 · 指标 {len(reading['targets'])} 处 · "
                      f"保障措施 {len(reading['safeguards'])} 项")
        table = Table("任务", "牵头", "配合")
        for task in reading["tasks"]:
            table.add_row(f"{task['number']}. {task['title']}", "、".join(task["lead"]), "、".join(task["support"]))
        console.print(table)


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)
