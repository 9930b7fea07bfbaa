from django.core.exceptions import ValidationError

from actiondesk.core.commands import BadInput
from actiondesk.core.import_command import ImportCommand, Imported
from actiondesk.core.scoping import SYSTEM
from actiondesk.innovation import services, spreadsheets


class Command(ImportCommand):
    help = "导入技术合同登记 .xlsx（与页面上的导入相同，按合同编号新增或更新）：逐行校验，有任何错误则全部不写入。"
    configured_zone = True
    show_progress = True

    def run(self, zone, data: bytes, file_name: str):
        reading = spreadsheets.read_contracts(data, file_name=file_name)
        if reading.errors:
            return Imported(errors=reading.errors)
        if not reading.rows:
            raise BadInput("文件中没有填写任何技术合同")
        count = len(reading.rows)
        self.step("写入数据库", total=count)
        try:
            # The command line acts as the operator: no user, the audit entry names the file.
            result = services.contracts_import_save(zone=zone, rows=reading.rows, acting_user=SYSTEM,
                                                    file_name=reading.file_name, sha256=reading.sha256)
        except ValidationError as exc:
            raise BadInput("；".join(exc.messages)) from exc
        self.step("写入数据库", total=count, completed=count)
        return Imported(count=count, summary=result)

    def done_line(self, reading, file_name: str) -> str:
        summary = reading.summary
        return (f"已导入 {file_name} {reading.count} 行：新增 {summary['created']}，更新 {summary['updated']}，"
                f"未变 {summary['unchanged']}")
