"""``actiondesk backup verify FILE [--json]``: the manifest, every file's checksum and every table's rows."""
import json

from django.core.management.base import BaseCommand

from actiondesk.core.backup import BackupError, backup_verify
from actiondesk.core.commands import BadInput


class Command(BaseCommand):
    help = "校验备份文件：清单、数据库和附件的校验和，以及（SQLite）每张表的行数和校验和。"

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--json", action="store_true", help="输出机器可读结果")

    def handle(self, *args, file, json=False, **options):
        try:
            manifest = backup_verify(file)
        except BackupError as exc:
            raise BadInput(str(exc))
        summary = {"file": file, "ok": True, "engine": manifest["engine"], "created_at": manifest["created_at"],
                   "actiondesk_version": manifest["actiondesk_version"], "tables": len(manifest["tables"]),
                   "media_files": len(manifest["media"])}
        self.stdout.write(_dumps(summary) if json else
                          f"校验通过：{file}（{manifest['engine']}，{manifest['created_at']}，"
                          f"{len(manifest['tables'])} 张表，附件 {len(manifest['media'])} 个）")


def _dumps(data):
    return json.dumps(data, ensure_ascii=False)
