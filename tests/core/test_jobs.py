"""The jobs page: who started a job, when, its state, rows done and errors; retry for failed jobs; scoped."""
import pytest
from django.urls import reverse

from actiondesk.core import jobs
from actiondesk.core.jobs import JobBusy, job_enqueue, job_retry
from actiondesk.core.models import Job, JobStatus

pytestmark = pytest.mark.django_db
OUTCOMES = []


@pytest.fixture
def flaky_job():
    """A job kind that fails with row errors until told to succeed."""
    OUTCOMES.clear()

    @jobs.register_job("tests.flaky", label="测试任务")
    def _flaky(job, progress):
        progress("validate", 2, 4)
        if not OUTCOMES:
            raise jobs.JobFailed("2 处错误", errors=[{"row": 3, "column": "名称", "value": "", "reason": "必填"}],
                                 result={"rows": 4})
        return {"rows": 4, "summary": "全部完成"}

    yield "tests.flaky"
    jobs._KINDS.pop("tests.flaky")


def start(kind, zone, user, target="zone:x"):
    return job_enqueue(kind=kind, target=target, zone=zone, user=user, title="测试.xlsx")


def test_the_jobs_page_lists_who_started_each_job_its_state_rows_and_errors(login, admin, alice, zone, flaky_job):
    job = start(flaky_job, zone, alice)
    assert job.status == JobStatus.FAILED and job.errors[0]["reason"] == "必填" and job.result["error_count"] == 1
    body = login(alice).get(reverse("jobs:job_list")).content.decode()
    assert "测试任务" in body and "测试.xlsx" in body and "失败" in body and "2 / 4" in body  # the rows it got to
    assert f'action="{reverse("jobs:job_retry", args=[job.pk])}"' in body
    detail = login(alice).get(reverse("jobs:job_detail", args=[job.pk])).content.decode()
    assert "2 处错误" in detail and "必填" in detail and 'id="job-retry"' in detail


def test_a_failed_job_is_retried_from_its_page_and_then_succeeds(login, alice, zone, flaky_job):
    job = start(flaky_job, zone, alice)
    OUTCOMES.append("ok")
    response = login(alice).post(reverse("jobs:job_retry", args=[job.pk]))
    assert response.status_code == 302
    job.refresh_from_db()
    assert (job.status, job.attempts, job.errors, job.result["summary"]) == (JobStatus.DONE, 2, [], "全部完成")
    assert job.rows_done == job.rows_total == 4


def test_the_polled_part_of_a_job_page_counts_its_runs_so_a_retry_elsewhere_shows_without_a_reload(
        login, alice, bob, zone, flaky_job):
    job = start(flaky_job, zone, alice)
    progress = reverse("jobs:job_progress", args=[job.pk])
    assert 'id="job-attempts">运行次数 1<' in login(alice).get(progress).content.decode()
    job_retry(job=job, acting_user=alice)  # another tab, or the CLI, runs it again while the page is open
    assert 'id="job-attempts">运行次数 2<' in login(alice).get(progress).content.decode()
    assert login(bob).get(progress).status_code == 404


def test_users_see_their_own_jobs_admins_see_every_job_of_the_zone_outsiders_none(
        login, admin, alice, bob, mallory, zone, flaky_job):
    job = start(flaky_job, zone, alice)
    assert "测试.xlsx" in login(admin).get(reverse("jobs:job_list")).content.decode()
    assert "测试.xlsx" not in login(bob).get(reverse("jobs:job_list")).content.decode()
    assert login(bob).get(reverse("jobs:job_detail", args=[job.pk])).status_code == 404
    assert login(bob).post(reverse("jobs:job_retry", args=[job.pk])).status_code == 404
    assert login(mallory).get(reverse("jobs:job_detail", args=[job.pk])).status_code == 404
    assert login(mallory).get(reverse("jobs:job_progress", args=[job.pk])).status_code == 404
    assert login(admin).post(reverse("jobs:job_retry", args=[job.pk])).status_code == 302
    assert Job.objects.get().attempts == 2


def test_only_failed_jobs_can_be_retried_and_the_database_refuses_a_second_active_job(
        alice, zone, flaky_job, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": []}}
    job = start(flaky_job, zone, alice)
    assert job.status == JobStatus.QUEUED
    with pytest.raises(JobBusy):
        job_retry(job=job, acting_user=alice)
    with pytest.raises(JobBusy):
        start(flaky_job, zone, alice)
    other = start(flaky_job, zone, alice, target="zone:other")  # another target is free
    assert Job.objects.filter(status=JobStatus.QUEUED).count() == 2 and other.pk != job.pk


@pytest.fixture
def refused_job():
    """A job kind whose input is refused outright, after its last progress update (not saved: inline, in a test's
    transaction, as a throttled update is not)."""

    @jobs.register_job("tests.refused", label="测试识别", unit="pages")
    def _refused(job, progress):
        for page in range(1, 21):
            progress("pages", page, 20)
        raise jobs.JobFailed("没有文字层", final=True, result={"again_url": "/again/"})

    yield "tests.refused"
    jobs._KINDS.pop("tests.refused")


def test_a_job_whose_input_is_refused_offers_a_new_upload_not_a_retry_and_shows_how_far_it_got(
        login, alice, bob, zone, refused_job):
    job = start(refused_job, zone, alice)
    assert (job.status, job.rows_done, job.rows_total, job.result["final"]) == (JobStatus.FAILED, 20, 20, True)
    detail = login(alice).get(reverse("jobs:job_detail", args=[job.pk])).content.decode()
    assert "没有文字层" in detail and "20 / 20 页" in detail and 'id="job-again" href="/again/"' in detail
    assert 'id="job-retry"' not in detail
    assert reverse("jobs:job_retry", args=[job.pk]) not in login(alice).get(reverse("jobs:job_list")).content.decode()
    with pytest.raises(JobBusy):
        job_retry(job=job, acting_user=alice)
    assert login(alice).post(reverse("jobs:job_retry", args=[job.pk])).status_code == 302  # refused with a message
    assert Job.objects.get(pk=job.pk).attempts == 1
    assert login(bob).get(reverse("jobs:job_detail", args=[job.pk])).status_code == 404  # an outsider sees nothing


def test_the_jobs_page_needs_a_login(client):
    response = client.get(reverse("jobs:job_list"))
    assert response.status_code == 302 and "/login/" in response.url


def test_recovery_fails_jobs_of_dead_or_silent_workers_and_leaves_live_ones(alice, zone, flaky_job):
    import datetime
    import os
    import socket

    from django.utils import timezone

    from actiondesk.core.jobs import jobs_recover

    now = timezone.now()
    old, recent = now - datetime.timedelta(hours=1), now - datetime.timedelta(seconds=5)
    here = socket.gethostname()
    rows = {
        "silent elsewhere": ("other-host:123", old), "beating elsewhere": ("other-host:124", recent),
        "alive here": (f"{here}:{os.getpid()}", old), "dead here": (f"{here}:999999999", recent),
    }
    ids = {name: Job.objects.create(kind=flaky_job, target=name, zone=zone, user=alice, status=JobStatus.RUNNING,
                                    worker=worker, heartbeat_at=beat).pk for name, (worker, beat) in rows.items()}
    assert sorted(jobs_recover(now=now)) == sorted([ids["silent elsewhere"], ids["dead here"]])
    statuses = dict(Job.objects.values_list("target", "status"))
    assert statuses == {"silent elsewhere": "failed", "beating elsewhere": "running", "alive here": "running",
                        "dead here": "failed"}
    assert Job.objects.get(target="dead here").result["interrupted"] is True


def test_a_job_done_without_counting_rows_shows_a_full_bar_not_a_busy_one(login, alice, bob, zone):
    """A plan read from a .txt, .docx, .xlsx or .html counts no pages: once done its bar is full, not the moving bar
    of work whose size is unknown."""
    @jobs.register_job("tests.uncounted", label="测试任务")
    def _uncounted(job, progress):
        progress("parse", 0, 0)
        return {"summary": "识别完成"}

    try:
        job = start("tests.uncounted", zone, alice)
        body = login(alice).get(reverse("jobs:job_progress", args=[job.pk])).content.decode()
        assert job.status == JobStatus.DONE and '<progress value="1" max="1">' in body
        assert login(bob).get(reverse("jobs:job_progress", args=[job.pk])).status_code == 404
    finally:
        jobs._KINDS.pop("tests.uncounted")
