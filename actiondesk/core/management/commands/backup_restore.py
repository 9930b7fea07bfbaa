"""``actiondesk backup restore FILE [--force] [--json]``: into an empty database, then re-check the manifest."""
import json

from django.core.management.base import BaseCommand, CommandError

from actiondesk.core.backup import BackupError, backup_restore
from actiondesk.core.commands import BadInput


class Command(BaseCommand):
    help = "从备份恢复到空数据库（已有数据时需 --force），恢复后按清单核对每张表和每个附件。"

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--force", action="store_true", help="目标数据库已有数据时仍然覆盖")
        parser.add_argument("--json", action="store_true", help="输出机器可读结果")

    def handle(self, *args, file, force=False, json=False, **options):
        try:
            outcome = backup_restore(file, force=force)
        except BackupError as exc:
            raise BadInput(str(exc))
        manifest, problems = outcome["manifest"], outcome["problems"]
        if problems:
            raise CommandError("恢复后核对不一致：" + "；".join(problems[:5]), returncode=1)
        rows = sum(t["rows"] for t in manifest["tables"].values())
        if json:
            self.stdout.write(_dumps({"file": file, "ok": True, "tables": len(manifest["tables"]), "rows": rows,
                                      "media_files": len(manifest["media"])}))
        else:
            self.stdout.write(f"已恢复并核对：{len(manifest['tables'])} 张表 {rows} 行、附件 {len(manifest['media'])} 个"
                              "与备份清单一致")


def _dumps(data):
    return json.dumps(data, ensure_ascii=False)
