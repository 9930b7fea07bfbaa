import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from actiondesk.core.commands import BadInput
from actiondesk.core.scoping import SYSTEM
from actiondesk.enterprises.imports.service import BadFile, enterprises_import
from actiondesk.org.services import zone_get_or_create

STEPS = {"read": "读取文件", "validate": "逐行校验", "write": "写入数据库", "done": "完成"}


class Command(BaseCommand):
    help = "从 .xlsx 导入企业梯度培育库（按统一社会信用代码新增或更新）；有任何错误行则不写入。"

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--zone", default=None, help="示范区名称（默认为配置的默认示范区）")
        parser.add_argument("--json", action="store_true", help="输出 JSON 结果")

    def handle(self, *args, file, zone=None, json=False, **options):
        path = Path(file)
        if not path.is_file():
            raise BadInput(f"文件不存在：{file}")
        zone_obj = zone_get_or_create(name=zone or settings.ACTIONDESK_DEFAULT_ZONE)
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      disable=json, transient=True) as progress:
            task = progress.add_task("导入", total=None)

            def report(step, done, total):
                progress.update(task, completed=done, total=total or None, description=STEPS.get(step, step))

            try:
                result = enterprises_import(zone=zone_obj, data=path.read_bytes(), file_name=path.name, actor=SYSTEM,  # the CLI
                                            progress=report)
            except BadFile as exc:
                raise BadInput(str(exc)) from exc
        if json:
            self.stdout.write(_dumps(result.as_dict()))
        elif result.ok:
            s = result.summary
            self.stdout.write(f"已导入 {path.name}：新增 {s['created']} 家，更新 {s['updated']} 家，"
                              f"未变 {s['unchanged']} 家")
        else:
            for e in result.errors:
                self.stderr.write(f"第{e.row}行 [{e.column}] “{e.value}”：{e.reason}")
        if not result.ok:
            raise BadInput(f"{len(result.errors)} 处错误，未写入任何数据")


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)
