from actiondesk.core.import_command import ImportCommand
from actiondesk.core.scoping import SYSTEM
from actiondesk.transformation import services


class Command(ImportCommand):
    help = "导入评估诊断、智改数转项目和工厂评级 .xlsx（与页面上的导入相同）：逐行校验，有任何错误则全部不写入。"

    def run(self, zone, data: bytes, file_name: str):
        # The command line acts as the operator: no user, the audit entry names the file.
        return services.transformation_import(zone=zone, acting_user=SYSTEM, data=data, file_name=file_name)
