import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand

from actiondesk.chains import services
from actiondesk.chains.models import Chain
from actiondesk.chains.outputs import read_outputs
from actiondesk.core.commands import BadInput
from actiondesk.core.scoping import SYSTEM
from actiondesk.core.spreadsheets import SheetFileError
from actiondesk.org.models import Zone


class Command(BaseCommand):
    help = "导入产业链企业月度产值 .xlsx（与页面上的导入相同）：逐行校验，有任何错误则全部不写入。"

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--chain", required=True, help="产业链名称")
        parser.add_argument("--zone", help="示范区名称（默认：第一个示范区）")
        parser.add_argument("--json", action="store_true", help="输出 JSON")

    def handle(self, *args, file, chain, zone=None, json=False, **options):
        path = Path(file)
        if not path.is_file():
            raise BadInput(f"文件不存在：{file}")
        zone_obj = Zone.objects.filter(name=zone).first() if zone else Zone.objects.order_by("pk").first()
        chain_obj = Chain.objects.filter(zone=zone_obj, name=chain).first() if zone_obj else None
        if chain_obj is None:
            raise BadInput(f"没有这条产业链：{chain}")
        try:
            reading = read_outputs(path.read_bytes(), chain=chain_obj, file_name=path.name)
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
            raise BadInput("文件中没有填写任何产值")
        try:
            # The command line acts as the operator: no user, the audit entry names the file.
            result = services.chain_outputs_save(chain=chain_obj, rows=reading.rows, acting_user=SYSTEM,
                                                 file_name=reading.file_name, sha256=reading.sha256)
        except ValidationError as exc:
            raise BadInput("；".join(exc.messages)) from exc
        if json:
            self.stdout.write(_dumps({"ok": True, "rows": len(reading.rows), **result}))
        else:
            self.stdout.write(f"已导入 {len(reading.rows)} 行：新增 {result['created']}，修改 {result['updated']}")


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, default=str)
