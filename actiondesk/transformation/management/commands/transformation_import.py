import json
from pathlib import Path

from django.core.management.base import BaseCommand

from actiondesk.core.commands import BadInput
from actiondesk.core.scoping import SYSTEM
from actiondesk.core.spreadsheets import SheetFileError
from actiondesk.org.models import Zone
from actiondesk.transformation import services


class Command(BaseCommand):
    help = "导入评估诊断、智改数转项目和工厂评级 .xlsx（与页面上的导入相同）：逐行校验，有任何错误则全部不写入。"

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--zone", help="示范区名称（默认：第一个示范区）")
        parser.add_argument("--json", action="store_true", help="输出 JSON")

    def handle(self, *args, file, zone=None, json=False, **options):
        path = Path(file)
        if not path.is_file():
            raise BadInput(f"文件不存在：{file}")
        zone_obj = Zone.objects.filter(name=zone).first() if zone else Zone.objects.order_by("pk").first()
        if zone_obj is None:
            raise BadInput(f"没有这个示范区：{zone or '（无）'}")
        try:
            # The command line acts as the operator: no user, the audit entry names the file.
            reading = services.transformation_import(zone=zone_obj, acting_user=SYSTEM, data=path.read_bytes(),
                                                     file_name=path.name)
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
        counts = {sheet: len(rows) for sheet, rows in reading.rows.items()}
        if json:
            self.stdout.write(_dumps({"ok": True, "rows": reading.count, **counts}))
        else:
            self.stdout.write(f"已导入 {reading.count} 行：" + "，".join(f"{k} {v}" for k, v in counts.items()))


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, default=str)
