import json
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from actiondesk.core.commands import BadInput
from actiondesk.core.scoping import SYSTEM
from actiondesk.core.spreadsheets import SheetFileError
from actiondesk.innovation import services, spreadsheets
from actiondesk.org.models import Zone


class Command(BaseCommand):
    help = "导入技术合同登记 .xlsx（与页面上的导入相同，按合同编号新增或更新）：逐行校验，有任何错误则全部不写入。"

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--zone", help="示范区名称（默认为配置的默认示范区）")
        parser.add_argument("--json", action="store_true", help="输出 JSON")

    def handle(self, *args, file, zone=None, json=False, **options):
        path = Path(file)
        if not path.is_file():
            raise BadInput(f"文件不存在：{file}")
        zone_obj = Zone.objects.filter(name=zone or settings.ACTIONDESK_DEFAULT_ZONE).first()
        if zone_obj is None:
            raise BadInput(f"没有这个示范区：{zone or settings.ACTIONDESK_DEFAULT_ZONE}")
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      disable=json, transient=True) as progress:
            task = progress.add_task("读取并逐行校验", total=None)
            try:
                reading = spreadsheets.read_contracts(path.read_bytes(), file_name=path.name)
            except SheetFileError as exc:
                raise BadInput(str(exc)) from exc
            if reading.errors:
                errors = [e.as_dict() for e in reading.errors]
                if json:
                    self.stdout.write(_dumps({"ok": False, "errors": errors}))
                else:
                    for e in errors:
                        self.stderr.write(f"第{e['row']}行 {e['column']}「{e['value']}」：{e['reason']}")
                raise BadInput(f"有 {len(errors)} 处错误，未写入任何数据")
            if not reading.rows:
                raise BadInput("文件中没有填写任何技术合同")
            progress.update(task, description="写入数据库", completed=0, total=len(reading.rows))
            try:
                # The command line acts as the operator: no user, the audit entry names the file.
                result = services.contracts_import_save(zone=zone_obj, rows=reading.rows, acting_user=SYSTEM,
                                                        file_name=reading.file_name, sha256=reading.sha256)
            except ValidationError as exc:
                raise BadInput("；".join(exc.messages)) from exc
            progress.update(task, completed=len(reading.rows))
        if json:
            self.stdout.write(_dumps({"ok": True, "rows": len(reading.rows), **result}))
        else:
            self.stdout.write(f"已导入 {path.name} {len(reading.rows)} 行：新增 {result['created']}，"
                              f"更新 {result['updated']}，未变 {result['unchanged']}")


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, default=str)
