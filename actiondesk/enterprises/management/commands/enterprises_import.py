from actiondesk.core.import_command import ImportCommand, Imported
from actiondesk.core.scoping import SYSTEM
from actiondesk.enterprises.imports.service import enterprises_import

STEPS = {"read": "读取文件", "validate": "逐行校验", "write": "写入数据库", "done": "完成"}


class Command(ImportCommand):
    help = "从 .xlsx 导入企业梯度培育库（按统一社会信用代码新增或更新）；有任何错误行则不写入。"
    configured_zone = True
    show_progress = True

    def run(self, zone, data: bytes, file_name: str):
        # The CLI runs as the platform operator; the service reports (step, rows done, rows) every few thousand rows.
        result = enterprises_import(zone=zone, data=data, file_name=file_name, actor=SYSTEM, progress=self._report)
        if not result.ok:
            return Imported(errors=result.errors)
        # "previous" (the values each update replaced) is for the audit entry, not for the terminal.
        return Imported(count=result.rows, summary={k: v for k, v in result.summary.items() if k != "previous"})

    def _report(self, step: str, done: int, total: int) -> None:
        self.step(STEPS.get(step, step), total=total or None, completed=done)

    def done_line(self, reading, file_name: str) -> str:
        s = reading.summary
        return f"已导入 {file_name}：新增 {s['created']} 家，更新 {s['updated']} 家，未变 {s['unchanged']} 家"
