"""``actiondesk jobs retry ID [--json]``: queue a failed job again (an operator's command: no role check)."""
import json

from django.core.management.base import BaseCommand

from actiondesk.core.commands import BadInput
from actiondesk.core.jobs import JobBusy, job_retry
from actiondesk.core.management.commands.jobs_list import job_dict
from actiondesk.core.models import Job


class Command(BaseCommand):
    help = "重新排队一个失败的后台任务。"

    def add_arguments(self, parser):
        parser.add_argument("job_id", type=int)
        parser.add_argument("--json", action="store_true", help="输出机器可读结果")

    def handle(self, *args, job_id, json=False, **options):
        job = Job.objects.filter(pk=job_id).first()
        if job is None:
            raise BadInput(f"任务不存在：{job_id}")
        try:
            job = job_retry(job=job, acting_user=None, check_access=False)
        except JobBusy as exc:
            raise BadInput(str(exc))
        self.stdout.write(_dumps(job_dict(job)) if json else f"任务 {job.pk} 已重新排队（{job.get_status_display()}）")


def _dumps(data):
    return json.dumps(data, ensure_ascii=False)
