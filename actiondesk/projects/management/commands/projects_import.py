import json
from pathlib import Path

from django.core.management.base import BaseCommand
from django.utils import timezone
from rich.console import Console
from rich.progress import Progress

from actiondesk.core.commands import BadInput
from actiondesk.core.scoping import SYSTEM
from actiondesk.core.spreadsheets import SheetFileError
from actiondesk.org.models import Zone
from actiondesk.projects.imports import ledger_import, ledger_validate


class Command(BaseCommand):
    help = "导入项目台账 .xlsx：逐行校验，有任何错误则全部不写入；按项目编号新增或更新。"

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--zone", help="示范区名称（默认：唯一的或第一个示范区）")
        parser.add_argument("--year", type=int, help="台账年度（月度完成投资、年度计划所属年度），默认今年")
        parser.add_argument("--json", action="store_true", help="输出 JSON")

    def handle(self, *args, file, zone=None, year=None, json=False, **options):
        path = Path(file)
        if not path.is_file():
            raise BadInput(f"文件不存在：{file}")
        zone_obj = Zone.objects.filter(name=zone).first() if zone else Zone.objects.order_by("pk").first()
        if zone_obj is None:
            raise BadInput(f"没有示范区：{zone or '（空库）'}")
        year = year or timezone.localdate().year
        try:
            reading = ledger_validate(path.read_bytes(), zone=zone_obj, file_name=path.name, year=year)
        except SheetFileError as exc:
            raise BadInput(str(exc)) from exc
        if reading.errors:
            return self._report_errors(reading, json)
        console = Console(stderr=True)
        with Progress(console=console, disable=json) as progress:
            task = progress.add_task("导入项目台账", total=len(reading.records))
            # The CLI runs as the platform operator: no platform user is acting.
            result = ledger_import(reading=reading, zone=zone_obj, acting_user=SYSTEM,
                                   progress=lambda: progress.advance(task))
        if json:
            self.stdout.write(_dumps({"ok": True, **result}))
        else:
            needs, problems = result["factor_needs"], result["problems"]
            self.stdout.write(f"已导入 {result['rows']} 行：新增 {result['created']}，更新 {result['updated']}；"
                              f"要素保障新增 {needs['created']}、更新 {needs['updated']}；"
                              f"存在问题新增 {problems['created']}、更新 {problems['updated']}")

    def _report_errors(self, reading, as_json):
        errors = [e.as_dict() for e in reading.errors]
        if as_json:
            self.stdout.write(_dumps({"ok": False, "errors": errors}))
        else:
            for e in errors:
                self.stderr.write(f"第{e['row']}行 {e['column']}「{e['value']}」：{e['reason']}")
        raise BadInput(f"台账有 {len(errors)} 处错误，未写入任何数据")


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, default=str)
