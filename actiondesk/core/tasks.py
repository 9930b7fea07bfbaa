"""The one task on the queue: run a stored Job (see core/jobs.py). Jobs hold their own state and outcome."""
from django_tasks import task

from actiondesk.core.jobs import job_execute


@task()
def run_job(job_id: int) -> str:
    return job_execute(job_id)
