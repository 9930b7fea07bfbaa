from actiondesk.core.import_command import ImportCommand
from actiondesk.core.scoping import SYSTEM
from actiondesk.investment.services_import import leads_import


class Command(ImportCommand):
    help = "导入招商线索 .xlsx（与页面上的导入相同）：逐行校验，有任何错误则全部不写入。"

    def run(self, zone, data: bytes, file_name: str):
        # The command line acts as the operator: no user, the audit entry names the file.
        return leads_import(zone=zone, acting_user=SYSTEM, data=data, file_name=file_name)
