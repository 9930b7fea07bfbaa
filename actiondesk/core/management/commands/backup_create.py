"""``actiondesk backup create --out FILE [--json]``: database + uploaded files + manifest in one .tar."""
import json

from django.core.management.base import BaseCommand

from actiondesk.core.backup import BackupError, backup_create
from actiondesk.core.commands import BadInput


class Command(BaseCommand):
    help = "备份数据库和上传的附件（一个 .tar：manifest.json、数据库、media/）；服务运行时也可备份。"

    def add_arguments(self, parser):
        parser.add_argument("--out", required=True, help="备份文件路径，例如 var/backups/actiondesk-20260601.tar")
        parser.add_argument("--json", action="store_true", help="输出机器可读结果")

    def handle(self, *args, out, json=False, **options):
        try:
            manifest = backup_create(out)
        except BackupError as exc:
            raise BadInput(str(exc))
        rows = sum(t["rows"] for t in manifest["tables"].values())
        if json:
            self.stdout.write(_dumps({"out": str(out), "engine": manifest["engine"], "tables": len(manifest["tables"]),
                                      "rows": rows, "media_files": len(manifest["media"])}))
        else:
            self.stdout.write(f"已备份到 {out}：{manifest['engine']}，{len(manifest['tables'])} 张表 {rows} 行，"
                              f"附件 {len(manifest['media'])} 个")


def _dumps(data):
    return json.dumps(data, ensure_ascii=False)
