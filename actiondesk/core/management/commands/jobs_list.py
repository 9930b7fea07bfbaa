"""``actiondesk jobs list [--status failed] [--limit 20] [--json]``: background jobs, newest first."""
import json

from django.core.management.base import BaseCommand

from actiondesk.core.commands import BadInput
from actiondesk.core.models import Job, JobStatus


def job_dict(job) -> dict:
    return {"id": job.pk, "kind": job.kind, "target": job.target, "title": job.title, "status": job.status,
            "user": job.user.username if job.user else None, "created_at": job.created_at.isoformat(),
            "rows_done": job.rows_done, "rows_total": job.rows_total, "attempts": job.attempts,
            "error": job.result.get("error"), "error_count": len(job.errors)}


class Command(BaseCommand):
    help = "列出后台任务（最新在前）。"

    def add_arguments(self, parser):
        parser.add_argument("--status", help="只列出某个状态：" + "、".join(JobStatus.values))
        parser.add_argument("--limit", type=int, default=20)
        parser.add_argument("--json", action="store_true", help="输出机器可读结果")

    def handle(self, *args, status=None, limit=20, json=False, **options):
        if status and status not in JobStatus.values:
            raise BadInput(f"状态应为 {'、'.join(JobStatus.values)} 之一：{status}")
        if limit < 1:
            raise BadInput("--limit 必须是正整数")
        jobs = Job.objects.defer("data").select_related("user")
        rows = [job_dict(j) for j in (jobs.filter(status=status) if status else jobs)[:limit]]
        if json:
            self.stdout.write(_dumps(rows))
            return
        for r in rows:
            self.stdout.write(f"{r['id']:>6}  {r['status']:<8} {r['kind']:<28} {r['title'] or r['target']}  "
                              f"{r['rows_done']}/{r['rows_total']}  {r['error'] or ''}")


def _dumps(data):
    return json.dumps(data, ensure_ascii=False, indent=2)
