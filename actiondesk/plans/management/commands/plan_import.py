import json

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand

from actiondesk.core.commands import BadInput
from actiondesk.core.scoping import SYSTEM
from actiondesk.org.services import zone_get_or_create
from actiondesk.plans.management.commands.plan_parse import read_or_exit
from actiondesk.plans.services import plan_import_reading


class Command(BaseCommand):
    help = "识别并导入行动方案；重新导入修订后的文件会更新现有方案并列出变化。"

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--zone", default=None, help="示范区名称（默认为配置的默认示范区）")
        parser.add_argument("--title", help="指定方案标题")
        parser.add_argument("--json", action="store_true")

    def handle(self, *args, file, zone=None, title=None, json=False, **options):
        reading = read_or_exit(file, title, quiet=json)  # every problem with the file is reported before any write
        document = reading.pop("text", "") or ""
        zone_obj = zone_get_or_create(name=zone or settings.ACTIONDESK_DEFAULT_ZONE)
        try:
            result = plan_import_reading(zone=zone_obj, reading=reading, source_text=document,
                                         source_name=file.rsplit("/", 1)[-1], acting_user=SYSTEM)  # the CLI
        except ValidationError as exc:
            raise BadInput("; ".join(exc.messages))
        if json:
            self.stdout.write(_dumps({"plan_id": result.plan.pk, "title": result.plan.title,
                                      "created": result.created, "changes": result.changes}))
            return
        verb = "已导入" if result.created else "已更新"
        self.stdout.write(f"{verb}方案：{result.plan.title}（{len(result.changes)} 处变化）")
        for change in result.changes:
            self.stdout.write(f"  - {change}")


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)
