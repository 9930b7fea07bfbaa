"""The one task on the queue: run a stored Job (see core/jobs.py). Jobs hold their own state and outcome."""
from django_tasks import task


@task()
def run_job(job_id: int) -> str:
    from actiondesk.core.jobs import job_execute

    return job_execute(job_id)
