import json
from pathlib import Path

from django.core.management.base import BaseCommand
from rich.console import Console
from rich.table import Table

from actiondesk.core.commands import BadInput, progress_bar
from actiondesk.plans.reader import PlanReadError, read_plan_file
from actiondesk.plans.reader_rules import target_rule_text, task_rule_text

GOLD_KEYS = ("title", "year", "goals", "programmes", "tasks", "targets", "safeguards", "departments")


STEPS = {"pages": "读取 PDF 页面", "scan": "识别扫描页文字", "parse": "识别任务、责任单位与指标"}


def read_or_exit(path: str, title: str | None = None, *, quiet: bool = False) -> dict:
    """Read a plan document (a bar on stderr counts a PDF's pages unless ``quiet``); any problem with the file
    becomes a one-line error and exit code 2."""
    file = Path(path)
    if not file.is_file():
        raise BadInput(f"找不到文件：{path}")
    try:
        with progress_bar("读取文件", disable=quiet) as update:
            return read_plan_file(file, title=title or None,
                                  progress=lambda step, done, total: update(STEPS.get(step, step), done, total))
    except PlanReadError as exc:
        raise BadInput(f"{file.name}: {exc}")


class Command(BaseCommand):
    help = "识别行动方案文件（.txt/.md/.docx/.doc/.odt/.rtf/.pdf/.ofd/.xlsx/.xls/.html，扫描件 .pdf/.jpg/.png/.tif 经图像识别），输出工程、任务、责任部门与指标。"

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--json", action="store_true", help="以 JSON 输出（与 gold 文件同一结构）")
        parser.add_argument("--title", help="指定方案标题（文件中没有标题行时）")
        parser.add_argument("--explain", action="store_true",
                            help="逐项列出任务与指标所依据的原文句子和识别规则（待确认的项加标记）")

    def handle(self, *args, file, json: bool = False, title=None, explain: bool = False, **options):
        reading = read_or_exit(file, title, quiet=json)
        if explain and not json:
            self.stdout.write(explanation(reading))
            return
        if json:
            self.stdout.write(_dumps({**{k: reading.get(k) for k in GOLD_KEYS},
                                      **{k: v for k, v in reading.items() if k not in GOLD_KEYS and k != "text"}}))
            return
        console = Console()
        console.print(f"[bold]{reading['title']}[/bold]{_year(reading)}")
        console.print(f"目标 {len(reading['goals'])} 项 · 工程 {len(reading['programmes'])} 个 · "
                      f"任务 {len(reading['tasks'])} 项 · 指标 {len(reading['targets'])} 处 · "
                      f"保障措施 {len(reading['safeguards'])} 项")
        table = Table("任务", "牵头", "配合")
        for task in reading["tasks"]:
            table.add_row(f"{task['number']}. {task['title']}", "、".join(task["lead"]), "、".join(task["support"]))
        console.print(table)


def _year(reading: dict) -> str:
    return f"（{reading['year']}）" if reading.get("year") else ""  # a plan that names no year shows none


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)


def explanation(reading: dict) -> str:
    """Per task and per target: what was read, the sentence it was read from, and the rule that decided."""
    unsure = "  [待确认]"
    lines = [f"{reading['title']}{_year(reading)}", "", f"任务 {len(reading['tasks'])} 项"]
    for task in reading["tasks"]:
        number = f"{task['number']}." if task["number"].isdigit() else task["number"]
        lines.append(f"{number} {task['title']}  牵头：{'、'.join(task['lead']) or '—'}；"
                     f"配合：{'、'.join(task['support']) or '—'}{unsure if task.get('unsure') else ''}")
        lines.append(f"    原文：{task.get('responsibility') or '（无责任单位表述）'}")
        lines.append(f"    规则：{task_rule_text(task.get('rule', 'none'))}")
    lines += ["", f"指标 {len(reading['targets'])} 处"]
    for target in reading["targets"]:
        value = "" if target["value"] is None else target["value"]
        upper = f"–{target['value_max']}" if target.get("value_max") is not None else ""
        year = f"（{target['year']}年）" if target.get("year") else ""  # a table's year column
        lines.append(f"[{target.get('task') or '目标'}] {target['text']}  → {target['comparator']} {value}{upper}"
                     f"{target.get('unit') or ''}{year}{unsure if target.get('unsure') else ''}")
        lines.append(f"    原文：{target.get('sentence', '')}")
        lines.append(f"    规则：{target_rule_text(target.get('rule', ''))}")
    return "\n".join(lines)
