from django.core.exceptions import ValidationError

from actiondesk.chains import services
from actiondesk.chains.models import Chain
from actiondesk.chains.outputs import read_outputs
from actiondesk.core.commands import BadInput
from actiondesk.core.import_command import ImportCommand, Imported
from actiondesk.core.scoping import SYSTEM


class Command(ImportCommand):
    help = "导入产业链企业月度产值 .xlsx（与页面上的导入相同）：逐行校验，有任何错误则全部不写入。"

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument("--chain", required=True, help="产业链名称")

    def handle(self, *args, chain, **options):
        self.chain_name = chain
        return super().handle(*args, **options)

    def run(self, zone, data: bytes, file_name: str):
        chain = Chain.objects.filter(zone=zone, name=self.chain_name).first()
        if chain is None:
            raise BadInput(f"没有这条产业链：{self.chain_name}")
        reading = read_outputs(data, chain=chain, file_name=file_name)
        if reading.errors:
            return Imported(errors=reading.errors)
        if not reading.rows:
            raise BadInput("文件中没有填写任何产值")
        try:
            # The command line acts as the operator: no user, the audit entry names the file.
            result = services.chain_outputs_save(chain=chain, rows=reading.rows, acting_user=SYSTEM,
                                                 file_name=reading.file_name, sha256=reading.sha256)
        except ValidationError as exc:
            raise BadInput("；".join(exc.messages)) from exc
        return Imported(count=len(reading.rows), summary=result)

    def done_line(self, reading, file_name: str) -> str:
        return f"已导入 {reading.count} 行：新增 {reading.summary['created']}，修改 {reading.summary['updated']}"
