from django.utils import timezone

from actiondesk.core.import_command import ImportCommand, Imported
from actiondesk.core.scoping import SYSTEM
from actiondesk.projects.imports import ledger_import, ledger_validate


class Command(ImportCommand):
    help = "导入项目台账 .xlsx：逐行校验，有任何错误则全部不写入；按项目编号新增或更新。"
    show_progress = True

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument("--year", type=int, help="台账年度（月度完成投资、年度计划所属年度），默认今年")

    def handle(self, *args, year=None, **options):
        self.year = year or timezone.localdate().year
        return super().handle(*args, **options)

    def run(self, zone, data: bytes, file_name: str):
        reading = ledger_validate(data, zone=zone, file_name=file_name, year=self.year)
        if reading.errors:
            return Imported(errors=reading.errors)
        count = len(reading.records)
        self.step("导入项目台账", total=count)
        # The CLI runs as the platform operator: no platform user is acting.
        result = ledger_import(reading=reading, zone=zone, acting_user=SYSTEM, progress=self.advance)
        rows = result.pop("rows")
        return Imported(count=rows, summary=result)

    def done_line(self, reading, file_name: str) -> str:
        summary = reading.summary
        needs, problems = summary["factor_needs"], summary["problems"]
        return (f"已导入 {reading.count} 行：新增 {summary['created']}，更新 {summary['updated']}；"
                f"要素保障新增 {needs['created']}、更新 {needs['updated']}；"
                f"存在问题新增 {problems['created']}、更新 {problems['updated']}")
