from actiondesk.core.import_command import ImportCommand
from actiondesk.core.scoping import SYSTEM
from actiondesk.parks.services_import import parks_import


class Command(ImportCommand):
    help = "导入园区名录和地块 .xlsx（“园区”“地块”两张工作表，与页面上的导入相同）：逐行校验，有任何错误则全部不写入。"

    def run(self, zone, data: bytes, file_name: str):
        # The command line acts as the operator: no user, the audit entry names the file.
        return parks_import(zone=zone, acting_user=SYSTEM, data=data, file_name=file_name)
